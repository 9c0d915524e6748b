"""A benchmark's --work-dir holds corpus text: it must lie outside the repository."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from tests.benchmarks.scripts import benchmark_script
from tests.conftest import REPO_ROOT


def test_a_work_dir_inside_the_repository_is_an_argument_error() -> None:
    build_corpus = benchmark_script("build_corpus")
    with pytest.raises(SystemExit):
        build_corpus.work_dir_outside_repo(argparse.ArgumentParser(), REPO_ROOT / "data" / "bench-scratch")
    assert not (REPO_ROOT / "data" / "bench-scratch").exists()


def test_a_work_dir_outside_is_resolved_and_created(tmp_path: Path) -> None:
    build_corpus = benchmark_script("build_corpus")
    work_dir = build_corpus.work_dir_outside_repo(argparse.ArgumentParser(), tmp_path / "a" / ".." / "work")
    assert work_dir == (tmp_path / "work").resolve() and work_dir.is_dir()
