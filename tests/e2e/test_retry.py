"""A transient failure of a task that writes files is retried after a pause, and the run still publishes.

The fault is real: a file sits where the batch task makes its staging folder, so its ``mkdir`` raises
``FileExistsError`` (an ``OSError``, as a busy or full disk raises). The test takes the file away when Prefect logs
that it will retry (a handler on Prefect's own task-run logger, as a person watching the log would), so only the
first attempt meets it. Nothing of Prefect is replaced.
"""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import polars as pl
import pytest

from newsprep.config import PipelineSettings
from newsprep.ingest.raw_folder import RawFolderError
from newsprep.layout import STAGING_DIR
from newsprep.run.plan import plan_for
from tests.e2e.conftest import SAMPLE, run_flow

pytestmark = pytest.mark.slow


class _RemoveOnRetry(logging.Handler):
    """Removes ``obstacle`` when Prefect logs that a task run will be retried; keeps those lines."""

    def __init__(self, obstacle: Path) -> None:
        super().__init__(level=logging.INFO)
        self.obstacle = obstacle
        self.retry_lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        line = record.getMessage()
        if " - Retry " in line:
            self.retry_lines.append(line)
            self.obstacle.unlink(missing_ok=True)


def _task_run_logger() -> logging.Logger:
    """Prefect's task-run logger, once Prefect has configured logging (which drops handlers added before)."""
    import newsprep.run.flow  # noqa: F401  (imports Prefect, which sets up its logging)

    return logging.getLogger("prefect.task_runs")


def test_a_transient_os_error_is_retried_once_and_the_run_publishes(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "processed"
    raw.mkdir()
    shutil.copy(SAMPLE, raw / SAMPLE.name)
    run_id = plan_for(PipelineSettings(raw_dir=raw, out_dir=out)).run_id
    obstacle = out / STAGING_DIR / run_id / "batch-00000"
    obstacle.parent.mkdir(parents=True)
    obstacle.write_text("in the way of the first batch's staging folder")

    task_runs = _task_run_logger()
    watcher, level = _RemoveOnRetry(obstacle), task_runs.level
    task_runs.addHandler(watcher)
    task_runs.setLevel(logging.INFO)
    try:
        result = run_flow(raw, out)
    finally:
        task_runs.removeHandler(watcher)
        task_runs.setLevel(level)

    assert len(watcher.retry_lines) == 1, watcher.retry_lines
    assert "FileExistsError" in watcher.retry_lines[0] and "Retry 1/2" in watcher.retry_lines[0]
    assert result["published"]
    assert pl.read_parquet(out / "documents.parquet")["source_path"].to_list() == [SAMPLE.name]
    assert json.loads((out / "manifest.json").read_text())["run_id"] == run_id
    assert not (out / STAGING_DIR).exists()


def test_a_missing_raw_folder_fails_at_once_without_a_retry(tmp_path: Path) -> None:
    task_runs = _task_run_logger()
    watcher, level = _RemoveOnRetry(tmp_path / "nothing"), task_runs.level
    task_runs.addHandler(watcher)
    task_runs.setLevel(logging.INFO)
    try:
        with pytest.raises(RawFolderError):
            run_flow(tmp_path / "not-mounted", tmp_path / "processed")
    finally:
        task_runs.removeHandler(watcher)
        task_runs.setLevel(level)
    assert watcher.retry_lines == []
