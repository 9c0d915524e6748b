"""Fixtures that run the real pipeline (Prefect flow, spaCy, pandera, Great Expectations) on real files."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, cast

import pytest

from tests.benchmarks.scripts import benchmark_script
from tests.conftest import REPO_ROOT, SHARED_DIR

SAMPLE = REPO_ROOT / "data" / "raw" / "npr-blinken-china.txt"
SCORER = SHARED_DIR / "eval" / "score.py"
NEWSPREP = Path(sys.executable).parent / "newsprep"


def make_serve(
    state_dir: Path, environ: Mapping[str, str], *, extra_env: Mapping[str, str] | None = None
) -> AbstractContextManager[Any]:
    """``make serve`` on a free loopback port until ``make stop``: ``benchmarks/served.py``'s ``make_serve``, the one
    helper the end-to-end tests and the benchmarks start it with."""
    for needed in ("build_corpus", "process_measure"):  # what the script imports by name
        benchmark_script(needed)
    served: Any = benchmark_script("served")
    return cast(AbstractContextManager[Any], served.make_serve(state_dir, environ, extra_env=extra_env))


def run_newsprep(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The installed ``newsprep`` command as a user types it (output captured, as when piped)."""
    return subprocess.run(
        [str(NEWSPREP), *map(str, args)], cwd=cwd, capture_output=True, text=True, timeout=600, env=os.environ.copy()
    )


def table_digests(out: Path) -> dict[str, str]:
    """sha256 of each ``<table>.parquet`` an output folder publishes, by file name."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(out.glob("*.parquet"))}


def run_flow(raw_dir: Path, out_dir: Path, **settings: Any) -> dict[str, Any]:
    from newsprep.config import PipelineSettings
    from newsprep.run.flow import process_articles

    result: dict[str, Any] = process_articles(PipelineSettings(raw_dir=raw_dir, out_dir=out_dir, **settings))
    return result


def score(gold_dir: Path, out_dir: Path) -> dict[str, Any]:
    """The shared scorer's figures (the same command the README and the closing notes quote)."""
    completed = subprocess.run(
        [sys.executable, str(SCORER), str(gold_dir), str(out_dir), "--json"],
        check=True,
        capture_output=True,
        text=True,
    )
    figures: dict[str, Any] = json.loads(completed.stdout)
    return figures


@pytest.fixture(scope="session")
def sample_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """The bundled sample through the real flow once per session: (out_dir, flow result)."""
    raw = tmp_path_factory.mktemp("raw")
    shutil.copy(SAMPLE, raw / SAMPLE.name)
    out = tmp_path_factory.mktemp("processed")
    return out, run_flow(raw, out)


@pytest.fixture
def make_raw_dir(tmp_path: Path) -> Callable[[dict[str, bytes]], Path]:
    def make(files: dict[str, bytes]) -> Path:
        raw = tmp_path / "raw"
        for name, data in files.items():
            path = raw / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        raw.mkdir(exist_ok=True)
        return raw

    return make
