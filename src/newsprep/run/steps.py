"""A run's steps between the tasks: stage a batch, combine the batches, check, publish or refuse.

Each function does its own I/O on paths it is given and returns a path or a small record, so the Prefect
tasks in ``flows/`` stay a few lines each.
"""

from __future__ import annotations

import contextlib
import shutil
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import polars as pl

from newsprep.config import PipelineSettings
from newsprep.ingest import RawEntry, RawFile, read_raw_files, take_inventory
from newsprep.layout import QUALITY_DOCS_DIR
from newsprep.quality import (
    CheckResult,
    check_frames,
    check_record,
    contract_results,
    failed_critical,
    quality_rows,
    run_suites,
)
from newsprep.report import write_report
from newsprep.run.batch import process_batch
from newsprep.run.changes import DocumentChanges, ShrinkVerdict, document_changes, shrink_verdict
from newsprep.run.incremental import PIPELINE_FILE, RunPlan, pipeline_file_text, plan_run, reused_frame
from newsprep.run.provenance import code_version, package_versions, run_id_for
from newsprep.run.publish import (
    RUNS_DIR,
    STAGING_DIR,
    current_version_dir,
    hold_output_lock,
    publish_version,
    write_json_atomic,
)
from newsprep.tables import PUBLISHED_TABLES, ContractViolation, conform, frame_from_rows, reject_row


@dataclass(frozen=True)
class RunOutcome:
    run_id: str
    published: bool
    row_counts: dict[str, int]
    checks: list[CheckResult] = field(default_factory=list)
    changes: DocumentChanges = field(default_factory=lambda: document_changes({}, {}, reused=0, rejected=0))
    shrink: ShrinkVerdict | None = None
    reject_reasons: dict[str, int] = field(default_factory=dict)
    """Rejects per reason, most frequent first."""
    processed: int = 0
    """Raw files this run read and ran through the stages (the rest was taken from the published version)."""

    @property
    def failed_checks(self) -> list[CheckResult]:
        return [c for c in self.checks if not c.success]

    @property
    def failed_critical(self) -> list[CheckResult]:
        return failed_critical(self.checks)


def plan_for(settings: PipelineSettings) -> RunPlan:
    """The raw folder's inventory and what of it a run must process (the rest is reused from the published version)."""
    inventory = take_inventory(settings.raw_dir)
    input_keys = [(e.source_path, e.doc_id) for e in inventory.entries]
    input_keys += [(r.source_path, f"reject:{r.reason}") for r in inventory.rejects]
    return plan_run(inventory, run_id=run_id_for(input_keys, settings), settings=settings)


def version_documents(version: Path | None) -> dict[str, str]:
    """``source_path -> doc_id`` of a version's documents (empty for no version)."""
    if version is None or not (version / "documents.parquet").is_file():
        return {}
    frame = pl.read_parquet(version / "documents.parquet", columns=["source_path", "doc_id"])
    return dict(zip(frame["source_path"].to_list(), frame["doc_id"].to_list(), strict=True))


def published_documents(out_dir: Path) -> dict[str, str]:
    """``source_path -> doc_id`` of the published version's documents (empty before the first publish)."""
    return version_documents(current_version_dir(out_dir))


def _present_paths(plan: RunPlan) -> set[str]:
    """Every path the raw folder holds now, whether it is to be published or was rejected."""
    return {e.source_path for e in plan.inventory.entries} | {r.source_path for r in plan.inventory.rejects}


def _reject_reasons(reasons: pl.Series) -> dict[str, int]:
    counts = reasons.value_counts(name="rows").sort(["rows", reasons.name], descending=[True, False])
    return dict(counts.iter_rows())


def judge_shrink(
    before: dict[str, str], proposed: dict[str, str], plan: RunPlan, settings: PipelineSettings
) -> ShrinkVerdict:
    """The shrink guard on a run that would publish ``proposed`` over the published ``before``."""
    return shrink_verdict(
        before,
        proposed,
        _present_paths(plan),
        max_share=settings.max_shrink_share,
        allowed=settings.allow_shrink,
    )


def staging_dir(out_dir: Path, run_id: str) -> Path:
    return out_dir / STAGING_DIR / run_id


def stage_batch(entries: Sequence[RawEntry], *, batch_no: int, run_id: str, settings: PipelineSettings) -> Path:
    """Process one batch of raw files and write its (unvalidated) tables to the run's staging folder."""
    loaded = read_raw_files(settings.raw_dir, list(entries))
    raw_files = [item for item in loaded if isinstance(item, RawFile)]
    read_rejects = [reject_row(item) for item in loaded if not isinstance(item, RawFile)]
    frames = process_batch(
        raw_files,
        max_file_bytes=settings.max_file_bytes,
        spacy_model=settings.spacy_model,
        ner_batch_size=settings.ner_batch_size,
        join_split_quotes=settings.split_quotes == "join",
    )
    frames["rejects"] = pl.concat([frames["rejects"], frame_from_rows("rejects", read_rejects)])
    target = staging_dir(settings.out_dir, run_id) / f"batch-{batch_no:05d}"
    target.mkdir(parents=True, exist_ok=True)
    for table, frame in frames.items():
        frame.write_parquet(target / f"{table}.parquet")
    return target


def _combined_table(table: str, batch_dirs: Sequence[Path], plan: RunPlan) -> pl.DataFrame:
    """One table's rows from every batch, the rows reused from the previous version, and the inventory's rejects."""
    parts = [pl.read_parquet(d / f"{table}.parquet") for d in batch_dirs]
    reused = reused_frame(plan, table)
    if reused is not None:
        parts.append(reused)
    if table == "rejects":
        parts.append(frame_from_rows("rejects", [reject_row(r) for r in plan.inventory.rejects]))
    return pl.concat(parts) if parts else frame_from_rows(table, [])


def _conform_one(table: str, frame: pl.DataFrame, failures: list[tuple[str, str]]) -> pl.DataFrame:
    """The table validated and sorted by key; on a contract failure, the failure recorded and the frame as it was."""
    try:
        return conform(table, frame)
    except ContractViolation as violation:
        failures.append((table, str(violation)))
        return frame


def conform_batches(batch_dirs: Sequence[Path], plan: RunPlan) -> tuple[dict[str, pl.DataFrame], list[tuple[str, str]]]:
    """Each table combined from the batches and the reused rows, validated against its contract and sorted by key.

    One table at a time, so only one table's unsorted copy is ever in memory; contract failures are collected.
    """
    failures: list[tuple[str, str]] = []
    conformed = {
        table: _conform_one(table, _combined_table(table, batch_dirs, plan), failures) for table in PUBLISHED_TABLES
    }
    return conformed, failures


def check_and_publish(batch_dirs: Sequence[Path], *, plan: RunPlan, settings: PipelineSettings) -> RunOutcome:
    """Run the contracts and the quality suites; publish every table at once only if nothing critical failed."""
    run_id = plan.run_id
    conformed, contract_failures = conform_batches(batch_dirs, plan)
    checks = contract_results(contract_failures)
    if not contract_failures:
        checks += run_suites(
            check_frames(conformed, input_count=plan.inventory.input_count),
            min_speaker_share=settings.min_speaker_share,
            data_docs_dir=settings.out_dir / QUALITY_DOCS_DIR,
        )
    before = published_documents(settings.out_dir)
    documents = conformed["documents"]
    after = dict(zip(documents["source_path"].to_list(), documents["doc_id"].to_list(), strict=True))
    shrink = judge_shrink(before, after, plan, settings)
    reused_ids = {e.doc_id for e in plan.reused}
    changes = document_changes(
        before,
        after,
        reused=sum(1 for doc_id in after.values() if doc_id in reused_ids),
        rejected=conformed["rejects"].height,
    )
    row_counts = {table: frame.height for table, frame in conformed.items()}
    guard = shrink.check()
    published = not failed_critical([*checks, guard])
    if published:
        # The published quality table holds the checks of the data only: the shrink guard compares with the version
        # before, and a version's bytes must depend on its inputs, code and settings alone, not on what preceded it.
        quality = conform("quality", frame_from_rows("quality", quality_rows(checks, run_id=run_id)))
        publish_version(
            settings.out_dir,
            run_id,
            {**conformed, "quality": quality},
            extra_files={PIPELINE_FILE: pipeline_file_text(plan.pipeline_key)},
        )
    else:
        # Kept for the report and the user, outside the published tables: every check, the guard's too.
        rows = quality_rows([*checks, guard], run_id=run_id)
        failed_dir = settings.out_dir / RUNS_DIR / f"failed-{run_id}"
        failed_dir.mkdir(parents=True, exist_ok=True)
        conform("quality", frame_from_rows("quality", rows)).write_parquet(failed_dir / "quality.parquet")
    reasons = _reject_reasons(conformed["rejects"]["reason"])
    return RunOutcome(
        run_id, published, row_counts, [*checks, guard], changes, shrink, reasons, processed=len(plan.pending)
    )


def write_manifest(out_dir: Path, manifest: Mapping[str, Any], *, run_stamp: str, published: bool) -> Path:
    """Keep every run's manifest under ``_runs/``; ``manifest.json`` describes the published version."""
    runs = out_dir / RUNS_DIR
    runs.mkdir(parents=True, exist_ok=True)
    path = runs / f"{run_stamp}.json"
    write_json_atomic(manifest, path)
    if published:
        write_json_atomic(manifest, out_dir / "manifest.json")
    return path


def drop_staging(out_dir: Path, run_id: str) -> None:
    shutil.rmtree(staging_dir(out_dir, run_id), ignore_errors=True)
    with contextlib.suppress(OSError):  # other runs' leftovers stay until their own cleanup
        (out_dir / STAGING_DIR).rmdir()


def previous_outcome(plan: RunPlan, settings: PipelineSettings) -> RunOutcome:
    """The outcome of the identical run that published the current version (a no-change rerun redoes nothing)."""
    import pyarrow.parquet as pq

    assert plan.reuse_from is not None
    counts = {t: pq.ParquetFile(plan.reuse_from / f"{t}.parquet").metadata.num_rows for t in PUBLISHED_TABLES}
    quality = pl.read_parquet(plan.reuse_from / "quality.parquet")
    checks = [
        CheckResult(r["stage"], r["check"], r["severity"], r["success"], r["observed_value"], r["observed_text"])
        for r in quality.iter_rows(named=True)
    ]
    documents = version_documents(plan.reuse_from)
    shrink = judge_shrink(documents, documents, plan, settings)
    reasons = pl.read_parquet(plan.reuse_from / "rejects.parquet", columns=["reason"])["reason"]
    changes = document_changes(documents, documents, reused=len(documents), rejected=reasons.len())
    checks.append(shrink.check())
    return RunOutcome(plan.run_id, True, counts, checks, changes, shrink, _reject_reasons(reasons))


def refused_before_processing(plan: RunPlan, settings: PipelineSettings) -> RunOutcome | None:
    """A run the shrink guard refuses on the inventory alone, or None.

    Each article file gives at most one document: when even that many would lose too many published documents
    (an empty, half-copied or unmounted raw folder), the run is refused before anything is processed.
    """
    before = published_documents(settings.out_dir)
    candidates = {e.source_path: e.doc_id for e in plan.inventory.entries}
    verdict = judge_shrink(before, candidates, plan, settings)
    if not verdict.refused:
        return None
    changes = document_changes(before, candidates, reused=0, rejected=len(plan.inventory.rejects))
    reasons = pl.Series("reason", [r.reason for r in plan.inventory.rejects], dtype=pl.String)
    return RunOutcome(plan.run_id, False, {}, [verdict.check()], changes, verdict, _reject_reasons(reasons))


UNCHANGED_ENGINE = "none: no input changed since the published version"
REFUSED_ENGINE = "none: refused by the shrink guard before processing"


def outcome_without_processing(plan: RunPlan, settings: PipelineSettings) -> tuple[RunOutcome, str] | None:
    """The outcome (and the engine to record) of a run that processes nothing: nothing changed, or the shrink
    guard refuses it already; None when the run has documents to process."""
    if plan.already_published:
        return previous_outcome(plan, settings), UNCHANGED_ENGINE
    refused = refused_before_processing(plan, settings)
    return (refused, REFUSED_ENGINE) if refused is not None else None


def build_manifest(
    *,
    plan: RunPlan,
    outcome: RunOutcome,
    settings: PipelineSettings,
    started: datetime,
    timings: dict[str, float],
    engine: str = "prefect",
) -> dict[str, Any]:
    """The run's record: inputs, code, packages, counts, checks and times (times live only here)."""
    return {
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
    }


def record_run(manifest: Mapping[str, Any], *, out_dir: Path, started: datetime) -> dict[str, Any]:
    """Write the run's manifest under ``_runs/`` (and ``manifest.json`` when it published) and the report page."""
    stamp = f"{started:%Y%m%dT%H%M%S%fZ}-{manifest['run_id']}"
    manifest_path = write_manifest(out_dir, manifest, run_stamp=stamp, published=manifest["published"])
    write_report(out_dir, manifest)
    return {**manifest, "manifest_path": str(manifest_path)}


def record_without_processing(settings: PipelineSettings) -> tuple[dict[str, Any] | None, int]:
    """A run with nothing to process, recorded without starting the orchestrator, and how many documents are pending.

    When every input, the code, the packages and the settings are those of the published version, the run's
    outcome is that version's; when the shrink guard refuses the run on the inventory alone, nothing is published.
    Either way the run is recorded (manifest under ``_runs/``, report), no table is touched, and the record is
    returned. Otherwise nothing is written and the record is None.
    """
    started, clock = datetime.now(UTC), time.perf_counter()
    with hold_output_lock(settings.out_dir):
        plan = plan_for(settings)
        settled = outcome_without_processing(plan, settings)
        if settled is None:
            return None, len(plan.pending)
        outcome, engine = settled
        timings = {"plan": time.perf_counter() - clock, "total": time.perf_counter() - clock}
        manifest = build_manifest(
            plan=plan, outcome=outcome, settings=settings, started=started, timings=timings, engine=engine
        )
        return record_run(manifest, out_dir=settings.out_dir, started=started), 0
