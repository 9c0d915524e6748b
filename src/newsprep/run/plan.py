"""What a run processes: the raw folder's inventory against the published version, which is the cache.

A document's rows depend only on its bytes and on the pipeline (code, packages, model, output settings). When
the previous published version was made by the same pipeline, the rows of every unchanged file are taken
from it as they are, and only new or changed files are processed. A deleted file's rows are simply not taken.

A run is planned once, under the output lock. ``newsprep run`` plans before it starts Prefect (a run with nothing to
do is settled without it) and hands the plan to the flow it starts (``planned_run``, ``handed_plan``); a flow run
started by a deployment plans for itself.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import polars as pl

from newsprep.config import PipelineSettings
from newsprep.ingest import Inventory, RawEntry, take_inventory
from newsprep.run.provenance import code_version, output_settings, package_versions, run_id_for
from newsprep.run.publish import current_version_dir, hold_output_lock
from newsprep.tables import table_spec

T = TypeVar("T")

PIPELINE_FILE = "pipeline.json"
REUSABLE_REJECT_STAGES = ("clean", "extract", "entities", "quotes", "statistics")
"""Rejects worth reusing: those that cost a decode and a clean, or NLP work (a failed stage check among them).
Ingest rejects are redone."""


def pipeline_key(settings: PipelineSettings) -> str:
    """What a document's rows depend on besides its bytes."""
    payload = {"code": code_version(), "packages": package_versions(), "settings": output_settings(settings)}
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()[:16]


def pipeline_file_text(key: str) -> str:
    return json.dumps({"pipeline_key": key}) + "\n"


def _previous_version(out_dir: Path, key: str) -> Path | None:
    version = current_version_dir(out_dir)
    if version is None or not (version / PIPELINE_FILE).is_file():
        return None
    recorded = json.loads((version / PIPELINE_FILE).read_text(encoding="utf-8")).get("pipeline_key")
    return version if recorded == key else None


@dataclass(frozen=True, slots=True)
class RunPlan:
    """Which inputs a run must process and which rows it can take from the previous version."""

    inventory: Inventory
    run_id: str
    pipeline_key: str
    pending: tuple[RawEntry, ...]
    reused: tuple[RawEntry, ...]
    reuse_from: Path | None
    already_published: bool


def plan_run(inventory: Inventory, *, run_id: str, settings: PipelineSettings) -> RunPlan:
    key = pipeline_key(settings)
    previous = _previous_version(settings.out_dir, key)
    if previous is None:
        return RunPlan(inventory, run_id, key, inventory.entries, (), None, False)
    published_docs = set(pl.read_parquet(previous / "documents.parquet", columns=["doc_id"])["doc_id"])
    rejects = pl.read_parquet(previous / "rejects.parquet", columns=["source_path", "doc_id", "stage"])
    rejected = set(
        rejects.filter(pl.col("stage").is_in(REUSABLE_REJECT_STAGES)).select("source_path", "doc_id").iter_rows()
    )
    reused = tuple(e for e in inventory.entries if e.doc_id in published_docs or (e.source_path, e.doc_id) in rejected)
    reused_set = set(reused)
    pending = tuple(e for e in inventory.entries if e not in reused_set)
    return RunPlan(inventory, run_id, key, pending, reused, previous, previous.name == run_id)


def plan_for(settings: PipelineSettings) -> RunPlan:
    """The raw folder's inventory and what of it a run must process (the rest is reused from the published version).

    The inventory hashes every file once; the plan carries the hashes to the batches, which check them as they read.
    """
    inventory = take_inventory(settings.raw_dir)
    input_keys = [(e.source_path, e.doc_id) for e in inventory.entries]
    input_keys += [(r.source_path, f"reject:{r.reason}") for r in inventory.rejects]
    return plan_run(inventory, run_id=run_id_for(input_keys, settings), settings=settings)


_handed: ContextVar[tuple[PipelineSettings, RunPlan, float] | None] = ContextVar("newsprep_handed_plan", default=None)
"""The plan ``planned_run`` made in this context, with its settings and how long planning took."""


@contextmanager
def planned_run(settings: PipelineSettings) -> Iterator[RunPlan]:
    """Plan the run under the output lock (taken here, or kept if the caller holds it) and hand the plan to a flow
    started inside the block, so that the flow does not take the inventory and hash every file a second time."""
    with hold_output_lock(settings.out_dir):
        clock = time.perf_counter()
        plan = plan_for(settings)
        token = _handed.set((settings, plan, time.perf_counter() - clock))
        try:
            yield plan
        finally:
            _handed.reset(token)


def handed_plan(settings: PipelineSettings) -> tuple[RunPlan, float] | None:
    """The plan (and its planning seconds) made for these very settings by a ``planned_run`` around the caller."""
    handed = _handed.get()
    return (handed[1], handed[2]) if handed is not None and handed[0] == settings else None


def reused_frame(plan: RunPlan, table: str) -> pl.DataFrame | None:
    """The previous version's rows of one table for the reused inputs, with each document's current source path."""
    if plan.reuse_from is None or not plan.reused:
        return None
    paths = pl.DataFrame(
        {"doc_id": [e.doc_id for e in plan.reused], "source_path": [e.source_path for e in plan.reused]}
    )
    previous = pl.read_parquet(plan.reuse_from / f"{table}.parquet")
    if table_spec(table).grain == "input":  # a reject is reused only for the same file at the same path
        return previous.join(paths, on=["source_path", "doc_id"], how="semi")
    if "source_path" in previous.columns:  # a document keeps its rows under the path it has now
        return previous.drop("source_path").join(paths, on="doc_id", how="inner").select(previous.columns)
    return previous.join(paths, on="doc_id", how="semi")


def even_batches(entries: Sequence[T], *, batch_size: int, workers: int) -> list[list[T]]:
    """``entries`` in order, cut into batches of at most ``batch_size`` that differ in size by one at most, and as
    many batches as a multiple of ``workers`` when there are entries enough: with every batch of a stage in flight,
    no worker is left alone with a last short batch while the others wait."""
    if not entries:
        return []
    count = -(-len(entries) // batch_size)
    count = min(len(entries), -(-count // max(workers, 1)) * max(workers, 1))
    size, larger = divmod(len(entries), count)
    batches, start = [], 0
    for n in range(count):
        end = start + size + (1 if n < larger else 0)
        batches.append(list(entries[start:end]))
        start = end
    return batches
