"""A table's pandera contract as one polars query that says whether a frame meets all of it.

pandera's polars backend validates a frame with tens of small queries (each column's nulls, each check, the key),
0.1-0.3 ms each plus its Python around them: at the stages, 16 sub-batches x 6 tables a run, that was most of the
checks' CPU. Nearly every sub-batch passes, so the stages first ask this one query; only a frame it cannot vouch
for goes to pandera, whose errors (which rows, which check, which message) stay the only answer a failing frame
gets. The query is built from the contract's own objects (its columns' dtypes and nullability, its key, and the
expressions its checks select), so it follows the contract when the contract changes; a contract using anything
it does not model (parsers, defaults, element-wise or column-unique checks, regex columns) gets no query.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pandera.backends.polars.builtin_checks  # noqa: F401  (registers the polars functions of the built-in checks)
import polars as pl
from pandera.api.polars.types import PolarsData


@dataclass(frozen=True)
class ContractQuery:
    """The dtypes a frame must have as it is (so that pandera's coercion is a no-op) and one boolean expression:
    every row meets every check, no column that may not be null holds one, no key repeats."""

    dtypes: dict[str, pl.DataType]
    passes: pl.Expr

    def met_by(self, frame: pl.DataFrame) -> bool:
        """True only when pandera would pass the frame; False when it might not (then ask pandera)."""
        if dict(frame.schema) != self.dtypes:
            return False
        return bool(frame.select(self.passes).item())


class _SelectRecorder:
    """Stands in for ``PolarsData.lazyframe``: keeps what a check selects instead of running it (pandera's built-in
    checks, and the contracts' own, are each one ``lazyframe.select(expression)``)."""

    def select(self, *exprs: Any) -> tuple[Any, ...]:
        return exprs


def _check_function(check: Any) -> Any:
    """The function pandera runs for a check: a built-in one looked up by name at the call, as ``Check.__call__``
    does (a schema's copy of a check keeps the dispatcher as it was when the schema was copied)."""
    name = getattr(check._check_fn, "__name__", None)
    if name is not None and check.is_builtin_check(name):
        return check.get_builtin_check_fn(name)
    return check._check_fn


def _check_expressions(check: Any, key: str) -> list[pl.Expr] | None:
    """A check's row-wise expressions, each true where a row passes; None for a check that is not one select."""
    if check.element_wise or check.groupby is not None or check._check_fn is None:
        return None
    try:
        selected = _check_function(check)(PolarsData(_SelectRecorder(), key), **check._check_kwargs)  # type: ignore[arg-type]
    except Exception:  # a check that does more than select: pandera alone judges it
        return None
    if not isinstance(selected, tuple) or not all(isinstance(e, pl.Expr) for e in selected):
        return None
    # pandera ANDs a check's columns and, with ignore_na, lets a null result pass: a row fails on a False
    null_passes = bool(check.ignore_na)
    return [e.fill_null(null_passes).all() for e in selected]


def _reads_only(expr: pl.Expr, columns: set[str]) -> bool:
    return set(expr.meta.root_names()) <= columns


def check_reads_only(check: Any, columns: set[str]) -> bool:
    """True unless ``check`` (a dataframe-wide check) is known to read a column outside ``columns``."""
    expressions = _check_expressions(check, "*")
    return expressions is None or all(_reads_only(e, columns) for e in expressions)


def _key_sets(unique: Sequence[Any] | None) -> list[list[str]]:
    """The contract's keys as pandera reads ``unique``: one key of several columns, or a list of such keys."""
    if not unique:
        return []
    return [list(unique)] if all(isinstance(c, str) for c in unique) else [list(key) for key in unique]


def _column_expressions(name: str, column: Any) -> list[pl.Expr] | None:
    """A column's nullability and checks as expressions; None for a feature the query does not model."""
    if column.unique or column.regex or column.default is not None or getattr(column, "parsers", None):
        return None
    exprs = []
    if not column.nullable:
        present = pl.col(name).is_not_null()
        if column.dtype.type.is_float():  # pandera counts NaN as null in a column that may not hold one
            present = present & pl.col(name).is_not_nan()
        exprs.append(present.all())
    for check in column.checks:
        checked = _check_expressions(check, name)
        if checked is None:
            return None
        exprs.extend(checked)
    return exprs


def contract_query(schema: Any) -> ContractQuery | None:
    """One query for a pandera (polars) ``DataFrameSchema`` with ``strict`` columns, or None when it uses a
    feature the query does not model (pandera then judges every frame)."""
    if schema.strict is not True or schema.add_missing_columns or schema.drop_invalid_rows or schema.dtype:
        return None
    if getattr(schema, "parsers", None) or schema.unique_column_names:
        return None
    names = set(schema.columns)
    exprs: list[pl.Expr] = []
    for name, column in schema.columns.items():
        column_exprs = _column_expressions(name, column)
        if column_exprs is None:
            return None
        exprs.extend(column_exprs)
    for check in schema.checks:
        checked = _check_expressions(check, "*")
        if checked is None:
            return None
        # a check that reads a column the frame does not hold errors in pandera, which names no row for it: it can
        # fail no document, so the query leaves it out (the stages' contracts drop such checks before they get here)
        if all(_reads_only(e, names) for e in checked):
            exprs.extend(checked)
    exprs.extend(~pl.struct(key).is_duplicated().any() for key in _key_sets(schema.unique))
    dtypes = {name: column.dtype.type for name, column in schema.columns.items()}
    return ContractQuery(dtypes=dtypes, passes=pl.all_horizontal(exprs))
