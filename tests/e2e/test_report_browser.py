"""The report of a real run, opened in headless Chromium: it renders, with its charts, all checks green, and the
sections analysts read (who said what, the quotes to review, people and organisations, statistics, what changed)
agreeing with the published tables; the data dictionary beside it opens too.

Chromium comes from Debian (`scripts/install-browser.sh`); the screenshot stays in the test's temporary folder.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from html import escape
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from newsprep.report import DICTIONARY_FILE, latest_manifest, write_report
from newsprep.schemas.tables import TABLE_CONTRACTS
from tests.e2e.conftest import SAMPLE, run_flow
from tests.report.builders import body_rows, section, text_of

pytestmark = pytest.mark.slow
CHROMIUM = Path("/usr/bin/chromium")
CHART_IDS = ("quotes-per-speaker", "entities-by-type", "statistics-by-unit", "documents-per-run")
# Nothing but the file: no background fetches, no updates, no sync, a throw-away profile.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    if not CHROMIUM.is_file():
        pytest.fail(f"{CHROMIUM} is missing: run scripts/install-browser.sh (Debian's chromium) and re-run the tests")
    command = [str(CHROMIUM), *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)


def test_the_report_renders_in_chromium_with_its_charts(
    sample_run: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    out, result = sample_run
    manifest = latest_manifest(out)
    assert manifest is not None and manifest["run_id"] == result["run_id"]
    page = write_report(out, manifest)
    url = page.resolve().as_uri()

    dumped = _chromium(tmp_path, "--dump-dom", url)
    assert dumped.returncode == 0, dumped.stderr[-2000:]
    dom = dumped.stdout
    assert 'id="quality-status"' in dom and 'data-status="all-passed"' in dom and "All checks passed" in dom
    for chart in CHART_IDS:
        assert f'data-chart="{chart}"' in dom, chart
    assert dom.count("<svg") >= len(CHART_IDS) and dom.count("<rect") > 0

    screenshot = tmp_path / "report.png"
    shot = _chromium(tmp_path, f"--screenshot={screenshot}", "--window-size=1280,2000", url)
    assert shot.returncode == 0, shot.stderr[-2000:]
    assert screenshot.is_file() and screenshot.stat().st_size > 10_000


def test_the_sections_for_analysts_agree_with_the_published_tables(
    sample_run: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    out, _ = sample_run
    manifest = latest_manifest(out)
    assert manifest is not None
    # The sample's only run added its one file; runs record that under "changes" (older manifests do not).
    manifest.setdefault("changes", {"new": [SAMPLE.name], "changed": [], "removed": [], "reused": 0, "rejected": 0})
    dumped = _chromium(tmp_path, "--dump-dom", write_report(out, manifest).resolve().as_uri())
    assert dumped.returncode == 0, dumped.stderr[-2000:]
    dom = dumped.stdout
    documents = pl.read_parquet(out / "documents.parquet")
    quotes = pl.read_parquet(out / "quotes.parquet")
    entities = pl.read_parquet(out / "entities.parquet")
    statistics = pl.read_parquet(out / "statistics.parquet")
    title = documents["title"][0]
    assert quotes.height and statistics.height and entities.height  # the sample has all of them

    status = re.search(r'id="run-status" data-status="published">(.*?)</p>', dom)
    assert status is not None and text_of(status.group(1)).startswith("Published 1 document (1 new, 0 changed")

    changes = section(dom, "changes")
    assert "1 new, 0 changed, 0 removed" in text_of(changes) and f"<li>{SAMPLE.name}</li>" in changes

    who = section(dom, "who-said-what")
    assert "<script" not in dom.lower()
    details = re.findall(r'<details class="doc"( open="")?><summary>(.*?)</summary>(.*?)</details>', who, re.S)
    assert len(details) == 1 and details[0][0]  # one document, shown open
    assert text_of(details[0][1]) == f"{title} {SAMPLE.name} {quotes.height} quotes"
    rows = body_rows(details[0][2])
    assert len(rows) == quotes.height
    for row, quote in zip(rows, quotes.sort("quote_idx").iter_rows(named=True), strict=True):
        assert row.startswith(quote["speaker"] or "(no speaker)") and quote["text"][:40] in row

    review = section(dom, "unattributed")
    unattributed = quotes.filter(pl.col("speaker").is_null()).height
    assert f"to review ({unattributed})" in review
    if unattributed == 0:
        assert "Every quote has a speaker" in review

    names = section(dom, "names")
    corpus_entities = pl.read_parquet(out / "corpus_entities.parquet")
    for label, table_id in (("PERSON", "people-table"), ("ORG", "organisations-table")):
        ranked = corpus_entities.filter(pl.col("label") == label).sort(
            ["document_count", "mention_count", "name"], descending=[True, True, False]
        )
        table = names[names.index(f'id="{table_id}"') :]
        first = body_rows(table[: table.index("</table>")])[0]
        assert first.startswith(f"{ranked['name'][0]} 1 {ranked['mention_count'][0]}"), (label, first)

    shown = body_rows(section(dom, "statistics"))
    assert shown[0] == f"{title} {SAMPLE.name}" and len(shown) == statistics.height + 1
    for row, stat in zip(shown[1:], statistics.sort("stat_idx").iter_rows(named=True), strict=True):
        assert row.startswith(f"{stat['text']} ") and (stat["reported_by"] or "") in row and stat["unit"] in row

    assert f'<a href="{DICTIONARY_FILE}" id="dictionary-link">' in dom
    dictionary = _chromium(tmp_path, "--dump-dom", (out / DICTIONARY_FILE).resolve().as_uri())
    assert dictionary.returncode == 0, dictionary.stderr[-2000:]
    for table in TABLE_CONTRACTS:
        assert f'<section id="{table}">' in dictionary.stdout
    assert "<code>reported_by</code>" in dictionary.stdout and "<code>observed_value</code>" in dictionary.stdout


def _copy_of_published(sample_run: tuple[Path, dict[str, Any]], tmp_path: Path) -> tuple[Path, dict[str, bytes]]:
    """A copy of the sample run's output folder, and the bytes of each table it publishes."""
    out = tmp_path / "out"
    shutil.copytree(sample_run[0], out, symlinks=True)
    return out, {p.name: p.read_bytes() for p in sorted(out.glob("*.parquet"))}


def _report_dom(tmp_path: Path, out: Path) -> str:
    """The report of ``out`` as headless Chromium renders it."""
    dumped = _chromium(tmp_path, "--dump-dom", (out / "report.html").resolve().as_uri())
    assert dumped.returncode == 0, dumped.stderr[-2000:]
    return dumped.stdout


def test_a_planted_defect_is_rejected_at_its_stage_and_the_report_names_the_check(
    sample_run: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    out, before = _copy_of_published(sample_run, tmp_path)
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SAMPLE, raw / SAMPLE.name)
    # A body sentence that quotes the artifact phrase survives cleaning, so the clean stage's residue check stops
    # that document there (issue 19): it is a reject naming the check, and the sample is published as before.
    (raw / "defect.txt").write_text(
        "Photo apps add <b>features</b>\n\nThe new app lets readers tap hide caption on any picture, its maker said.\n",
        encoding="utf-8",
    )
    result = run_flow(raw, out)
    assert result["published"]
    after = {p.name: p.read_bytes() for p in sorted(out.glob("*.parquet"))}
    for table in ("documents.parquet", "quotes.parquet", "entities.parquet", "statistics.parquet"):
        assert after[table] == before[table], table

    dom = _report_dom(tmp_path, out)
    rejects = dom[dom.index('id="rejects-table"') :]
    row = rejects[rejects.index("defect.txt") : rejects.index("</tr>", rejects.index("defect.txt"))]
    assert "clean" in row and "failed_check" in row and "no artifact phrase left in clean_text" in row


def test_a_refused_publish_keeps_the_tables_and_the_report_says_which_check_and_why(
    sample_run: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    out, before = _copy_of_published(sample_run, tmp_path)
    raw = tmp_path / "raw"
    raw.mkdir()  # an empty folder, as a share that is not mounted looks: publishing it would wipe every document
    result = run_flow(raw, out)
    assert not result["published"]
    assert {p.name: p.read_bytes() for p in sorted(out.glob("*.parquet"))} == before

    dom = _report_dom(tmp_path, out)
    assert 'data-status="not-published"' in dom and 'data-status="critical-failed"' in dom
    why = dom[dom.index('id="failed-critical"') : dom.index('id="checks"')]
    failed = [c for c in result["checks"] if not c["success"] and c["severity"] == "critical"]
    assert [c["check"].split(":")[0] for c in failed] == ["shrink guard"]
    assert escape(failed[0]["check"], quote=False) in why and escape(failed[0]["observed_text"], quote=False) in why
