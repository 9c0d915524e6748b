"""The stage cache: each stage's output per batch, as Parquet, under ``<out>/_stages/<stage>/<key>/``.

One folder per (stage, key) holds the stage's frames (``<part>.parquet``: its parts, ``rejects``, and ``checks``
last). A folder is complete once ``checks.parquet`` is in it: a stage's output counts only once it has been checked.
``run_stage`` writes the parts first, ``check_stage`` ``checks.parquet`` last.

The cache is bounded: each folder a run reads or writes is touched, and once a run is over, ``prune`` removes every
folder no run among the last ``RUNS_KEPT`` that processed documents has touched. Removing ``_stages`` loses nothing
but time.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from collections.abc import Iterable, Mapping
from pathlib import Path

import polars as pl

from newsprep.atomic_files import replacing
from newsprep.layout import STAGE_CACHE_DIR

RUNS_KEPT = 3
"""Stage outputs used by any of the last this many runs that processed documents are kept."""
DONE_PART = "checks"
_RUNS_FILE = "runs.json"
_PARQUET: dict[str, object] = {"compression": "lz4", "statistics": False}
"""Fast to write and read back: the cache is rewritten by every run that processes documents."""


class StageCache:
    """The stage outputs kept under one output folder."""

    def __init__(self, out_dir: Path) -> None:
        self.root = out_dir / STAGE_CACHE_DIR

    def entry(self, stage: str, key: str) -> Path:
        return self.root / stage / key

    def has(self, stage: str, key: str) -> bool:
        """Whether the stage's checked output for this key is stored (and mark it used)."""
        entry = self.entry(stage, key)
        if not (entry / f"{DONE_PART}.parquet").is_file():
            return False
        with contextlib.suppress(OSError):
            os.utime(entry)
        return True

    def has_parts(self, stage: str, key: str) -> bool:
        """Whether the stage's output is stored, checked or not."""
        return self.entry(stage, key).is_dir()

    def read(
        self, stage: str, key: str, parts: Iterable[str], *, columns: Mapping[str, list[str]] | None = None
    ) -> dict[str, pl.DataFrame]:
        entry = self.entry(stage, key)
        return {part: pl.read_parquet(entry / f"{part}.parquet", columns=(columns or {}).get(part)) for part in parts}

    def drop(self, stage: str, key: str) -> None:
        shutil.rmtree(self.entry(stage, key), ignore_errors=True)

    def add_parts(self, stage: str, key: str, frames: Mapping[str, pl.DataFrame]) -> None:
        """Write (or replace) some of a stage's frames in its folder; ``checks`` last."""
        entry = self.entry(stage, key)
        entry.mkdir(parents=True, exist_ok=True)
        for part, frame in sorted(frames.items(), key=lambda item: item[0] == DONE_PART):
            with replacing(entry / f"{part}.parquet") as temporary:
                frame.write_parquet(temporary, **_PARQUET)  # type: ignore[arg-type]

    def record_run(self, started: float) -> None:
        """Remember that a run starting at ``started`` (epoch seconds) used the cache; prune what no recent run used."""
        runs_file = self.root / _RUNS_FILE
        try:
            runs = [float(t) for t in json.loads(runs_file.read_text(encoding="utf-8"))]
        except (OSError, ValueError, TypeError):
            runs = []
        runs = sorted([*runs, started])[-RUNS_KEPT:]
        self.root.mkdir(parents=True, exist_ok=True)
        with replacing(runs_file) as temporary:
            temporary.write_text(json.dumps(runs), encoding="utf-8")
        self.prune(older_than=runs[0])

    def prune(self, *, older_than: float) -> int:
        """Remove the stored outputs last used before ``older_than`` (epoch seconds), and unfinished folders."""
        removed = 0
        for stage_dir in (p for p in self.root.iterdir() if p.is_dir()) if self.root.is_dir() else ():
            for entry in stage_dir.iterdir():
                if entry.name.startswith(".") or entry.stat().st_mtime < older_than:
                    shutil.rmtree(entry, ignore_errors=True)
                    removed += 1
        return removed
