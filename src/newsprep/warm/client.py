"""``newsprep run``'s side of the warm runner (standard library only: this runs before any heavy import).

Finds the runner's socket in ``make serve``'s state folder (found as the server's ``api-url`` file is), sends the
run's arguments, folder, environment and terminal, forwards Ctrl-C (SIGINT, SIGTERM, SIGHUP) to the runner, which
has become the run, and returns its exit code once the runner has exited. No socket, a dead runner, a refused
connection: None, silently (the run is cold). A runner that answers "stale": None, and the reason kept for the cold
run's log (``cold_reason``).
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import sys
from collections.abc import Sequence
from pathlib import Path
from types import FrameType
from typing import Any

from newsprep.env_values import is_off
from newsprep.serve_state import server_dirs
from newsprep.warm.protocol import send_request, socket_path

OPT_OUT = "NEWSPREP_WARM_RUNNER"
"""Set to ``0`` (or ``off``, ``no``, ``false``: ``newsprep.env_values.is_off``) to run cold even when a warm runner
listens."""
FORWARDED_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
RUNNER_LOST_CODE = 5
"""``ExitCode.CRASHED`` (``newsprep.cli.checks``, not imported here): the runner went away before the run's end."""

cold_reason: str | None = None
"""Why the warm runner did not take this run, when it said so (for the cold run's log)."""


def run_by_warm_runner(argv: Sequence[str]) -> int | None:
    """The run's exit code when a warm runner ran it, else None (run it here)."""
    global cold_reason
    if is_off(os.environ.get(OPT_OUT, "")):
        return None
    connection = _connect()
    if connection is None:
        return None
    with connection:
        try:
            send_request(connection, _request(argv))
            replies = connection.makefile("rb")
            first = _next_message(replies)
        except OSError:
            return None
        if first is None or "pid" not in first:
            cold_reason = None if first is None else str(first.get("stale", "refused"))
            return None
        return _wait_for_exit(int(first["pid"]), replies)


def _connect() -> socket.socket | None:
    for state_dir in server_dirs(os.environ, cwd=Path.cwd(), venv_prefix=Path(sys.prefix)):
        path = socket_path(state_dir)
        if not path.exists():
            continue
        connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            connection.connect(str(path))
        except OSError:
            connection.close()
            continue
        return connection
    return None


def _request(argv: Sequence[str]) -> dict[str, Any]:
    return {
        "argv": list(argv),
        "cwd": os.getcwd(),
        "env": dict(os.environ),
        "prefix": sys.prefix,
        "encodings": {name: getattr(getattr(sys, name), "encoding", None) for name in ("stdin", "stdout", "stderr")},
    }


def _next_message(replies: Any) -> dict[str, Any] | None:
    line = replies.readline()
    if not line:
        return None
    message = json.loads(line)
    return message if isinstance(message, dict) else None


def _wait_for_exit(runner: int, replies: Any) -> int:
    """Forward the signals meant for this run to the runner running it until it has ended (its socket closes when the
    process exits); its exit code."""
    forwarded: list[int] = []

    def forward(signum: int, _frame: FrameType | None) -> None:
        forwarded.append(signum)
        with contextlib.suppress(ProcessLookupError):
            os.kill(runner, signum)

    for signum in FORWARDED_SIGNALS:
        signal.signal(signum, forward)
    code = None
    while True:
        try:
            message = _next_message(replies)
        except (OSError, ValueError):
            message = None
        if message is None:
            break
        code = message.get("exit", code)
    if code is not None:
        return int(code)
    if forwarded:
        return 128 + forwarded[-1]  # ended by the signal forwarded to it, as a shell says of a cold run
    print(
        "error: the warm runner stopped before the run ended (make stop, or it was killed); the published tables"
        " are whole, as a publish is one rename (hint: run it again)",
        file=sys.stderr,
    )
    return RUNNER_LOST_CODE
