"""A batch through the stages, one stage at a time, each stage's output checked and stored in the stage cache.

``run_stage`` runs one stage on a batch from the checked outputs of the stages it reads and stores its output;
``check_stage`` runs its checks on that output and marks it checked; ``batch_tables_from_cache`` gives the batch's
tables once every stage is checked. The flow runs them stage by stage over all its batches (a Prefect task each,
passing paths, never frames); ``run_batch`` (what ``process_batch`` runs) is the same composition over one batch of
raw files, cut into a sub-batch per worker process when it is large enough to share out.
"""

from __future__ import annotations

import logging
import tempfile
import time
from collections.abc import Mapping, Sequence
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from newsprep.config import PipelineSettings
from newsprep.ingest import RawFile
from newsprep.quality import CheckResult
from newsprep.run.plan import even_batches
from newsprep.run.stages.assemble import batch_tables
from newsprep.run.stages.cache import StageCache
from newsprep.run.stages.checks import STAGE_TABLES
from newsprep.run.stages.records import empty_part
from newsprep.run.stages.registry import STAGE_NAMES, batch_identity, stage_keys, stage_named
from newsprep.run.stages.state import BatchState, apply_checks, stage_work
from newsprep.run.workers import default_workers, run_calls, uses_pool

_log = logging.getLogger(__name__)

PUBLISH_READS: dict[str, dict[str, list[str] | None]] = {
    "ingest": {"decoded": ["doc_id", "source_path", "encoding", "input_format"], "rejects": None},
    "clean": {"articles": None, "paragraphs": None, "captions": None, "rejects": None},
    "nlp": {"rejects": None},
    "entities": {"entities": None, "mentions": None, "rejects": None},
    "quotes": {"quotes": None, "rejects": None},
    "statistics": {"statistics": None, "rejects": None},
}
"""What the tables need of each stage's stored output (not the decoded text, not the NER spans)."""


@dataclass(frozen=True, slots=True)
class StageBatch:
    """One batch as the stages see it: its documents (doc id -> source path, in order) and every stage's key."""

    paths: dict[str, str]
    keys: dict[str, str]

    @classmethod
    def of(
        cls,
        files: Sequence[tuple[str, str]],
        settings: PipelineSettings,
        *,
        fingerprints: Mapping[str, str] | None = None,
    ) -> StageBatch:
        """From the batch's (source path, doc id) pairs, in batch order."""
        keys = stage_keys(batch_identity(files), settings, fingerprints=fingerprints)
        return cls({doc_id: path for path, doc_id in files}, keys)


@dataclass(frozen=True, slots=True)
class BatchRun:
    """A batch's tables, which stages ran and which were read from the cache, and every stage's checks on the batch
    (those of a stage read from the cache as they ran when its output was made)."""

    tables: dict[str, pl.DataFrame]
    ran: tuple[str, ...]
    reused: tuple[str, ...]
    checks: pl.DataFrame


def stages_to_run(batch: StageBatch, cache: StageCache) -> tuple[str, ...]:
    """The stages whose output is not stored; ``nlp`` only when ``entities`` must run (nothing else reads spans)."""
    missing = [s for s in STAGE_NAMES if not cache.has(s, batch.keys[s])]
    return tuple(s for s in missing if s != "nlp" or "entities" in missing)


def _load(
    state: BatchState, batch: StageBatch, cache: StageCache, reads: Mapping[str, Mapping[str, list[str] | None]]
) -> None:
    for stage, parts in reads.items():
        columns = {part: cols for part, cols in parts.items() if cols is not None}
        state.frames[stage] = cache.read(stage, batch.keys[stage], parts, columns=columns)


@dataclass(frozen=True, slots=True)
class StageResult:
    """What one stage did for one batch: ``reused`` when its checked output was already stored."""

    stage: str
    key: str
    reused: bool
    documents_in: int
    rejected: int
    seconds: float


def run_stage(
    stage: str, batch: StageBatch, settings: PipelineSettings, cache: StageCache, raw_files: Sequence[RawFile] = ()
) -> StageResult:
    """Run one stage on a batch (its input stages' outputs read from the cache) and store its unchecked output.

    ``ingest`` is given the batch's ``raw_files``; every other stage needs the stages it reads already checked in
    the cache (``check_stage``). Returns at once, ``reused``, when the stage's checked output is stored.
    """
    clock = time.perf_counter()
    key = batch.keys[stage]
    if cache.has(stage, key):
        rejects = cache.read(stage, key, ["rejects"])["rejects"]
        return StageResult(stage, key, True, 0, rejects.height, time.perf_counter() - clock)
    state = BatchState(dict(batch.paths), {f.doc_id: f.data for f in raw_files})
    inputs = _inputs_closure(stage)
    unchecked = [name for name in inputs if not cache.has(name, batch.keys[name])]
    if unchecked:
        raise RuntimeError(f"the {stage} stage reads {', '.join(unchecked)}, not yet run and checked for this batch")
    _load(state, batch, cache, _run_reads(stage, inputs))
    frames, _ = stage_work(stage)(state, settings)
    cache.add_parts(stage, key, frames)
    return StageResult(
        stage, key, False, len(state.inputs_of(stage)), frames["rejects"].height, time.perf_counter() - clock
    )


def _run_reads(stage: str, inputs: Sequence[str]) -> dict[str, dict[str, list[str] | None]]:
    """What a stage's run reads of the stages before it: the outputs of those it reads, and of the others (which
    only decide the documents it is given) their rejects alone, not the decoded texts or the spans again."""
    direct = stage_named(stage).inputs
    return {
        name: {p: None for p in (*stage_named(name).parts, "rejects")} if name in direct else {"rejects": None}
        for name in inputs
    }


def _inputs_closure(stage: str) -> list[str]:
    """Every stage a stage reads, directly or not (``inputs_of`` needs each one's rejects)."""
    needed: set[str] = set()
    todo = list(stage_named(stage).inputs)
    while todo:
        name = todo.pop()
        if name not in needed:
            needed.add(name)
            todo.extend(stage_named(name).inputs)
    return [s for s in STAGE_NAMES if s in needed]


def check_stage(stage: str, batch: StageBatch, settings: PipelineSettings, cache: StageCache) -> list[CheckResult]:
    """Run a stage's checks on its stored output (``run_stage``'s), reject the documents that fail a critical one,
    and mark the output checked; one result per check (``observed_value``: the documents that failed it)."""
    key = batch.keys[stage]
    if not cache.has(stage, key):
        state = BatchState(dict(batch.paths))
        _load(state, batch, cache, _check_reads(stage))
        frames = cache.read(stage, key, (*stage_named(stage).parts, "rejects"))
        cache.add_parts(stage, key, apply_checks(stage, state, frames, settings))
    checks = cache.read(stage, key, ["checks"])["checks"]
    return check_results(checks)


def _check_reads(stage: str) -> dict[str, dict[str, list[str] | None]]:
    """What a stage's checks read besides its own output: the clean articles and captions they join to
    (``state.check_tables``), nothing of a stage that does not make them."""
    if stage == "clean" or stage not in STAGE_TABLES:  # clean's checks join to its own output
        return {}
    return {"clean": {"articles": None, "captions": None}}


def check_results(checks: pl.DataFrame) -> list[CheckResult]:
    """The stages' ``checks`` frames (of one batch or many) as one result per check: documents that failed it."""
    if checks.is_empty():
        return []
    summed = checks.group_by("stage", "check", "severity", maintain_order=True).agg(pl.col("failing_documents").sum())
    return [
        CheckResult(
            row["stage"],
            row["check"],
            row["severity"],
            row["failing_documents"] == 0,
            float(row["failing_documents"]),
            "documents that failed it",
        )
        for row in summed.iter_rows(named=True)
    ]


def batch_tables_from_cache(batch: StageBatch, cache: StageCache) -> dict[str, pl.DataFrame]:
    """The publish stage's rows for a batch whose every stage is checked in the cache."""
    state = BatchState(dict(batch.paths))
    _load(state, batch, cache, PUBLISH_READS)
    return batch_tables(state)


# A batch's whole path (``process_batch``): the functions above, stage by stage over its sub-batches.


def run_batch(
    raw_files: Sequence[RawFile],
    settings: PipelineSettings,
    *,
    cache: StageCache | None = None,
    workers: int | None = None,
    fingerprints: Mapping[str, str] | None = None,
) -> BatchRun:
    """Every stage over one batch, as the flow runs its batches: each stage whose checked output is not stored runs,
    then its checks, and the tables are read back from the cache.

    The batch is cut into one sub-batch per worker process (``plan.even_batches``) when it is large enough to share
    out; a small batch, one worker or a daemon process (a Dask worker) runs here. Without a ``cache``, a temporary
    one holds the stages' outputs for the call. A stored output that cannot be read costs the batch a full run,
    never the run.
    """
    workers = default_workers() if workers is None else workers
    pool_workers = workers if uses_pool(len(raw_files), workers) else None
    cut = even_batches(list(raw_files), batch_size=max(len(raw_files), 1), workers=pool_workers or 1) or [[]]
    parts = [
        (StageBatch.of([(f.source_path, f.doc_id) for f in files], settings, fingerprints=fingerprints), files)
        for files in cut
    ]
    if cache is None:
        with tempfile.TemporaryDirectory(prefix="newsprep-stages-") as folder:
            return _run_parts(parts, [STAGE_NAMES] * len(parts), settings, StageCache(Path(folder)), pool_workers)
    to_run = [stages_to_run(batch, cache) for batch, _ in parts]
    try:
        return _run_parts(parts, to_run, settings, cache, pool_workers)
    except BrokenProcessPool:
        raise
    except Exception as error:  # a damaged stored output costs its batch a full run, never the run
        if all(stages == STAGE_NAMES for stages in to_run):
            raise  # nothing stored was read: not the cache's fault
        _log.warning("stage cache: %s; running every stage of this batch", error)
        for batch, _ in parts:
            for stage in STAGE_NAMES:  # written again below
                cache.drop(stage, batch.keys[stage])
        return _run_parts(parts, [STAGE_NAMES] * len(parts), settings, cache, pool_workers)


def _run_parts(
    parts: Sequence[tuple[StageBatch, Sequence[RawFile]]],
    to_run: Sequence[tuple[str, ...]],
    settings: PipelineSettings,
    cache: StageCache,
    pool_workers: int | None,
) -> BatchRun:
    """Each stage on the sub-batches it must run on (all at once in the pool when there is one), then its checks;
    the sub-batches' tables and checks, concatenated in their order."""
    for stage in STAGE_NAMES:
        due = [(batch, files) for (batch, files), stages in zip(parts, to_run, strict=True) if stage in stages]
        if not due:
            continue
        runs = [(stage, batch, settings, cache, files if stage == "ingest" else ()) for batch, files in due]
        run_calls(run_stage, runs, pool_workers=pool_workers, spacy_model=settings.spacy_model)
        checks = [(stage, batch, settings, cache) for batch, _ in due]
        run_calls(check_stage, checks, pool_workers=pool_workers, spacy_model=settings.spacy_model)
    tables = [batch_tables_from_cache(batch, cache) for batch, _ in parts]
    stored = [
        cache.read(stage, batch.keys[stage], ["checks"])["checks"]
        for stage in STAGE_NAMES
        for batch, _ in parts
        if cache.has(stage, batch.keys[stage])
    ]
    ran = tuple(stage for stage in STAGE_NAMES if any(stage in stages for stages in to_run))
    return BatchRun(
        {table: pl.concat([part[table] for part in tables]) for table in tables[0]},
        ran,
        tuple(stage for stage in STAGE_NAMES if stage not in ran),
        pl.concat(stored) if stored else empty_part("checks"),
    )
