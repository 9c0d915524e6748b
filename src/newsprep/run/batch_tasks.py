"""The Prefect tasks of one batch, as the UI shows them: ``batch-N`` holding ``ingest-batch-N``, then for each stage
that must run ``<stage>-batch-N`` and its checks ``check-<stage>-batch-N``, then ``tables-batch-N``.

Thin wiring around ``newsprep.run.stage_steps``; with ``newsprep.run.flow``, the only modules that import Prefect.
A stage whose checked output is stored for the batch's files (its key unchanged) has no task: it is reused.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from prefect import Task, task
from prefect.cache_policies import NO_CACHE
from prefect.client.schemas.objects import State, TaskRun

from newsprep.config import PipelineSettings
from newsprep.ingest import RawEntry
from newsprep.quality import CheckResult
from newsprep.run.retries import RETRIES, RETRY_DELAY_SECONDS, is_transient
from newsprep.run.stage_steps import (
    IngestedBatch,
    check_batch_stage,
    ingest_batch,
    run_batch_stage,
    stage_batch_tables,
)
from newsprep.run.stages import StageResult


def _transient_failure(task: Task[Any, Any], task_run: TaskRun, state: State[Any]) -> bool:
    """Prefect's retry condition: retry a task only when it raised a transient error (``newsprep.run.retries``)."""
    error = state.result(raise_on_failure=False)
    return isinstance(error, BaseException) and is_transient(error)


RETRY_IO: dict[str, Any] = {
    "retries": RETRIES,
    "retry_delay_seconds": RETRY_DELAY_SECONDS,
    "retry_condition_fn": _transient_failure,
    "cache_policy": NO_CACHE,
}
"""For the tasks that read or write files or talk to the server; bad input never raises out of a task (it is a
reject or a check result), so what is retried may pass on the next attempt."""


@task(name="ingest", task_run_name="ingest-batch-{batch_no}", tags=["stage"], **RETRY_IO)
def ingest_task(entries: list[RawEntry], batch_no: int, run_id: str, settings: PipelineSettings) -> IngestedBatch:
    return ingest_batch(entries, batch_no=batch_no, run_id=run_id, settings=settings)


@task(name="stage", task_run_name="{stage}-batch-{ingested.batch_no}", tags=["stage"], **RETRY_IO)
def stage_task(stage: str, ingested: IngestedBatch, settings: PipelineSettings) -> StageResult:
    return run_batch_stage(stage, ingested, settings)


@task(name="check-stage", task_run_name="check-{stage}-batch-{ingested.batch_no}", tags=["check"], **RETRY_IO)
def check_stage_task(stage: str, ingested: IngestedBatch, settings: PipelineSettings) -> list[CheckResult]:
    return check_batch_stage(stage, ingested, settings)


@task(name="stage-tables", task_run_name="tables-batch-{ingested.batch_no}", **RETRY_IO)
def tables_task(ingested: IngestedBatch, run_id: str, settings: PipelineSettings) -> Path:
    return stage_batch_tables(ingested, run_id=run_id, settings=settings)


@task(name="batch", task_run_name="batch-{batch_no}", cache_policy=NO_CACHE)
def batch_task(entries: list[RawEntry], batch_no: int, run_id: str, settings: PipelineSettings) -> Path:
    """One batch, stage after stage, each stage's checks before the next stage reads its output."""
    ingested = ingest_task(entries, batch_no, run_id, settings)
    for stage in ingested.to_run:
        if stage != "ingest":
            stage_task(stage, ingested, settings)
        check_stage_task(stage, ingested, settings)
    return tables_task(ingested, run_id, settings)
