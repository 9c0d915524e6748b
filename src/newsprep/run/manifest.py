"""A run's record: its manifest (inputs, code, packages, counts, checks, times), kept under ``_runs/`` for every run
and as ``manifest.json`` for the published version, and the report page written beside it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsprep.config import PipelineSettings
from newsprep.layout import RUNS_DIR
from newsprep.quality import check_record
from newsprep.quality.checker import data_docs_coming
from newsprep.report import write_report
from newsprep.run.outcome import RunOutcome
from newsprep.run.plan import RunPlan
from newsprep.run.provenance import code_version, package_versions
from newsprep.run.publish import write_json_atomic

PREFECT_ENGINE = "prefect"


def write_manifest(out_dir: Path, manifest: Mapping[str, Any], *, run_stamp: str, published: bool) -> Path:
    """Keep every run's manifest under ``_runs/``; ``manifest.json`` describes the published version."""
    runs = out_dir / RUNS_DIR
    runs.mkdir(parents=True, exist_ok=True)
    path = runs / f"{run_stamp}.json"
    write_json_atomic(manifest, path)
    if published:
        write_json_atomic(manifest, out_dir / "manifest.json")
    return path


def record_run(manifest: Mapping[str, Any], *, out_dir: Path, started: datetime) -> dict[str, Any]:
    """Write the run's manifest under ``_runs/`` (and ``manifest.json`` when it published) and the report page."""
    stamp = f"{started:%Y%m%dT%H%M%S%fZ}-{manifest['run_id']}"
    manifest_path = write_manifest(out_dir, manifest, run_stamp=stamp, published=manifest["published"])
    write_report(out_dir, manifest, data_docs_coming=data_docs_coming())
    return {**manifest, "manifest_path": str(manifest_path)}


def record_outcome(
    plan: RunPlan,
    outcome: RunOutcome,
    settings: PipelineSettings,
    *,
    started: datetime,
    timings: dict[str, float],
    engine: str,
) -> dict[str, Any]:
    """The last step of every run, whoever ran it: the run's manifest (inputs, code, packages, counts, checks and
    times; times live only here), recorded by ``record_run``."""
    manifest = {
        "run_id": outcome.run_id,
        "engine": engine,
        "published": outcome.published,
        "reused_previous_version": plan.already_published,
        "documents_processed": outcome.processed,
        "documents_reused": len(plan.reused),
        "started_at": started.isoformat(),
        "finished_at": datetime.now(UTC).isoformat(),
        "seconds": {name: round(value, 3) for name, value in timings.items()},
        "raw_dir": str(settings.raw_dir),
        "out_dir": str(settings.out_dir),
        "code_version": code_version(),
        "pipeline_key": plan.pipeline_key,
        "packages": package_versions(),
        "settings": settings.model_dump(mode="json"),
        "inputs": [{"source_path": e.source_path, "sha256": e.doc_id, "bytes": e.size} for e in plan.inventory.entries],
        "row_counts": outcome.row_counts,
        "changes": outcome.changes.as_manifest(),
        "shrink": None if outcome.shrink is None else outcome.shrink.as_manifest(),
        "reject_reasons": outcome.reject_reasons,
        "checks": [check_record(c) for c in outcome.checks],
        "stages": outcome.stage_runs,
        "stage_checks": [check_record(c) for c in outcome.stage_checks],
    }
    return record_run(manifest, out_dir=settings.out_dir, started=started)
