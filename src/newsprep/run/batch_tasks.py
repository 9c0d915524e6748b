"""The Prefect tasks of the run's stages, as the UI shows them: ``ingest-batch-N`` for each batch, then for each
stage that must run ``<stage>-batch-N`` for each batch and one ``check-<stage>`` over them all, then
``tables-batch-N`` for each batch.

Thin wiring around ``newsprep.run.stage_steps``; with ``newsprep.run.flow``, the only modules that import Prefect.
A stage whose checked output is stored for a batch's files (its key unchanged) has no task for that batch: it is
reused.
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
    check_stage_batches,
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
reject or a check result), so what is retried may pass on the next attempt.

No task carries tags: a tagged task run first asks the server for its tags' concurrency slots, which cost about
2 s each time a stage's tasks started (a tenth of a 500-article run; benchmarks/history/issue19.md)."""


@task(name="ingest", task_run_name="ingest-batch-{batch_no}", **RETRY_IO)
def ingest_task(
    entries: list[RawEntry], batch_no: int, run_id: str, settings: PipelineSettings, shared_out: bool
) -> IngestedBatch:
    return ingest_batch(entries, batch_no=batch_no, run_id=run_id, settings=settings, shared_out=shared_out)


@task(name="stage", task_run_name="{stage}-batch-{ingested.batch_no}", **RETRY_IO)
def stage_task(stage: str, ingested: IngestedBatch, settings: PipelineSettings) -> StageResult:
    return run_batch_stage(stage, ingested, settings)


@task(name="check-stage", task_run_name="check-{stage}", **RETRY_IO)
def check_stage_task(stage: str, batches: list[IngestedBatch], settings: PipelineSettings) -> list[CheckResult]:
    """The stage's checks on every batch it ran on, before any later stage reads its output."""
    return check_stage_batches(stage, batches, settings)


@task(name="stage-tables", task_run_name="tables-batch-{ingested.batch_no}", **RETRY_IO)
def tables_task(ingested: IngestedBatch, run_id: str, settings: PipelineSettings) -> Path:
    return stage_batch_tables(ingested, run_id=run_id, settings=settings)
