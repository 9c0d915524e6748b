"""The raw-folder inventory accounts for every file once and never reads outside the raw folder."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from newsprep.ingest import RawFile, RawFolderError, read_raw_files, take_inventory


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
    assert [(r.source_path, r.reason) for r in inventory.rejects] == [("link.txt", "outside_raw_dir")]
    assert "outside the raw folder" in inventory.rejects[0].detail


def test_duplicate_content_is_published_once_and_the_copy_rejected(tmp_path: Path) -> None:
    _write(tmp_path, {"a.txt": b"same", "b.txt": b"same"})
    inventory = take_inventory(tmp_path)
    assert [e.source_path for e in inventory.entries] == ["a.txt"]
    assert inventory.rejects[0].reason == "duplicate_content" and "a.txt" in inventory.rejects[0].detail
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
    assert inventory.rejects[0].reason == "unreadable" and "Permission denied" in inventory.rejects[0].detail


def test_a_broken_link_is_rejected_as_not_a_file(tmp_path: Path) -> None:
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    assert [r.reason for r in take_inventory(tmp_path).rejects] == ["not_a_file"]


def test_a_file_changed_after_the_inventory_is_rejected_for_this_run(tmp_path: Path) -> None:
    _write(tmp_path, {"a.txt": b"first", "b.txt": b"stays"})
    inventory = take_inventory(tmp_path)
    (tmp_path / "a.txt").write_bytes(b"second")
    loaded = read_raw_files(tmp_path, inventory.entries)
    assert isinstance(loaded[1], RawFile) and not isinstance(loaded[0], RawFile)
    assert loaded[0].reason == "changed_during_run"


def test_only_text_and_html_files_are_articles_and_the_rest_is_rejected_unread(tmp_path: Path) -> None:
    article = b"Council votes\n\nThe council voted on Tuesday.\n"
    _write(
        tmp_path,
        {
            "a.txt": article,
            "b.HTML": b"<html><body><p>Hello</p></body></html>",
            "c.htm": b"<p>c</p>",
            "d.text": b"d",
            "notes.md": article + b"# heading\n",
            "photo.jpg": b"\xff\xd8\xff\xe0JFIF",
            "meta.json": b'{"title": "Council votes"}',
            "README": article + b"no extension",
            "sub/table.parquet": b"PAR1",
        },
    )
    inventory = take_inventory(tmp_path)
    assert [e.source_path for e in inventory.entries] == ["a.txt", "b.HTML", "c.htm", "d.text"]
    rejected = {r.source_path: r for r in inventory.rejects}
    assert sorted(rejected) == ["README", "meta.json", "notes.md", "photo.jpg", "sub/table.parquet"]
    for path, row in rejected.items():
        assert row.reason == "not_an_article_file" and row.stage == "ingest"
        assert row.doc_id is None, "a file that is not an article is not read at all"
        assert row.detail.startswith(f"{path}: ") and ".txt" in row.detail


def test_a_previous_runs_output_folder_among_the_articles_is_one_reject_and_never_read(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    _write(
        raw,
        {
            "story.txt": b"Story\n\nBody.\n",
            "processed/report.html": b"<html><head><title>newsprep run 0123abcd</title></head></html>",
            "processed/.newsprep.lock": b"",
            "processed/_quality/index.html": b"<html></html>",
            "processed/_runs/x.json": b"{}",
            "old-quality/_quality/page.html": b"<html><body><p>Data Docs</p></body></html>",
        },
    )
    inventory = take_inventory(raw)
    assert [e.source_path for e in inventory.entries] == ["story.txt"]
    rejected = {r.source_path: r for r in inventory.rejects}
    assert sorted(rejected) == ["old-quality/_quality", "processed"]
    assert all(r.reason == "not_an_article_file" for r in rejected.values())
    assert "holds .newsprep.lock" in rejected["processed"].detail
    assert "4 files were not read" in rejected["processed"].detail


@pytest.mark.parametrize(
    "name,head",
    [
        ("report.html", b"<!DOCTYPE html><html><head><meta charset='utf-8'><title>newsprep run 778d0f0a</title>"),
        ("data-dictionary.html", b"<!DOCTYPE html>\n<html lang='en'>\n<head>\n<title>newsprep data dictionary</title>"),
        ("index.html", b"<html>\n  <head>\n    <title>Data Docs created by Great Expectations</title>"),
        ("suite.htm", b"<html><head><title>Data documentation compiled by Great Expectations</title>"),
    ],
)
def test_a_page_a_run_wrote_copied_alone_is_not_taken_for_an_article(tmp_path: Path, name: str, head: bytes) -> None:
    _write(tmp_path, {name: head + b"</head><body><p>Published 12 documents.</p></body></html>"})
    [reject] = take_inventory(tmp_path).rejects
    assert reject.reason == "not_an_article_file" and reject.doc_id is not None


def test_the_raw_folder_must_exist_and_not_be_an_output_folder(tmp_path: Path) -> None:
    with pytest.raises(RawFolderError, match="does not exist"):
        take_inventory(tmp_path / "missing")
    (tmp_path / "file.txt").write_bytes(b"x")
    with pytest.raises(RawFolderError, match="is not a folder"):
        take_inventory(tmp_path / "file.txt")
    (tmp_path / "_runs").mkdir()
    with pytest.raises(RawFolderError, match="newsprep output folder"):
        take_inventory(tmp_path)


def test_a_file_named_with_bytes_that_are_not_utf8_still_carries_its_doc_id(tmp_path: Path) -> None:
    (tmp_path / os.fsdecode(b"caf\xe9.txt")).write_bytes(b"Cafe\n\nBody.\n")
    [reject] = take_inventory(tmp_path).rejects
    assert reject.reason == "undecodable_name"
    assert reject.doc_id == hashlib.sha256(b"Cafe\n\nBody.\n").hexdigest()
