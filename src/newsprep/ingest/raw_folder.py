"""The raw folder: which files there are, read safely, each accounted for exactly once."""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from newsprep.layout import LOCK_FILE, RUNS_DIR, VERSIONS_DIR, WORK_DIRS
from newsprep.model import Reject


@dataclass(frozen=True, slots=True)
class RawFile:
    """A raw input: its path relative to the raw folder (POSIX), its bytes and their sha256 (its ``doc_id``).

    ``read_raw_files`` gives the hash it has just checked against the inventory's; otherwise it is computed here,
    once: the batches and the worker processes read it many times per document.
    """

    source_path: str
    data: bytes
    doc_id: str = ""

    def __post_init__(self) -> None:
        if not self.doc_id:
            object.__setattr__(self, "doc_id", hashlib.sha256(self.data).hexdigest())


@dataclass(frozen=True, slots=True)
class RawEntry:
    """A raw file found in the inventory: POSIX path relative to the raw folder, content hash, size."""

    source_path: str
    doc_id: str
    size: int


@dataclass(frozen=True, slots=True)
class Inventory:
    entries: tuple[RawEntry, ...]
    rejects: tuple[Reject, ...]

    @property
    def input_count(self) -> int:
        return len(self.entries) + len(self.rejects)


ARTICLE_SUFFIXES = (".txt", ".text", ".html", ".htm")
"""The file types read as articles (any letter case): plain text and HTML, what the decoder and the cleaner read.

Anything else (images, JSON, CSV, PDF, Markdown, a previous run's Parquet) is rejected as ``not_an_article_file``
without being read. Markdown is not plain text to the cleaner: its ``#``, ``*`` and ``[link](url)`` would end up in
the published text, so a Markdown article must be converted (or renamed, if it is in fact plain) first.
"""
OUTPUT_FOLDER_MARKERS = (LOCK_FILE, VERSIONS_DIR, RUNS_DIR)
"""What only a newsprep output folder holds (its lock file, its versions, its run manifests)."""


_HEAD_BYTES = 4096
_GENERATED_TITLE = re.compile(
    rb"<title>\s*(?:(newsprep run [0-9a-f]+|newsprep data dictionary)|Data Doc[^<]{0,40}Great Expectations)\s*</title>",
    re.IGNORECASE,
)
"""The titles of the pages a run writes (``report.html``, ``data-dictionary.html``, ``_quality/``): copied among
articles, they are no news."""


class RawFolderError(ValueError):
    """The raw folder cannot be taken as a folder of articles (missing, a file, or a newsprep output folder)."""


def output_folder_marker(folder: Path) -> str | None:
    """Why ``folder`` is a newsprep output folder or one of its work folders (its name says so), else None."""
    if folder.name in WORK_DIRS:
        return f"it is named like newsprep's {folder.name}/ work folder"
    for marker in OUTPUT_FOLDER_MARKERS:
        if (folder / marker).exists() or (folder / marker).is_symlink():
            return f"it holds {marker}"
    return None


def is_article_file(source_path: str) -> bool:
    return PurePosixPath(source_path).suffix.lower() in ARTICLE_SUFFIXES


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


def _reject(source_path: str, reason: str, detail: str, doc_id: str | None = None) -> Reject:
    return Reject(source_path=source_path, doc_id=doc_id, reason=reason, detail=f"{source_path}: {detail}")


def _hash_file(path: Path) -> tuple[str, int, bytes]:
    """The file's sha256, its size and its first bytes (enough to see what generated an HTML page)."""
    digest = hashlib.sha256()
    size = 0
    head = b""
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
            head = head or block[:_HEAD_BYTES]
            size += len(block)
    return digest.hexdigest(), size, head


def generated_page(head: bytes) -> str | None:
    """What generated an HTML page when a run wrote it (its report, its data dictionary, Great Expectations Data
    Docs), else None."""
    match = _GENERATED_TITLE.search(head)
    if match is None:
        return None
    return "a page of a newsprep run's report" if match.group(1) else "a Great Expectations Data Docs page"


def _output_folder_reject(folder: Path, source_path: str, why: str) -> Reject:
    files = sum(1 for p in folder.rglob("*") if not p.is_dir())
    return _reject(
        source_path,
        "not_an_article_file",
        f"is a newsprep output folder ({why}): a run's tables, report, Data Docs and manifests, not articles; "
        f"its {files} files were not read (keep outputs beside the raw folder, not inside it)",
    )


def _take_file(path: Path, source_path: str, root: Path, first_path_of: dict[str, str]) -> RawEntry | Reject:
    """One file of the raw folder: an entry to process, or the reason it is not one (its bytes never parsed here)."""
    if not _is_utf8(source_path):
        # The tables hold UTF-8 text: a name that is not UTF-8 cannot be stored, so it is shown escaped.
        source_path = _escaped(source_path)
        readable = path.resolve().is_relative_to(root) and path.resolve().is_file()
        doc_id = _hash_file(path)[0] if readable else None
        return _reject(
            source_path,
            "undecodable_name",
            "the file name is not valid UTF-8 (shown with \\x escapes); rename it to have it read",
            doc_id,
        )
    resolved = path.resolve()
    if not resolved.is_relative_to(root):
        return _reject(source_path, "outside_raw_dir", f"is a link to {resolved}, outside the raw folder; not read")
    if not resolved.is_file():
        return _reject(source_path, "not_a_file", "is not a regular file; not read")
    if not is_article_file(source_path):
        return _reject(
            source_path,
            "not_an_article_file",
            f"is not an article file (newsprep reads {', '.join(ARTICLE_SUFFIXES)}); not read: rename a plain-text "
            "or HTML article to .txt or .html to have it read",
        )
    try:
        doc_id, size, head = _hash_file(path)
    except OSError as error:
        return _reject(source_path, "unreadable", f"could not be read ({error.strerror or error})")
    generator = generated_page(head)
    if generator is not None:
        return _reject(
            source_path,
            "not_an_article_file",
            f"is {generator}, written by a run, not an article; not read as one (keep outputs beside the raw folder)",
            doc_id,
        )
    if doc_id in first_path_of:
        return _reject(
            source_path,
            "duplicate_content",
            f"has the same bytes as {first_path_of[doc_id]}, which is published once",
            doc_id,
        )
    first_path_of[doc_id] = source_path
    return RawEntry(source_path, doc_id, size)


def take_inventory(raw_dir: Path) -> Inventory:
    """Every file below ``raw_dir`` (hidden files and folders aside), sorted by path.

    Files that cannot be taken (not an article file, a link leading outside the folder, unreadable, duplicate
    content) become reject rows here, so each input is accounted for once. A newsprep output folder found inside
    (a previous run's, copied or written there) is one reject row, its files not read. Raises ``RawFolderError``
    when ``raw_dir`` is missing, not a folder, or itself a newsprep output folder.
    """
    if not raw_dir.is_dir():
        raise RawFolderError(f"the raw folder {raw_dir} {'is not a folder' if raw_dir.exists() else 'does not exist'}")
    marker = output_folder_marker(raw_dir.resolve())
    if marker is not None:
        raise RawFolderError(f"the raw folder {raw_dir} is a newsprep output folder ({marker}), not articles")
    root = raw_dir.resolve(strict=True)
    entries: list[RawEntry] = []
    rejects: list[Reject] = []
    first_path_of: dict[str, str] = {}
    output_folders: list[Path] = []
    for path in sorted(raw_dir.rglob("*"), key=lambda p: p.relative_to(raw_dir).as_posix()):
        relative = path.relative_to(raw_dir)
        if _is_hidden(relative) or any(relative.is_relative_to(folder) for folder in output_folders):
            continue
        if path.is_dir() and not path.is_symlink():
            why = output_folder_marker(path)
            if why is not None:
                output_folders.append(relative)
                rejects.append(_output_folder_reject(path, relative.as_posix(), why))
            continue
        taken = _take_file(path, relative.as_posix(), root, first_path_of)
        if isinstance(taken, RawEntry):
            entries.append(taken)
        else:
            rejects.append(taken)
    return Inventory(tuple(entries), tuple(rejects))


def read_raw_files(raw_dir: Path, entries: tuple[RawEntry, ...] | list[RawEntry]) -> list[RawFile | Reject]:
    """The bytes of each entry, or a reject row when the file changed or vanished since the inventory.

    The path is checked again at read time: an entry naming a place outside the raw folder (``..``, an absolute
    path, or a file swapped for an outside link since the inventory) or no longer a regular file (a FIFO would
    block the read forever) is rejected, not opened.
    """
    root = raw_dir.resolve(strict=True)
    loaded: list[RawFile | Reject] = []
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
        loaded.append(RawFile(entry.source_path, data, entry.doc_id))
    return loaded
