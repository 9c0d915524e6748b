"""The temporary server's process (``python -m newsprep.server_app``): Prefect's server package imported with the
collector paused before uvicorn captures SIGTERM, so an early stop ends it at once; Prefect's app, its lifespan's
start made paused; the collector back (and what the server holds frozen) once the lifespan has started."""

from __future__ import annotations

import asyncio
import gc
import os
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from newsprep.cli.server import (
    SERVER_APP_FACTORY,
    SERVER_PROCESS_MODULE,
    free_loopback_port,
    start_temporary_server,
    temporary_server_command,
    temporary_server_environment,
)
from newsprep.server_app import started_then_resumed
from newsprep.startup import pause_collection


def _recording_lifespan(seen: list[str]) -> Any:
    @asynccontextmanager
    async def lifespan(app: Any) -> AsyncIterator[None]:
        seen.append(f"start, collector {'on' if gc.isenabled() else 'off'}")
        try:
            yield
        except LookupError as error:
            seen.append(f"stopped by {error}")
            raise
        seen.append("stopped")

    return lifespan


def test_the_lifespan_starts_paused_and_the_collector_runs_again_once_it_has(collector_restored: None) -> None:
    seen: list[str] = []

    async def serve() -> None:
        async with started_then_resumed(_recording_lifespan(seen))("an invented app"):
            seen.append(f"serving, collector {'on' if gc.isenabled() else 'off'}")
            kept.extend([n] for n in range(1000))

    gc.enable()
    pause_collection()
    kept: list[list[int]] = [[n] for n in range(1000)]  # made during the start: frozen once it is over
    frozen_before = gc.get_freeze_count()
    asyncio.run(serve())
    assert seen == ["start, collector off", "serving, collector on", "stopped"]
    assert gc.isenabled()
    assert gc.get_freeze_count() >= frozen_before + 1000


def test_a_lifespan_that_fails_to_start_resumes_the_collector(collector_restored: None) -> None:
    @asynccontextmanager
    async def failing(app: Any) -> AsyncIterator[None]:
        raise RuntimeError("an invented database that will not open")
        yield

    async def serve() -> None:
        async with started_then_resumed(failing)("an invented app"):
            pass

    gc.enable()
    pause_collection()
    with pytest.raises(RuntimeError, match="will not open"):
        asyncio.run(serve())
    assert gc.isenabled()


def test_an_error_while_serving_reaches_the_lifespans_end(collector_restored: None) -> None:
    seen: list[str] = []

    async def serve() -> None:
        async with started_then_resumed(_recording_lifespan(seen))("an invented app"):
            raise LookupError("an invented missing row")

    gc.enable()
    pause_collection()
    with pytest.raises(LookupError, match="invented missing row"):
        asyncio.run(serve())
    assert seen == ["start, collector off", "stopped by an invented missing row"]


def test_the_temporary_server_is_newspreps_process_on_newspreps_factory() -> None:
    command = temporary_server_command(8123)
    assert command[1:3] == ["-m", SERVER_PROCESS_MODULE] == ["-m", "newsprep.server_app"]
    assert command[command.index("--factory") + 1] == SERVER_APP_FACTORY == "newsprep.server_app:create_app"


def test_importing_the_servers_package_pauses_nothing_and_imports_no_prefect() -> None:
    # uvicorn imports it for the factory; a test or a tool may too: the pause and Prefect's import are the process's
    # (``__main__``) and the factory's, never the import's.
    probe = "import gc, sys, newsprep.server_app; print(gc.isenabled(), 'prefect' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True)
    assert done.stdout.split() == ["True", "False"]


def test_a_server_stopped_during_its_start_ends_at_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # As a run that finds nothing changed stops the server it started first: 0.3 s in, the server is importing
    # Prefect's server package; SIGTERM must end it then, not once the app has loaded, started and shut down.
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / ".prefect"))
    server = start_temporary_server(tmp_path / "server.log")
    time.sleep(0.3)
    assert server.process.poll() is None, (tmp_path / "server.log").read_text()
    signalled = time.perf_counter()
    server.process.terminate()
    server.process.wait(timeout=30)
    assert time.perf_counter() - signalled < 1.0
    assert server.process.returncode == -15  # Python's default disposition: uvicorn had not captured it yet
    server.stop()


@pytest.mark.slow
def test_the_server_answers_with_the_collector_on_and_its_start_frozen(tmp_path: Path) -> None:
    # The server's own process, as ``python -m newsprep.server_app`` runs it, with a thread that waits for /health,
    # reads the collector's state, then sends the process the SIGTERM a run's end sends.
    command = temporary_server_command(free_loopback_port())
    api_url = f"http://127.0.0.1:{command[command.index('--port') + 1]}/api"
    probe = (
        "import gc, os, signal, sys, threading, time\n"
        "from newsprep.cli.server import is_healthy\n"
        "def report():\n"
        f"    while not is_healthy({api_url!r}): time.sleep(0.1)\n"
        "    print('healthy, collector', gc.isenabled(), 'frozen', gc.get_freeze_count() > 100_000, flush=True)\n"
        "    os.kill(os.getpid(), signal.SIGTERM)\n"
        "threading.Thread(target=report, daemon=True).start()\n"
        "from newsprep.server_app.__main__ import main\n"
        f"main({command[3:]!r})\n"
    )
    env = temporary_server_environment({**os.environ, "PREFECT_HOME": str(tmp_path / ".prefect")})
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=240, env=env)
    assert done.stdout.splitlines() == ["healthy, collector True frozen True"], done.stdout + done.stderr
    assert done.returncode == -15, done.stderr  # uvicorn's graceful stop, then the signal raised again
