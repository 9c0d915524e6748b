"""A stage's records as the frames it stores, and back: what one stage hands the next through the stage cache.

Each stage's output is a few frames keyed by ``doc_id`` (its ``parts``). A part that is a published table's (for
example ``quotes``) has that table's columns and types; the others (``decoded``, ``articles``, ``spans``, the
``mentions`` with their entity's name and label) are declared here. Row order within a document is the order the
stage produced, and is kept: the next stage reads the records back in that order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import polars as pl

from newsprep.ingest import DecodedText
from newsprep.model import Caption, CleanArticle, Entity, Mention, NerSpan, Paragraph
from newsprep.tables import frame_from_rows, mention_row, polars_schema, record_row, text_measures

Frames = dict[str, pl.DataFrame]

_TEXT: pl.DataType = pl.String()
_INT: pl.DataType = pl.Int64()
PART_SCHEMAS: dict[str, pl.Schema] = {
    "decoded": pl.Schema(
        {"doc_id": _TEXT, "source_path": _TEXT, "encoding": _TEXT, "input_format": _TEXT, "text": _TEXT}
    ),
    "articles": pl.Schema(
        {
            "doc_id": _TEXT,
            "title": _TEXT,
            "dateline": _TEXT,
            "outlet": _TEXT,
            "contributors": pl.List(_TEXT),
            "clean_text": _TEXT,
            "word_count": _INT,
            "language": _TEXT,
        }
    ),
    "spans": pl.Schema(
        {
            "doc_id": _TEXT,
            "source": _TEXT,
            "caption_idx": _INT,
            "char_start": _INT,
            "char_end": _INT,
            "text": _TEXT,
            "label": _TEXT,
        }
    ),
    "mentions": pl.Schema({**polars_schema("mentions"), "entity_text": _TEXT, "label": _TEXT}),
    "checks": pl.Schema({"stage": _TEXT, "check": _TEXT, "severity": _TEXT, "failing_documents": _INT}),
}
"""The parts that are not a published table's as they are."""
TABLE_PARTS = ("paragraphs", "captions", "entities", "quotes", "statistics", "rejects")


def part_frame(part: str, rows: Iterable[Mapping[str, Any]]) -> pl.DataFrame:
    if part in TABLE_PARTS:
        return frame_from_rows(part, rows)
    return pl.DataFrame(list(rows), schema=PART_SCHEMAS[part], orient="row")


def empty_part(part: str) -> pl.DataFrame:
    return part_frame(part, [])


def decoded_frame(decoded: Mapping[str, tuple[str, DecodedText]]) -> pl.DataFrame:
    """``decoded``: doc id -> (source path, decoded text)."""
    return part_frame(
        "decoded",
        (
            {
                "doc_id": doc_id,
                "source_path": path,
                "encoding": text.encoding,
                "input_format": "html" if text.is_html else "text",
                "text": text.text,
            }
            for doc_id, (path, text) in decoded.items()
        ),
    )


def decoded_records(frame: pl.DataFrame) -> dict[str, DecodedText]:
    return {
        row["doc_id"]: DecodedText(row["text"], row["encoding"], row["input_format"] == "html")
        for row in frame.iter_rows(named=True)
    }


def article_frames(articles: Mapping[str, CleanArticle]) -> Frames:
    """``articles``, ``paragraphs`` and ``captions`` of cleaned articles."""
    return {
        "articles": part_frame(
            "articles",
            (
                {
                    "doc_id": doc_id,
                    "title": a.title,
                    "dateline": a.dateline,
                    "outlet": a.outlet,
                    "contributors": list(a.contributors),
                    "clean_text": a.clean_text,
                    **text_measures(a.clean_text),
                }
                for doc_id, a in articles.items()
            ),
        ),
        "paragraphs": part_frame(
            "paragraphs",
            (record_row(d, p, idx_column="paragraph_idx") for d, a in articles.items() for p in a.paragraphs),
        ),
        "captions": part_frame(
            "captions", (record_row(d, c, idx_column="caption_idx") for d, a in articles.items() for c in a.captions)
        ),
    }


def _by_document(frame: pl.DataFrame, columns: Sequence[str]) -> dict[str, list[list[Any]]]:
    """Each document's rows, in order, as the values of ``columns``: read a column at a time (a dict per row from
    ``iter_rows`` cost more than the records built from them)."""
    grouped: dict[str, list[list[Any]]] = defaultdict(list)
    for doc_id, *values in zip(*(frame.get_column(c).to_list() for c in ("doc_id", *columns)), strict=True):
        grouped[doc_id].append(values)
    return grouped


def article_records(frames: Mapping[str, pl.DataFrame]) -> dict[str, CleanArticle]:
    paragraphs = _by_document(frames["paragraphs"], ("paragraph_idx", "kind", "text", "char_start", "char_end"))
    captions = _by_document(frames["captions"], ("caption_idx", "text", "credit", "occurrences"))
    return {
        row["doc_id"]: CleanArticle(
            title=row["title"],
            dateline=row["dateline"],
            contributors=tuple(row["contributors"]),
            clean_text=row["clean_text"],
            paragraphs=tuple(Paragraph(*p) for p in paragraphs.get(row["doc_id"], [])),
            captions=tuple(Caption(*c) for c in captions.get(row["doc_id"], [])),
            outlet=row["outlet"],
        )
        for row in frames["articles"].iter_rows(named=True)
    }


def span_frame(spans: Mapping[str, Sequence[NerSpan]]) -> pl.DataFrame:
    return part_frame("spans", (record_row(d, s) for d, doc_spans in spans.items() for s in doc_spans))


def span_records(frame: pl.DataFrame, doc_ids: Iterable[str]) -> dict[str, list[NerSpan]]:
    grouped = _by_document(frame, ("source", "caption_idx", "char_start", "char_end", "text", "label"))
    return {doc_id: [NerSpan(*s) for s in grouped.get(doc_id, [])] for doc_id in doc_ids}


def entity_frames(resolved: Mapping[str, tuple[Sequence[Entity], Sequence[Mention]]]) -> Frames:
    return {
        "entities": part_frame("entities", (record_row(d, e) for d, (ents, _) in resolved.items() for e in ents)),
        "mentions": part_frame(
            "mentions",
            (
                {**mention_row(d, m), "entity_text": m.entity_text, "label": m.label}
                for d, (_, mentions) in resolved.items()
                for m in mentions
            ),
        ),
    }


def mention_records(frame: pl.DataFrame, doc_ids: Iterable[str]) -> dict[str, tuple[Mention, ...]]:
    columns = ("entity_id", "entity_text", "label", "source", "caption_idx", "char_start", "char_end", "text")
    grouped = _by_document(frame, columns)
    return {doc_id: tuple(Mention(*m) for m in grouped.get(doc_id, [])) for doc_id in doc_ids}


def table_part(part: str, records: Mapping[str, Sequence[Any]], *, idx_column: str) -> pl.DataFrame:
    """A terminal stage's records (quotes, statistics) as rows of their table."""
    return part_frame(part, (record_row(d, r, idx_column=idx_column) for d, rs in records.items() for r in rs))
