"""The ``newsprep`` console script: ``newsprep run`` through the warm runner when one takes it, else the CLI here.

Outside ``newsprep.cli`` (whose package imports typer, rich and pydantic) and importing only the standard library until
it knows a warm runner will not take the run: the runner's whole point is that the run does not pay the imports
(``newsprep.warm``).
"""

from __future__ import annotations

import sys


def main() -> None:
    """Run the command: by the warm runner (``newsprep run`` only, when ``make serve`` started one and it is not
    stale), else in this process."""
    if sys.argv[1:2] == ["run"]:
        from newsprep.warm.client import run_by_warm_runner

        code = run_by_warm_runner(sys.argv)
        if code is not None:
            sys.exit(code)
    from newsprep.cli.app import app

    app()
