"""The raw folder: which files there are, read safely, each accounted for exactly once."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from newsprep.assemble import Row, reject_row


@dataclass(frozen=True, slots=True)
class RawFile:
    """A raw input: its path relative to the raw folder (POSIX) and its bytes."""

    source_path: str
    data: bytes

    @property
    def doc_id(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True, slots=True)
class RawEntry:
    """A raw file found in the inventory: POSIX path relative to the raw folder, content hash, size."""

    source_path: str
    doc_id: str
    size: int


@dataclass(frozen=True, slots=True)
class Inventory:
    entries: tuple[RawEntry, ...]
    rejects: tuple[Row, ...]

    @property
    def input_count(self) -> int:
        return len(self.entries) + len(self.rejects)


def _is_hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def _is_utf8(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:  # bytes the file system gave that are not UTF-8 arrive as lone surrogates
        return False
    return True


def _escaped(name: str) -> str:
    """A name that is not UTF-8, with its odd bytes written as ``\\xNN`` (printable, storable, stable)."""
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def _reject(source_path: str, reason: str, detail: str, doc_id: str | None = None) -> Row:
    return reject_row(
        source_path=source_path,
        doc_id=doc_id,
        stage="ingest",
        reason=reason,
        detail=f"{source_path}: {detail}",
    )


def _hash_file(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
            size += len(block)
    return digest.hexdigest(), size


def take_inventory(raw_dir: Path) -> Inventory:
    """Every file below ``raw_dir`` (hidden files and folders aside), sorted by path.

    Files that cannot be taken (a link leading outside the folder, unreadable, duplicate content) become
    reject rows here, so each input is accounted for once.
    """
    root = raw_dir.resolve(strict=True)
    entries: list[RawEntry] = []
    rejects: list[Row] = []
    first_path_of: dict[str, str] = {}
    for path in sorted(raw_dir.rglob("*"), key=lambda p: p.relative_to(raw_dir).as_posix()):
        relative = path.relative_to(raw_dir)
        source_path = relative.as_posix()
        if _is_hidden(relative) or (path.is_dir() and not path.is_symlink()):
            continue
        if not _is_utf8(source_path):
            # The tables hold UTF-8 text: a name that is not UTF-8 cannot be stored, so it is shown escaped.
            rejects.append(
                _reject(
                    _escaped(source_path),
                    "undecodable_name",
                    "the file name is not valid UTF-8 (shown with \\x escapes); rename it to have it read",
                )
            )
            continue
        resolved = path.resolve()
        if not resolved.is_relative_to(root):
            rejects.append(
                _reject(
                    source_path,
                    "outside_raw_dir",
                    f"is a link to {resolved}, outside the raw folder; not read",
                )
            )
            continue
        if not resolved.is_file():
            rejects.append(_reject(source_path, "not_a_file", "is not a regular file; not read"))
            continue
        try:
            doc_id, size = _hash_file(path)
        except OSError as error:
            rejects.append(_reject(source_path, "unreadable", f"could not be read ({error.strerror or error})"))
            continue
        if doc_id in first_path_of:
            rejects.append(
                _reject(
                    source_path,
                    "duplicate_content",
                    f"has the same bytes as {first_path_of[doc_id]}, which is published once",
                    doc_id,
                )
            )
            continue
        first_path_of[doc_id] = source_path
        entries.append(RawEntry(source_path, doc_id, size))
    return Inventory(tuple(entries), tuple(rejects))


def read_raw_files(raw_dir: Path, entries: tuple[RawEntry, ...] | list[RawEntry]) -> list[RawFile | Row]:
    """The bytes of each entry, or a reject row when the file changed or vanished since the inventory.

    The path is checked again at read time: an entry naming a place outside the raw folder (``..``, an absolute
    path, or a file swapped for an outside link since the inventory) or no longer a regular file (a FIFO would
    block the read forever) is rejected, not opened.
    """
    root = raw_dir.resolve(strict=True)
    loaded: list[RawFile | Row] = []
    for entry in entries:
        path = raw_dir / entry.source_path
        relative = PurePosixPath(entry.source_path)
        resolved = path.resolve()
        if relative.is_absolute() or ".." in relative.parts or not resolved.is_relative_to(root):
            loaded.append(
                _reject(entry.source_path, "outside_raw_dir", "leads outside the raw folder; not read", entry.doc_id)
            )
            continue
        if not resolved.is_file():
            loaded.append(
                _reject(entry.source_path, "not_a_file", "is no longer a regular file; not read", entry.doc_id)
            )
            continue
        try:
            with path.open("rb") as handle:
                data = handle.read()
        except OSError as error:
            loaded.append(
                _reject(
                    entry.source_path,
                    "unreadable",
                    f"could not be read ({error.strerror or error})",
                    entry.doc_id,
                )
            )
            continue
        if hashlib.sha256(data).hexdigest() != entry.doc_id:
            loaded.append(
                _reject(
                    entry.source_path,
                    "changed_during_run",
                    "changed while the run was reading it; it will be taken by the next run",
                    entry.doc_id,
                )
            )
            continue
        loaded.append(RawFile(entry.source_path, data))
    return loaded
