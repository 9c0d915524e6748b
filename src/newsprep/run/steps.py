"""A run's steps between the tasks: stage a batch, combine the batches, check, publish or refuse.

Each function does its own I/O on paths it is given and returns a path or a small record, so the Prefect tasks of
``newsprep.run.flow`` stay a few lines each.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import time
from collections.abc import Sequence
from pathlib import Path

import polars as pl

from newsprep.config import PipelineSettings
from newsprep.corpus import KEY_COLUMNS, corpus_tables
from newsprep.ingest import RawEntry, RawFile, read_raw_files
from newsprep.layout import QUALITY_DOCS_DIR, RUNS_DIR, STAGING_DIR
from newsprep.quality import CheckResult, check_frames, contract_results, failed_critical, quality_rows
from newsprep.quality.checker import run_suites_in_checker
from newsprep.run.changes import document_changes
from newsprep.run.outcome import RunOutcome, judge_shrink, published_documents, reject_reasons
from newsprep.run.plan import PIPELINE_FILE, RunPlan, pipeline_file_text, reused_frame
from newsprep.run.publish import publish_version
from newsprep.run.stages import STAGE_NAMES, StageCache, check_results, run_batch
from newsprep.startup import collection_paused
from newsprep.tables import (
    ALL_TABLES,
    ARTICLE_TABLES,
    ContractViolation,
    conform,
    frame_from_rows,
    reject_row,
    table_spec,
)


def staging_dir(out_dir: Path, run_id: str) -> Path:
    return out_dir / STAGING_DIR / run_id


_STARTED_FILE = "started"
STAGE_CHECKS_FILE = "stage-checks.parquet"
STAGE_RUNS_FILE = "stages.json"
SUITE_FRAMES_DIR = "suite-frames"
"""The check frames handed to the checker process, in the run's staging folder."""


def mark_run_started(staging: Path) -> None:
    """Note when the run's first batch began (before it used the stage cache): what the cache's pruning goes by."""
    staging.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(FileExistsError), (staging / _STARTED_FILE).open("x", encoding="utf-8") as handle:
        handle.write(repr(time.time()))


def stage_batch(entries: Sequence[RawEntry], *, batch_no: int, run_id: str, settings: PipelineSettings) -> Path:
    """Process one batch of raw files and write its (unvalidated) tables to the run's staging folder."""
    loaded = read_raw_files(settings.raw_dir, list(entries))
    raw_files = [item for item in loaded if isinstance(item, RawFile)]
    read_rejects = [reject_row(item) for item in loaded if not isinstance(item, RawFile)]
    mark_run_started(staging_dir(settings.out_dir, run_id))
    batch = run_batch(raw_files, settings, cache=StageCache(settings.out_dir))
    frames = dict(batch.tables)
    frames["rejects"] = pl.concat([frames["rejects"], frame_from_rows("rejects", read_rejects)])
    target = staging_dir(settings.out_dir, run_id) / f"batch-{batch_no:05d}"
    target.mkdir(parents=True, exist_ok=True)
    for table, frame in frames.items():
        frame.write_parquet(target / f"{table}.parquet")
    batch.checks.write_parquet(target / STAGE_CHECKS_FILE)
    (target / STAGE_RUNS_FILE).write_text(json.dumps({"ran": batch.ran, "reused": batch.reused}), encoding="utf-8")
    return target


def stage_summary(batch_dirs: Sequence[Path]) -> tuple[dict[str, dict[str, int]], list[CheckResult]]:
    """Per stage, the batches it ran on and those it took from the stage cache; each stage's checks summed over the
    run's batches (a stored output's as they ran when it was made)."""
    runs = {stage: {"ran": 0, "reused": 0} for stage in STAGE_NAMES}
    checks = []
    for batch_dir in batch_dirs:
        if (batch_dir / STAGE_RUNS_FILE).is_file():
            record = json.loads((batch_dir / STAGE_RUNS_FILE).read_text(encoding="utf-8"))
            for how in ("ran", "reused"):
                for stage in record[how]:
                    runs[stage][how] += 1
        if (batch_dir / STAGE_CHECKS_FILE).is_file():
            checks.append(pl.read_parquet(batch_dir / STAGE_CHECKS_FILE))
    return runs, check_results(pl.concat(checks)) if checks else []


def _combined_table(table: str, batch_dirs: Sequence[Path], plan: RunPlan) -> pl.DataFrame:
    """One table's rows from every batch, the rows reused from the previous version, and the inventory's rejects."""
    parts = [pl.read_parquet(d / f"{table}.parquet") for d in batch_dirs]
    reused = reused_frame(plan, table)
    if reused is not None:
        parts.append(reused)
    if table_spec(table).grain == "input":  # the files the inventory rejected unread
        parts.append(frame_from_rows(table, [reject_row(r) for r in plan.inventory.rejects]))
    return pl.concat(parts) if parts else frame_from_rows(table, [])


def _conform_one(table: str, frame: pl.DataFrame, failures: list[tuple[str, str]]) -> pl.DataFrame:
    """The table validated and sorted by key; on a contract failure, the failure recorded and the frame as it was."""
    try:
        return conform(table, frame)
    except ContractViolation as violation:
        failures.append((table, str(violation)))
        return frame


def conform_batches(batch_dirs: Sequence[Path], plan: RunPlan) -> tuple[dict[str, pl.DataFrame], list[tuple[str, str]]]:
    """Each table combined from the batches and the reused rows, validated against its contract and sorted by key;
    the corpus keys and ``corpus_entities`` computed over the whole corpus (``newsprep.corpus``).

    One table at a time (the three keyed tables together), so few unsorted copies are in memory at once; contract
    failures are collected.
    """
    failures: list[tuple[str, str]] = []
    with collection_paused():  # on the run's one busy core at its end (``newsprep.startup``)
        conformed = {
            table: _conform_one(table, _combined_table(table, batch_dirs, plan), failures)
            for table in ARTICLE_TABLES
            if table not in KEY_COLUMNS
        }
        # The corpus keys are a function of the whole published corpus: recomputed on every run, reused rows included.
        corpus = corpus_tables(conformed["documents"], *(_combined_table(t, batch_dirs, plan) for t in KEY_COLUMNS))
        conformed.update({table: _conform_one(table, frame, failures) for table, frame in corpus.items()})
    return {table: conformed[table] for table in ALL_TABLES if table in conformed}, failures


def check_and_publish(batch_dirs: Sequence[Path], *, plan: RunPlan, settings: PipelineSettings) -> RunOutcome:
    """Run the contracts and the quality suites; publish every table at once only if nothing critical failed."""
    run_id = plan.run_id
    conformed, contract_failures = conform_batches(batch_dirs, plan)
    checks = contract_results(contract_failures)
    if not contract_failures:
        checks += run_suites_in_checker(
            check_frames(conformed, input_count=plan.inventory.input_count),
            min_speaker_share=settings.min_speaker_share,
            data_docs_dir=settings.out_dir / QUALITY_DOCS_DIR,
            scratch=staging_dir(settings.out_dir, run_id) / SUITE_FRAMES_DIR,
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
    reasons = reject_reasons(conformed["rejects"]["reason"])
    stage_runs, stage_checks = stage_summary(batch_dirs)
    return RunOutcome(
        run_id,
        published,
        row_counts,
        [*checks, guard],
        changes,
        shrink,
        reasons,
        processed=len(plan.pending),
        stage_runs=stage_runs,
        stage_checks=stage_checks,
    )


def drop_staging(out_dir: Path, run_id: str) -> None:
    """Remove the run's staging folder; the stage cache keeps what this run and the few before it used."""
    staging = staging_dir(out_dir, run_id)
    with contextlib.suppress(OSError, ValueError):
        StageCache(out_dir).record_run(float((staging / _STARTED_FILE).read_text(encoding="utf-8")))
    shutil.rmtree(staging, ignore_errors=True)
    with contextlib.suppress(OSError):  # other runs' leftovers stay until their own cleanup
        (out_dir / STAGING_DIR).rmdir()
