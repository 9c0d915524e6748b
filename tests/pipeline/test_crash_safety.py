"""A run killed at any point while publishing leaves the previous version whole, never a mix of versions."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import polars as pl

from newsprep.run.publish import publish_version
from tests.pipeline.crash_child import frames_for

CHILD = Path(__file__).with_name("crash_child.py")


def _publish_in_child(out: Path, version: str, kill_at: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(CHILD), str(out), version, str(kill_at)], capture_output=True, text=True, timeout=120
    )


def _published_versions(out: Path) -> set[str]:
    """Which version each published table says it comes from (reading through the stable names)."""
    rejects = pl.read_parquet(out / "rejects.parquet")["source_path"].str.split("-").list.first().unique()
    quality = pl.read_parquet(out / "quality.parquet")["run_id"].unique()
    return set(rejects.to_list()) | set(quality.to_list())


def test_killing_publish_at_every_step_never_leaves_a_mixed_or_truncated_version(tmp_path: Path) -> None:
    out = tmp_path / "out"
    publish_version(out, "old", frames_for("old"))
    full = _publish_in_child(out, "probe", kill_at=0)
    total_steps = int(full.stdout.strip().split("=")[1])
    assert total_steps >= 6
    publish_version(out, "old", frames_for("old"))

    kills = 0
    # Leftovers of a kill (a partial folder, more versions to prune) can add steps, so go past the count.
    for kill_at in range(1, total_steps + 4):
        killed = _publish_in_child(out, f"new{kill_at}", kill_at)
        if killed.returncode == 0:
            assert int(killed.stdout.strip().split("=")[1]) < kill_at, "finished without reaching the kill"
        else:
            assert killed.returncode == -signal.SIGKILL, killed.stderr
            kills += 1
        versions = _published_versions(out)
        assert len(versions) == 1, f"kill at step {kill_at}: tables from {versions}"
        assert versions <= {"old", f"new{kill_at}", *(f"new{k}" for k in range(1, kill_at))}
        # The next run completes normally whatever the kill left behind.
        publish_version(out, "old", frames_for("old"))
        assert _published_versions(out) == {"old"}
    print(f"publish kill points tried: {kills} of {total_steps} steps, mixed or truncated versions: 0")
    assert kills >= total_steps
