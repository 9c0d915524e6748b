"""The warm runner's socket and messages (standard library only: the client imports this before anything else).

A request is one frame (a 4-byte length, then JSON) sent with the caller's stdin, stdout and stderr attached
(``SCM_RIGHTS``); the runner answers with JSON lines: ``{"stale": reason}`` (run cold), or ``{"pid": runner}`` and,
once the run is over, ``{"exit": code, "cpu_seconds": ...}``; the socket closes when the runner's process exits.
"""

from __future__ import annotations

import contextlib
import json
import socket
import struct
from pathlib import Path
from typing import Any

SOCKET_NAME = "runner.sock"
"""In ``make serve``'s state folder (``newsprep.cli.state_dir``)."""
STANDARD_STREAMS = (0, 1, 2)
_LENGTH = struct.Struct("!I")
MAX_REQUEST_BYTES = 4 * 1024 * 1024


def socket_path(state_dir: Path) -> Path:
    return state_dir / SOCKET_NAME


def send_request(connection: socket.socket, request: dict[str, Any]) -> None:
    """The request and this process's standard streams, in one message."""
    body = json.dumps(request).encode("utf-8")
    frame = _LENGTH.pack(len(body)) + body
    sent = socket.send_fds(connection, [frame], list(STANDARD_STREAMS))
    if sent < len(frame):
        connection.sendall(frame[sent:])


def receive_request(connection: socket.socket) -> tuple[dict[str, Any], list[int]]:
    """A request and the file descriptors that came with it (the caller's stdin, stdout, stderr)."""
    data, fds, _flags, _address = socket.recv_fds(connection, 65536, len(STANDARD_STREAMS))
    try:
        if len(data) < _LENGTH.size:
            raise ValueError("a request shorter than its header")
        (length,) = _LENGTH.unpack_from(data)
        if length > MAX_REQUEST_BYTES:
            raise ValueError(f"a request of {length} bytes")
        body = bytearray(data[_LENGTH.size :])
        while len(body) < length:
            chunk = connection.recv(length - len(body))
            if not chunk:
                raise ValueError("the request ended early")
            body += chunk
        request = json.loads(body)
        if not isinstance(request, dict) or len(fds) != len(STANDARD_STREAMS):
            raise ValueError("a request without its three streams")
    except ValueError:
        for fd in fds:
            _close_quietly(fd)
        raise
    return request, fds


def send_line(connection: socket.socket, message: dict[str, Any]) -> None:
    connection.sendall(json.dumps(message).encode("utf-8") + b"\n")


def _close_quietly(fd: int) -> None:
    import os

    with contextlib.suppress(OSError):
        os.close(fd)
