"""A run's steps between the tasks: stage a batch, combine the batches, check, publish or refuse.

Each function does its own I/O on paths it is given and returns a path or a small record, so the Prefect
tasks in ``flows/`` stay a few lines each.
"""

from __future__ import annotations

import shutil
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from newsprep.config import PipelineSettings
from newsprep.pipeline import RawFile, process_batch
from newsprep.publish import RUNS_DIR, publish_version, write_json_atomic
from newsprep.quality import CheckResult, contract_results, failed_critical, quality_rows, run_suites
from newsprep.quality_frames import check_frames
from newsprep.sources import Inventory, RawEntry, read_raw_files
from newsprep.tables import PUBLISHED_TABLES, ContractViolation, conform, frame_from_rows

STAGING_DIR = "_staging"


@dataclass(frozen=True)
class RunOutcome:
    run_id: str
    published: bool
    row_counts: dict[str, int]
    checks: list[CheckResult] = field(default_factory=list)

    @property
    def failed_checks(self) -> list[CheckResult]:
        return [c for c in self.checks if not c.success]

    @property
    def failed_critical(self) -> list[CheckResult]:
        return failed_critical(self.checks)


def staging_dir(out_dir: Path, run_id: str) -> Path:
    return out_dir / STAGING_DIR / run_id


def stage_batch(
    entries: Sequence[RawEntry], *, batch_no: int, run_id: str, settings: PipelineSettings
) -> Path:
    """Process one batch of raw files and write its (unvalidated) tables to the run's staging folder."""
    loaded = read_raw_files(settings.raw_dir, list(entries))
    raw_files = [item for item in loaded if isinstance(item, RawFile)]
    read_rejects = [item for item in loaded if not isinstance(item, RawFile)]
    frames = process_batch(raw_files, max_file_bytes=settings.max_file_bytes, spacy_model=settings.spacy_model,
                           ner_batch_size=settings.ner_batch_size)
    frames["rejects"] = pl.concat([frames["rejects"], frame_from_rows("rejects", read_rejects)])
    target = staging_dir(settings.out_dir, run_id) / f"batch-{batch_no:05d}"
    target.mkdir(parents=True, exist_ok=True)
    for table, frame in frames.items():
        frame.write_parquet(target / f"{table}.parquet")
    return target


def combine_batches(batch_dirs: Sequence[Path], inventory: Inventory) -> dict[str, pl.DataFrame]:
    """All batches' rows per table, plus the inventory's rejects."""
    combined: dict[str, pl.DataFrame] = {}
    for table in PUBLISHED_TABLES:
        parts = [pl.read_parquet(d / f"{table}.parquet") for d in batch_dirs]
        if table == "rejects":
            parts.append(frame_from_rows("rejects", inventory.rejects))
        combined[table] = pl.concat(parts) if parts else frame_from_rows(table, [])
    return combined


def conform_all(frames: Mapping[str, pl.DataFrame]) -> tuple[dict[str, pl.DataFrame], list[tuple[str, str]]]:
    """Each table validated against its pandera contract and sorted by key; failures are collected."""
    conformed: dict[str, pl.DataFrame] = {}
    failures: list[tuple[str, str]] = []
    for table, frame in frames.items():
        try:
            conformed[table] = conform(table, frame)
        except ContractViolation as violation:
            failures.append((table, str(violation)))
            conformed[table] = frame
    return conformed, failures


def check_and_publish(
    frames: Mapping[str, pl.DataFrame], *, inventory: Inventory, run_id: str, settings: PipelineSettings,
) -> RunOutcome:
    """Run the contracts and the quality suites; publish every table at once only if nothing critical failed."""
    conformed, contract_failures = conform_all(frames)
    checks = contract_results(contract_failures)
    if not contract_failures:
        checks += run_suites(check_frames(conformed, input_count=inventory.input_count),
                             min_speaker_share=settings.min_speaker_share)
    quality = conform("quality", frame_from_rows("quality", quality_rows(checks, run_id=run_id)))
    row_counts = {table: frame.height for table, frame in conformed.items()}
    published = not failed_critical(checks)
    if published:
        publish_version(settings.out_dir, run_id, {**conformed, "quality": quality})
    else:
        # Kept for the report and the user, outside the published tables.
        failed_dir = settings.out_dir / RUNS_DIR / f"failed-{run_id}"
        failed_dir.mkdir(parents=True, exist_ok=True)
        quality.write_parquet(failed_dir / "quality.parquet")
    return RunOutcome(run_id, published, row_counts, checks)


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
