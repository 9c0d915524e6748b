"""Invented published tables, checks and run manifests for the report tests (no corpus text)."""

from __future__ import annotations

import hashlib
import html
import re
from datetime import UTC, datetime
from typing import Any

import polars as pl

from newsprep.corpus import corpus_tables
from newsprep.report import render_report
from newsprep.report.charts import RunPoint
from newsprep.tables import frame_from_rows

DOC = "d" * 64
DOC2 = "e" * 64
HOSTILE_TITLE = "<script>alert(1)</script>"
QUOTES_MIX = "\"&'"
HOSTILE_SPEAKER = f"<i>{QUOTES_MIX}</i>"
CHANGES = {
    "new": ["harbour-ferry.txt"],
    "changed": [f"{QUOTES_MIX}.txt"],
    "removed": ["old/bridge-closure.txt", "old/zoo-opening.txt"],
    "reused": 4,
    "rejected": 1,
}


def document(doc_id: str, source_path: str, title: str, **overrides: Any) -> dict[str, Any]:
    return {
        "doc_id": doc_id,
        "source_path": source_path,
        "title": title,
        "dateline": None,
        "outlet": None,
        "contributors": [],
        "encoding": "utf-8",
        "input_format": "text",
        "clean_text": "Text.",
        "word_count": 1,
        "language": "und",
        "paragraph_count": 0,
        "caption_count": 0,
        "quote_count": 0,
        "entity_count": 0,
        "mention_count": 0,
        "statistic_count": 0,
        **overrides,
    }


def quote(
    doc_id: str,
    idx: int,
    speaker: str | None,
    text: str = "words",
    *,
    description: str | None = None,
    attribution: str = "cue",
    entity_id: str | None = None,
    kind: str = "person",
) -> dict[str, Any]:
    return {
        "doc_id": doc_id,
        "quote_idx": idx,
        "text": text,
        "kind": "direct",
        "speaker": speaker,
        "speaker_mention": speaker,
        "speaker_description": description,
        "cue": "said",
        "paragraph_idx": idx,
        "char_start": 0,
        "char_end": len(text),
        "part_count": 1,
        "speaker_entity_id": entity_id,
        "attribution": "none" if speaker is None else attribution,
        "speaker_kind": None if speaker is None else kind,
    }


def entity(doc_id: str, text: str, label: str, mentions: int = 1) -> dict[str, Any]:
    entity_id = hashlib.sha256(f"{label}\t{text}".encode()).hexdigest()[:16]
    return {"doc_id": doc_id, "entity_id": entity_id, "text": text, "label": label, "mention_count": mentions}


def statistic(doc_id: str, idx: int, text: str, value: float, unit: str, **context: str | None) -> dict[str, Any]:
    return {
        "doc_id": doc_id,
        "stat_idx": idx,
        "text": text,
        "value": value,
        "unit": unit,
        "measures": context.get("measures"),
        "qualifier": context.get("qualifier"),
        "range_id": None,
        "reported_by": context.get("reported_by"),
        "paragraph_idx": 0,
        "char_start": 0,
        "char_end": len(text),
    }


def report_tables() -> dict[str, pl.DataFrame]:
    """Two documents: one with a hostile title, file name and speaker; one about a ferry with named people."""
    rows: dict[str, list[dict[str, Any]]] = {
        "documents": [
            document(DOC, f"{QUOTES_MIX}.txt", HOSTILE_TITLE, dateline="<b>TAIPEI</b>", quote_count=2),
            document(DOC2, "harbour-ferry.txt", "Ferry fares rise", quote_count=3, statistic_count=2, outlet="bbc"),
        ],
        "quotes": [
            quote(DOC, 0, HOSTILE_SPEAKER),
            quote(DOC, 1, None, "a quote nobody said"),
            quote(DOC2, 0, "Mara Quint", "Fares must rise", description="the harbour master", entity_id="1" * 16),
            quote(DOC2, 1, "Mara Quint", "We waited long enough", attribution="pronoun", entity_id="1" * 16),
            quote(DOC2, 2, "Harbour Board", "The board agrees"),
        ],
        "entities": [
            entity(DOC, "<svg onload=alert(1)>", "PERSON"),
            entity(DOC, "Mara Quint", "PERSON", 2),
            entity(DOC2, "Mara Quint", "PERSON", 3),
            entity(DOC2, "Harbour Board", "ORG", 2),
            entity(DOC2, "Portside", "GPE"),
        ],
        "statistics": [
            statistic(DOC, 0, "40%", 40.0, "percent"),
            statistic(
                DOC2, 0, "$1.2 billion", 1.2e9, "usd", measures="the harbour budget", reported_by="Harbour Board"
            ),
            statistic(DOC2, 1, "about 6,500 riders", 6500.0, "riders", qualifier="about"),
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
    return keyed_tables(rows)


def keyed_tables(rows: dict[str, list[dict[str, Any]]]) -> dict[str, pl.DataFrame]:
    """The tables of ``rows``, with one mention per entity mention (no offsets to slice: the report shows none)
    and the corpus keys and ``corpus_entities`` the publish step adds."""
    rows = rows | {
        "mentions": [
            {
                "doc_id": e["doc_id"],
                "entity_id": e["entity_id"],
                "text": e["text"],
                "source": "body",
                "caption_idx": None,
                "char_start": n,
                "char_end": n + 1,
            }
            for e in rows["entities"]
            for n in range(e["mention_count"])
        ]
    }
    frames = {table: frame_from_rows(table, table_rows) for table, table_rows in rows.items()}
    return frames | corpus_tables(*(frames[t] for t in ("documents", "entities", "mentions", "quotes")))


def checks(*, failed: bool) -> list[dict[str, Any]]:
    def check(stage: str, name: str, severity: str, success: bool, value: float | None, text: str | None) -> Any:
        return {
            "stage": stage,
            "check": name,
            "severity": severity,
            "success": success,
            "observed_value": value,
            "observed_text": text,
        }

    return [
        check("clean", "every document has a title", "warning", True, None, None),
        check(
            "clean",
            "no artifact phrase left in clean_text",
            "critical",
            not failed,
            None,
            f"1 failing rows; e.g. [{HOSTILE_TITLE}]" if failed else None,
        ),
        check("quotes", "share of quotes with a speaker", "warning", True, 0.8, None),
    ]


def manifest(*, published: bool, changes: dict[str, Any] | None = None, **overrides: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
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
        "inputs": [
            {"source_path": f"{QUOTES_MIX}.txt", "sha256": DOC, "bytes": 120},
            {"source_path": "harbour-ferry.txt", "sha256": DOC2, "bytes": 340},
        ],
        "row_counts": {"documents": 2, "quotes": 5, "rejects": 1},
        "checks": checks(failed=not published),
    }
    if changes is not None:
        record["changes"] = changes
    return record | overrides


def quality(run: dict[str, Any]) -> pl.DataFrame:
    return frame_from_rows("quality", [{"run_id": run["run_id"], **c} for c in run["checks"]])


def render(*, published: bool = True, changes: dict[str, Any] | None = CHANGES, **overrides: Any) -> str:
    run = manifest(published=published, changes=changes, **overrides)
    runs = [
        RunPoint(datetime(2026, 1, 1, tzinfo=UTC), 2, True),
        RunPoint(datetime(2026, 1, 2, tzinfo=UTC), 2, published),
    ]
    return render_report(manifest=run, quality=quality(run), tables=report_tables(), runs=runs, tables_version="v1")


def section(page: str, section_id: str) -> str:
    """The HTML of one ``<section id=...>`` of the page."""
    start = page.index(f'<section id="{section_id}">')
    return page[start : page.index("</section>", start)]


def text_of(fragment: str) -> str:
    """HTML as a reader sees it: tags dropped, entities decoded, spaces collapsed."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def body_rows(fragment: str) -> list[str]:
    """Each row of a table's body as a reader sees it (group heading rows included)."""
    body = fragment[fragment.index("<tbody>") :]
    return [text_of(row) for row in re.findall(r"<tr[^>]*>(.*?)</tr>", body, re.S)]
