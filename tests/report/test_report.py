"""The run report as a pure function: escaping, the failed check and its reason, all green, charts, no network;
and ``write_report`` on an output folder (the data dictionary beside it, older versions' tables)."""

from __future__ import annotations

import html
import json
import re
from datetime import UTC, datetime
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from newsprep.cli import app
from newsprep.report import DICTIONARY_FILE, run_history, write_report
from newsprep.report.charts import RunPoint, bar_chart, runs_chart
from newsprep.run.publish import RUNS_DIR, publish_version
from newsprep.schemas.tables import TABLE_CONTRACTS
from newsprep.tables import ARTICLE_TABLES, frame_from_rows
from tests.report.builders import (
    HOSTILE_SPEAKER,
    HOSTILE_TITLE,
    QUOTES_MIX,
    manifest,
    quality,
    render,
    report_tables,
)

CHART_IDS = ("quotes-per-speaker", "entities-by-type", "statistics-by-unit", "documents-per-run")
NO_FETCH = re.compile(r"""(src|href)\s*=\s*["']?(https?:)?//""")


@pytest.mark.parametrize("published", [True, False])
def test_every_article_string_is_escaped(published: bool) -> None:
    page = render(published=published)
    assert HOSTILE_TITLE not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    for raw in ("<b>", "<i>", "<img", "<svg onload", "onerror=alert(1)>"):
        assert raw not in page
    assert "<script" not in page.lower()  # the page has no script of its own either
    text = html.unescape(page)  # what a reader sees: every hostile string, as text
    for shown in (HOSTILE_TITLE, HOSTILE_SPEAKER, f"{QUOTES_MIX}.txt", "looks like <b>binary</b> & not text"):
        assert shown in text


def test_the_documents_table_shows_each_documents_outlet() -> None:
    page = render(published=True)
    table = page[page.index('id="documents-table"') :]
    table = table[: table.index("</table>")]
    assert "<th>outlet</th>" in table
    assert '<td class="file">harbour-ferry.txt</td><td>bbc</td>' in table


def test_a_failed_critical_check_is_on_top_with_its_observed_text() -> None:
    page = render(published=False)
    assert 'data-status="not-published"' in page and 'data-status="critical-failed"' in page
    why = page[page.index('id="failed-critical"') : page.index('id="checks"')]
    assert "no artifact phrase left in clean_text" in why
    assert "1 failing rows; e.g. [&lt;script&gt;alert(1)&lt;/script&gt;]" in why
    rows = re.findall(r'<tr class="([^"]*)">', page[page.index('id="checks"') :])
    assert rows[0] == "fail critical" and rows[1:3] == ["pass", "pass"]
    assert "last published version (v1)" in page


def test_a_clean_run_shows_all_checks_green_with_their_measured_values() -> None:
    page = render(published=True)
    assert 'data-status="published"' in page
    assert 'id="quality-status" data-status="all-passed"' in page and "All checks passed (3 of 3)" in page
    assert "FAILED" not in page and 'id="failed-critical"' not in page
    assert page.count('<span class="dot ok">') == 3
    assert '<span class="observed">0.8</span>' in page  # observed_value, as a number


def test_charts_are_inline_svg_and_nothing_is_fetched() -> None:
    page = render(published=True)
    for chart in CHART_IDS:
        assert f'<svg class="chart" data-chart="{chart}"' in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert not NO_FETCH.search(page)
    assert "@import" not in page and "url(" not in page


def test_the_chart_of_runs_is_titled_as_runs_not_as_news_over_time() -> None:
    charts = re.search(r'<section id="charts">(.*?)</section>', render(), re.S)
    assert charts is not None
    titles = re.findall(r"<h3>(.*?)</h3>", charts.group(1))
    assert titles[-1] == "Documents published per run" and not any("over time" in t for t in titles)
    assert "not news over time: the articles carry no publication date" in charts.group(1)


def test_the_same_inputs_give_the_same_page() -> None:
    assert render(published=False) == render(published=False)


def test_charts_cope_with_no_rows_and_one_run() -> None:
    assert "no rows" in bar_chart("x", "X", [])
    single = runs_chart("r", "R", [RunPoint(datetime(2026, 1, 1, tzinfo=UTC), 3, False)])
    assert single.count("<circle") == 1 and "<polyline" not in single
    assert "<svg" in runs_chart("r", "R", [])


def _published_folder(tmp_path: Path, tables: dict[str, pl.DataFrame] | None = None) -> Path:
    out = tmp_path / "out"
    empty = {name: frame_from_rows(name, []) for name in ARTICLE_TABLES}
    run = manifest(published=True)
    publish_version(out, "abc123", {**empty, **(tables or report_tables()), "quality": quality(run)})
    (out / RUNS_DIR).mkdir()
    (out / RUNS_DIR / "20260102T030405000000Z-abc123.json").write_text(json.dumps(run), encoding="utf-8")
    return out


def test_write_report_reads_the_published_tables_and_the_run_history(tmp_path: Path) -> None:
    out = _published_folder(tmp_path)
    path = write_report(out, manifest(published=True))
    page = path.read_text(encoding="utf-8")
    assert path == out / "report.html" and 'data-status="all-passed"' in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and ">binary<" in page
    assert [p.documents for p in run_history(out)] == [2]


def test_the_data_docs_are_linked_when_there_or_being_rendered(tmp_path: Path) -> None:
    """The checker process renders a run's Data Docs while the run writes its report (``newsprep.quality.checker``):
    the report links to them before they are there."""
    out = _published_folder(tmp_path)
    link = 'href="_quality/index.html"'
    assert link not in write_report(out, manifest(published=True)).read_text(encoding="utf-8")
    coming = write_report(out, manifest(published=True), data_docs_coming=True)
    assert link in coming.read_text(encoding="utf-8")
    (out / "_quality").mkdir()
    (out / "_quality" / "index.html").write_text("<html></html>", encoding="utf-8")
    assert link in write_report(out, manifest(published=True)).read_text(encoding="utf-8")


def test_the_data_dictionary_is_written_beside_the_report_and_linked_relatively(tmp_path: Path) -> None:
    out = _published_folder(tmp_path)
    page = write_report(out, manifest(published=True)).read_text(encoding="utf-8")
    assert f'<a href="{DICTIONARY_FILE}" id="dictionary-link">' in page  # beside the page: works in any folder
    dictionary = (out / DICTIONARY_FILE).read_text(encoding="utf-8")
    assert "<script" not in dictionary.lower() and not NO_FETCH.search(dictionary)
    shown = html.unescape(dictionary)
    for table, contract in TABLE_CONTRACTS.items():
        assert f'<section id="{table}">' in dictionary
        for column, spec in contract.to_schema().columns.items():
            assert f"<code>{column}</code>" in dictionary and (spec.description or "") in shown
    assert "row checks: caption_idx set exactly for source 'caption'" in shown


def test_a_failed_run_reports_its_kept_quality_over_the_last_published_tables(tmp_path: Path) -> None:
    out = _published_folder(tmp_path)
    failed = manifest(published=False) | {"run_id": "f00d", "started_at": "2026-01-03T00:00:00+00:00"}
    kept = out / RUNS_DIR / "failed-f00d"
    kept.mkdir()
    quality(failed).write_parquet(kept / "quality.parquet")
    (out / RUNS_DIR / "20260103T000000000000Z-f00d.json").write_text(json.dumps(failed), encoding="utf-8")

    result = CliRunner().invoke(app, ["report", str(out)])
    assert result.exit_code == 0, result.output
    page = (out / "report.html").read_text(encoding="utf-8")
    assert 'data-status="critical-failed"' in page and "no artifact phrase left in clean_text" in page
    assert "last published version (abc123)" in page
    assert page.count("<circle") == 2  # both runs on the history chart


def test_tables_and_manifests_from_before_the_column_renames_still_report(tmp_path: Path) -> None:
    """A failed run right after an upgrade shows the last published tables, which the older pipeline wrote."""
    tables = report_tables()
    tables["statistics"] = tables["statistics"].rename({"reported_by": "source"})
    out = tmp_path / "out"
    version = out / "_versions" / "old"
    version.mkdir(parents=True)
    for name, frame in tables.items():
        frame.write_parquet(version / f"{name}.parquet")
    (out / "current").symlink_to(Path("_versions") / "old")
    old_checks = [{"stage": "quotes", "check": "share", "severity": "critical", "success": False, "observed": "0.1"}]
    old = {"run_id": "f00d", "published": False, "started_at": "2026-01-03T00:00:00+00:00", "checks": old_checks}
    page = write_report(out, old).read_text(encoding="utf-8")
    assert "Harbour Board" in page[page.index('id="statistics-table"') :]  # reported_by read from 'source'
    assert '<pre class="observed">0.1</pre>' in page  # the old manifest's one observed string


def test_report_command_without_a_run_says_so(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["report", str(tmp_path)])
    assert result.exit_code == 2 and "no run manifest" in result.output
