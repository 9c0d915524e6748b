"""`newsprep run` as a user types it: summary table, exit codes, previous outputs kept on a failed check."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.conftest import SAMPLE

pytestmark = pytest.mark.slow
NEWSPREP = Path(sys.executable).parent / "newsprep"


def _run(raw: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(NEWSPREP), "run", str(raw), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "PREFECT_LOGGING_LEVEL": "INFO"},  # so that a start of Prefect's server shows
    )


PREFECT_STARTED = "Starting temporary server"


def _digests(out: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(out.glob("*.parquet"))}


def test_cli_publishes_then_refuses_a_planted_defect_and_keeps_the_previous_tables(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    shutil.copy(SAMPLE, raw / SAMPLE.name)
    first = _run(raw, out)
    assert first.returncode == 0, first.stderr
    assert PREFECT_STARTED in first.stdout + first.stderr
    for word in ("documents", "quotes", "entities", "statistics", "rejects", "failed checks"):
        assert word in first.stdout
    published = _digests(out)
    assert "documents.parquet" in published

    # Nothing changed: said at once, recorded under _runs/, no table touched, Prefect not started.
    runs_before = set((out / "_runs").glob("*.json"))
    again = _run(raw, out)
    assert again.returncode == 0, again.stderr
    said = " ".join(again.stderr.split())  # rich wraps lines at the terminal's width
    assert "nothing to process" in said and PREFECT_STARTED not in again.stdout + again.stderr
    assert "failed checks" in again.stdout
    assert _digests(out) == published
    (recorded,) = set((out / "_runs").glob("*.json")) - runs_before
    manifest = json.loads(recorded.read_text(encoding="utf-8"))
    assert manifest["engine"].startswith("none") and manifest["documents_processed"] == 0 and manifest["published"]

    # A body sentence that quotes the artifact phrase survives cleaning, so the residue check must stop it.
    (raw / "defect.txt").write_text(
        "Photo apps add features\n\nThe new app lets readers tap hide caption on any picture, its maker said.\n",
        encoding="utf-8",
    )
    second = _run(raw, out)
    assert second.returncode == 1, second.stdout + second.stderr
    assert "no artifact phrase left in clean_text" in second.stderr
    assert "nothing was published" in second.stderr
    assert _digests(out) == published
