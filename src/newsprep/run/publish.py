"""Publishing: atomic, all-tables-at-once, byte-reproducible Parquet.

Layout of an output folder::

    _versions/<version_id>/<table>.parquet   one folder per published version (immutable once complete)
    current -> _versions/<version_id>         the pointer; switched with one atomic rename
    <table>.parquet -> current/<table>.parquet  stable names for readers (polars, DuckDB, pandas, Spark)
    manifest.json                            the last run's manifest; every run's is kept under _runs/

A reader resolving ``documents.parquet`` and ``quotes.parquet`` goes through the same ``current`` link, so a
killed run leaves the previous version whole, and readers never see half a run.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

import polars as pl
import pyarrow.parquet as pq
from filelock import FileLock, Timeout

from newsprep.atomic_files import replacing, sync_folder
from newsprep.layout import CURRENT_LINK as CURRENT_LINK  # the layout's names, re-exported for the writers
from newsprep.layout import LOCK_FILE as LOCK_FILE
from newsprep.layout import RUNS_DIR as RUNS_DIR
from newsprep.layout import STAGING_DIR as STAGING_DIR
from newsprep.layout import VERSIONS_DIR as VERSIONS_DIR
from newsprep.layout import WORK_DIRS as WORK_DIRS
from newsprep.tables import arrow_schema

VERSIONS_KEPT = 3
PARQUET_SETTINGS: dict[str, Any] = {
    "compression": "zstd",
    "compression_level": 3,
    "use_dictionary": True,
    "write_statistics": True,
    "data_page_size": 1 << 20,
    "row_group_size": 64_000,
}


class OutputLocked(RuntimeError):
    """Another run holds the output folder (the CLI exits 4: try again later)."""

    hint = "wait for it to finish, or use another --out folder"


class UnsafeOutput(RuntimeError):
    """The output folder holds a link where a run writes; refused, as writing through it would leave the folder.

    Not an ``OutputLocked``: waiting does not help, the folder must be fixed (the CLI exits 2).
    """


def refuse_linked_work_dirs(out_dir: Path) -> None:
    """Raise ``UnsafeOutput`` if a folder a run writes inside is a symbolic link (it could point anywhere)."""
    for name in WORK_DIRS:
        path = out_dir / name
        if path.is_symlink():
            raise UnsafeOutput(
                f"{path} is a symbolic link (to {os.readlink(path)}); newsprep writes only inside {out_dir} "
                "and will not write through it: remove the link"
            )


def write_parquet_atomic(frame: pl.DataFrame, table: str, path: Path) -> None:
    """Write ``frame`` with the contract's Arrow schema to a temp file, fsync it, then rename into place."""
    arrow = frame.to_arrow().cast(arrow_schema(table))
    with replacing(path, durable=True) as temporary:
        pq.write_table(arrow, temporary, **PARQUET_SETTINGS)


def write_text_atomic(text: str, path: Path) -> None:
    with replacing(path, durable=True) as temporary:
        temporary.write_text(text, encoding="utf-8")


def write_json_atomic(payload: Mapping[str, Any], path: Path) -> None:
    write_text_atomic(json.dumps(payload, indent=2, sort_keys=True, ensure_ascii=False) + "\n", path)


def _replace_symlink(target: str, link: Path) -> None:
    with replacing(link) as temporary:
        os.symlink(target, temporary)


def current_version_dir(out_dir: Path) -> Path | None:
    """The folder of the published version, or None before the first publish."""
    link = out_dir / CURRENT_LINK
    return link.resolve() if link.is_symlink() and link.resolve().is_dir() else None


def publish_version(
    out_dir: Path,
    version_id: str,
    frames: Mapping[str, pl.DataFrame],
    *,
    extra_files: Mapping[str, str] | None = None,
) -> Path:
    """Write every table (and small text files, e.g. the pipeline key) into a new version folder, then switch
    ``current`` to it in one rename. Links found where a table, ``current`` or the manifest go are replaced,
    never written through; a linked ``_versions`` (or version folder) is refused with ``UnsafeOutput``."""
    if not version_id or version_id.startswith(".") or "/" in version_id or "\\" in version_id:
        raise ValueError(f"a version id is a plain folder name, not {version_id!r}")
    refuse_linked_work_dirs(out_dir)
    versions = out_dir / VERSIONS_DIR
    versions.mkdir(parents=True, exist_ok=True)
    final = versions / version_id
    if final.is_symlink():
        raise UnsafeOutput(f"{final} is a symbolic link, not a version folder this run wrote; remove it")
    if not final.is_dir():
        staging = versions / f".{version_id}.partial-{os.getpid()}"
        if staging.exists():
            shutil.rmtree(staging)
        staging.mkdir()
        for table, frame in frames.items():
            write_parquet_atomic(frame, table, staging / f"{table}.parquet")
        for name, text in (extra_files or {}).items():
            write_text_atomic(text, staging / name)
        sync_folder(staging)
        os.replace(staging, final)
        sync_folder(versions)
    _point_current_at(out_dir, version_id, tables=list(frames))
    _drop_old_versions(versions, keep=final)
    return final


def _point_current_at(out_dir: Path, version_id: str, *, tables: list[str]) -> None:
    """Switch ``current`` to a complete version folder in one rename; the stable table names link through it."""
    _replace_symlink(f"{VERSIONS_DIR}/{version_id}", out_dir / CURRENT_LINK)
    for table in tables:
        link = out_dir / f"{table}.parquet"
        target = f"{CURRENT_LINK}/{table}.parquet"
        if not (link.is_symlink() and os.readlink(link) == target):
            _replace_symlink(target, link)
    sync_folder(out_dir)


def published_versions(out_dir: Path) -> list[Path]:
    """The complete version folders kept under ``_versions/`` (unfinished ``.partial`` folders and links aside)."""
    versions = out_dir / VERSIONS_DIR
    if not versions.is_dir() or versions.is_symlink():
        return []
    return sorted(p for p in versions.iterdir() if p.is_dir() and not p.is_symlink() and not p.name.startswith("."))


def switch_current(out_dir: Path, version_id: str) -> Path:
    """Make a kept version the published one again (``newsprep rollback``): ``current`` switched in one rename.

    The version's files are never rewritten, so its tables read back byte for byte as when it was published.
    Call it under ``output_lock``. Raises ``LookupError`` when ``out_dir`` keeps no such version.
    """
    refuse_linked_work_dirs(out_dir)
    chosen = next((v for v in published_versions(out_dir) if v.name == version_id), None)
    if chosen is None:
        raise LookupError(version_id)
    _point_current_at(out_dir, version_id, tables=sorted(p.stem for p in chosen.glob("*.parquet")))
    return chosen


def _drop_old_versions(versions: Path, *, keep: Path) -> None:
    """Remove unfinished folders and all but the newest few versions (the current one always stays)."""
    for leftover in versions.glob(".*.partial-*"):
        shutil.rmtree(leftover, ignore_errors=True)
    complete = sorted(
        (p for p in versions.iterdir() if p.is_dir() and not p.name.startswith(".")),
        key=lambda p: p.stat().st_mtime_ns,
        reverse=True,
    )
    for old in complete[VERSIONS_KEPT:]:
        if old != keep:
            shutil.rmtree(old, ignore_errors=True)


_held_output_dirs: ContextVar[frozenset[Path]] = ContextVar("newsprep_held_output_dirs", default=frozenset())
"""Output folders whose lock this context holds (a run's flow, started by the CLI that took the lock, sees them)."""


def _write_holder(fd: int) -> None:
    """Say in the lock file who holds the folder, for a second run's refusal to name."""
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"pid {os.getpid()}".encode(), 0)


def _holder(path: Path) -> str:
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    except OSError:
        return ""
    with os.fdopen(fd, "rb") as handle:
        return handle.read(200).decode("utf-8", "replace").strip()


def _clear_holder(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.close(os.open(path, os.O_WRONLY | os.O_TRUNC | os.O_NOFOLLOW))


@contextmanager
def output_lock(out_dir: Path) -> Iterator[None]:
    """Hold the output folder for one run; a second run fails fast with a clear message.

    Also refuses (``UnsafeOutput``) an output folder whose lock file or work folders are symbolic links. A second
    ``output_lock`` on the same folder is refused even in the same process; ``hold_output_lock`` is the one that
    takes over a lock its caller already holds.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / LOCK_FILE
    if path.is_symlink():
        raise UnsafeOutput(f"{path} is a symbolic link; newsprep will not write through it: remove it")
    # filelock opens the lock file without following a link and never truncates a holder's file; the file is kept on
    # release (preserve_lock_file): its name tells the raw-folder inventory that a folder is a newsprep output folder.
    lock = FileLock(path, timeout=0, mode=0o644, thread_local=False, preserve_lock_file=True, on_acquired=_write_holder)
    try:
        lock.acquire()
    except Timeout:
        holder = _holder(path) or "another process"
        raise OutputLocked(f"{out_dir} is being written by another newsprep run ({holder})") from None
    except OSError as error:
        if not path.is_symlink():
            raise
        raise UnsafeOutput(f"{path} is a symbolic link; newsprep will not write through it: remove it") from error
    try:
        refuse_linked_work_dirs(out_dir)
        held = _held_output_dirs.set(_held_output_dirs.get() | {out_dir.resolve()})
        try:
            yield
        finally:
            _held_output_dirs.reset(held)
            _clear_holder(path)
    finally:
        lock.release()


@contextmanager
def hold_output_lock(out_dir: Path) -> Iterator[None]:
    """The output lock for a run's steps: taken here, or kept if the caller already holds it in this context.

    The CLI takes the lock before Prefect starts (a second ``newsprep run`` is then refused at once, before any
    orchestrator output), and the flow it runs must not then refuse itself on that same lock.
    """
    if out_dir.resolve() in _held_output_dirs.get():
        yield
        return
    with output_lock(out_dir):
        yield
