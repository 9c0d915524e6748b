"""A run on newsprep's temporary Prefect server keeps its records in ``PREFECT_HOME``: the flow run, every task run
with its states, the artifacts (the server's settings: ``newsprep.cli.server.TEMPORARY_SERVER_DEFAULTS``).

Read from the server's SQLite database once the run is over and its server stopped: what a server started later on
the same ``PREFECT_HOME`` (its UI) shows.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from newsprep.run.artifacts import CHECKS_KEY, REPORT_KEY, SUMMARY_KEY
from tests.e2e.conftest import NEWSPREP, SAMPLE

pytestmark = pytest.mark.slow


def _records(database: Path) -> dict[str, object]:
    with sqlite3.connect(database) as db:
        (flow_run_id, flow_state), *_ = db.execute("SELECT id, state_type FROM flow_run").fetchall()
        task_runs = db.execute(
            "SELECT name, state_type FROM task_run WHERE flow_run_id = ? ORDER BY name", (flow_run_id,)
        ).fetchall()
        states = db.execute(
            "SELECT task_run.name, task_run_state.type FROM task_run_state JOIN task_run "
            "ON task_run_state.task_run_id = task_run.id WHERE task_run.flow_run_id = ?",
            (flow_run_id,),
        ).fetchall()
        artifacts = db.execute("SELECT key FROM artifact WHERE flow_run_id = ? ORDER BY key", (flow_run_id,)).fetchall()
    return {"flow": flow_state, "task_runs": task_runs, "states": states, "artifacts": [key for (key,) in artifacts]}


def test_a_run_on_a_temporary_server_records_its_task_runs_states_and_artifacts(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    shutil.copy(SAMPLE, raw / SAMPLE.name)
    env = {
        **os.environ,
        "PREFECT_HOME": str(tmp_path / ".prefect"),
        "NEWSPREP_SERVER_DIR": str(tmp_path / "no-server"),  # never make serve's server, if one runs
        "NEWSPREP_WARM_RUNNER": "0",
    }
    env.pop("PREFECT_API_URL", None)
    done = subprocess.run(
        [str(NEWSPREP), "run", str(raw), "--out", str(out)],
        cwd=tmp_path, capture_output=True, text=True, timeout=600, env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "temporary server" in done.stdout

    records = _records(tmp_path / ".prefect" / "prefect.db")
    assert records["flow"] == "COMPLETED"
    names = [name for name, _ in records["task_runs"]]  # type: ignore[attr-defined]
    assert {"ingest-batch-0", "nlp-batch-0", "check-nlp", "tables-batch-0"} <= set(names)
    assert any(name.startswith("check-and-publish") for name in names) and any(n.startswith("publish-") for n in names)
    assert all(state == "COMPLETED" for _, state in records["task_runs"])  # type: ignore[attr-defined]
    for name in names:  # each task run's states, as the UI's timeline shows them
        kinds = [kind for task, kind in records["states"] if task == name]  # type: ignore[attr-defined]
        assert {"PENDING", "RUNNING", "COMPLETED"} <= set(kinds), (name, kinds)
    assert records["artifacts"] == sorted([CHECKS_KEY, REPORT_KEY, SUMMARY_KEY])
