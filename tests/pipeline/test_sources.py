"""The raw-folder inventory accounts for every file once and never reads outside the raw folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprep.sources import RawFile, read_raw_files, take_inventory


def _write(root: Path, files: dict[str, bytes]) -> None:
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def test_files_are_listed_sorted_with_posix_paths_and_hidden_files_skipped(tmp_path: Path) -> None:
    _write(tmp_path, {"b.txt": b"B", "sub/a b [1] é.txt": b"A", ".hidden": b"x", ".git/config": b"y"})
    inventory = take_inventory(tmp_path)
    assert [e.source_path for e in inventory.entries] == ["b.txt", "sub/a b [1] é.txt"]
    assert inventory.rejects == ()


def test_a_link_out_of_the_raw_folder_is_rejected_not_read(tmp_path: Path) -> None:
    raw, outside = tmp_path / "raw", tmp_path / "secret.txt"
    outside.write_text("secret")
    raw.mkdir()
    (raw / "link.txt").symlink_to(outside)
    inventory = take_inventory(raw)
    assert inventory.entries == ()
    assert [(r["source_path"], r["reason"]) for r in inventory.rejects] == [("link.txt", "outside_raw_dir")]
    assert "outside the raw folder" in str(inventory.rejects[0]["detail"])


def test_duplicate_content_is_published_once_and_the_copy_rejected(tmp_path: Path) -> None:
    _write(tmp_path, {"a.txt": b"same", "b.txt": b"same"})
    inventory = take_inventory(tmp_path)
    assert [e.source_path for e in inventory.entries] == ["a.txt"]
    assert inventory.rejects[0]["reason"] == "duplicate_content" and "a.txt" in str(inventory.rejects[0]["detail"])
    assert inventory.input_count == 2


def test_an_unreadable_file_is_rejected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # CI runs as root, which reads any file whatever its mode: the permission error is raised by hand here.
    _write(tmp_path, {"a.txt": b"x", "b.txt": b"y"})
    real_open = Path.open

    def refuse_a(path: Path, *args: object, **kwargs: object) -> object:
        if path.name == "a.txt":
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", refuse_a)
    inventory = take_inventory(tmp_path)
    assert [e.source_path for e in inventory.entries] == ["b.txt"]
    assert inventory.rejects[0]["reason"] == "unreadable" and "Permission denied" in str(inventory.rejects[0]["detail"])


def test_a_broken_link_is_rejected_as_not_a_file(tmp_path: Path) -> None:
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    assert [r["reason"] for r in take_inventory(tmp_path).rejects] == ["not_a_file"]


def test_a_file_changed_after_the_inventory_is_rejected_for_this_run(tmp_path: Path) -> None:
    _write(tmp_path, {"a.txt": b"first", "b.txt": b"stays"})
    inventory = take_inventory(tmp_path)
    (tmp_path / "a.txt").write_bytes(b"second")
    loaded = read_raw_files(tmp_path, inventory.entries)
    assert isinstance(loaded[1], RawFile) and not isinstance(loaded[0], RawFile)
    assert loaded[0]["reason"] == "changed_during_run"
