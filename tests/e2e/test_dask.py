"""Scale-out through prefect-dask: the sample on a local Dask cluster of 2 worker processes publishes the same bytes
as the default runner."""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from newsprep.run import batch_tasks
from newsprep.run.stage_steps import ingest_batch
from newsprep.tables import ALL_TABLES
from tests.e2e.conftest import SAMPLE, run_flow

pytestmark = pytest.mark.slow


def _digests(out: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(out.glob("*.parquet"))}


def _refused_in_this_process(real: Callable[..., Any]) -> Callable[..., Any]:
    """A batch's first step, failing when called in the test's (the flow's) process: the batches must run on Dask
    workers."""
    flow_pid = os.getpid()

    def ingest_elsewhere(*args: Any, **kwargs: Any) -> Any:
        if os.getpid() == flow_pid:
            raise AssertionError("a batch ran in the flow's process, not on a Dask worker")
        return real(*args, **kwargs)

    return ingest_elsewhere


def test_a_local_dask_cluster_publishes_byte_identical_tables(
    sample_run: tuple[Path, dict[str, Any]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    default_out, default_result = sample_run
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SAMPLE, raw / SAMPLE.name)
    dask_out = tmp_path / "processed"

    monkeypatch.setattr(batch_tasks, "ingest_batch", _refused_in_this_process(ingest_batch))
    result = run_flow(raw, dask_out, dask_local_workers=2)

    assert result["published"] and default_result["published"]
    assert result["row_counts"] == default_result["row_counts"]
    digests = _digests(dask_out)
    assert set(digests) >= {f"{table}.parquet" for table in ALL_TABLES}
    assert digests == _digests(default_out)
