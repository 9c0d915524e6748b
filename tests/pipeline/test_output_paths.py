"""Paths stay inside the raw and output folders: no `..` or absolute source paths, no writing through links.

The decided behaviour in the output folder: where a run writes a *file* (a table's stable name, ``current``,
``manifest.json``, a temp name) a link found there is replaced, never written through; where a run writes
*inside a folder* (``_versions``, ``_runs``, ``_staging``, ``_quality``) or takes the lock, a link is refused with
``UnsafeOutput`` (the CLI prints it in one line and exits 2) before anything is written, since it could point anywhere.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath

import pytest

from newsprep.ingest import RawEntry, RawFile, read_raw_files, take_inventory
from newsprep.run.publish import (
    LOCK_FILE,
    WORK_DIRS,
    OutputLocked,
    UnsafeOutput,
    output_lock,
    publish_version,
    write_json_atomic,
)
from tests.pipeline.crash_child import frames_for

EVIL_BYTES = b"must stay as it is"


def _assert_inside(source_path: str) -> None:
    path = PurePosixPath(source_path)
    assert not path.is_absolute() and ".." not in path.parts, source_path


# --- the raw folder -------------------------------------------------------------------------------------------


def test_source_paths_are_relative_and_never_climb_out(tmp_path: Path) -> None:
    raw, outside = tmp_path / "raw", tmp_path / "outside"
    (raw / "sub").mkdir(parents=True)
    outside.mkdir()
    (outside / "secret.txt").write_bytes(b"secret")
    for name in ("a..b.txt", "...", "a\\..\\b.txt", "sub/..x.txt", "sub/x..", " .txt", "-.txt"):
        (raw / name).write_bytes(name.encode())
    (raw / "sub" / "up.txt").symlink_to(Path("..") / ".." / "outside" / "secret.txt")
    (raw / "sub" / "loop").symlink_to(raw, target_is_directory=True)  # a cycle: not walked
    (raw / "abs.txt").symlink_to(outside / "secret.txt")

    inventory = take_inventory(raw)

    paths = [e.source_path for e in inventory.entries] + [r.source_path for r in inventory.rejects]
    assert len(paths) == len(set(paths))
    for source_path in paths:
        _assert_inside(source_path)
    for entry in inventory.entries:
        assert (raw / entry.source_path).resolve().is_relative_to(raw.resolve())
    reasons = {r.source_path: r.reason for r in inventory.rejects}
    assert reasons == {
        "sub/up.txt": "outside_raw_dir",
        "abs.txt": "outside_raw_dir",
        "sub/loop": "not_a_file",
        "sub/x..": "not_an_article_file",  # no article extension: not read
    }
    assert "secret" not in {(raw / e.source_path).read_text() for e in inventory.entries}


@pytest.mark.parametrize("source_path", ["../outside/secret.txt", "sub/../../outside/secret.txt", "/etc/hostname"])
def test_an_entry_naming_a_place_outside_is_rejected_at_read_time_not_opened(tmp_path: Path, source_path: str) -> None:
    raw = tmp_path / "raw"
    (raw / "sub").mkdir(parents=True)
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "secret.txt").write_bytes(b"secret")
    [loaded] = read_raw_files(raw, [RawEntry(source_path, "0" * 64, 6)])
    assert not isinstance(loaded, RawFile)
    assert loaded.reason == "outside_raw_dir" and source_path in loaded.detail


def test_a_file_swapped_for_an_outside_link_or_a_fifo_after_the_inventory_is_not_read(tmp_path: Path) -> None:
    raw, outside = tmp_path / "raw", tmp_path / "outside.txt"
    raw.mkdir()
    outside.write_bytes(b"first")
    (raw / "a.txt").write_bytes(b"first")
    (raw / "b.txt").write_bytes(b"second")
    inventory = take_inventory(raw)
    (raw / "a.txt").unlink()
    (raw / "a.txt").symlink_to(outside)  # same bytes, but outside: must not be taken
    (raw / "b.txt").unlink()
    os.mkfifo(raw / "b.txt")  # opening it would block the run forever

    loaded = read_raw_files(raw, inventory.entries)

    assert [item.reason for item in loaded if not isinstance(item, RawFile)] == ["outside_raw_dir", "not_a_file"]


# --- the output folder ----------------------------------------------------------------------------------------


def _evil(tmp_path: Path) -> Path:
    evil = tmp_path / "evil"
    evil.mkdir()
    (evil / "file").write_bytes(EVIL_BYTES)
    return evil


def _untouched(evil: Path) -> None:
    assert sorted(p.name for p in evil.iterdir()) == ["file"]
    assert (evil / "file").read_bytes() == EVIL_BYTES


@pytest.mark.parametrize("name", ["quality.parquet", "rejects.parquet", "current", "manifest.json"])
def test_a_link_where_a_file_goes_is_replaced_never_written_through(tmp_path: Path, name: str) -> None:
    out, evil = tmp_path / "out", _evil(tmp_path)
    publish_version(out, "old", frames_for("old"))
    (out / name).unlink(missing_ok=True)
    (out / name).symlink_to(evil / "file" if name != "current" else evil, target_is_directory=name == "current")

    publish_version(out, "new", frames_for("new"))
    write_json_atomic({"run_id": "new"}, out / "manifest.json")

    _untouched(evil)
    assert os.readlink(out / "current") == "_versions/new"
    assert os.readlink(out / "rejects.parquet") == "current/rejects.parquet"
    assert not (out / "manifest.json").is_symlink()


def test_a_planted_temp_link_is_removed_not_written_through(tmp_path: Path) -> None:
    out, evil = tmp_path / "out", _evil(tmp_path)
    out.mkdir()
    for name in ("manifest.json", "current", "quality.parquet"):
        (out / f".{name}.tmp-{os.getpid()}").symlink_to(evil / "file")
    publish_version(out, "new", frames_for("new"))
    write_json_atomic({"run_id": "new"}, out / "manifest.json")
    _untouched(evil)


@pytest.mark.parametrize("name", WORK_DIRS)
def test_a_linked_work_folder_is_refused_before_anything_is_written(tmp_path: Path, name: str) -> None:
    out, evil = tmp_path / "out", _evil(tmp_path)
    out.mkdir()
    (out / name).symlink_to(evil, target_is_directory=True)

    with pytest.raises(UnsafeOutput, match="symbolic link") as refused, output_lock(out):
        pass
    assert not isinstance(refused.value, OutputLocked)  # waiting would not help: a usage error (exit 2), not a lock
    with pytest.raises(UnsafeOutput, match=name):
        publish_version(out, "new", frames_for("new"))
    _untouched(evil)
    assert not (out / "current").exists()


def test_a_linked_version_folder_is_refused(tmp_path: Path) -> None:
    out, evil = tmp_path / "out", _evil(tmp_path)
    (out / "_versions").mkdir(parents=True)
    (out / "_versions" / "new").symlink_to(evil, target_is_directory=True)
    with pytest.raises(UnsafeOutput):
        publish_version(out, "new", frames_for("new"))
    _untouched(evil)
    assert not (out / "current").exists()


@pytest.mark.parametrize("version_id", ["../escape", "..", ".hidden", "a/b", ""])
def test_a_version_id_cannot_name_a_path(tmp_path: Path, version_id: str) -> None:
    with pytest.raises(ValueError, match="plain folder name"):
        publish_version(tmp_path / "out", version_id, frames_for("x"))
    assert not (tmp_path / "escape").exists()


def test_a_linked_lock_file_is_refused_and_its_target_kept(tmp_path: Path) -> None:
    out, evil = tmp_path / "out", _evil(tmp_path)
    out.mkdir()
    (out / LOCK_FILE).symlink_to(evil / "file")
    with pytest.raises(UnsafeOutput, match="symbolic link"), output_lock(out):
        pass
    _untouched(evil)


def test_the_lock_still_refuses_a_second_holder(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with output_lock(out), pytest.raises(OutputLocked, match="being written by another newsprep run"):  # noqa: SIM117
        with output_lock(out):
            pass
    with output_lock(out):  # released: taken again
        assert (out / LOCK_FILE).read_text() == f"pid {os.getpid()}"
