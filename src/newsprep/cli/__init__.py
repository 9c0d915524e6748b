"""The ``newsprep`` command line (the console script, ``newsprep.entry``, runs ``app`` unless a warm runner takes the
run: ``newsprep.warm``).

- ``app``: the commands (run, report, validate, rollback, dictionary, version).
- ``checks``: what is checked before anything runs, and the exit codes.
- ``run``: ``newsprep run`` once its options are checked: the output lock, the run, the summary.
- ``output``: what a run shows on the terminal (its own lines, a progress bar, the summary); libraries' output goes
  to the run's log.
"""

from newsprep.cli.app import app

__all__ = ["app"]
