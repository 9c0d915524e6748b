"""The warm runner: ``newsprep run`` without paying its imports, when ``make serve`` runs.

``scripts/serve.sh`` starts, beside the Prefect server and worker, one process (``runner``) that imports everything a
run needs (the CLI, Prefect and the flow, every stage, pandera, Great Expectations, spaCy with the default model, the
given-names table) and listens on a Unix socket in the state folder. ``newsprep run`` (``client``, standard library
only) sends it its arguments, folder, environment and terminal (its three file descriptors); the runner becomes that
run: the same CLI code as a cold run, in the caller's folder and environment, on the caller's terminal; then it
starts the next warm runner and exits. Prefect still runs the flow: a runner only skips the imports, as a process
started before it is needed (not a fork: ``runner`` says why).

- ``protocol``: the socket's name and the messages.
- ``loaded``: what the runner loaded, and why a runner or a request no longer matches it (a stale runner restarts).
- ``runner``: the process ``make serve`` starts (and each run's successor).
- ``nlp_workers``: the runs' NLP worker processes, which a waiting runner keeps loaded (``NEWSPREP_WARM_WORKERS``).
- ``takeover``: what the runner does to become the caller's run before the CLI takes over.
- ``client``: the caller's side.
"""
