"""The data dictionary, generated from the pandera contracts (the one source of truth).

``dictionary_tables`` reads the contracts into plain records; the Markdown (``docs/data-dictionary.md``, written by
``newsprep dictionary``) and the HTML page written beside every run's report both render those records.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass

from newsprep.schemas.tables import TABLES


@dataclass(frozen=True, slots=True)
class ColumnEntry:
    name: str
    dtype: str
    nullable: bool
    checks: str
    meaning: str


@dataclass(frozen=True, slots=True)
class TableEntry:
    name: str
    meaning: str
    key: tuple[str, ...]
    table_checks: tuple[str, ...]
    columns: tuple[ColumnEntry, ...]


def _checks(column: object) -> str:
    described = []
    for check in getattr(column, "checks", []):
        stats = {k: v for k, v in (getattr(check, "statistics", {}) or {}).items() if v is not None}
        name = getattr(check, "name", "check")
        arguments = ", ".join(f"{k}={v!r}" for k, v in stats.items())
        described.append(f"{name}({arguments})")
    return "; ".join(described)


def dictionary_tables() -> list[TableEntry]:
    """Every table of the contracts, in publishing order, with its key, its row-level checks and its columns."""
    entries = []
    for spec in TABLES:
        table, contract = spec.name, spec.contract
        schema = contract.to_schema()
        unique = schema.unique if isinstance(schema.unique, list) else [schema.unique]
        columns = tuple(
            ColumnEntry(name, str(column.dtype), bool(column.nullable), _checks(column), column.description or "")
            for name, column in schema.columns.items()
        )
        table_checks = tuple(str(getattr(check, "name", check)) for check in schema.checks)
        meaning = inspect.cleandoc(contract.__doc__ or "")  # paragraphs kept, the class body's indent taken off
        entries.append(TableEntry(table, meaning, tuple(unique), table_checks, columns))
    return entries


def data_dictionary_markdown() -> str:
    lines = [
        "# Data dictionary",
        "",
        "Generated from `schemas/tables.py` by `newsprep dictionary`; do not edit by hand.",
        "",
    ]
    for table in dictionary_tables():
        lines += [f"## {table.name}", "", table.meaning, "", f"Key: `{', '.join(table.key)}`", ""]
        if table.table_checks:
            lines += ["Row checks: " + "; ".join(table.table_checks), ""]
        lines += ["| column | type | nullable | checks | meaning |", "|---|---|---|---|---|"]
        for column in table.columns:
            checks = column.checks.replace("|", "\\|")
            lines.append(
                f"| `{column.name}` | {column.dtype} | {'yes' if column.nullable else 'no'} | {checks} "
                f"| {column.meaning} |"
            )
        lines.append("")
    return "\n".join(lines)
