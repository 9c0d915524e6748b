"""The run machinery around the pure stages: what a run processes, where, and how its tables are published.

A run: ``incremental`` plans it (the raw folder's inventory against the published version: what to process, what
to reuse), ``batch`` runs every stage over a batch of documents (in the ``workers`` processes), ``steps`` stages
each batch, combines, checks and publishes, or refuses (``changes``: the shrink guard), ``publish`` writes a
version atomically under the output lock, ``versions`` lists and rolls back the kept versions, and ``provenance``
says what the outputs depend on (code, packages, settings).

Nothing is imported here: each module is imported by name (``from newsprep.run.publish import ...``), so that a
light one (``publish``, ``workers``) does not pull in the heavy ones (``steps`` reaches every stage and the report).
"""
