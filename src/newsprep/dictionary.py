"""The data dictionary, generated from the pandera contracts (the one source of truth)."""

from __future__ import annotations

from schemas.tables import TABLE_CONTRACTS


def _checks(column: object) -> str:
    described = []
    for check in getattr(column, "checks", []):
        stats = {k: v for k, v in (getattr(check, "statistics", {}) or {}).items() if v is not None}
        name = getattr(check, "name", "check")
        arguments = ", ".join(f"{k}={v!r}" for k, v in stats.items())
        described.append(f"{name}({arguments})")
    return "; ".join(described).replace("|", "\\|")


def data_dictionary_markdown() -> str:
    lines = [
        "# Data dictionary",
        "",
        "Generated from `schemas/tables.py` by `newsprep dictionary`; do not edit by hand.",
        "",
    ]
    for table, contract in TABLE_CONTRACTS.items():
        schema = contract.to_schema()
        unique = schema.unique if isinstance(schema.unique, list) else [schema.unique]
        lines += [f"## {table}", "", (contract.__doc__ or "").strip(), "", f"Key: `{', '.join(unique)}`", ""]
        lines += ["| column | type | nullable | checks | meaning |", "|---|---|---|---|---|"]
        for name, column in schema.columns.items():
            lines.append(
                f"| `{name}` | {column.dtype} | {'yes' if column.nullable else 'no'} | {_checks(column)} "
                f"| {column.description or ''} |"
            )
        lines.append("")
    return "\n".join(lines)
