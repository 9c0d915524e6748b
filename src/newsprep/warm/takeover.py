"""The warm runner becomes the caller's run: it takes the caller's terminal, folder and environment, then runs the CLI.

From here on the process is the run a cold ``newsprep run`` would be, the imports aside: the same CLI code (the output
lock, the summary, the exit codes), the caller's stdin, stdout and stderr, the caller's working folder and environment,
Prefect's settings read again from that environment, and the default signal handling (the client forwards Ctrl-C).
"""

from __future__ import annotations

import os
import signal
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

_warm_since: float | None = None
"""When the warm runner that became this run had loaded (None: a cold run)."""


def warm_runner_note() -> str | None:
    """For the run's summary: that the warm runner ran it, or None in a cold run."""
    if _warm_since is None:
        return None
    return f"warm runner (loaded {time.strftime('%H:%M:%S', time.localtime(_warm_since))})"


def become_run(request: Mapping[str, Any], fds: Sequence[int], *, api_url: str, loaded_at: float) -> int:
    """Become the caller's run and run the CLI: the CLI exits (``SystemExit``, so that exit handlers run as in a cold
    run); 0 if it returns."""
    global _warm_since
    _warm_since = loaded_at
    _default_signals()
    _take_streams(fds, request.get("encodings") or {})
    os.chdir(str(request["cwd"]))
    _take_environment(request["env"], api_url=api_url)
    sys.argv = [str(arg) for arg in request["argv"]]
    _fresh_consoles()
    from newsprep.cli.app import app

    app()  # typer exits with the command's code
    return 0


def _default_signals() -> None:
    """The signal handling of a fresh interpreter (the runner leaves on SIGTERM through its own handler)."""
    signal.signal(signal.SIGINT, signal.default_int_handler)
    for signum in (signal.SIGTERM, signal.SIGHUP, signal.SIGCHLD):
        signal.signal(signum, signal.SIG_DFL)


def _take_streams(fds: Sequence[int], encodings: Mapping[str, str]) -> None:
    """The caller's stdin, stdout and stderr become this process's 0, 1, 2, with text streams made as Python makes
    them at start-up (line-buffered on a terminal; stderr always; the caller's encodings)."""
    sys.stdout.flush()  # what the runner wrote goes to its own log, not to the caller
    sys.stderr.flush()
    for target, fd in enumerate(fds):
        os.dup2(fd, target)
        os.close(fd)
    sys.stdin = open(0, encoding=encodings.get("stdin"), closefd=False)  # noqa: SIM115  # the process's own stream
    sys.stdout = open(1, "w", encoding=encodings.get("stdout"), closefd=False)  # noqa: SIM115
    sys.stderr = open(2, "w", buffering=1, encoding=encodings.get("stderr"), errors="backslashreplace", closefd=False)  # noqa: SIM115


def _take_environment(env: Mapping[str, str], *, api_url: str) -> None:
    """The caller's environment, with what the CLI sets itself (``offline_environment``), and Prefect's settings read
    again from it, as a cold run's import of Prefect reads them. The server is the one the runner checked this run
    would choose; the CLI sets ``PREFECT_API_URL`` to it later, as in a cold run."""
    from newsprep.config import offline_environment

    os.environ.clear()
    os.environ.update(env)
    offline_environment(prefect_home=Path.cwd() / ".prefect")
    given = os.environ.get("PREFECT_API_URL")
    os.environ["PREFECT_API_URL"] = api_url
    from prefect.context import refresh_global_settings_context

    refresh_global_settings_context()
    if given is None:
        del os.environ["PREFECT_API_URL"]


def _fresh_consoles() -> None:
    """The CLI's consoles detect the terminal (colour, width) when made: made again for the caller's terminal."""
    import importlib

    from rich.console import Console

    from newsprep.cli import output

    output.reset_terminal()
    app_module = importlib.import_module("newsprep.cli.app")  # the module (``newsprep.cli.app`` is the Typer app)
    setattr(app_module, "console", Console(stderr=True))  # noqa: B010  # a module attribute mypy cannot see
