"""The run's batches stage by stage, as the flow shows them: read and ingest each batch, then each stage on every
batch and that stage's checks on them all, then each batch's tables staged for the publish. Each public function is
one Prefect task of ``newsprep.run.flow`` (no Prefect here).

The stages' work (``newsprep.run.stages``: ``run_stage``, ``check_stage``, through the stage cache on disk) runs in
newsprep's worker processes, which hold the model, when the run is large enough to share out (decided once for the
run, so that a last small batch does not load the model here too): with every batch of a stage in flight, both
cores stay busy to the stage's last batch. A small run, or a run on Dask (whose worker process is the place to
compute), runs here, one batch at a time.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import polars as pl

from newsprep.config import PipelineSettings
from newsprep.ingest import RawEntry, RawFile, read_raw_files
from newsprep.quality import CheckResult
from newsprep.run.stages import (
    STAGE_NAMES,
    StageBatch,
    StageCache,
    StageResult,
    batch_tables_from_cache,
    check_stage,
    run_stage,
    stages_to_run,
)
from newsprep.run.steps import STAGE_CHECKS_FILE, STAGE_RUNS_FILE, mark_run_started, staging_dir
from newsprep.run.workers import default_workers, run_calls, uses_pool
from newsprep.tables import Row, frame_from_rows, reject_row

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class IngestedBatch:
    """A batch once its files are read: the stages' view of it, which stages must run, and the files it could not
    read (changed or gone since the inventory) as reject rows."""

    batch_no: int
    batch: StageBatch
    to_run: tuple[str, ...]
    read_rejects: list[Row]
    ingest: StageResult | None
    shared_out: bool
    """Whether its stages run in the worker processes (``shares_out``, for the whole run)."""


def shares_out(documents: int, settings: PipelineSettings) -> bool:
    """Whether a run of this many documents runs its stages in newsprep's worker processes (not on Dask, not a run
    too small to be worth the workers' start)."""
    on_dask = settings.dask_address is not None or settings.dask_local_workers is not None
    return not on_dask and uses_pool(documents, default_workers())


def _in_workers(
    settings: PipelineSettings, shared_out: bool, work: Callable[..., T], calls: Sequence[tuple[object, ...]]
) -> list[T]:
    """``work(*args)`` for each ``args`` in ``calls``, in order: all at once in the worker processes when shared
    out, else here, one at a time (``workers.run_calls``)."""
    workers = default_workers() if shared_out else None
    return run_calls(work, calls, pool_workers=workers, spacy_model=settings.spacy_model)


def ingest_batch(
    entries: Sequence[RawEntry], *, batch_no: int, run_id: str, settings: PipelineSettings, shared_out: bool
) -> IngestedBatch:
    """Read the batch's files (checked against the inventory's hashes), key its stages, and run ``ingest`` unless
    its output for these files is stored already (its checks are ``check_batch_stage``'s)."""
    mark_run_started(staging_dir(settings.out_dir, run_id))
    loaded = read_raw_files(settings.raw_dir, list(entries))
    raw_files = [item for item in loaded if isinstance(item, RawFile)]
    read_rejects = [reject_row(item) for item in loaded if not isinstance(item, RawFile)]
    batch = StageBatch.of([(f.source_path, f.doc_id) for f in raw_files], settings)
    cache = StageCache(settings.out_dir)
    to_run = stages_to_run(batch, cache)
    ingested = None
    if "ingest" in to_run:
        call = ("ingest", batch, settings, cache, raw_files)
        [ingested] = _in_workers(settings, shared_out, run_stage, [call])
    return IngestedBatch(batch_no, batch, to_run, read_rejects, ingested, shared_out)


def run_batch_stage(stage: str, ingested: IngestedBatch, settings: PipelineSettings) -> StageResult:
    """One stage on the batch, from its input stages' checked outputs; stores its (unchecked) output."""
    call = (stage, ingested.batch, settings, StageCache(settings.out_dir))
    [result] = _in_workers(settings, ingested.shared_out, run_stage, [call])
    return result


def check_stage_batches(stage: str, batches: Sequence[IngestedBatch], settings: PipelineSettings) -> list[CheckResult]:
    """The stage's checks on its stored output of each batch (all at once when shared out); the documents failing a
    critical one become its rejects."""
    if not batches:
        return []
    cache = StageCache(settings.out_dir)
    calls = [(stage, ingested.batch, settings, cache) for ingested in batches]
    per_batch = _in_workers(settings, batches[0].shared_out, check_stage, calls)
    return [result for results in per_batch for result in results]


def stage_batch_tables(ingested: IngestedBatch, *, run_id: str, settings: PipelineSettings) -> Path:
    """The batch's rows of every table, from its checked stage outputs, written to the run's staging folder, with
    its stages' checks and which stages ran or were reused (as ``steps.stage_batch`` keeps them); in the worker
    processes when shared out, which hold polars already (the batches at once, not one at a time here)."""
    [target] = _in_workers(settings, ingested.shared_out, write_batch_tables, [(ingested, run_id, settings)])
    return target


def write_batch_tables(ingested: IngestedBatch, run_id: str, settings: PipelineSettings) -> Path:
    """``stage_batch_tables``'s work, where it runs."""
    cache = StageCache(settings.out_dir)
    frames = batch_tables_from_cache(ingested.batch, cache)
    frames["rejects"] = pl.concat([frames["rejects"], frame_from_rows("rejects", ingested.read_rejects)])
    target = staging_dir(settings.out_dir, run_id) / f"batch-{ingested.batch_no:05d}"
    target.mkdir(parents=True, exist_ok=True)
    for table, frame in frames.items():
        frame.write_parquet(target / f"{table}.parquet")
    keys = ingested.batch.keys
    stored = [stage for stage in STAGE_NAMES if cache.has(stage, keys[stage])]
    checks = [cache.read(stage, keys[stage], ["checks"])["checks"] for stage in stored]
    (pl.concat(checks) if checks else pl.DataFrame()).write_parquet(target / STAGE_CHECKS_FILE)
    reused = [stage for stage in STAGE_NAMES if stage not in ingested.to_run]
    record = {"ran": list(ingested.to_run), "reused": reused}
    (target / STAGE_RUNS_FILE).write_text(json.dumps(record), encoding="utf-8")
    return target
