"""The table contracts accept a valid frame and refuse each kind of invalid one."""

from __future__ import annotations

from typing import Any

import polars as pl
import pytest

from newsprep.tables import ContractViolation, arrow_schema, conform, frame_from_rows, polars_schema
from schemas.tables import TABLE_CONTRACTS

DOC = "a" * 64


def _document(**overrides: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "doc_id": DOC,
        "source_path": "a.txt",
        "title": "T",
        "dateline": None,
        "contributors": ["X Y"],
        "encoding": "utf-8",
        "input_format": "text",
        "clean_text": "Body.",
        "word_count": 1,
        "paragraph_count": 1,
        "caption_count": 0,
        "quote_count": 0,
        "entity_count": 0,
        "mention_count": 0,
        "statistic_count": 0,
    }
    return row | overrides


def _quote(**overrides: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "doc_id": DOC,
        "quote_idx": 0,
        "text": "Hello",
        "kind": "direct",
        "speaker": None,
        "speaker_mention": None,
        "speaker_description": None,
        "cue": None,
        "paragraph_idx": 0,
        "char_start": 1,
        "char_end": 6,
        "part_count": 1,
    }
    return row | overrides


def test_valid_documents_pass_and_are_sorted_by_key() -> None:
    frame = frame_from_rows("documents", [_document(doc_id="b" * 64), _document()])
    conformed = conform("documents", frame)
    assert conformed["doc_id"].to_list() == [DOC, "b" * 64]


@pytest.mark.parametrize(
    ("table", "row"),
    [
        ("documents", _document(doc_id="not-a-hash")),
        ("documents", _document(word_count=-1)),
        ("documents", _document(input_format="pdf")),
        ("documents", _document(title=None)),
        ("quotes", _quote(kind="indirect")),
        ("quotes", _quote(part_count=0)),
        ("quotes", _quote(char_start=-3)),
    ],
)
def test_invalid_rows_are_refused(table: str, row: dict[str, Any]) -> None:
    frame = pl.DataFrame(
        [row], schema_overrides={k: v for k, v in polars_schema(table).items() if k in row}, strict=False
    )
    with pytest.raises(ContractViolation, match=table):
        conform(table, frame)


def test_duplicate_keys_are_refused() -> None:
    with pytest.raises(ContractViolation, match="quotes"):
        conform("quotes", frame_from_rows("quotes", [_quote(), _quote(text="Again")]))


def test_extra_columns_are_refused() -> None:
    frame = frame_from_rows("quotes", [_quote()]).with_columns(pl.lit(1).alias("surprise"))
    with pytest.raises(ContractViolation, match="surprise"):
        conform("quotes", frame)


@pytest.mark.parametrize("table", sorted(TABLE_CONTRACTS))
def test_every_column_is_described_and_typed_in_parquet(table: str) -> None:
    schema = arrow_schema(table)
    assert schema.names == list(polars_schema(table))
    for field in schema:
        assert field.metadata and field.metadata[b"description"], f"{table}.{field.name} has no description"


@pytest.mark.parametrize("table", sorted(TABLE_CONTRACTS))
def test_an_empty_table_conforms(table: str) -> None:
    assert conform(table, frame_from_rows(table, [])).height == 0
