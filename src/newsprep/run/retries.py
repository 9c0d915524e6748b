"""Which failures a task retries: the transient ones of files and of the Prefect server, never bad input.

A document that cannot be decoded, cleaned or parsed is already a reject row (``newsprep.run.batch``), and a
contract or quality failure is a check result: neither raises out of a task. What still raises is the file system
or the network. Of those, a path that is not there (a raw folder misspelt in the deployment's parameters) is the
same on every attempt, so it fails at once; a busy disk, a full disk, a dropped connection may pass.
"""

from __future__ import annotations

import httpx

RETRIES = 2
"""Attempts after the first one."""
RETRY_DELAY_SECONDS = [2.0, 10.0]
"""Waits before the first and the second retry."""

_PERMANENT_OS_ERRORS = (FileNotFoundError, NotADirectoryError)


def is_transient(error: BaseException) -> bool:
    """True for an error worth another attempt after a pause: an OS error other than a missing path, or a failure
    to reach the server (``httpx.TransportError``: refused, reset, timed out)."""
    if isinstance(error, httpx.TransportError):
        return True
    return isinstance(error, OSError) and not isinstance(error, _PERMANENT_OS_ERRORS)
