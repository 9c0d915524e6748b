"""The deployment as a user runs it: `make serve`'s script on loopback, `prefect deployment run`, `make stop`'s script.

The session fixture starts its own server (free port, state in a temporary folder) so it never touches a server
started with `make serve`; it stops everything it started, also when a test fails.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import polars as pl
import pytest

from tests.conftest import REPO_ROOT
from tests.e2e.conftest import SAMPLE
from tests.processes import process_alive

pytestmark = pytest.mark.slow

PREFECT = REPO_ROOT / ".venv" / "bin" / "prefect"
DEPLOYMENT = "process-articles/daily"


@dataclass(frozen=True)
class LocalServer:
    api_url: str
    state_dir: Path
    env: dict[str, str]
    serve_output: str


def _free_loopback_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _started_pids(state_dir: Path) -> list[int]:
    return [int(p.read_text()) for p in sorted(state_dir.glob("*.pid")) if p.read_text().strip()]


@pytest.fixture(scope="session")
def local_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalServer]:
    state_dir = tmp_path_factory.mktemp("prefect-server")
    port = _free_loopback_port()
    env = {
        **os.environ,
        "NEWSPREP_SERVER_DIR": str(state_dir),
        "NEWSPREP_PREFECT_PORT": str(port),
        "PREFECT_WORKER_QUERY_SECONDS": "1",  # the default 10 s poll would dominate the run
    }
    env.pop("PREFECT_API_URL", None)
    try:
        served = subprocess.run(
            [str(REPO_ROOT / "scripts" / "serve.sh")],
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
            cwd=REPO_ROOT,
        )
        assert served.returncode == 0, served.stdout + served.stderr
        api_url = f"http://127.0.0.1:{port}/api"
        yield LocalServer(api_url, state_dir, {**env, "PREFECT_API_URL": api_url}, served.stdout)
    finally:
        pids = _started_pids(state_dir)
        stopped = subprocess.run(
            [str(REPO_ROOT / "scripts" / "stop.sh")], env=env, capture_output=True, text=True, timeout=180
        )
        assert stopped.returncode == 0, stopped.stderr
        assert not [pid for pid in pids if process_alive(pid)], stopped.stderr


def _prefect(server: LocalServer, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(PREFECT), *args], env=server.env, capture_output=True, text=True, timeout=timeout, cwd=REPO_ROOT
    )


def test_serve_prints_the_command_to_run_the_deployment(local_server: LocalServer) -> None:
    assert f"PREFECT_API_URL={local_server.api_url}" in local_server.serve_output
    assert f"deployment run '{DEPLOYMENT}'" in local_server.serve_output


def test_the_deployment_is_scheduled_daily_on_the_process_pool(local_server: LocalServer) -> None:
    inspected = _prefect(local_server, "deployment", "inspect", DEPLOYMENT, "--output", "json")
    assert inspected.returncode == 0, inspected.stdout + inspected.stderr
    deployment = json.loads(inspected.stdout)
    assert deployment["work_pool_name"] == "newsprep-pool"
    assert [s["schedule"]["cron"] for s in deployment["schedules"]] == ["0 6 * * *"]
    assert deployment["schedules"][0]["schedule"]["timezone"] == "UTC"
    # The pull step names the clone, not the folder `prefect deploy` or the worker happened to run in.
    assert deployment["pull_steps"] == [
        {"prefect.deployments.steps.set_working_directory": {"directory": str(REPO_ROOT)}}
    ]
    assert deployment["parameters"] == {"settings": {"raw_dir": "data/raw", "out_dir": "data/processed"}}


def test_a_deployment_run_completes_and_publishes_the_tables(local_server: LocalServer, tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "processed"
    raw.mkdir()
    shutil.copy(SAMPLE, raw / SAMPLE.name)
    settings = json.dumps({"raw_dir": str(raw), "out_dir": str(out)})
    ran = _prefect(
        local_server,
        "deployment",
        "run",
        DEPLOYMENT,
        "--param",
        f"settings={settings}",
        "--watch",
        "--watch-timeout",
        "300",
        timeout=360,
    )
    worker_log = (local_server.state_dir / "worker.log").read_text(errors="replace")
    assert ran.returncode == 0, ran.stdout + ran.stderr + worker_log[-4000:]
    assert "Completed" in ran.stdout

    documents = pl.read_parquet(out / "documents.parquet")
    assert documents.height == 1 and documents["source_path"].to_list() == [SAMPLE.name]
    assert pl.read_parquet(out / "quotes.parquet").height > 0
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["published"] and manifest["row_counts"]["documents"] == 1
