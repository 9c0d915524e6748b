"""The summary `newsprep run` prints and the exit code it ends with, from a run's record (no run needed)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsprep.cli.checks import ExitCode
from newsprep.cli.output import exit_code_for, summary_lines
from newsprep.run.changes import SHRINK_CHECK
from newsprep.run.outcome import UNCHANGED_ENGINE

OUT, RAW = Path("/data/out"), Path("/data/raw")


def _check(check: str, *, success: bool, severity: str = "critical", stage: str = "publish") -> dict[str, Any]:
    return {
        "stage": stage,
        "check": check,
        "severity": severity,
        "success": success,
        "observed_value": None,
        "observed_text": "seen",
    }


def _result(
    *,
    published: bool = True,
    documents: int = 3,
    checks: list[dict[str, Any]] | None = None,
    engine: str = "prefect",
    reasons: dict[str, int] | None = None,
) -> dict[str, Any]:
    return {
        "published": published,
        "engine": engine,
        "documents_processed": 2,
        "row_counts": {"documents": documents, "quotes": 5},
        "checks": checks if checks is not None else [_check("fine", success=True)],
        "changes": {"new": ["a.txt", "b.txt"], "changed": [], "removed": ["gone.txt"], "reused": 1, "rejected": 4},
        "reject_reasons": reasons or {"empty": 2, "binary": 1, "not_an_article_file": 1},
        "shrink": {"published": 12, "proposed": 0},
    }


def _text(result: dict[str, Any]) -> list[str]:
    return [line.plain for line in summary_lines(result, OUT, seconds=12.34, raw_dir=RAW)]


@pytest.mark.parametrize(
    "checks,published,code",
    [
        ([_check("fine", success=True)], True, ExitCode.DONE),
        ([_check("warned", success=False, severity="warning")], True, ExitCode.DONE),
        ([_check(SHRINK_CHECK, success=False)], False, ExitCode.SHRINK_REFUSED),
        ([_check(SHRINK_CHECK, success=False), _check("residue", success=False)], False, ExitCode.CHECK_FAILED),
        ([_check("residue", success=False)], False, ExitCode.CHECK_FAILED),
    ],
)
def test_the_exit_code_tells_a_shrink_refusal_from_a_failed_check(
    checks: list[dict[str, Any]], published: bool, code: ExitCode
) -> None:
    assert exit_code_for(_result(published=published, checks=checks)) == code


def test_a_published_run_tells_changes_rejects_time_and_the_report() -> None:
    lines = _text(_result())
    assert lines[0] == f"newsprep run: published 3 documents to {OUT}"
    assert "  documents   2 new, 0 changed, 1 removed; 2 processed, 1 reused" in lines
    assert "  rejected    4 (empty 2, binary 1, not_an_article_file 1)" in lines
    assert "  checks      1 run, 0 failed" in lines
    assert "  time        12.3 s" in lines and f"  report      {OUT / 'report.html'}" in lines


def test_a_no_change_run_is_titled_as_such_not_published() -> None:
    title = _text(_result(engine=UNCHANGED_ENGINE))[0]
    assert title == "newsprep run: nothing changed since the published version (3 documents)"


def test_a_run_that_published_no_document_never_just_says_published() -> None:
    title = _text(_result(documents=0))[0]
    assert "published 0 documents" in title and "empty" in title


def test_a_refused_run_says_why_keeps_the_tables_and_how_to_mean_it() -> None:
    lines = _text(_result(published=False, checks=[_check(SHRINK_CHECK, success=False)]))
    assert lines[0].startswith("newsprep run: REFUSED by the shrink guard (published documents 12 -> 0)")
    assert f"the tables in {OUT} stay" in lines[0]
    assert f"    critical [publish] {SHRINK_CHECK}: seen" in lines
    assert f"  if you mean it: newsprep run {RAW} --out {OUT} --allow-shrink" in lines


def test_failed_checks_are_listed_with_their_stage_and_only_the_top_reject_reasons() -> None:
    reasons = {"empty": 5, "binary": 4, "too_long": 3, "undecodable": 2, "unreadable": 1}
    lines = _text(_result(published=False, checks=[_check("residue", success=False, stage="clean")], reasons=reasons))
    assert lines[0].startswith("newsprep run: NOT published: a critical check failed")
    assert "    critical [clean] residue: seen" in lines
    assert "  rejected    4 (empty 5, binary 4, too_long 3, 2 more reasons)" in lines


def test_the_prefect_server_a_run_used_is_one_line_after_the_time() -> None:
    lines = _text({**_result(), "prefect_server": "http://127.0.0.1:4200/api (started by make serve)"})
    at = lines.index("  time        12.3 s")
    assert lines[at + 1] == "  prefect     http://127.0.0.1:4200/api (started by make serve)"
    assert not [line for line in _text(_result()) if line.startswith("  prefect")]  # no Prefect, no line


@pytest.mark.parametrize(
    "names,shown",
    [
        (["fine"], "  checks      1 run, 0 failed"),
        (["fine", "also fine", SHRINK_CHECK], "  checks      3 run (2 data-quality, the shrink guard), 0 failed"),
        ([SHRINK_CHECK], "  checks      1 run (the shrink guard), 0 failed"),
    ],
)
def test_the_checks_line_names_the_shrink_guard_apart_from_the_reports_quality_checks(
    names: list[str], shown: str
) -> None:
    assert shown in _text(_result(checks=[_check(name, success=True) for name in names]))
