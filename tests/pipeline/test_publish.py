"""Publishing switches all tables at once, writes the same bytes for the same frames, and locks the folder."""

from __future__ import annotations

import hashlib
import multiprocessing
from pathlib import Path

import polars as pl
import pytest

from newsprep.run.publish import OutputLocked, current_version_dir, output_lock, publish_version
from newsprep.tables import frame_from_rows


def _rejects(*paths: str) -> pl.DataFrame:
    return frame_from_rows(
        "rejects",
        [
            {"source_path": p, "doc_id": None, "stage": "ingest", "reason": "empty", "detail": f"{p}: empty"}
            for p in paths
        ],
    )


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_publish_switches_every_table_through_one_pointer(tmp_path: Path) -> None:
    publish_version(tmp_path, "v1", {"rejects": _rejects("a.txt")})
    first = current_version_dir(tmp_path)
    publish_version(tmp_path, "v2", {"rejects": _rejects("a.txt", "b.txt")})
    assert current_version_dir(tmp_path) != first
    assert (tmp_path / "rejects.parquet").is_symlink()
    assert pl.read_parquet(tmp_path / "rejects.parquet")["source_path"].to_list() == ["a.txt", "b.txt"]
    version = current_version_dir(tmp_path)
    assert version is not None and pl.read_parquet(version / "rejects.parquet").height == 2


def test_same_frames_give_the_same_bytes(tmp_path: Path) -> None:
    publish_version(tmp_path / "one", "v", {"rejects": _rejects("a.txt", "b.txt")})
    publish_version(tmp_path / "two", "v", {"rejects": _rejects("a.txt", "b.txt")})
    assert _digest(tmp_path / "one" / "rejects.parquet") == _digest(tmp_path / "two" / "rejects.parquet")


def test_old_versions_are_pruned_but_current_stays(tmp_path: Path) -> None:
    for n in range(6):
        publish_version(tmp_path, f"v{n}", {"rejects": _rejects(f"{n}.txt")})
    kept = sorted(p.name for p in (tmp_path / "_versions").iterdir())
    assert len(kept) == 3 and "v5" in kept


def _try_lock(out_dir: str, queue: multiprocessing.Queue[str]) -> None:
    try:
        with output_lock(Path(out_dir)):
            queue.put("acquired")
    except OutputLocked as locked:
        queue.put(str(locked))


def test_a_second_run_on_the_same_folder_is_refused_clearly(tmp_path: Path) -> None:
    spawn = multiprocessing.get_context("spawn")
    queue: multiprocessing.Queue[str] = spawn.Queue()
    with output_lock(tmp_path):
        process = spawn.Process(target=_try_lock, args=(str(tmp_path), queue))
        process.start()
        process.join(30)
        message = queue.get(timeout=5)
    assert "another newsprep run" in message and str(tmp_path) in message
    process = spawn.Process(target=_try_lock, args=(str(tmp_path), queue))
    process.start()
    process.join(30)
    assert queue.get(timeout=5) == "acquired"


@pytest.mark.parametrize("table", ["rejects"])
def test_parquet_carries_the_contract_schema(tmp_path: Path, table: str) -> None:
    import pyarrow.parquet as pq

    publish_version(tmp_path, "v", {table: _rejects("a.txt")})
    schema = pq.read_schema(tmp_path / f"{table}.parquet")
    assert schema.field("doc_id").nullable and not schema.field("source_path").nullable
