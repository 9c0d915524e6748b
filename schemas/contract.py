"""What every table contract shares: the pandera settings of a published table, and the shape of a SHA-256 id."""

from __future__ import annotations

import pandera.polars as pa

SHA256_HEX = r"^[0-9a-f]{64}$"
"""A SHA-256 digest in lower-case hex: how document ids are written."""


class TableContract(pa.DataFrameModel):
    """Shared settings: exact columns, coerced types, composite key checked as unique."""

    class Config:
        strict = True
        coerce = True
