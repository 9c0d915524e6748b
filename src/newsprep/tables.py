"""Frames that follow the contracts in ``schemas.tables``: built, validated and sorted the same way everywhere."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import polars as pl
import pyarrow as pa

from schemas.tables import TABLE_CONTRACTS

PUBLISHED_TABLES: tuple[str, ...] = (
    "documents",
    "paragraphs",
    "captions",
    "quotes",
    "entities",
    "mentions",
    "statistics",
    "rejects",
)
"""Tables built from the articles; ``quality`` is built from the checks and written beside them."""


class ContractViolation(ValueError):
    """A frame broke its table contract; the message names the table and the failing checks."""


def polars_schema(table: str) -> pl.Schema:
    """Column names and polars types, in contract order."""
    columns = TABLE_CONTRACTS[table].to_schema().columns
    return pl.Schema({name: column.dtype.type for name, column in columns.items()})


def arrow_schema(table: str) -> pa.Schema:
    """The Parquet schema of a table, with each column's description as field metadata."""
    columns = TABLE_CONTRACTS[table].to_schema().columns
    empty = pl.DataFrame(schema=polars_schema(table)).to_arrow()
    fields = []
    for field in empty.schema:
        column = columns[field.name]
        fields.append(
            field.with_nullable(bool(column.nullable)).with_metadata({"description": column.description or ""})
        )
    return pa.schema(fields)


def sort_key(table: str) -> list[str]:
    unique = TABLE_CONTRACTS[table].to_schema().unique
    return [unique] if isinstance(unique, str) else list(unique or [])


def frame_from_rows(table: str, rows: Iterable[Mapping[str, Any]]) -> pl.DataFrame:
    """A frame with exactly the contract's columns and types (an empty frame when there are no rows)."""
    schema = polars_schema(table)
    return pl.DataFrame(list(rows), schema=schema, orient="row")


def conform(table: str, frame: pl.DataFrame) -> pl.DataFrame:
    """Validate ``frame`` against its contract (types, nulls, keys, ranges) and sort it by key.

    Raises ``ContractViolation`` listing every failing check.
    """
    import pandera.errors

    contract = TABLE_CONTRACTS[table]
    try:
        validated = contract.validate(frame, lazy=True)
    except (pandera.errors.SchemaErrors, pandera.errors.SchemaError) as error:
        raise ContractViolation(f"table '{table}' breaks its contract: {error}") from error
    except pl.exceptions.ColumnNotFoundError as error:
        raise ContractViolation(f"table '{table}' is missing a column: {error}") from error
    assert isinstance(validated, pl.DataFrame)
    ordered = validated.select(list(polars_schema(table)))
    return ordered.sort(sort_key(table), nulls_last=True, maintain_order=True)
