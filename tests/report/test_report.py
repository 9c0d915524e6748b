"""The run report as a pure function: escaping, the failed check and its reason, all green, charts, no network."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from typer.testing import CliRunner

from newsprep.cli import app
from newsprep.publish import RUNS_DIR, publish_version
from newsprep.report import render_report, run_history, write_report
from newsprep.report_charts import RunPoint, bar_chart, runs_chart
from newsprep.tables import PUBLISHED_TABLES, frame_from_rows

DOC = "d" * 64
HOSTILE_TITLE = "<script>alert(1)</script>"
QUOTES_MIX = "\"&'"
CHART_IDS = ("quotes-per-speaker", "entities-by-type", "statistics-by-unit", "documents-over-time")


def _document(**overrides: Any) -> dict[str, Any]:
    return {
        "doc_id": DOC,
        "source_path": f"{QUOTES_MIX}.txt",
        "title": HOSTILE_TITLE,
        "dateline": "<b>TAIPEI</b>",
        "contributors": [],
        "encoding": "utf-8",
        "input_format": "text",
        "clean_text": "Text.",
        "word_count": 1,
        "paragraph_count": 0,
        "caption_count": 0,
        "quote_count": 2,
        "entity_count": 1,
        "mention_count": 0,
        "statistic_count": 1,
        **overrides,
    }


def _quote(idx: int, speaker: str | None) -> dict[str, Any]:
    return {
        "doc_id": DOC,
        "quote_idx": idx,
        "text": "words",
        "kind": "direct",
        "speaker": speaker,
        "speaker_mention": speaker,
        "speaker_description": None,
        "cue": "said",
        "paragraph_idx": 0,
        "char_start": 0,
        "char_end": 5,
        "part_count": 1,
    }


def _tables() -> dict[str, pl.DataFrame]:
    rows: dict[str, list[dict[str, Any]]] = {
        "documents": [_document()],
        "quotes": [_quote(0, f"<i>{QUOTES_MIX}</i>"), _quote(1, None)],
        "entities": [
            {
                "doc_id": DOC,
                "entity_id": "0" * 16,
                "text": "<svg onload=alert(1)>",
                "label": "PERSON",
                "mention_count": 1,
            }
        ],
        "statistics": [
            {
                "doc_id": DOC,
                "stat_idx": 0,
                "text": "40%",
                "value": 40.0,
                "unit": "percent",
                "measures": None,
                "qualifier": None,
                "range_id": None,
                "reported_by": None,
                "paragraph_idx": 0,
                "char_start": 0,
                "char_end": 3,
            }
        ],
        "rejects": [
            {
                "source_path": "bad<img src=x onerror=alert(1)>.txt",
                "doc_id": None,
                "stage": "ingest",
                "reason": "binary",
                "detail": "looks like <b>binary</b> & not text",
            }
        ],
    }
    return {table: frame_from_rows(table, table_rows) for table, table_rows in rows.items()}


def _checks(*, failed: bool) -> list[dict[str, Any]]:
    return [
        {
            "stage": "clean",
            "check": "every document has a title",
            "severity": "warning",
            "success": True,
            "observed_value": None,
            "observed_text": None,
        },
        {
            "stage": "clean",
            "check": "no artifact phrase left in clean_text",
            "severity": "critical",
            "success": not failed,
            "observed_value": None,
            "observed_text": f"1 failing rows; e.g. [{HOSTILE_TITLE}]" if failed else None,
        },
        {
            "stage": "quotes",
            "check": "share of quotes with a speaker",
            "severity": "warning",
            "success": True,
            "observed_value": 0.5,
            "observed_text": None,
        },
    ]


def _manifest(*, published: bool) -> dict[str, Any]:
    return {
        "run_id": "abc123",
        "published": published,
        "reused_previous_version": False,
        "documents_processed": 1,
        "documents_reused": 0,
        "started_at": "2026-01-02T03:04:05+00:00",
        "finished_at": "2026-01-02T03:04:35+00:00",
        "seconds": {"plan": 0.1, "process": 2.5, "total": 30.0},
        "raw_dir": "data/raw",
        "out_dir": "data/processed",
        "code_version": "c0de",
        "packages": {"polars": "2.1.0"},
        "inputs": [{"source_path": f"{QUOTES_MIX}.txt", "sha256": DOC, "bytes": 120}],
        "row_counts": {"documents": 1, "quotes": 2, "rejects": 1},
        "checks": _checks(failed=not published),
    }


def _quality(manifest: dict[str, Any]) -> pl.DataFrame:
    return frame_from_rows("quality", [{"run_id": manifest["run_id"], **c} for c in manifest["checks"]])


def _render(*, published: bool) -> str:
    manifest = _manifest(published=published)
    runs = [
        RunPoint(datetime(2026, 1, 1, tzinfo=UTC), 1, True),
        RunPoint(datetime(2026, 1, 2, tzinfo=UTC), 1, published),
    ]
    return render_report(
        manifest=manifest, quality=_quality(manifest), tables=_tables(), runs=runs, tables_version="v1"
    )


@pytest.mark.parametrize("published", [True, False])
def test_every_article_string_is_escaped(published: bool) -> None:
    page = _render(published=published)
    assert HOSTILE_TITLE not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&quot;&amp;&#x27;" in page  # the file name and the speaker
    for raw in ("<b>", "<i>", "<img", "<svg onload", "onerror=alert(1)>"):
        assert raw not in page
    assert "<script" not in page.lower()  # the page has no script of its own either


def test_a_failed_critical_check_is_on_top_with_its_observed_text() -> None:
    page = _render(published=False)
    assert 'data-status="not-published"' in page and 'data-status="critical-failed"' in page
    why = page[page.index('id="failed-critical"') : page.index('id="checks"')]
    assert "no artifact phrase left in clean_text" in why
    assert "1 failing rows; e.g. [&lt;script&gt;alert(1)&lt;/script&gt;]" in why
    rows = re.findall(r'<tr class="([^"]*)">', page[page.index('id="checks"') :])
    assert rows[0] == "fail critical" and rows[1:3] == ["pass", "pass"]
    assert "last published version (v1)" in page


def test_a_clean_run_shows_all_checks_green() -> None:
    page = _render(published=True)
    assert 'data-status="published"' in page
    assert 'id="quality-status" data-status="all-passed"' in page and "All checks passed (3 of 3)" in page
    assert "FAILED" not in page and 'id="failed-critical"' not in page
    assert page.count('<span class="dot ok">') == 3


def test_charts_are_inline_svg_and_nothing_is_fetched() -> None:
    page = _render(published=True)
    for chart in CHART_IDS:
        assert f'<svg class="chart" data-chart="{chart}"' in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "@import" not in page and "url(" not in page
    assert "no publication date" in page  # the documents-over-time chart says what it plots


def test_the_same_inputs_give_the_same_page() -> None:
    assert _render(published=False) == _render(published=False)


def test_charts_cope_with_no_rows_and_one_run() -> None:
    assert "no rows" in bar_chart("x", "X", [])
    single = runs_chart("r", "R", [RunPoint(datetime(2026, 1, 1, tzinfo=UTC), 3, False)])
    assert single.count("<circle") == 1 and "<polyline" not in single
    assert "<svg" in runs_chart("r", "R", [])


def _published_folder(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    tables = {name: frame_from_rows(name, []) for name in PUBLISHED_TABLES} | _tables()
    manifest = _manifest(published=True)
    publish_version(out, "abc123", {**tables, "quality": _quality(manifest)})
    (out / RUNS_DIR).mkdir()
    (out / RUNS_DIR / "20260102T030405000000Z-abc123.json").write_text(json.dumps(manifest), encoding="utf-8")
    return out


def test_write_report_reads_the_published_tables_and_the_run_history(tmp_path: Path) -> None:
    out = _published_folder(tmp_path)
    path = write_report(out, _manifest(published=True))
    page = path.read_text(encoding="utf-8")
    assert path == out / "report.html" and 'data-status="all-passed"' in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and ">binary<" in page
    assert [p.documents for p in run_history(out)] == [1]


def test_a_failed_run_reports_its_kept_quality_over_the_last_published_tables(tmp_path: Path) -> None:
    out = _published_folder(tmp_path)
    failed = _manifest(published=False) | {"run_id": "f00d", "started_at": "2026-01-03T00:00:00+00:00"}
    kept = out / RUNS_DIR / "failed-f00d"
    kept.mkdir()
    _quality(failed).write_parquet(kept / "quality.parquet")
    (out / RUNS_DIR / "20260103T000000000000Z-f00d.json").write_text(json.dumps(failed), encoding="utf-8")

    result = CliRunner().invoke(app, ["report", str(out)])
    assert result.exit_code == 0, result.output
    page = (out / "report.html").read_text(encoding="utf-8")
    assert 'data-status="critical-failed"' in page and "no artifact phrase left in clean_text" in page
    assert "last published version (abc123)" in page
    assert page.count("<circle") == 2  # both runs on the history chart


def test_report_command_without_a_run_says_so(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["report", str(tmp_path)])
    assert result.exit_code == 2 and "no run manifest" in result.output
