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

import fcntl
import json
import os
import shutil
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import polars as pl
import pyarrow.parquet as pq

from newsprep.quality_docs import QUALITY_DOCS_DIR
from newsprep.tables import arrow_schema

VERSIONS_DIR = "_versions"
RUNS_DIR = "_runs"
CURRENT_LINK = "current"
LOCK_FILE = ".newsprep.lock"
STAGING_DIR = "_staging"
"""Where a run's batches write their tables before the publish (under a folder per run id)."""
WORK_DIRS = (VERSIONS_DIR, RUNS_DIR, STAGING_DIR, QUALITY_DOCS_DIR)
"""Folders a run writes inside."""
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
    """Another run holds the output folder."""


class UnsafeOutput(OutputLocked):
    """The output folder holds a link where a run writes; refused, as writing through it would leave the folder.

    A subclass of ``OutputLocked``: either way the folder cannot be written now, and the user is told why.
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


def _fresh_tmp(path: Path) -> Path:
    """The temp name beside ``path``, with whatever was left there (a killed run's file, a planted link) removed."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    return tmp


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_parquet_atomic(frame: pl.DataFrame, table: str, path: Path) -> None:
    """Write ``frame`` with the contract's Arrow schema to a temp file, fsync it, then rename into place."""
    tmp = _fresh_tmp(path)
    arrow = frame.to_arrow().cast(arrow_schema(table))
    pq.write_table(arrow, tmp, **PARQUET_SETTINGS)
    with tmp.open("rb") as handle:
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def write_text_atomic(text: str, path: Path) -> None:
    tmp = _fresh_tmp(path)
    with tmp.open("w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def write_json_atomic(payload: Mapping[str, Any], path: Path) -> None:
    write_text_atomic(json.dumps(payload, indent=2, sort_keys=True, ensure_ascii=False) + "\n", path)


def _replace_symlink(target: str, link: Path) -> None:
    tmp = _fresh_tmp(link)
    os.symlink(target, tmp)
    os.replace(tmp, link)


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
        _fsync_dir(staging)
        os.replace(staging, final)
        _fsync_dir(versions)
    _replace_symlink(f"{VERSIONS_DIR}/{version_id}", out_dir / CURRENT_LINK)
    for table in frames:
        link = out_dir / f"{table}.parquet"
        target = f"{CURRENT_LINK}/{table}.parquet"
        if not (link.is_symlink() and os.readlink(link) == target):
            _replace_symlink(target, link)
    _fsync_dir(out_dir)
    _drop_old_versions(versions, keep=final)
    return final


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


def read_published(out_dir: Path, table: str) -> pl.DataFrame | None:
    version = current_version_dir(out_dir)
    if version is None or not (version / f"{table}.parquet").is_file():
        return None
    return pl.read_parquet(version / f"{table}.parquet")


@contextmanager
def output_lock(out_dir: Path) -> Iterator[None]:
    """Hold the output folder for one run; a second run fails fast with a clear message.

    Also refuses (``UnsafeOutput``) an output folder whose lock file or work folders are symbolic links.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / LOCK_FILE
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o644)
    except OSError as error:
        if not path.is_symlink():
            raise
        raise UnsafeOutput(f"{path} is a symbolic link; newsprep will not write through it: remove it") from error
    with os.fdopen(fd, "r+") as handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise OutputLocked(
                f"{out_dir} is being written by another newsprep run ({holder}); "
                "wait for it to finish, or use another --out folder"
            ) from None
        refuse_linked_work_dirs(out_dir)
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        try:
            yield
        finally:
            handle.seek(0)
            handle.truncate()
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
