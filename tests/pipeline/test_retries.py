"""Which errors a task retries: transient file-system and server errors, never a missing path or bad input."""

from __future__ import annotations

import errno

import httpx
import pytest

from newsprep.run.retries import is_transient


@pytest.mark.parametrize(
    "error",
    [
        OSError(errno.EIO, "Input/output error"),
        OSError(errno.ENOSPC, "No space left on device"),
        PermissionError(errno.EACCES, "Permission denied"),
        FileExistsError(errno.EEXIST, "File exists"),
        BlockingIOError(errno.EAGAIN, "Resource temporarily unavailable"),
        httpx.ConnectError("connection refused"),
        httpx.ReadTimeout("timed out"),
    ],
)
def test_transient_errors_are_retried(error: BaseException) -> None:
    assert is_transient(error)


@pytest.mark.parametrize(
    "error",
    [
        FileNotFoundError(errno.ENOENT, "No such file or directory"),
        NotADirectoryError(errno.ENOTDIR, "Not a directory"),
        ValueError("bad input"),
        UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"),
        KeyError("column"),
        httpx.HTTPStatusError("422", request=httpx.Request("GET", "http://x"), response=httpx.Response(422)),
    ],
)
def test_deterministic_failures_are_not_retried(error: BaseException) -> None:
    assert not is_transient(error)
