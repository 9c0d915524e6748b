"""One way to replace a file: a temporary file beside it, renamed over it; the old file stays whole on failure."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsprep import atomic_files
from newsprep.atomic_files import replacing, temporary_beside


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_the_new_content_replaces_the_old_and_no_temporary_file_stays(tmp_path: Path) -> None:
    target = tmp_path / "table.json"
    target.write_text("old", encoding="utf-8")
    with replacing(target) as temporary:
        assert temporary.parent == tmp_path and temporary != target
        temporary.write_text("new", encoding="utf-8")
        assert target.read_text(encoding="utf-8") == "old"  # readers see the old file until the rename
    assert target.read_text(encoding="utf-8") == "new"
    assert _leftovers(tmp_path) == []


def test_a_failed_write_leaves_the_old_file_and_removes_its_temporary(tmp_path: Path) -> None:
    target = tmp_path / "table.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError, match="disk full"), replacing(target) as temporary:
        temporary.write_text("half", encoding="utf-8")
        raise RuntimeError("disk full")
    assert target.read_text(encoding="utf-8") == "old"
    assert _leftovers(tmp_path) == []


def test_a_link_planted_at_the_temporary_name_is_removed_not_written_through(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("keep me", encoding="utf-8")
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "manifest.json"
    temporary_beside(target).symlink_to(outside)
    with replacing(target) as temporary:
        temporary.write_text("{}", encoding="utf-8")
    assert outside.read_text(encoding="utf-8") == "keep me"
    assert target.read_text(encoding="utf-8") == "{}" and not target.is_symlink()
    assert _leftovers(folder) == []


def test_a_killed_writers_file_is_replaced_by_the_next_writer(tmp_path: Path) -> None:
    target = tmp_path / "runs.json"
    temporary_beside(target).write_text("a killed run's half file", encoding="utf-8")
    with replacing(target) as temporary:
        assert not temporary.exists()
        temporary.write_text("[1]", encoding="utf-8")
    assert target.read_text(encoding="utf-8") == "[1]"
    assert _leftovers(tmp_path) == []


def test_durable_flushes_the_new_file_before_the_rename(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    synced: list[bool] = []
    real_fsync = os.fsync

    def recording_fsync(descriptor: int) -> None:
        synced.append((tmp_path / "table.parquet").exists())  # False: the rename has not happened yet
        real_fsync(descriptor)

    monkeypatch.setattr(atomic_files.os, "fsync", recording_fsync)
    with replacing(tmp_path / "table.parquet", durable=True) as temporary:
        temporary.write_bytes(b"PAR1")
    with replacing(tmp_path / "cache.parquet") as temporary:
        temporary.write_bytes(b"PAR1")
    assert synced == [False]
