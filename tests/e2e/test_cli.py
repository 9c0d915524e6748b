"""`newsprep run` as a user types it: the summary, exit codes, a clean console, a stage check rejecting a file."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import polars as pl
import pytest

from tests.e2e.conftest import NEWSPREP, SAMPLE, table_digests

pytestmark = pytest.mark.slow


def _run(raw: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(NEWSPREP), "run", str(raw), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "PREFECT_LOGGING_LEVEL": "INFO"},  # so that a start of Prefect's server is logged
    )


PREFECT_STARTED = "Starting temporary server"
FLOW_RAN = "Beginning flow run"
LIBRARY_LINES = (PREFECT_STARTED, "INFO", "WARNING", "great_expectations", "Created temporary directory", "Traceback")


def _library_log(out: Path) -> str:
    return (out / "_runs" / "last-run.log").read_text(encoding="utf-8")


def _console_is_the_clis_own(done: subprocess.CompletedProcess[str]) -> None:
    """Only newsprep's lines: the summary on stdout, no progress bar when not a terminal, no library log line."""
    assert done.stderr == "", done.stderr
    for line in LIBRARY_LINES:
        assert line not in done.stdout, (line, done.stdout)


def test_cli_publishes_then_rejects_a_planted_defect_at_its_stage_and_keeps_the_other_tables(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    shutil.copy(SAMPLE, raw / SAMPLE.name)
    first = _run(raw, out)
    assert first.returncode == 0, first.stdout + first.stderr
    _console_is_the_clis_own(first)
    # The temporary server starts in a thread while newsprep imports, so its own first line may come before the log
    # is redirected; the flow run's lines always go to the log.
    assert FLOW_RAN in _library_log(out), "Prefect's lines go to the run's log, not the console"
    summary = first.stdout.splitlines()
    assert summary[0] == f"newsprep run: published 1 document to {out}"
    assert "  documents   1 new, 0 changed, 0 removed; 1 processed, 0 reused" in summary
    assert f"  report      {out / 'report.html'}" in summary
    published = table_digests(out)
    assert "documents.parquet" in published

    # Nothing changed: said at once, recorded under _runs/, no table touched, Prefect not started.
    runs_before = set((out / "_runs").glob("*.json"))
    again = _run(raw, out)
    assert again.returncode == 0, again.stdout + again.stderr
    _console_is_the_clis_own(again)
    assert again.stdout.startswith("newsprep run: nothing changed since the published version (1 document)")
    assert FLOW_RAN not in _library_log(out) and PREFECT_STARTED not in _library_log(out)
    assert table_digests(out) == published
    (recorded,) = set((out / "_runs").glob("*.json")) - runs_before
    manifest = json.loads(recorded.read_text(encoding="utf-8"))
    assert manifest["engine"].startswith("none") and manifest["documents_processed"] == 0 and manifest["published"]
    assert manifest["changes"] == {"new": [], "changed": [], "removed": [], "reused": 1, "rejected": 0}

    # A body sentence that quotes the artifact phrase survives cleaning, so the clean stage's residue check stops that
    # document there (issue 19): it goes to rejects with its stage and check, and the others are published as before.
    (raw / "defect.txt").write_text(
        "Photo apps add features\n\nThe new app lets readers tap hide caption on any picture, its maker said.\n",
        encoding="utf-8",
    )
    second = _run(raw, out)
    assert second.returncode == 0, second.stdout + second.stderr
    _console_is_the_clis_own(second)
    assert second.stdout.startswith(f"newsprep run: published 1 document to {out}")
    assert "  rejected    1 (failed_check 1)" in second.stdout.splitlines()
    rejects = pl.read_parquet(out / "rejects.parquet")
    (reject,) = rejects.filter(pl.col("source_path") == "defect.txt").iter_rows(named=True)
    assert (reject["stage"], reject["reason"]) == ("clean", "failed_check")
    assert "artifact phrase" in reject["check"]
    again_published = table_digests(out)
    for table in ("documents.parquet", "quotes.parquet", "entities.parquet", "statistics.parquet"):
        assert again_published[table] == published[table], table
