"""Each stage's checks, on that stage's output for one batch, before the next stage reads it.

A stage's checks are its tables' pandera contracts and its Great Expectations suite
(``newsprep.schemas.expectations``, the suite the whole run is validated with at the end), judged here document
by document: a check on rows (a value in a set, between bounds, of a length) fails the documents whose rows fail
it. A document that fails a critical check is rejected at that stage, naming the check, and goes no further; a
failed warning is counted, not acted on. Checks over the whole run (counts, a mean, references between tables,
every file accounted for) are not a document's and stay with ``publish``, which still runs every suite through
Great Expectations and gates the publish.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any

import polars as pl

from newsprep.model import Reject
from newsprep.quality.frames import stage_check_frames
from newsprep.run.stages.records import part_frame
from newsprep.schemas.expectations import CheckSpec, stage_suites
from newsprep.schemas.tables import TABLE_CONTRACTS
from newsprep.tables import polars_schema, reject_row
from newsprep.tables.contract_query import ContractQuery, check_reads_only, contract_query

if TYPE_CHECKING:
    from newsprep.config import PipelineSettings

STAGE_TABLES: dict[str, tuple[str, ...]] = {
    "clean": ("paragraphs", "captions"),
    "entities": ("entities", "mentions"),
    "quotes": ("quotes",),
    "statistics": ("statistics",),
}
"""The published tables whose rows each stage makes: validated against their contracts at that stage."""
FAILED_CHECK = "failed_check"
"""The ``rejects.reason`` of a document that failed a critical check of a stage (``rejects.check`` names it)."""


def _passes(spec: CheckSpec) -> pl.Expr | None:
    """Whether each row passes the check, or None for a check that is not judged row by row."""
    kwargs = spec.kwargs
    if "column" not in kwargs:
        return None
    column = pl.col(kwargs["column"])
    if spec.expectation == "ExpectColumnValueLengthsToBeBetween":
        column = column.str.len_chars()
    elif spec.expectation == "ExpectColumnValuesToBeInSet":
        return column.is_in(kwargs["value_set"]).fill_null(True)  # GX leaves nulls out, as here
    elif spec.expectation != "ExpectColumnValuesToBeBetween":
        return None
    passes = pl.lit(True)
    if kwargs.get("min_value") is not None:
        passes = passes & (column >= kwargs["min_value"])
    if kwargs.get("max_value") is not None:
        passes = passes & (column <= kwargs["max_value"])
    return passes.fill_null(True)


def document_checks(stage: str, settings: PipelineSettings) -> list[CheckSpec]:
    """The checks of a stage's suite that are judged document by document."""
    if stage not in STAGE_TABLES:  # ingest's and publish's checks are the whole run's
        return []
    specs = stage_suites(min_speaker_share=settings.min_speaker_share)[stage]
    return [spec for spec in specs if _passes(spec) is not None]


PUBLISH_COLUMNS: dict[str, tuple[str, ...]] = {
    "entities": ("entity_key",),
    "mentions": ("entity_key",),
    "quotes": ("speaker_key",),
}
"""Columns filled at publish, over the whole corpus (``newsprep.corpus.KEY_COLUMNS``): not a stage's to check."""


@cache
def _stage_contract(table: str) -> Any:
    """A table's contract as its stage can meet it: without the columns the publish fills, nor the table-wide checks
    that read them (``quotes``' 'a described speaker has no entity nor corpus key' reads speaker_key: pandera would
    stop at the missing column on every batch, a failure of no row; the publish's contract keeps it whole)."""
    contract = TABLE_CONTRACTS[table].to_schema().remove_columns(list(PUBLISH_COLUMNS.get(table, ())))
    kept = [check for check in contract.checks if check_reads_only(check, set(contract.columns))]
    if len(kept) < len(contract.checks):
        contract = copy.copy(contract)
        contract.checks = kept
    return contract


@cache
def _stage_contract_query(table: str) -> ContractQuery | None:
    """The stage's contract as one query (built once per process, like the contract)."""
    return contract_query(_stage_contract(table))


def _contract_failures(table: str, frame: pl.DataFrame) -> set[str]:
    """The documents with a row that breaks its table's contract (a row-level failure: a value, a key)."""
    import pandera.errors

    columns = [c for c in polars_schema(table) if c not in PUBLISH_COLUMNS.get(table, ())]
    checked = frame.select(columns)
    query = _stage_contract_query(table)
    if query is not None and query.met_by(checked):  # pandera would pass it: its tens of queries say nothing more
        return set()
    try:
        _stage_contract(table).validate(checked, lazy=True)
    except pandera.errors.SchemaErrors as error:
        rows = error.failure_cases["index"].drop_nulls().unique().to_list()
        return set(frame["doc_id"].gather(rows).to_list()) if rows else set()
    return set()


def check_stage_output(
    stage: str, tables: Mapping[str, pl.DataFrame], *, paths: Mapping[str, str], settings: PipelineSettings
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Run one stage's checks on its output: (the rejects of the documents that failed a critical check, the
    ``checks`` frame: each check and how many documents failed it).

    ``tables`` holds the stage's table-shaped output and the clean stage's ``documents`` (doc_id, title,
    clean_text) and ``captions``, which the checks join to.
    """
    failed: dict[str, str] = {}
    counts: list[dict[str, object]] = []
    for table in STAGE_TABLES.get(stage, ()):
        name = f"{table} matches its pandera contract"
        failing = _contract_failures(table, tables[table]) if tables[table].height else set()
        counts.append({"stage": stage, "check": name, "severity": "critical", "failing_documents": len(failing)})
        for doc_id in sorted(failing):
            failed.setdefault(doc_id, name)
    specs = document_checks(stage, settings)
    frames = stage_check_frames(stage, tables) if specs else {}
    for spec in specs:
        passes = _passes(spec)
        assert passes is not None
        frame = frames[spec.frame]
        failing = set(frame.filter(~passes)["doc_id"].to_list()) if frame.height else set()
        counts.append(
            {"stage": stage, "check": spec.name, "severity": spec.severity, "failing_documents": len(failing)}
        )
        if spec.severity == "critical":
            for doc_id in sorted(failing):
                failed.setdefault(doc_id, spec.name)
    rejects = [
        reject_row(
            Reject(
                source_path=paths[doc_id],
                doc_id=doc_id,
                stage=stage,
                reason=FAILED_CHECK,
                detail=f"{paths[doc_id]}: the {stage} stage's output for this document fails the critical check "
                f"'{check}'; the document goes no further",
                check=check,
            )
        )
        for doc_id, check in sorted(failed.items(), key=lambda item: paths[item[0]])
    ]
    return part_frame("rejects", rejects), part_frame("checks", counts)
