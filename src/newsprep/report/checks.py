"""The run's data-quality checks, shaped for the report: failed critical checks first, each with what it saw."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import polars as pl

from newsprep.quality import observed_summary


@dataclass(frozen=True, slots=True)
class QualityView:
    state: str
    """The marker's ``data-status``: no-checks, all-passed, critical-failed or warnings."""
    tone: str
    text: str
    failed_critical: list[dict[str, Any]]
    checks: list[dict[str, Any]]


def ordered_checks(quality: pl.DataFrame) -> pl.DataFrame:
    """Failed critical checks first, then failed warnings, then the passed ones; suite order within each."""
    rank = (
        pl.when(~pl.col("success") & (pl.col("severity") == "critical"))
        .then(0)
        .when(~pl.col("success"))
        .then(1)
        .otherwise(2)
    )
    return quality.with_columns(rank.alias("_rank")).sort("_rank", maintain_order=True).drop("_rank")


def _shown(row: dict[str, Any]) -> dict[str, Any]:
    return row | {"observed": observed_summary(row["observed_value"], row["observed_text"])}


def quality_view(quality: pl.DataFrame) -> QualityView:
    checks = [_shown(row) for row in ordered_checks(quality).iter_rows(named=True)]
    failed = [c for c in checks if not c["success"]]
    critical = [c for c in failed if c["severity"] == "critical"]
    total = len(checks)
    if total == 0:
        return QualityView("no-checks", "warn", "No checks were recorded.", [], [])
    if not failed:
        return QualityView("all-passed", "ok", f"All checks passed ({total} of {total}).", [], checks)
    text = f"{len(failed)} of {total} checks failed ({len(critical)} critical)."
    if critical:
        return QualityView("critical-failed", "failed", text, critical, checks)
    return QualityView("warnings", "warn", text, [], checks)
