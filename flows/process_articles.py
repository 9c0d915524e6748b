"""The ``process-articles`` Prefect flow: thin wiring around ``newsprep.run``.

inventory -> process batches (clean, NER, entities, quotes, statistics) -> check (pandera + GX) -> publish.
Tasks pass paths and small records, never frames or spaCy objects.
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
from newsprep.provenance import code_version, output_settings, package_versions, run_id_for
from newsprep.publish import output_lock
from newsprep.run import RunOutcome, check_and_publish, combine_batches, drop_staging, stage_batch, write_manifest
from newsprep.sources import Inventory, RawEntry, take_inventory

ProgressListener = Callable[[int, int], None]
_progress_listeners: list[ProgressListener] = []


def add_progress_listener(listener: ProgressListener) -> None:
    """Called with (batches done, batches in all) as batches finish; for the CLI's progress bar."""
    _progress_listeners.append(listener)


def remove_progress_listener(listener: ProgressListener) -> None:
    _progress_listeners.remove(listener)


@task(name="take-inventory", cache_policy=NO_CACHE)
def take_inventory_task(raw_dir: Path) -> Inventory:
    return take_inventory(raw_dir)


@task(name="process-batch", cache_policy=NO_CACHE)
def process_batch_task(entries: list[RawEntry], batch_no: int, run_id: str, settings: PipelineSettings) -> Path:
    return stage_batch(entries, batch_no=batch_no, run_id=run_id, settings=settings)


@task(name="check-and-publish", cache_policy=NO_CACHE)
def check_and_publish_task(
    batch_dirs: list[Path], inventory: Inventory, run_id: str, settings: PipelineSettings
) -> RunOutcome:
    frames = combine_batches(batch_dirs, inventory)
    return check_and_publish(frames, inventory=inventory, run_id=run_id, settings=settings)


def _input_keys(inventory: Inventory) -> list[tuple[str, str]]:
    return [(e.source_path, e.doc_id) for e in inventory.entries] + [
        (str(r["source_path"]), f"reject:{r['reason']}") for r in inventory.rejects]


def _manifest(
    *, settings: PipelineSettings, inventory: Inventory, outcome: RunOutcome, started: datetime,
    timings: dict[str, float],
) -> dict[str, Any]:
    return {
        "run_id": outcome.run_id,
        "published": outcome.published,
        "started_at": started.isoformat(),
        "finished_at": datetime.now(UTC).isoformat(),
        "seconds": {name: round(value, 3) for name, value in timings.items()},
        "raw_dir": str(settings.raw_dir),
        "out_dir": str(settings.out_dir),
        "code_version": code_version(),
        "packages": package_versions(),
        "settings": {**output_settings(settings), "batch_size": settings.batch_size},
        "inputs": [{"source_path": e.source_path, "sha256": e.doc_id, "bytes": e.size} for e in inventory.entries],
        "row_counts": outcome.row_counts,
        "checks": [{"stage": c.stage, "check": c.check, "severity": c.severity, "success": c.success,
                    "observed": c.observed} for c in outcome.checks],
    }


@flow(name="process-articles", log_prints=True, task_runner=ThreadPoolTaskRunner(max_workers=1))
def process_articles(settings: PipelineSettings | None = None) -> dict[str, Any]:
    """Process every raw file under ``settings.raw_dir`` and publish validated tables to ``settings.out_dir``."""
    settings = settings or PipelineSettings()
    started, clock = datetime.now(UTC), time.perf_counter()
    timings: dict[str, float] = {}
    with output_lock(settings.out_dir):
        inventory = take_inventory_task(settings.raw_dir)
        run_id = run_id_for(_input_keys(inventory), settings)
        batches = [list(inventory.entries[i:i + settings.batch_size])
                   for i in range(0, len(inventory.entries), settings.batch_size)]
        timings["inventory"] = time.perf_counter() - clock
        futures = [process_batch_task.submit(batch, batch_no, run_id, settings)
                   for batch_no, batch in enumerate(batches)]
        batch_dirs: list[Path] = []
        for future in as_completed(futures):
            batch_dirs.append(future.result())
            for listener in list(_progress_listeners):
                listener(len(batch_dirs), len(batches))
        timings["process"] = time.perf_counter() - clock - timings["inventory"]
        outcome = check_and_publish_task(sorted(batch_dirs), inventory, run_id, settings)
        timings["total"] = time.perf_counter() - clock
        manifest = _manifest(settings=settings, inventory=inventory, outcome=outcome, started=started,
                             timings=timings)
        manifest_path = write_manifest(settings.out_dir, manifest,
                                       run_stamp=f"{started:%Y%m%dT%H%M%S%fZ}-{run_id}", published=outcome.published)
        drop_staging(settings.out_dir, run_id)
    for check in outcome.failed_checks:
        print(f"{check.severity} check failed [{check.stage}] {check.check}: {check.observed}")
    return {**manifest, "manifest_path": str(manifest_path)}
