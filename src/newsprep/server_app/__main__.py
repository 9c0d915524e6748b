"""``python -m newsprep.server_app UVICORN_ARGUMENTS``: the temporary server's process (``newsprep.server_app``).

Prefect's server package is imported here, with the collector paused, before uvicorn's ``serve()`` captures SIGTERM:
a SIGTERM that arrives during the import (the longest part of the start) ends the process at once, with Python's
default disposition; captured, it would end it only after the app had loaded, started and shut down (fixed-cost
round 17: 19 s at 0.3 s after the start). Then uvicorn's own command line runs with the arguments given.
"""

from __future__ import annotations

import sys

from newsprep.startup import pause_collection, resume_collection


def main(arguments: list[str]) -> None:
    """Import Prefect's server package paused, then run uvicorn's command line (it exits the process)."""
    pause_collection()
    try:
        import prefect.server.api.server  # noqa: F401  # before uvicorn captures the signals
        import uvicorn.main
    except BaseException:
        resume_collection()
        raise
    uvicorn.main.main(args=arguments, prog_name="uvicorn")


if __name__ == "__main__":
    main(sys.argv[1:])
