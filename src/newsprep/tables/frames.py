"""Frames that follow the table contracts (``newsprep.schemas.tables``), built, checked and sorted alike everywhere."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import polars as pl
import pyarrow as pa

from newsprep.schemas.tables import TABLE_CONTRACTS, TABLES, TableSpec

ALL_TABLES: tuple[str, ...] = tuple(spec.name for spec in TABLES)
"""Every published table, in publishing order."""
ARTICLE_TABLES: tuple[str, ...] = tuple(spec.name for spec in TABLES if spec.grain in ("document", "input"))
"""The tables built from the articles (what a batch returns); ``quality`` is built from the checks beside them."""
CHILD_COUNTS: dict[str, str] = {
    spec.name: spec.count_column for spec in TABLES if spec.parent == "documents" and spec.count_column is not None
}
"""Each table whose rows belong to a document, and the ``documents`` column counting them."""


class ContractViolation(ValueError):
    """A frame broke its table contract; ``problems`` holds one line per failing check (column, check, examples)."""

    def __init__(self, table: str, problems: Sequence[str]) -> None:
        self.table = table
        self.problems = tuple(problems)
        super().__init__(f"table '{table}' breaks its contract: " + "; ".join(self.problems))


MAX_EXAMPLES = 3
MAX_EXAMPLE_CHARS = 60
MAX_CHECK_CHARS = 80


def _one_line(value: object, limit: int) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _by_row(cases: pl.DataFrame) -> bool:
    return bool(cases["schema_context"][0] == "DataFrameSchema" and cases["index"].is_not_null().all())


def _examples(cases: pl.DataFrame) -> str:
    """A few failing values, or the failing rows' positions for a check on whole rows."""
    if _by_row(cases):
        rows = [str(i) for i in cases["index"].head(MAX_EXAMPLES).to_list()]
        return ("row " if len(rows) == 1 else "rows ") + ", ".join(rows)
    return ", ".join(_one_line(v, MAX_EXAMPLE_CHARS) for v in cases["failure_case"].head(MAX_EXAMPLES).to_list())


def contract_problems(failure_cases: pl.DataFrame, *, key: Sequence[str]) -> list[str]:
    """One line per failing (column, check) of a pandera ``SchemaErrors``: how many values fail, a few examples.

    pandera's own message embeds printed frames and polars query plans; a person needs the column, the check
    and what was there.
    """
    problems = []
    for (column, check), cases in failure_cases.group_by(["column", "check"], maintain_order=True):
        check, n, examples = str(check), cases.height, _examples(cases)
        if check == "column_in_schema":
            problems.append(f"table has columns its contract does not name: {examples}")
        elif check == "multiple_fields_uniqueness":
            problems.append(f"table's key ({', '.join(key)}) is not unique: {n} rows share a key, e.g. {examples}")
        elif check.startswith("coerce_dtype"):
            problems.append(f"table has values that cannot take the contract's types, e.g. {examples}")
        else:
            where = "table" if cases["schema_context"][0] == "DataFrameSchema" else f"column '{column}'"
            count = f"{n} failing {'row' if _by_row(cases) else 'value'}{'s' if n != 1 else ''}"
            problems.append(f"{where} fails {_one_line(check, MAX_CHECK_CHARS)}: {count}, e.g. {examples}")
    return problems


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


_SPECS = {spec.name: spec for spec in TABLES}


def table_spec(table: str) -> TableSpec:
    """The declaration of one table (``KeyError`` for a name ``newsprep.schemas.tables.TABLES`` does not declare)."""
    return _SPECS[table]


def sort_key(table: str) -> list[str]:
    return list(table_spec(table).key)


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
    missing = [name for name in polars_schema(table) if name not in frame.columns]
    if missing:
        # pandera 0.35 lets a frame without a nullable column through (polars then fails on it later)
        raise ContractViolation(table, [f"table is missing columns its contract names: {', '.join(missing)}"])
    try:
        # pandera itself judges every published table: the stages' one-query shortcut (``contract_query``) stops here
        validated = contract.validate(frame, lazy=True)
    except pandera.errors.SchemaErrors as error:
        raise ContractViolation(table, contract_problems(error.failure_cases, key=sort_key(table))) from error
    except pandera.errors.SchemaError as error:
        raise ContractViolation(table, [_one_line(error, 500)]) from error
    except pl.exceptions.ColumnNotFoundError as error:
        # polars appends the query plan to the message: the first line names the column
        raise ContractViolation(table, [f"missing a column: {_one_line(str(error).splitlines()[0], 500)}"]) from error
    assert isinstance(validated, pl.DataFrame)
    ordered = validated.select(list(polars_schema(table)))
    return ordered.sort(sort_key(table), nulls_last=True, maintain_order=True)
