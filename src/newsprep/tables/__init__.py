"""Tables: the published tables as polars frames that follow their contracts (``newsprep.schemas.tables``).

Every table is declared once, in ``newsprep.schemas.tables.TABLES`` (its contract, grain, parent and count column);
the lists of tables here (``ALL_TABLES``, ``ARTICLE_TABLES``, ``CHILD_COUNTS``) are derived from it.

- ``frames``: frames built, validated (``conform``) and sorted by key the same way everywhere, and their Parquet
  schema.
- ``rows``: one article's records (``newsprep.model``) as rows of each table.
"""

from newsprep.tables.frames import (
    ALL_TABLES,
    ARTICLE_TABLES,
    CHILD_COUNTS,
    ContractViolation,
    arrow_schema,
    conform,
    frame_from_rows,
    polars_schema,
    sort_key,
    table_spec,
)
from newsprep.tables.rows import Row, mention_row, record_row, reject_row, text_measures

__all__ = [
    "ALL_TABLES",
    "ARTICLE_TABLES",
    "CHILD_COUNTS",
    "ContractViolation",
    "Row",
    "arrow_schema",
    "conform",
    "frame_from_rows",
    "mention_row",
    "polars_schema",
    "record_row",
    "reject_row",
    "sort_key",
    "table_spec",
    "text_measures",
]
