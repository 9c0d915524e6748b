"""The temporary server's app (``newsprep.server_app``): Prefect's app, its import and its lifespan's start made with
the collector paused; the collector back (and what the server holds frozen) once the lifespan has started, whether
it started or failed."""

from __future__ import annotations

import asyncio
import gc
import subprocess
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from newsprep.cli.server import SERVER_APP_FACTORY, temporary_server_command
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


def test_the_temporary_server_is_started_on_newspreps_factory() -> None:
    command = temporary_server_command(8123)
    assert command[command.index("--factory") + 1] == SERVER_APP_FACTORY == "newsprep.server_app:create_app"


def test_prefects_app_is_made_with_the_collector_paused_and_no_full_round(tmp_path: Path) -> None:
    # In a child interpreter, as uvicorn calls it: Prefect's server package is imported inside the factory (not at
    # the module's import), the collector stays off until the lifespan has started, and no full round ran meanwhile.
    probe = (
        "import gc, sys; import newsprep.server_app as server_app;"
        "print('prefect.server.api.server' in sys.modules);"
        "rounds = gc.get_stats()[2]['collections']; app = server_app.create_app();"
        "print(gc.isenabled(), gc.get_stats()[2]['collections'] - rounds, type(app).__name__)"
    )
    env = {"PREFECT_HOME": str(tmp_path / ".prefect"), "PATH": "/usr/bin:/bin", "PREFECT_LOGGING_LEVEL": "WARNING"}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=240, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines() == ["False", "False 0 FastAPI"]
