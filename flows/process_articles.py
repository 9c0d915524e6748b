"""The ``process-articles`` Prefect flow: thin wiring around ``newsprep.run``.

inventory -> plan (what changed) -> process batches (clean, NER, entities, quotes, statistics)
-> check (pandera + GX) -> publish. Tasks pass paths and small records, never frames or spaCy objects.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import as_completed
from prefect.task_runners import ThreadPoolTaskRunner

from newsprep.config import PipelineSettings
from newsprep.incremental import RunPlan, plan_run
from newsprep.provenance import run_id_for
from newsprep.publish import output_lock
from newsprep.run import (
    RunOutcome,
    build_manifest,
    check_and_publish,
    combine_batches,
    drop_staging,
    previous_outcome,
    stage_batch,
    write_manifest,
)
from newsprep.sources import RawEntry, take_inventory

ProgressListener = Callable[[int, int], None]
_progress_listeners: list[ProgressListener] = []


def add_progress_listener(listener: ProgressListener) -> None:
    """Called with (batches done, batches in all) as batches finish; for the CLI's progress bar."""
    _progress_listeners.append(listener)


def remove_progress_listener(listener: ProgressListener) -> None:
    _progress_listeners.remove(listener)


@task(name="plan-run", cache_policy=NO_CACHE)
def plan_run_task(settings: PipelineSettings) -> RunPlan:
    inventory = take_inventory(settings.raw_dir)
    input_keys = [(e.source_path, e.doc_id) for e in inventory.entries]
    input_keys += [(str(r["source_path"]), f"reject:{r['reason']}") for r in inventory.rejects]
    return plan_run(inventory, run_id=run_id_for(input_keys, settings), settings=settings)


@task(name="process-batch", cache_policy=NO_CACHE)
def process_batch_task(entries: list[RawEntry], batch_no: int, run_id: str, settings: PipelineSettings) -> Path:
    return stage_batch(entries, batch_no=batch_no, run_id=run_id, settings=settings)


@task(name="check-and-publish", cache_policy=NO_CACHE)
def check_and_publish_task(batch_dirs: list[Path], plan: RunPlan, settings: PipelineSettings) -> RunOutcome:
    return check_and_publish(combine_batches(batch_dirs, plan), plan=plan, settings=settings)


def _process_batches(plan: RunPlan, settings: PipelineSettings) -> list[Path]:
    pending = plan.pending
    batches = [list(pending[i : i + settings.batch_size]) for i in range(0, len(pending), settings.batch_size)]
    futures = [process_batch_task.submit(batch, n, plan.run_id, settings) for n, batch in enumerate(batches)]
    batch_dirs: list[Path] = []
    for future in as_completed(futures):
        batch_dirs.append(future.result())
        for listener in list(_progress_listeners):
            listener(len(batch_dirs), len(batches))
    return sorted(batch_dirs)


# One batch at a time in the flow's process: spaCy is CPU-bound, so threads would only contend for the GIL.
# Scaling out goes through a Dask task runner instead.
DEFAULT_TASK_RUNNER: ThreadPoolTaskRunner[Any] = ThreadPoolTaskRunner(max_workers=1)


@flow(name="process-articles", log_prints=True, task_runner=DEFAULT_TASK_RUNNER)  # type: ignore[arg-type]
def process_articles(settings: PipelineSettings | None = None) -> dict[str, Any]:
    """Process the new or changed raw files under ``settings.raw_dir``; publish validated tables to ``out_dir``."""
    settings = settings or PipelineSettings()
    started, clock = datetime.now(UTC), time.perf_counter()
    timings: dict[str, float] = {}
    with output_lock(settings.out_dir):
        plan = plan_run_task(settings)
        timings["plan"] = time.perf_counter() - clock
        if plan.already_published:
            outcome = previous_outcome(plan)
        else:
            batch_dirs = _process_batches(plan, settings)
            timings["process"] = time.perf_counter() - clock - timings["plan"]
            outcome = check_and_publish_task(batch_dirs, plan, settings)
            drop_staging(settings.out_dir, plan.run_id)
        timings["total"] = time.perf_counter() - clock
        manifest = build_manifest(plan=plan, outcome=outcome, settings=settings, started=started, timings=timings)
        stamp = f"{started:%Y%m%dT%H%M%S%fZ}-{plan.run_id}"
        manifest_path = write_manifest(settings.out_dir, manifest, run_stamp=stamp, published=outcome.published)
    for check in outcome.failed_checks:
        print(f"{check.severity} check failed [{check.stage}] {check.check}: {check.observed}")
    return {**manifest, "manifest_path": str(manifest_path)}
