"""The deployment as a user runs it: `make serve`'s script on loopback, `prefect deployment run`, `make stop`'s script.

The session fixture starts its own server (free port, state in a temporary folder) so it never touches a server
started with `make serve`; it stops everything it started, also when a test fails. `make serve` is given
NEWSPREP_ALERT_WEBHOOK pointing at a receiver on loopback (an http.server in a thread), so the alert automation is
the real one, and what the flow shows in the UI (task runs, artifacts) is read back through the server's REST API.
"""

from __future__ import annotations

import http.server
import json
import os
import re
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import polars as pl
import pytest

from newsprep.run.alerts import REFUSED_EVENT
from newsprep.run.artifacts import CHECKS_KEY, REPORT_KEY, SUMMARY_KEY
from newsprep.run.stages import STAGE_NAMES
from tests.conftest import REPO_ROOT
from tests.e2e.conftest import SAMPLE, make_serve
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


@dataclass
class AlertReceiver:
    url: str
    posts: list[dict[str, Any]] = field(default_factory=list)
    arrived: threading.Condition = field(default_factory=threading.Condition)

    def wait_for(self, timeout: float, **fields: str) -> dict[str, Any] | None:
        """The first POST whose JSON has these ``fields`` (``event``, ``resource``...), waiting up to ``timeout``
        seconds for it."""
        deadline = time.monotonic() + timeout
        with self.arrived:
            while True:
                found = [post for post in self.posts if all(post.get(k) == v for k, v in fields.items())]
                if found or time.monotonic() >= deadline:
                    return found[0] if found else None
                self.arrived.wait(deadline - time.monotonic())


@pytest.fixture(scope="session")
def alert_receiver() -> Iterator[AlertReceiver]:
    """An HTTP receiver on loopback recording the JSON bodies POSTed to it."""
    receiver = AlertReceiver(url="")

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            self.send_response(200)
            self.end_headers()
            with receiver.arrived:
                receiver.posts.append(json.loads(body))
                receiver.arrived.notify_all()

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    receiver.url = f"http://127.0.0.1:{server.server_address[1]}/newsprep-alert"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield receiver
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def local_server(tmp_path_factory: pytest.TempPathFactory, alert_receiver: AlertReceiver) -> Iterator[LocalServer]:
    state_dir = tmp_path_factory.mktemp("prefect-server")
    extra = {
        "PREFECT_WORKER_QUERY_SECONDS": "1",  # the default 10 s poll would dominate the run
        "NEWSPREP_ALERT_WEBHOOK": alert_receiver.url,
    }
    with make_serve(state_dir, os.environ, extra_env=extra) as served:
        env = {**served.env, "PREFECT_API_URL": served.api_url}
        yield LocalServer(served.api_url, state_dir, env, served.output)
    assert served.stopped is not None and served.stopped.returncode == 0, served.stopped
    assert not [pid for pid in served.started_pids if process_alive(pid)], served.stopped.stderr


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


def _api(server: LocalServer, path: str, body: dict[str, Any]) -> list[dict[str, Any]]:
    """POST a filter to the server's REST API; the records it returns."""
    response = httpx.post(f"{server.api_url}/{path}", json=body, timeout=30)
    response.raise_for_status()
    records: list[dict[str, Any]] = response.json()
    return records


def _of_flow_run(flow_run_id: str) -> dict[str, Any]:
    return {"flow_runs": {"id": {"any_": [flow_run_id]}}}


def _run_deployment(server: LocalServer, settings: dict[str, str]) -> tuple[subprocess.CompletedProcess[str], str]:
    """`prefect deployment run ... --watch`; the completed command and the flow run's id."""
    ran = _prefect(
        server,
        "deployment",
        "run",
        DEPLOYMENT,
        "--param",
        f"settings={json.dumps(settings)}",
        "--watch",
        "--watch-timeout",
        "300",
        timeout=360,
    )
    found = re.search(r"UUID: ([0-9a-f-]{36})", ran.stdout)
    assert found, ran.stdout + ran.stderr
    return ran, found.group(1)


TASKS_OF_A_RUN = {  # task run names without their suffix (the batch number, or Prefect's own three hex digits)
    "plan-run",
    *(f"{stage}-batch" for stage in STAGE_NAMES),
    *(f"check-{stage}" for stage in STAGE_NAMES),
    "tables-batch",
    "check-and-publish",
    "publish-artifacts",
}


def test_a_deployment_run_completes_and_publishes_the_tables(local_server: LocalServer, tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "processed"
    raw.mkdir()
    shutil.copy(SAMPLE, raw / SAMPLE.name)
    ran, flow_run_id = _run_deployment(local_server, {"raw_dir": str(raw), "out_dir": str(out)})
    worker_log = (local_server.state_dir / "worker.log").read_text(errors="replace")
    assert ran.returncode == 0, ran.stdout + ran.stderr + worker_log[-4000:]
    assert "Completed" in ran.stdout

    documents = pl.read_parquet(out / "documents.parquet")
    assert documents.height == 1 and documents["source_path"].to_list() == [SAMPLE.name]
    assert pl.read_parquet(out / "quotes.parquet").height > 0
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["published"] and manifest["row_counts"]["documents"] == 1

    # What the UI shows of the run: its tasks, and its three artifacts.
    task_runs = _api(local_server, "task_runs/filter", _of_flow_run(flow_run_id))
    assert {re.sub(r"-([0-9]+|[0-9a-f]{3})$", "", t["name"]) for t in task_runs} >= TASKS_OF_A_RUN
    assert all(t["state_type"] == "COMPLETED" for t in task_runs)
    artifacts = {a["key"]: a for a in _api(local_server, "artifacts/filter", _of_flow_run(flow_run_id))}
    assert set(artifacts) == {CHECKS_KEY, SUMMARY_KEY, REPORT_KEY}
    checks = artifacts[CHECKS_KEY]
    assert checks["type"] == "table"
    rows = json.loads(checks["data"])
    assert {r["result"] for r in rows} == {"passed"}
    # Each stage's own checks (summed over the batches), then every check of the whole run the manifest records.
    assert len(rows) > len(manifest["checks"])
    assert ("quotes", "quotes matches its pandera contract") in {(r["stage"], r["check"]) for r in rows}
    run_checks = {(c["stage"], c["check"]) for c in manifest["checks"]}
    assert run_checks <= {(r["stage"], r["check"]) for r in rows}
    summary = artifacts[SUMMARY_KEY]["data"]
    assert f"# newsprep run {manifest['run_id']}" in summary and "| documents | 1 |" in summary
    assert (out / "report.html").resolve().as_uri() in artifacts[REPORT_KEY]["data"]


def test_a_failed_run_posts_the_alert(local_server: LocalServer, alert_receiver: AlertReceiver, tmp_path: Path) -> None:
    # A raw folder that is not there: the flow fails at once (a missing path is not retried).
    settings = {"raw_dir": str(tmp_path / "not-mounted"), "out_dir": str(tmp_path / "processed")}
    ran, flow_run_id = _run_deployment(local_server, settings)
    assert ran.returncode != 0 and "Failed" in ran.stdout, ran.stdout + ran.stderr
    post = alert_receiver.wait_for(60, resource=f"prefect.flow-run.{flow_run_id}")
    assert post is not None, alert_receiver.posts
    assert post["source"] == "newsprep" and post["event"] == "prefect.flow-run.Failed"


def test_a_refused_publish_posts_the_alert(
    local_server: LocalServer, alert_receiver: AlertReceiver, tmp_path: Path
) -> None:
    # A first run publishes one document; the next finds the raw folder empty (a share not mounted, say): the shrink
    # guard, a critical check, stops the publish. The flow run itself completes; the alert is the signal.
    raw, empty, out = tmp_path / "raw", tmp_path / "empty", tmp_path / "processed"
    raw.mkdir()
    empty.mkdir()
    shutil.copy(SAMPLE, raw / SAMPLE.name)
    first, _ = _run_deployment(local_server, {"raw_dir": str(raw), "out_dir": str(out)})
    assert first.returncode == 0, first.stdout + first.stderr
    published = (out / "documents.parquet").read_bytes()
    refused, _ = _run_deployment(local_server, {"raw_dir": str(empty), "out_dir": str(out)})
    assert refused.returncode == 0 and "Completed" in refused.stdout, refused.stdout + refused.stderr
    assert (out / "documents.parquet").read_bytes() == published
    post = alert_receiver.wait_for(60, event=REFUSED_EVENT)
    assert post is not None, alert_receiver.posts
    assert post["source"] == "newsprep" and post["resource"].startswith("newsprep.run.") and post["name"] == "newsprep"


def test_newsprep_run_uses_the_server_make_serve_started(local_server: LocalServer, tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "processed"
    raw.mkdir()
    shutil.copy(SAMPLE, raw / SAMPLE.name)
    env = {**local_server.env}
    env.pop("PREFECT_API_URL")  # found through make serve's state folder (NEWSPREP_SERVER_DIR), as from the clone
    env["NEWSPREP_WARM_RUNNER"] = "0"  # a cold run, with its checker process (tests/e2e/test_warm_runner.py: warm)
    before = _api(local_server, "flow_runs/filter", {})
    ran = subprocess.run(
        [str(REPO_ROOT / ".venv" / "bin" / "newsprep"), "run", str(raw), "--out", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert ran.returncode == 0, ran.stdout + ran.stderr
    assert f"  prefect     {local_server.api_url} (started by make serve)" in ran.stdout.splitlines()
    after = _api(local_server, "flow_runs/filter", {})
    new_runs = {r["id"] for r in after} - {r["id"] for r in before}
    assert len(new_runs) == 1
    assert not (tmp_path / ".prefect").exists()  # no temporary server was started
    # One article: the suites ran in the checker process, which rendered the Data Docs after handing back the
    # results, while the run published and wrote its report; the run waited for them before it ended.
    assert (out / "_quality" / "index.html").is_file()
    assert 'href="_quality/index.html"' in (out / "report.html").read_text(encoding="utf-8")
