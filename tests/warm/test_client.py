"""``newsprep run``'s side of the warm runner (``newsprep.warm.client``) against a stand-in runner on a real socket,
and the message framing (``newsprep.warm.protocol``)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from newsprep.warm import client
from newsprep.warm.protocol import receive_request, send_line, send_request, socket_path

Answer = Callable[[socket.socket, dict[str, Any]], None]


@pytest.fixture
def state_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NEWSPREP_SERVER_DIR", str(tmp_path))
    monkeypatch.delenv(client.OPT_OUT, raising=False)
    monkeypatch.setattr(client, "cold_reason", None)
    return tmp_path


def _stand_in_runner(state_dir: Path, answer: Answer) -> Iterator[list[dict[str, Any]]]:
    """A runner that takes one request and answers it with ``answer``; the requests it saw."""
    seen: list[dict[str, Any]] = []
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(socket_path(state_dir)))
    listener.listen(1)

    def serve() -> None:
        connection, _ = listener.accept()
        with connection:
            request, fds = receive_request(connection)
            for fd in fds:
                os.close(fd)
            seen.append(request)
            answer(connection, request)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield seen
    thread.join(timeout=10)
    listener.close()


@pytest.fixture
def runner_answering(state_dir: Path) -> Iterator[Callable[[Answer], list[dict[str, Any]]]]:
    started: list[Iterator[list[dict[str, Any]]]] = []

    def start(answer: Answer) -> list[dict[str, Any]]:
        runner = _stand_in_runner(state_dir, answer)
        started.append(runner)
        return next(runner)

    yield start
    for runner in started:
        next(runner, None)


def test_a_request_carries_the_callers_standard_streams() -> None:
    caller, runner = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    with caller, runner:
        send_request(caller, {"argv": ["newsprep", "run"], "env": {"A": "x" * 100_000}})
        request, fds = receive_request(runner)
    try:
        assert request == {"argv": ["newsprep", "run"], "env": {"A": "x" * 100_000}}
        assert [os.fstat(fd).st_ino for fd in fds] == [os.fstat(n).st_ino for n in (0, 1, 2)]
    finally:
        for fd in fds:
            os.close(fd)


def test_no_socket_means_a_cold_run(state_dir: Path) -> None:
    assert client.run_by_warm_runner(["newsprep", "run"]) is None
    assert client.cold_reason is None


def test_a_dead_runners_socket_means_a_cold_run_silently(state_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    left = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    left.bind(str(socket_path(state_dir)))
    left.close()  # the file stays, nothing listens: connecting is refused
    assert client.run_by_warm_runner(["newsprep", "run"]) is None
    assert capsys.readouterr() == ("", "")


@pytest.mark.parametrize("value", ["0", "off", "no", "false"])
def test_the_warm_runner_can_be_turned_off(state_dir: Path, monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv(client.OPT_OUT, value)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as listener:
        listener.bind(str(socket_path(state_dir)))
        listener.listen(1)
        listener.setblocking(False)
        assert client.run_by_warm_runner(["newsprep", "run"]) is None
        with pytest.raises(BlockingIOError):
            listener.accept()  # nobody connected


def test_a_stale_runner_means_a_cold_run_and_its_reason_is_kept(runner_answering: Callable[[Answer], Any]) -> None:
    seen = runner_answering(lambda connection, request: send_line(connection, {"stale": "stale: rules.py changed"}))
    assert client.run_by_warm_runner(["newsprep", "run", "raw", "--out", "out"]) is None
    assert client.cold_reason == "stale: rules.py changed"
    assert seen[0]["argv"] == ["newsprep", "run", "raw", "--out", "out"]
    assert seen[0]["cwd"] == os.getcwd() and seen[0]["prefix"] == sys.prefix
    assert seen[0]["env"]["NEWSPREP_SERVER_DIR"] == os.environ["NEWSPREP_SERVER_DIR"]


def test_the_runs_exit_code_is_the_clients(runner_answering: Callable[[Answer], Any]) -> None:
    def run_it(connection: socket.socket, request: dict[str, Any]) -> None:
        send_line(connection, {"pid": os.getpid()})
        send_line(connection, {"exit": 3, "cpu_seconds": 1.5})

    runner_answering(run_it)
    assert client.run_by_warm_runner(["newsprep", "run"]) == 3


def test_a_runner_gone_before_the_end_is_said_in_one_line(
    runner_answering: Callable[[Answer], Any], capsys: pytest.CaptureFixture[str]
) -> None:
    runner_answering(lambda connection, request: send_line(connection, {"pid": os.getpid()}))
    assert client.run_by_warm_runner(["newsprep", "run"]) == client.RUNNER_LOST_CODE
    said = capsys.readouterr().err.splitlines()
    assert len(said) == 1 and said[0].startswith("error: the warm runner stopped before the run ended")


def test_the_client_imports_no_heavy_library() -> None:
    code = "import sys, newsprep.entry, newsprep.warm.client; print(*sorted(sys.modules))"
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    heavy = {"typer", "rich", "pydantic", "prefect", "polars", "pandera", "spacy", "great_expectations", "newsprep.cli"}
    assert not heavy & {name.split(".")[0] for name in shown} - {"newsprep"}
    assert "newsprep.cli" not in shown and "urllib.request" not in shown
