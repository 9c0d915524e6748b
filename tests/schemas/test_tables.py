"""The table contracts accept a valid frame and refuse each kind of invalid one."""

from __future__ import annotations

from typing import Any

import polars as pl
import pytest

from newsprep.schemas.tables import TABLE_CONTRACTS, TABLES
from newsprep.tables import (
    ALL_TABLES,
    ARTICLE_TABLES,
    CHILD_COUNTS,
    ContractViolation,
    arrow_schema,
    conform,
    frame_from_rows,
    polars_schema,
    table_spec,
)

DOC = "a" * 64


def _document(**overrides: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "doc_id": DOC,
        "source_path": "a.txt",
        "title": "T",
        "dateline": None,
        "outlet": None,
        "contributors": ["X Y"],
        "encoding": "utf-8",
        "input_format": "text",
        "clean_text": "Body.",
        "word_count": 1,
        "language": "und",
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
        "speaker_entity_id": None,
        "attribution": "none",
        "speaker_kind": None,
        "speaker_key": None,
    }
    return row | overrides


def test_valid_documents_pass_and_are_sorted_by_key() -> None:
    frame = frame_from_rows("documents", [_document(doc_id="b" * 64, outlet="ap"), _document(outlet="npr+ap")])
    conformed = conform("documents", frame)
    assert conformed["doc_id"].to_list() == [DOC, "b" * 64]


@pytest.mark.parametrize(
    ("table", "row"),
    [
        ("documents", _document(doc_id="not-a-hash")),
        ("documents", _document(word_count=-1)),
        ("documents", _document(input_format="pdf")),
        ("documents", _document(title=None)),
        ("documents", _document(outlet="The Guardian")),
        ("documents", _document(language="english")),
        ("documents", _document(language="EN")),
        ("documents", _document(language=None)),
        ("quotes", _quote(kind="indirect")),
        ("quotes", _quote(part_count=0)),
        ("quotes", _quote(char_start=-3)),
        ("quotes", _quote(speaker="Ana Ruiz", attribution="cue")),  # a speaker with no kind
        ("quotes", _quote(speaker_kind="person")),  # a kind with no speaker
        ("quotes", _quote(speaker="Ana Ruiz", speaker_kind="human", attribution="cue")),
        ("quotes", _quote(speaker="Ana Ruiz", speaker_kind="person")),  # a speaker found by no attribution
        (
            "quotes",
            _quote(
                speaker="a senior official", speaker_kind="description", attribution="cue", speaker_entity_id="0" * 16
            ),
        ),
        (
            "quotes",
            _quote(speaker="the clip", speaker_kind="description", attribution="cue", speaker_key="person:the-clip"),
        ),
    ],
)
def test_invalid_rows_are_refused(table: str, row: dict[str, Any]) -> None:
    frame = pl.DataFrame(
        [row], schema_overrides={k: v for k, v in polars_schema(table).items() if k in row}, strict=False
    )
    with pytest.raises(ContractViolation, match=table):
        conform(table, frame)


@pytest.mark.parametrize(
    "row",
    [
        _quote(),
        _quote(speaker="Ana Ruiz", speaker_kind="person", attribution="cue", speaker_entity_id="0" * 16),
        _quote(speaker="Harbor Council", speaker_kind="organisation", attribution="organisation_noun"),
        _quote(speaker="a senior official", speaker_kind="description", attribution="cue"),
    ],
)
def test_speakers_of_each_kind_pass(row: dict[str, Any]) -> None:
    assert conform("quotes", frame_from_rows("quotes", [row])).height == 1


def _corpus_entity(**overrides: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "entity_key": "person:ana-ruiz",
        "label": "PERSON",
        "name": "Ana Ruiz",
        "aliases": ["Ana Ruiz", "Ruiz"],
        "document_count": 2,
        "mention_count": 3,
        "quote_count": 1,
    }
    return row | overrides


def test_corpus_entities_take_readable_keys_and_a_lone_surnames_document_scope() -> None:
    rows = [_corpus_entity(), _corpus_entity(entity_key=f"person:ruiz@{'a' * 12}", name="Ruiz", aliases=["Ruiz"])]
    assert conform("corpus_entities", frame_from_rows("corpus_entities", rows)).height == 2


@pytest.mark.parametrize(
    "row",
    [
        _corpus_entity(entity_key="Person: Ana Ruiz"),
        _corpus_entity(entity_key="person:ruiz@xyz"),
        _corpus_entity(label="HUMAN"),
        _corpus_entity(document_count=0),
        _corpus_entity(quote_count=-1),
        _corpus_entity(name=""),
    ],
)
def test_invalid_corpus_entities_are_refused(row: dict[str, Any]) -> None:
    with pytest.raises(ContractViolation, match="corpus_entities"):
        conform("corpus_entities", frame_from_rows("corpus_entities", [row]))


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


def _mention(**overrides: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "doc_id": DOC,
        "entity_id": "0" * 16,
        "text": "Ana Ruiz",
        "entity_key": "person:ana-ruiz",
        "source": "body",
        "caption_idx": None,
        "char_start": 0,
        "char_end": 8,
    }
    return row | overrides


def test_mentions_outside_captions_have_no_caption_idx_and_sort_by_key() -> None:
    rows = [
        _mention(source="title", char_start=2, char_end=10),
        _mention(source="caption", caption_idx=1),
        _mention(source="caption", caption_idx=0),
        _mention(char_start=20, char_end=28),
        _mention(),
    ]
    conformed = conform("mentions", frame_from_rows("mentions", rows))
    assert conformed.select("source", "caption_idx", "char_start").rows() == [
        ("body", None, 0),
        ("body", None, 20),
        ("caption", 0, 0),
        ("caption", 1, 0),
        ("title", None, 2),
    ]


@pytest.mark.parametrize(
    ("rows", "problem"),
    [
        ([_mention(caption_idx=-1)], "caption_idx"),  # the old "no caption" marker
        ([_mention(caption_idx=0)], "caption_idx set exactly for source 'caption'"),
        ([_mention(source="caption")], "caption_idx set exactly for source 'caption'"),
        # nulls in the key compare equal: two body mentions at one offset are a duplicate
        ([_mention(), _mention(entity_id="1" * 16)], "is not unique: 2 rows share a key"),
    ],
)
def test_mentions_caption_idx_rules_and_key_with_nulls(rows: list[dict[str, Any]], problem: str) -> None:
    with pytest.raises(ContractViolation) as raised:
        conform("mentions", frame_from_rows("mentions", rows))
    assert any(problem in line for line in raised.value.problems), raised.value.problems


def test_contract_problems_are_one_line_each_without_frames_or_query_plans() -> None:
    frame = frame_from_rows("quotes", [_quote(), _quote(kind="indirect", text="Again\nand again")])
    with pytest.raises(ContractViolation) as raised:
        conform("quotes", frame)
    problems = raised.value.problems
    assert len(problems) == 2  # the duplicate key and the kind
    for line in problems:
        assert "\n" not in line and "┌" not in line and "Resolved plan" not in line and len(line) < 300
    with pytest.raises(ContractViolation) as missing:
        conform("quotes", frame_from_rows("quotes", [_quote()]).drop("cue"))
    assert missing.value.problems == ("table is missing columns its contract names: cue",)
    assert "Resolved plan" not in str(missing.value)


SHARED_COLUMNS = {
    "doc_id": "the document: sha256 of the raw file's bytes",
    "source_path": "the raw file, relative to the raw folder",
    "text": "the row's words as written in the article",
    "kind": "the sort of row, from the table's own short list",
    "paragraph_idx": "the paragraph (paragraphs.paragraph_idx)",
    "caption_idx": "the caption (captions.caption_idx)",
    "entity_id": "the entity (entities.entity_id)",
    "char_start": "start offset of text in its source text",
    "char_end": "end offset (exclusive) of text in its source text",
    "mention_count": "rows in mentions for the row's document (and entity), or corpus key",
    "quote_count": "rows in quotes for the row's document, or corpus key",
    "entity_key": "the corpus key (corpus_entities.entity_key)",
    "label": "the OntoNotes label of the entity",
    "stage": "the pipeline stage the row is about",
    "check": "a data-quality check of that stage, by its name",
}
"""Column names that more than one table uses, with the one meaning they share (issue 14: ``statistics.source``
meant who reports a number where ``mentions.source`` meant title/body/caption; it is now ``reported_by``)."""


def test_a_column_name_shared_by_tables_has_one_meaning() -> None:
    tables_of: dict[str, list[str]] = {}
    for table, contract in TABLE_CONTRACTS.items():
        for column in contract.to_schema().columns:
            tables_of.setdefault(column, []).append(table)
    shared = {column for column, tables in tables_of.items() if len(tables) > 1}
    assert shared == set(SHARED_COLUMNS), "a new shared column name: give it one meaning here, or its own name"
    assert tables_of["source"] == ["mentions"] and tables_of["reported_by"] == ["statistics"]


def test_quality_keeps_a_measured_number_apart_from_text() -> None:
    row = {"run_id": "r", "stage": "quotes", "check": "share", "severity": "warning", "success": True}
    frame = frame_from_rows("quality", [row | {"observed_value": 0.75, "observed_text": None}])
    conformed = conform("quality", frame)
    assert conformed.schema["observed_value"] == pl.Float64 and conformed.schema["observed_text"] == pl.String
    with pytest.raises(ContractViolation, match="observed_value"):
        conform("quality", frame.with_columns(pl.lit("12 failing rows").alias("observed_value")))


def test_the_registry_declares_each_table_once_with_relations_its_contracts_hold() -> None:
    names = [spec.name for spec in TABLES]
    assert len(set(names)) == len(names) and set(names) == set(TABLE_CONTRACTS)
    for spec in TABLES:
        columns = spec.contract.to_schema().columns
        assert spec.key and set(spec.key) <= set(columns), spec.name
        if spec.parent is not None:
            parent = table_spec(spec.parent)
            assert "doc_id" in columns and "doc_id" in parent.key, spec.name  # rows join their parent on doc_id
        if spec.count_column is not None:
            assert spec.parent is not None and spec.count_column in table_spec(spec.parent).contract.to_schema().columns


def test_the_lists_of_tables_are_views_of_the_registry() -> None:
    assert tuple(spec.name for spec in TABLES) == ALL_TABLES
    assert set(ARTICLE_TABLES) < set(ALL_TABLES)
    assert set(CHILD_COUNTS) == {spec.name for spec in TABLES if spec.parent == "documents"}
    assert set(CHILD_COUNTS.values()) <= set(polars_schema("documents"))


@pytest.mark.parametrize("language", ["en", "de", "ko", "und"])
def test_documents_publish_an_iso_language_code_or_und(language: str) -> None:
    conformed = conform("documents", frame_from_rows("documents", [_document(language=language)]))
    assert conformed["language"].to_list() == [language]
