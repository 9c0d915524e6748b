"""Incremental runs: the published version is the cache.

A document's rows depend only on its bytes and on the pipeline (code, packages, model, output settings). When
the previous published version was made by the same pipeline, the rows of every unchanged file are taken
from it as they are, and only new or changed files are processed. A deleted file's rows are simply not taken.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from newsprep.config import PipelineSettings
from newsprep.ingest import Inventory, RawEntry
from newsprep.run.provenance import code_version, output_settings, package_versions
from newsprep.run.publish import current_version_dir

PIPELINE_FILE = "pipeline.json"
DOCUMENT_TABLES = ("documents", "paragraphs", "captions", "quotes", "entities", "mentions", "statistics")
REUSABLE_REJECT_STAGES = ("clean", "extract")
"""Rejects worth reusing: those that cost a decode and a clean, or NLP work. Ingest rejects are redone."""


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


def reused_frame(plan: RunPlan, table: str) -> pl.DataFrame | None:
    """The previous version's rows of one table for the reused inputs, with each document's current source path."""
    if plan.reuse_from is None or not plan.reused:
        return None
    paths = pl.DataFrame(
        {"doc_id": [e.doc_id for e in plan.reused], "source_path": [e.source_path for e in plan.reused]}
    )
    previous = pl.read_parquet(plan.reuse_from / f"{table}.parquet")
    if table == "rejects":
        return previous.join(paths, on=["source_path", "doc_id"], how="semi")
    if table == "documents":
        return previous.drop("source_path").join(paths, on="doc_id", how="inner").select(previous.columns)
    return previous.join(paths, on="doc_id", how="semi")
