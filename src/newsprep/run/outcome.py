"""A run's outcome: published or not, its checks, what changed and the shrink guard's verdict; and the outcome of a
run that processes nothing (nothing changed since the published version, or the guard refuses it on the inventory).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from newsprep.config import PipelineSettings
from newsprep.quality import CheckResult, failed_critical
from newsprep.run.changes import DocumentChanges, ShrinkVerdict, document_changes, shrink_verdict
from newsprep.run.plan import RunPlan
from newsprep.run.publish import current_version_dir
from newsprep.tables import ARTICLE_TABLES


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
    stage_runs: dict[str, dict[str, int]] = field(default_factory=dict)
    """Per stage, the batches it ran on and those whose output it took from the stage cache."""
    stage_checks: list[CheckResult] = field(default_factory=list)
    """Each stage's checks as they ran on its output per batch (``observed_value``: documents that failed it)."""

    @property
    def failed_checks(self) -> list[CheckResult]:
        return [c for c in self.checks if not c.success]

    @property
    def failed_critical(self) -> list[CheckResult]:
        return failed_critical(self.checks)


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


def reject_reasons(reasons: pl.Series) -> dict[str, int]:
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


def previous_outcome(plan: RunPlan, settings: PipelineSettings) -> RunOutcome:
    """The outcome of the identical run that published the current version (a no-change rerun redoes nothing)."""
    import pyarrow.parquet as pq

    assert plan.reuse_from is not None
    counts = {t: pq.ParquetFile(plan.reuse_from / f"{t}.parquet").metadata.num_rows for t in ARTICLE_TABLES}
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
    return RunOutcome(plan.run_id, True, counts, checks, changes, shrink, reject_reasons(reasons))


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
    return RunOutcome(plan.run_id, False, {}, [verdict.check()], changes, verdict, reject_reasons(reasons))


UNCHANGED_ENGINE = "none: no input changed since the published version"
REFUSED_ENGINE = "none: refused by the shrink guard before processing"


def outcome_without_processing(plan: RunPlan, settings: PipelineSettings) -> tuple[RunOutcome, str] | None:
    """The outcome (and the engine to record) of a run that processes nothing: nothing changed, or the shrink
    guard refuses it already; None when the run has documents to process."""
    if plan.already_published:
        return previous_outcome(plan, settings), UNCHANGED_ENGINE
    refused = refused_before_processing(plan, settings)
    return (refused, REFUSED_ENGINE) if refused is not None else None
