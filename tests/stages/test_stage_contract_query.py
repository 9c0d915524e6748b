"""The stages' contract checks: one polars query first, pandera only for a frame the query cannot vouch for.

Each case breaks one row of one document (an invented one: doc ids of one repeated hex digit) and states which
documents the stage's contract check fails and whether the query vouches for the frame. The failing documents are
checked against pandera alone, the old path, on the same frame (the guards pass on the base code and this one);
what is new is that a frame the query vouches for never reaches pandera.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandera.errors
import polars as pl
import pytest
from pandera.api.polars.container import DataFrameSchema

from newsprep.run.stages import checks
from newsprep.run.stages.checks import PUBLISH_COLUMNS, STAGE_TABLES
from newsprep.tables import polars_schema

DOC_A, DOC_B = "a" * 64, "b" * 64
ENTITY = "0123456789abcdef"
VALID_ROWS: dict[str, dict[str, Any]] = {
    "paragraphs": {"paragraph_idx": 0, "kind": "body", "text": "Rain fell.", "char_start": 0, "char_end": 10},
    "captions": {"caption_idx": 0, "text": "A wet street.", "credit": None, "occurrences": 1},
    "entities": {"entity_id": ENTITY, "text": "Ada Brill", "label": "PERSON", "mention_count": 1},
    "mentions": {
        "entity_id": ENTITY,
        "text": "Ada Brill",
        "source": "body",
        "caption_idx": None,
        "char_start": 0,
        "char_end": 9,
    },
    "quotes": {
        "quote_idx": 0,
        "text": "It rained.",
        "kind": "direct",
        "speaker": "Ada Brill",
        "speaker_kind": "person",
        "speaker_mention": "Brill",
        "speaker_description": None,
        "cue": "said",
        "paragraph_idx": 0,
        "char_start": 1,
        "char_end": 11,
        "part_count": 1,
        "speaker_entity_id": ENTITY,
        "attribution": "cue",
    },
    "statistics": {
        "stat_idx": 0,
        "text": "12 millimetres",
        "value": 12.0,
        "unit": "millimetre",
        "measures": "rainfall",
        "qualifier": None,
        "range_id": None,
        "reported_by": None,
        "paragraph_idx": 0,
        "char_start": 4,
        "char_end": 18,
    },
}
"""One valid row per stage table, without its doc_id."""

Breaking = Callable[[pl.DataFrame], pl.DataFrame]


def stage_frame(table: str) -> pl.DataFrame:
    """Two documents, each with the table's valid row, typed as the stage builds it."""
    schema = {c: d for c, d in polars_schema(table).items() if c not in PUBLISH_COLUMNS.get(table, ())}
    rows = [{"doc_id": doc, **VALID_ROWS[table]} for doc in (DOC_A, DOC_B)]
    return pl.DataFrame(rows, schema=schema)


def on_b(column: str, value: Any) -> Breaking:
    """Document B's row with ``column`` set to ``value``."""
    return lambda frame: frame.with_columns(
        pl.when(pl.col("doc_id") == DOC_B).then(pl.lit(value)).otherwise(pl.col(column)).alias(column)
    )


def _b_repeats_a(frame: pl.DataFrame) -> pl.DataFrame:
    return frame.with_columns(pl.lit(DOC_A).alias("doc_id"))


def _int32(column: str) -> Breaking:
    return lambda frame: frame.with_columns(pl.col(column).cast(pl.Int32))


def _b_nan_value(frame: pl.DataFrame) -> pl.DataFrame:
    return frame.with_columns(pl.when(pl.col("doc_id") == DOC_B).then(float("nan")).otherwise("value").alias("value"))


def _unchanged(frame: pl.DataFrame) -> pl.DataFrame:
    return frame


CONTRACT_CASES = [
    # (table, how document B's row is broken, the documents the contract check fails, whether the query vouches)
    pytest.param("paragraphs", _unchanged, set(), True, id="paragraphs-valid"),
    pytest.param("paragraphs", on_b("kind", "footnote"), {DOC_B}, False, id="paragraphs-kind-not-in-set"),
    pytest.param("paragraphs", on_b("text", ""), {DOC_B}, False, id="paragraphs-empty-text"),
    pytest.param("paragraphs", on_b("char_end", 0), {DOC_B}, False, id="paragraphs-below-minimum"),
    pytest.param("paragraphs", on_b("text", None), {DOC_B}, False, id="paragraphs-null-not-nullable"),
    pytest.param("paragraphs", on_b("doc_id", "B" * 64), {"B" * 64}, False, id="paragraphs-doc-id-pattern"),
    pytest.param("paragraphs", _b_repeats_a, {DOC_A}, False, id="paragraphs-key-repeated"),
    pytest.param("paragraphs", _int32("char_start"), set(), False, id="paragraphs-coercible-dtype"),
    pytest.param("captions", _unchanged, set(), True, id="captions-valid"),
    pytest.param("captions", on_b("occurrences", 0), {DOC_B}, False, id="captions-no-occurrence"),
    pytest.param("captions", on_b("credit", "Photo: Ed Holm"), set(), True, id="captions-nullable-set"),
    pytest.param("entities", _unchanged, set(), True, id="entities-valid"),
    pytest.param("entities", on_b("label", "ANIMAL"), {DOC_B}, False, id="entities-label-not-in-set"),
    pytest.param("entities", on_b("entity_id", "XYZ"), {DOC_B}, False, id="entities-id-pattern"),
    pytest.param("mentions", _unchanged, set(), True, id="mentions-valid"),
    pytest.param("mentions", on_b("caption_idx", 0), {DOC_B}, False, id="mentions-caption-idx-on-body"),
    pytest.param("mentions", on_b("caption_idx", -1), {DOC_B}, False, id="mentions-nullable-below-minimum"),
    pytest.param("quotes", _unchanged, set(), True, id="quotes-valid"),
    pytest.param("quotes", on_b("speaker_kind", None), {DOC_B}, False, id="quotes-speaker-without-kind"),
    pytest.param("quotes", on_b("speaker_kind", "animal"), {DOC_B}, False, id="quotes-kind-not-in-set"),
    pytest.param("quotes", on_b("speaker_entity_id", "nope"), {DOC_B}, False, id="quotes-entity-id-pattern"),
    pytest.param("quotes", on_b("part_count", 0), {DOC_B}, False, id="quotes-no-part"),
    # The contract's 'a described speaker has no entity nor corpus key' reads speaker_key, a column the publish
    # fills: at the stage pandera errors on it and names no row, so it fails no document (the query leaves it out)
    pytest.param("quotes", on_b("speaker_kind", "description"), set(), True, id="quotes-described-with-entity"),
    pytest.param("statistics", _unchanged, set(), True, id="statistics-valid"),
    pytest.param("statistics", on_b("unit", "Millimetre"), {DOC_B}, False, id="statistics-unit-pattern"),
    pytest.param("statistics", on_b("range_id", 0), {DOC_B}, False, id="statistics-range-id-below-one"),
    pytest.param("statistics", _b_nan_value, {DOC_B}, False, id="statistics-nan-value"),
    pytest.param("statistics", on_b("value", None), {DOC_B}, False, id="statistics-null-value"),
]


def pandera_failures(table: str, frame: pl.DataFrame) -> set[str]:
    """The documents pandera alone fails (the stages' path before the query)."""
    try:
        checks._stage_contract(table).validate(frame, lazy=True)
    except pandera.errors.SchemaErrors as error:
        rows = error.failure_cases["index"].drop_nulls().unique().to_list()
        return set(frame["doc_id"].gather(rows).to_list()) if rows else set()
    return set()


@pytest.fixture
def pandera_validations(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """One entry per pandera validation while the test runs."""
    validated: list[int] = []
    validate = DataFrameSchema.validate

    def counted(self: DataFrameSchema, *args: Any, **kwargs: Any) -> Any:
        validated.append(1)
        return validate(self, *args, **kwargs)

    monkeypatch.setattr(DataFrameSchema, "validate", counted)
    return validated


@pytest.mark.parametrize(("table", "breaking", "failing", "vouched"), CONTRACT_CASES)
def test_a_stage_contract_fails_the_documents_pandera_fails(
    table: str, breaking: Breaking, failing: set[str], vouched: bool
) -> None:
    frame = breaking(stage_frame(table))
    assert pandera_failures(table, frame) == failing
    assert checks._contract_failures(table, frame) == failing


@pytest.mark.parametrize(("table", "breaking", "failing", "vouched"), CONTRACT_CASES)
def test_only_a_frame_the_query_cannot_vouch_for_reaches_pandera(
    table: str, breaking: Breaking, failing: set[str], vouched: bool, pandera_validations: list[int]
) -> None:
    assert checks._contract_failures(table, breaking(stage_frame(table))) == failing
    assert len(pandera_validations) == (0 if vouched else 1)


@pytest.mark.parametrize("table", [t for tables in STAGE_TABLES.values() for t in tables])
def test_every_stage_table_has_its_contract_as_one_query(table: str) -> None:
    # a pandera upgrade that changes how its checks are built shows here, not as a slower run
    assert checks._stage_contract_query(table) is not None


def test_a_stage_check_names_the_contract_on_a_broken_row() -> None:
    from newsprep.config import PipelineSettings

    frame = on_b("kind", "footnote")(stage_frame("paragraphs"))
    tables = {"paragraphs": frame, "captions": stage_frame("captions").clear()}
    tables["documents"] = pl.DataFrame({"doc_id": [DOC_A, DOC_B], "title": ["T", "T"], "clean_text": ["x", "x"]})
    paths = {DOC_A: "a.txt", DOC_B: "b.txt"}
    rejects, counts = checks.check_stage_output("clean", tables, paths=paths, settings=PipelineSettings())
    # document A may fail the suite's checks on these invented tables; only B breaks the contract
    assert dict(rejects.select("doc_id", "check").rows())[DOC_B] == "paragraphs matches its pandera contract"
    assert "paragraphs matches its pandera contract" not in rejects.filter(pl.col("doc_id") == DOC_A)["check"]
    contract_rows = counts.filter(pl.col("check").str.ends_with("pandera contract"))
    assert contract_rows.select("check", "failing_documents").rows() == [
        ("paragraphs matches its pandera contract", 1),
        ("captions matches its pandera contract", 0),
    ]


PUBLISH_VALUES = {"entities": {"entity_key": "person:ada-brill"}, "mentions": {"entity_key": "person:ada-brill"}}
PUBLISH_VALUES["quotes"] = {"speaker_key": "person:ada-brill"}


def published_frame(table: str) -> pl.DataFrame:
    """The stage frame with the columns the publish fills, as ``conform`` gets it at the run's end."""
    frame = stage_frame(table).with_columns(
        pl.lit(value).alias(column) for column, value in PUBLISH_VALUES.get(table, {}).items()
    )
    return frame.select(list(polars_schema(table)))


CONFORM_CASES = [
    # (table, how document B's row is broken, whether the query vouches for the published frame)
    pytest.param("entities", _unchanged, True, id="entities-valid"),
    pytest.param("mentions", _unchanged, True, id="mentions-valid"),
    pytest.param("quotes", _unchanged, True, id="quotes-valid"),
    pytest.param("statistics", _unchanged, True, id="statistics-valid"),
    pytest.param("quotes", on_b("speaker_key", "Person: Ada"), False, id="quotes-key-pattern"),
    # with speaker_key present the described-speaker check runs, and fails here
    pytest.param("quotes", on_b("speaker_kind", "description"), False, id="quotes-described-with-entity"),
    pytest.param("statistics", _b_nan_value, False, id="statistics-nan-value"),
    pytest.param("paragraphs", _b_repeats_a, False, id="paragraphs-key-repeated"),
    pytest.param("paragraphs", _int32("char_end"), False, id="paragraphs-coercible-dtype"),
    pytest.param("captions", lambda f: f.with_columns(pl.lit(1).alias("extra")), False, id="captions-extra-column"),
]


def conformed(table: str, frame: pl.DataFrame) -> pl.DataFrame | tuple[str, ...]:
    """What ``conform`` returns, or the problems it raises."""
    from newsprep.tables import ContractViolation, conform

    try:
        return conform(table, frame)
    except ContractViolation as violation:
        return violation.problems


@pytest.mark.parametrize(("table", "breaking", "vouched"), CONFORM_CASES)
def test_a_whole_contract_query_vouches_only_for_what_pandera_passes_unchanged(
    table: str, breaking: Breaking, vouched: bool
) -> None:
    """The query built from a published table's whole contract (the publish columns' checks among them) agrees
    with pandera: it vouches for a frame only when pandera returns that frame as it is."""
    from newsprep.schemas.tables import TABLE_CONTRACTS
    from newsprep.tables.contract_query import contract_query

    contract = TABLE_CONTRACTS[table].to_schema()
    query = contract_query(contract)
    frame = breaking(published_frame(table))
    assert query is not None
    assert query.met_by(frame) is vouched
    if vouched:
        validated = contract.validate(frame, lazy=True)
        assert validated.equals(frame) and validated.schema == frame.schema


@pytest.mark.parametrize(("table", "breaking", "vouched"), CONFORM_CASES)
def test_conform_always_asks_pandera(
    table: str, breaking: Breaking, vouched: bool, pandera_validations: list[int]
) -> None:
    """The published tables are judged by pandera itself, every time: the stages' shortcut stops before publish."""
    answer = conformed(table, breaking(published_frame(table)))
    assert len(pandera_validations) == 1
    if vouched:  # a frame the query cannot vouch for may still pass, coerced ('paragraphs-coercible-dtype')
        assert isinstance(answer, pl.DataFrame)


@pytest.mark.parametrize("table", sorted(PUBLISH_COLUMNS))
def test_pandera_judges_a_valid_stage_frame_without_an_error(table: str) -> None:
    # a table-wide check reading a column the publish fills (quotes' 'a described speaker has no entity nor corpus
    # key' reads speaker_key) is left to the publish's contract: at a stage pandera would stop at the missing column
    checks._stage_contract(table).validate(stage_frame(table), lazy=True)


def test_the_publish_contract_keeps_the_checks_the_stage_leaves() -> None:
    from newsprep.schemas.tables import TABLE_CONTRACTS

    names = [check.name for check in TABLE_CONTRACTS["quotes"].to_schema().checks]
    assert "a described speaker has no entity nor corpus key" in names
    assert [check.name for check in checks._stage_contract("quotes").checks] == [
        "speaker_kind and attribution set exactly when speaker is"
    ]
