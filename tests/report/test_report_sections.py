"""The report's sections for analysts: who said what, the quotes to review, people and organisations, the
statistics, what changed, the status of a run that published nothing; and the page at 10,000 articles."""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime
from typing import Any

import polars as pl
import pytest

from newsprep.report import render_report
from newsprep.report.articles import (
    MAX_QUOTED_DOCUMENTS,
    MAX_STATISTICS,
    MAX_TABLE_ROWS,
    MAX_UNATTRIBUTED,
    TOP_NAMES,
)
from newsprep.report.charts import RunPoint
from newsprep.report.runs import MAX_CHANGED_PATHS, run_status
from tests.report.builders import (
    HOSTILE_TITLE,
    document,
    entity,
    keyed_tables,
    manifest,
    quality,
    quote,
    render,
    section,
    statistic,
    text_of,
)


def test_who_said_what_groups_each_quote_with_its_speaker_in_a_details_per_document() -> None:
    who = section(render(), "who-said-what")
    assert "<script" not in who.lower()
    documents = re.findall(r'<details class="doc"[^>]*><summary>(.*?)</summary>(.*?)</details>', who, re.S)
    assert [text_of(summary) for summary, _ in documents] == [
        f"{HOSTILE_TITLE} \"&'.txt 2 quotes, 1 without a speaker",
        "Ferry fares rise harbour-ferry.txt 3 quotes",
    ]
    ferry = re.findall(r"<tr>(.*?)</tr>", documents[1][1], re.S)
    assert [text_of(row) for row in ferry[1:]] == [
        "Mara Quint (the harbour master) “Fares must rise” said cue",
        "Mara Quint “We waited long enough” said pronoun",
        "Harbour Board “The board agrees” said cue (not an entity)",
    ]
    assert "(no speaker)" in text_of(documents[0][1])
    assert "5 quotes in 2 documents; 4 with a speaker (80%)" in text_of(who)


def test_quotes_with_no_speaker_are_listed_for_review_with_their_document() -> None:
    review = section(render(), "unattributed")
    rows = re.findall(r"<tr[^>]*>(.*?)</tr>", review, re.S)[1:]  # a heading row per document, then its quotes
    assert [text_of(row) for row in rows] == [f"{HOSTILE_TITLE} \"&'.txt", "1 “a quote nobody said” said"]
    assert "to review (1)" in review


def test_top_people_and_organisations_count_documents_mentions_and_quotes() -> None:
    names = section(render(), "names")
    people = names[names.index('id="people-table"') : names.index("</table>", names.index('id="people-table"'))]
    rows = [text_of(row) for row in re.findall(r"<tr>(.*?)</tr>", people, re.S)[1:]]
    assert rows == ["Mara Quint 2 5 2", "<svg onload=alert(1)> 1 1 0"]
    organisations = names[names.index('id="organisations-table"') :]
    assert text_of(re.findall(r"<tr>(.*?)</tr>", organisations, re.S)[1]) == "Harbour Board 1 2 1"
    assert "Portside" not in names  # places are neither people nor organisations


def test_statistics_show_value_unit_measures_and_who_reports_them() -> None:
    statistics = section(render(), "statistics")
    rows = [text_of(row) for row in re.findall(r"<tr[^>]*>(.*?)</tr>", statistics, re.S)[1:]]
    assert rows == [
        f"{HOSTILE_TITLE} \"&'.txt",
        "40% 40 percent",
        "Ferry fares rise harbour-ferry.txt",
        "$1.2 billion 1,200,000,000 usd the harbour budget Harbour Board",
        "about 6,500 riders 6,500 riders about",
    ]
    assert "known for 1, who reports them for 1" in text_of(statistics)


def test_what_changed_lists_added_changed_and_removed_documents() -> None:
    changes = section(render(), "changes")
    assert "1 new, 1 changed, 2 removed; 4 reused unchanged; 1 rejected" in text_of(changes)
    lists = dict(re.findall(r'<details id="changes-(\w+)"[^>]*>(.*?)</details>', changes, re.S))
    assert {key: re.findall(r"<li>(.*?)</li>", body) for key, body in lists.items()} == {
        "new": ["harbour-ferry.txt"],
        "changed": ["&#34;&amp;&#39;.txt"],
        "removed": ["old/bridge-closure.txt", "old/zoo-opening.txt"],
    }
    assert "not in the tables" not in changes
    assert "not in the tables" in section(render(published=False), "changes")


def test_a_manifest_without_changes_says_not_recorded() -> None:
    changes = section(render(changes=None), "changes")
    assert 'data-status="not-recorded"' in changes and "Not recorded" in changes and "<details" not in changes


def test_a_run_with_nothing_added_changed_or_removed_says_so() -> None:
    quiet = {"new": [], "changed": [], "removed": [], "reused": 2, "rejected": 0}
    assert 'data-status="no-change"' in section(render(changes=quiet), "changes")


@pytest.mark.parametrize(
    ("overrides", "state", "expected"),
    [
        ({}, "published", "Published 2 documents (1 new, 1 changed, 2 removed)."),
        ({"row_counts": {"documents": 0}}, "published-empty", "Published 0 documents: every table"),
        ({"reused_previous_version": True}, "unchanged", "No change since the last run"),
    ],
)
def test_the_status_line_says_what_was_published(overrides: dict[str, Any], state: str, expected: str) -> None:
    status = re.search(r'<p class="banner (\w+)" id="run-status" data-status="([\w-]+)">(.*?)</p>', render(**overrides))
    assert status is not None
    tone, shown_state, text = status.groups()
    assert shown_state == state and html.unescape(text).startswith(expected)
    assert html.unescape(text) != "Published."
    assert (tone == "warn") == (state == "published-empty")


def test_a_run_refused_without_a_failed_critical_check_does_not_claim_one() -> None:
    assert run_status(manifest(published=False), failed_critical=1).text.startswith("Not published: 1 critical check")
    refused = run_status(manifest(published=False), failed_critical=0)
    assert refused.state == "not-published" and "0 critical" not in refused.text


ARTICLES = 10_000


def _large_run() -> tuple[dict[str, Any], dict[str, pl.DataFrame]]:
    """10,000 documents with 5 quotes (2 unattributed), 3 entities and 2 statistics each; every file new."""
    ids = [f"{i:064x}" for i in range(ARTICLES)]
    paths = [f"wire/{i:05d}.txt" for i in range(ARTICLES)]
    speakers = [f"Person {i % 700}" for i in range(ARTICLES)]
    rows: dict[str, list[dict[str, Any]]] = {
        "documents": [
            document(d, p, f"Story {i}", quote_count=5) for i, (d, p) in enumerate(zip(ids, paths, strict=True))
        ],
        "quotes": [quote(d, q, None if q >= 3 else speakers[i]) for i, d in enumerate(ids) for q in range(5)],
        "entities": [
            e
            for i, d in enumerate(ids)
            for e in (entity(d, speakers[i], "PERSON"), entity(d, f"Agency {i % 90}", "ORG"), entity(d, "Metro", "GPE"))
        ],
        "statistics": [statistic(d, s, f"{s + 1}%", s + 1.0, "percent") for d in ids for s in range(2)],
        "rejects": [
            {"source_path": f"junk/{i}.bin", "doc_id": None, "stage": "ingest", "reason": "binary", "detail": "x"}
            for i in range(600)
        ],
    }
    run = manifest(
        published=True,
        changes={"new": paths, "changed": [], "removed": [], "reused": 0, "rejected": 600},
        inputs=[{"source_path": p, "sha256": d, "bytes": 1000} for d, p in zip(ids, paths, strict=True)],
        row_counts={"documents": ARTICLES, "quotes": 5 * ARTICLES},
    )
    return run, keyed_tables(rows)


def test_the_page_stays_usable_at_10000_articles_and_says_what_it_leaves_out() -> None:
    run, tables = _large_run()
    runs = [RunPoint(datetime(2026, 1, d, tzinfo=UTC), ARTICLES, True) for d in range(1, 29)]
    page = render_report(manifest=run, quality=quality(run), tables=tables, runs=runs, tables_version="v9")
    assert len(page.encode()) < 4_000_000, len(page.encode())
    shown = text_of(page)

    who = section(page, "who-said-what")
    assert who.count('<details class="doc">') == MAX_QUOTED_DOCUMENTS  # folded: none open
    hidden_documents = ARTICLES - MAX_QUOTED_DOCUMENTS
    assert (
        f"{MAX_QUOTED_DOCUMENTS} of 10,000 documents with quotes shown (the first by file name); the other "
        f"{hidden_documents:,} documents' {5 * hidden_documents:,} quotes are in quotes.parquet"
    ) in text_of(who)

    review = section(page, "unattributed")
    assert review.count("<tr>") == MAX_UNATTRIBUTED + 1
    assert f"{MAX_UNATTRIBUTED} of 20,000 quotes with no speaker shown; the other 19,700" in text_of(review)

    names = section(page, "names")
    assert names.count("<tr>") == 2 * (TOP_NAMES + 1)
    assert f"{TOP_NAMES} of 700 names shown" in text_of(names) and f"{TOP_NAMES} of 90 names shown" in text_of(names)

    assert section(page, "statistics").count("<tr>") == MAX_STATISTICS + 1
    assert f"{MAX_STATISTICS} of 20,000 numbers shown; the other 19,500 are in statistics.parquet" in shown
    assert section(page, "rejects").count("<tr>") == MAX_TABLE_ROWS + 1
    assert section(page, "documents").count("<tr>") == MAX_TABLE_ROWS + 1
    assert f"{MAX_TABLE_ROWS} of 10,000 documents shown; the other 9,500 are in documents.parquet" in shown
    assert f"{MAX_TABLE_ROWS} of 10,000 files shown" in shown  # the input files

    changes = section(page, "changes")
    assert changes.count("<li>") == MAX_CHANGED_PATHS
    assert f"{MAX_CHANGED_PATHS} of 10,000 files shown; the other 9,800 are in the run manifest (changes.new)" in (
        text_of(changes)
    )


def test_speakers_and_names_are_counted_by_corpus_key_with_their_other_forms() -> None:
    ids = ("a" * 64, "b" * 64, "c" * 64, "f" * 64)
    spoken = [("Donald Trump",) * 2, ("Donald J. Trump",) * 2, ("Trump",) * 2, ("Donald Trump",) * 2]
    rows: dict[str, list[dict[str, Any]]] = {
        "documents": [document(d, f"{n}.txt", f"Story {n}", quote_count=1) for n, d in enumerate(ids)],
        "quotes": [quote(d, 0, speaker) for d, (speaker, _) in zip(ids, spoken, strict=True)],
        "entities": [
            entity(d, name, "ORG" if name == "Trump" else "PERSON")
            for n, (d, (_, name)) in enumerate(zip(ids, spoken, strict=True))
        ],
        "statistics": [],
        "rejects": [],
    }
    tables = keyed_tables(rows)
    page = render_report(
        manifest=manifest(published=True),
        quality=quality(manifest(published=True)),
        tables=tables,
        runs=[],
        tables_version="v1",
    )
    chart = page[page.index('data-chart="quotes-per-speaker"') :]
    assert "<title>Donald Trump: 4</title>" in chart[: chart.index("</svg>")]  # the name most documents use
    people = section(page, "names")
    people = people[people.index('id="people-table"') : people.index("</table>", people.index('id="people-table"'))]
    rows_shown = [text_of(row) for row in re.findall(r"<tr>(.*?)</tr>", people, re.S)[1:]]
    assert rows_shown == ["Donald Trump 4 4 4 Donald J. Trump; Trump"]
    assert 'title="person:donald-trump"' in people


def test_described_speakers_are_marked_and_counted_as_one_grey_bar() -> None:
    """Round 13: a speaker the text describes without a name (``speaker_kind`` 'description') is shown as such in
    the quotes, counted in the intro, and the chart puts every description in one grey bar, not one per wording."""
    ids = ("a" * 64, "b" * 64)
    rows: dict[str, list[dict[str, Any]]] = {
        "documents": [document(d, f"{n}.txt", f"Story {n}", quote_count=2) for n, d in enumerate(ids)],
        "quotes": [
            quote(ids[0], 0, "a senior official", "The plan is dead", kind="description"),
            quote(ids[0], 1, "Mara Quint", "It is not", entity_id="1" * 16),
            quote(ids[1], 0, "a senior official", "Talks resume Monday", kind="description"),
            quote(ids[1], 1, "the clip", "Vote yes", kind="description"),
        ],
        "entities": [entity(ids[0], "Mara Quint", "PERSON")],
        "statistics": [],
        "rejects": [],
    }
    page = render_report(
        manifest=manifest(published=True),
        quality=quality(manifest(published=True)),
        tables=keyed_tables(rows),
        runs=[],
        tables_version="v1",
    )
    who = section(page, "who-said-what")
    assert "a senior official (described, not named) “The plan is dead”" in text_of(who)
    assert "4 with a speaker (100%), 3 of them described but not named" in text_of(who)
    chart = page[page.index('data-chart="quotes-per-speaker"') :]
    svg = chart[: chart.index("</svg>")]
    assert "<title>(described, not named): 3</title>" in svg and "a senior official" not in svg


def test_documents_by_language_counts_each_code_most_first_and_an_older_tables_missing_column_as_unknown() -> None:
    from newsprep.report.articles import documents_by_language

    documents = pl.DataFrame({"language": ["en", "de", "en", None, "und"]})
    assert documents_by_language(documents) == [("en", 2), ("?", 1), ("de", 1), ("und", 1)]
    assert documents_by_language(documents.clear()) == []


def test_the_documents_section_has_a_line_of_documents_by_language() -> None:
    line = re.search(r'<p id="documents-by-language">(.*?)</p>', section(render(), "documents"), re.S)
    assert line is not None
    assert text_of(line.group(1)).startswith(
        "Documents by language (documents.language; 'und': too short or unclear): und 2."
    )
