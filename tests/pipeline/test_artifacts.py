"""The run's Prefect artifacts as built from its manifest (pure: no Prefect here)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsprep.run.artifacts import ARTIFACT_KEYS, check_table, is_artifact_key, report_link, run_summary_markdown

CHECKS: list[dict[str, Any]] = [
    {"stage": "quotes", "check": "no empty quote", "severity": "critical", "success": True, "observed_value": 0.0},
    {"stage": "documents", "check": "has a title", "severity": "warning", "success": False, "observed_text": "2 | 3"},
    {"stage": "clean", "check": "no artifact phrase", "severity": "critical", "success": False, "observed_value": 4},
]

MANIFEST: dict[str, Any] = {
    "run_id": "abc123",
    "published": False,
    "documents_processed": 3,
    "documents_reused": 1200,
    "row_counts": {"documents": 1203, "quotes": 15000},
    "reject_reasons": {"not_an_article_file": 4, "too_large": 1},
    "seconds": {"plan": 0.1234, "process": 12.5, "total": 14.0},
    "checks": CHECKS,
    "stages": {"ingest": {"ran": 0, "reused": 2}, "quotes": {"ran": 2, "reused": 0}},
}


@pytest.mark.parametrize("key", ARTIFACT_KEYS)
def test_each_artifact_key_is_one_prefect_accepts(key: str) -> None:
    assert is_artifact_key(key)


@pytest.mark.parametrize("key", ["Newsprep", "news_prep", "news prep", ""])
def test_keys_prefect_refuses_are_refused(key: str) -> None:
    assert not is_artifact_key(key)


def test_check_table_has_one_row_per_check_failed_critical_first() -> None:
    rows = check_table(CHECKS)
    assert [(r["stage"], r["result"], r["severity"]) for r in rows] == [
        ("clean", "FAILED", "critical"),
        ("documents", "FAILED", "warning"),
        ("quotes", "passed", "critical"),
    ]
    assert rows[0]["observed"] == "4" and rows[1]["observed"] == "2 | 3"


def test_summary_names_the_outcome_rows_rejects_and_timings() -> None:
    text = run_summary_markdown(MANIFEST)
    assert text.startswith("# newsprep run abc123\n")
    assert "**not published**: 3 documents processed, 1,200 reused" in text
    assert "1 of 3 checks passed" in text
    assert "| quotes | 15,000 |" in text
    assert "| not_an_article_file | 4 |" in text and "| too_large | 1 |" in text
    assert "| process | 12.50 |" in text
    assert "| ingest | 0 | 2 |" in text and "| quotes | 2 | 0 |" in text
    # A table cell never breaks the Markdown table: the separator is escaped.
    assert "- warning [documents] has a title: 2 \\| 3" in text


def test_summary_of_a_clean_run_says_no_rejects_and_lists_no_failed_checks() -> None:
    manifest = {**MANIFEST, "published": True, "reject_reasons": {}, "checks": CHECKS[:1]}
    text = run_summary_markdown(manifest)
    assert text.startswith("# newsprep run abc123\n\npublished: ")
    assert "published: 1 document processed" in run_summary_markdown({**manifest, "documents_processed": 1})
    assert "## Rejects by reason\n\nnone\n" in text
    assert "Failed checks" not in text


def test_report_link_is_an_absolute_file_address(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert report_link(Path("out")) == (tmp_path / "out" / "report.html").as_uri()
