"""A batch through the stages, each stage's output taken from the stage cache when its key is there.

``run_batch`` is the batch's whole path (what ``process_batch`` runs): it works out every stage's key, reads the
stored outputs it needs, runs the stages whose output is not stored (with the stages after them), their checks
included, in the NLP worker processes (each runs every stage to run on its share; a small batch, one worker or a
daemon process runs them here), stores what it ran, and returns the batch's tables. ``run_stage`` and
``check_stage`` are the same work one stage at a time, through the cache only (a Prefect task per stage passes paths,
never frames).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Mapping, Sequence
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

import polars as pl

from newsprep.config import PipelineSettings
from newsprep.ingest import RawFile
from newsprep.quality import CheckResult
from newsprep.run.stages.assemble import batch_tables
from newsprep.run.stages.cache import StageCache
from newsprep.run.stages.records import Frames, empty_part
from newsprep.run.stages.registry import STAGE_NAMES, batch_identity, stage_keys, stage_named
from newsprep.run.stages.state import BatchState, apply_checks, run_stages_here, stage_work
from newsprep.run.workers import balanced_shares, default_workers, drop_worker_pool, uses_pool, worker_pool

_log = logging.getLogger(__name__)
_in_process_lock = threading.Lock()
"""Two batches may be in flight (one thread each): they share the pool, and take turns with the in-process model."""

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


def stages_to_run(batch: StageBatch, cache: StageCache | None) -> tuple[str, ...]:
    """The stages whose output is not stored; ``nlp`` only when ``entities`` must run (nothing else reads spans)."""
    missing = [s for s in STAGE_NAMES if cache is None or not cache.has(s, batch.keys[s])]
    return tuple(s for s in missing if s != "nlp" or "entities" in missing)


def _reads(to_run: Sequence[str]) -> dict[str, dict[str, list[str] | None]]:
    """Which stored frames of the other stages the stages to run and the tables need."""
    reads = {stage: dict(parts) for stage, parts in PUBLISH_READS.items() if stage not in to_run}
    for stage in to_run:
        for name in stage_named(stage).inputs:
            if name not in to_run:
                reads[name] = {part: None for part in (*stage_named(name).parts, "rejects")}
    return reads


def _load(
    state: BatchState, batch: StageBatch, cache: StageCache, reads: Mapping[str, Mapping[str, list[str] | None]]
) -> None:
    for stage, parts in reads.items():
        columns = {part: cols for part, cols in parts.items() if cols is not None}
        state.frames[stage] = cache.read(stage, batch.keys[stage], parts, columns=columns)


def _run_share(state: BatchState, to_run: Sequence[str], settings: PipelineSettings) -> dict[str, Frames]:
    """A worker's share of a batch: the stages to run, on the frames of the others it was given."""
    return run_stages_here(to_run, state, settings)


def _share_state(state: BatchState, doc_ids: Sequence[str], to_run: Sequence[str]) -> BatchState:
    """A worker's share: its documents, and of the stored frames those the stages to run read."""
    chosen = pl.Series(list(doc_ids), dtype=pl.String).implode()
    read = {name for stage in to_run for name in _inputs_closure(stage)} - set(to_run)
    frames = {
        stage: {part: frame.filter(pl.col("doc_id").is_in(chosen)) for part, frame in parts.items()}
        for stage, parts in state.frames.items()
        if stage in read
    }
    return BatchState(
        {d: state.paths[d] for d in doc_ids}, {d: state.raw[d] for d in doc_ids if d in state.raw}, frames
    )


def _run_on_workers(
    state: BatchState, raw_files: Sequence[RawFile], to_run: Sequence[str], settings: PipelineSettings, workers: int
) -> dict[str, Frames]:
    shares = [_share_state(state, [f.doc_id for f in share], to_run) for share in balanced_shares(raw_files, workers)]
    pool = worker_pool(workers, settings.spacy_model)
    try:
        parts = list(pool.map(_run_share, shares, [to_run] * len(shares), [settings] * len(shares)))
    except BrokenProcessPool:
        drop_worker_pool()
        raise
    return {
        stage: {part: pl.concat([share[stage][part] for share in parts]) for part in parts[0][stage]}
        for stage in to_run
    }


def run_batch(
    raw_files: Sequence[RawFile],
    settings: PipelineSettings,
    *,
    cache: StageCache | None = None,
    workers: int | None = None,
    fingerprints: Mapping[str, str] | None = None,
) -> BatchRun:
    """Every stage over one batch: stored outputs read back, the rest run (with their checks) and stored."""
    workers = default_workers() if workers is None else workers
    batch = StageBatch.of([(f.source_path, f.doc_id) for f in raw_files], settings, fingerprints=fingerprints)
    to_run = stages_to_run(batch, cache)
    state = BatchState(dict(batch.paths), {f.doc_id: f.data for f in raw_files} if "ingest" in to_run else {})
    if cache is not None and len(to_run) < len(STAGE_NAMES):
        try:
            _load(state, batch, cache, _reads(to_run))
        except Exception as error:  # a damaged stored output costs its batch a full run, never the run
            _log.warning("stage cache: %s; running every stage of this batch", error)
            to_run = STAGE_NAMES
            for stage in to_run:  # written again below
                cache.drop(stage, batch.keys[stage])
            state = BatchState(dict(batch.paths), {f.doc_id: f.data for f in raw_files})
    if to_run and uses_pool(len(raw_files), workers):
        produced = _run_on_workers(state, raw_files, to_run, settings, workers)
        state.frames.update(produced)
    else:
        with _in_process_lock:
            produced = run_stages_here(to_run, state, settings)
    if cache is not None:
        for stage in to_run:
            cache.write(stage, batch.keys[stage], produced[stage])
    reused = tuple(s for s in STAGE_NAMES if s not in to_run)
    checks = [
        produced[stage]["checks"] if stage in produced else _stored_checks(cache, stage, batch.keys[stage])
        for stage in STAGE_NAMES
        if stage in produced or stage in reused
    ]
    return BatchRun(batch_tables(state), to_run, reused, pl.concat(checks) if checks else empty_part("checks"))


def _stored_checks(cache: StageCache | None, stage: str, key: str) -> pl.DataFrame:
    """The checks a stored output passed when it was made (read back: they are its batch's checks too)."""
    if cache is None or not cache.has(stage, key):
        return empty_part("checks")
    return cache.read(stage, key, ["checks"])["checks"]


# The per-stage path: one stage (then its checks) at a time, everything through the cache.


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
    stage: str, batch: StageBatch, settings: PipelineSettings, cache: StageCache, *, raw_files: Sequence[RawFile] = ()
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
    _load(state, batch, cache, {name: {p: None for p in (*stage_named(name).parts, "rejects")} for name in inputs})
    frames, _ = stage_work(stage)(state, settings)
    cache.add_parts(stage, key, frames)
    return StageResult(
        stage, key, False, len(state.inputs_of(stage)), frames["rejects"].height, time.perf_counter() - clock
    )


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
        inputs = _inputs_closure(stage)
        _load(state, batch, cache, {name: {p: None for p in (*stage_named(name).parts, "rejects")} for name in inputs})
        frames = cache.read(stage, key, (*stage_named(stage).parts, "rejects"))
        cache.add_parts(stage, key, apply_checks(stage, state, frames, settings))
    checks = cache.read(stage, key, ["checks"])["checks"]
    return check_results(checks)


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
