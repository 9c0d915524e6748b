"""The whole run's suites in a checker process (``newsprep.quality.checker``): the same results as in the run's own
process, and the run's own process when there is no checker or it broke."""

from __future__ import annotations

import signal
import time
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from newsprep.quality import CheckResult, check_frames, run_suites
from newsprep.quality import checker as checker_module
from newsprep.quality import suites as suites_module
from newsprep.quality.checker import (
    data_docs_coming,
    finish_data_docs,
    run_suites_in_checker,
    start_checker,
    stop_checker,
)
from tests.pipeline.test_quality import _tables, _with


def _frames(**overrides: list[dict[str, Any]]) -> dict[str, pl.DataFrame]:
    return check_frames(_tables(**overrides), input_count=1)


class _BrokenChecker:
    """Stands for a checker process that died (or whose imports failed as it started)."""

    def __init__(self) -> None:
        self.stopped = False

    def submit(self, *args: object) -> Any:
        raise BrokenProcessPool("an invented broken checker")

    def shutdown(self, **kwargs: object) -> None:
        self.stopped = True


@pytest.fixture
def broken_checker(monkeypatch: pytest.MonkeyPatch) -> _BrokenChecker:
    broken = _BrokenChecker()
    monkeypatch.setattr(checker_module, "_checker", broken)
    return broken


def test_without_a_checker_the_suites_run_here(tmp_path: Path) -> None:
    frames = _frames()
    scratch = tmp_path / "scratch"
    results = run_suites_in_checker(frames, min_speaker_share=0.5, data_docs_dir=None, scratch=scratch)
    assert results == run_suites(frames, min_speaker_share=0.5)
    assert not scratch.exists()


def test_a_broken_checker_is_dropped_and_the_suites_run_here(tmp_path: Path, broken_checker: _BrokenChecker) -> None:
    frames = _frames()
    scratch = tmp_path / "scratch"
    results = run_suites_in_checker(frames, min_speaker_share=0.5, data_docs_dir=None, scratch=scratch)
    assert results == run_suites(frames, min_speaker_share=0.5)
    assert broken_checker.stopped
    assert checker_module._checker is None
    assert not scratch.exists()  # the frames it was handed are gone


def test_an_error_of_a_broken_checker_is_raised_here_as_without_it(
    tmp_path: Path, broken_checker: _BrokenChecker, monkeypatch: pytest.MonkeyPatch
) -> None:
    def cannot_import(*args: object, **kwargs: object) -> list[CheckResult]:
        raise ModuleNotFoundError("No module named 'an_invented_checks_library'")

    monkeypatch.setattr(suites_module, "run_suites", cannot_import)
    with pytest.raises(ModuleNotFoundError, match="an_invented_checks_library"):
        run_suites_in_checker(_frames(), min_speaker_share=0.5, data_docs_dir=None, scratch=tmp_path / "scratch")


@pytest.mark.slow
def test_a_checker_process_gives_the_results_here_then_renders_the_data_docs(tmp_path: Path) -> None:
    frames = _frames(**_with("quotes", char_end=12))  # a planted defect: some checks fail
    here = run_suites(frames, min_speaker_share=0.5, data_docs_dir=tmp_path / "docs-here")
    start_checker()
    try:
        there = run_suites_in_checker(
            frames, min_speaker_share=0.5, data_docs_dir=tmp_path / "docs-there", scratch=tmp_path / "scratch"
        )
        # The results are back; the Data Docs are rendered while the run publishes, and waited for at its end.
        assert data_docs_coming() and checker_module.checker_running()
        assert not (tmp_path / "scratch").exists()
        finish_data_docs()
    finally:
        stop_checker()
    assert there == here
    assert any(not result.success for result in there)
    assert (tmp_path / "docs-there" / "index.html").is_file()
    assert not data_docs_coming()
    assert checker_module._checker is None  # one run's suites, then it stops


@pytest.mark.slow
def test_without_data_docs_the_checker_stops_with_the_results(tmp_path: Path) -> None:
    start_checker()
    try:
        run_suites_in_checker(_frames(), min_speaker_share=0.5, data_docs_dir=None, scratch=tmp_path / "scratch")
        assert not data_docs_coming() and not checker_module.checker_running()
    finally:
        stop_checker()


def test_finishing_without_data_docs_coming_does_nothing() -> None:
    assert not data_docs_coming()
    finish_data_docs()
    assert not checker_module.checker_running()


@pytest.mark.slow
def _exit_code_once_reaped(process: Any, timeout: float = 120.0) -> int | None:
    """The process's exit code once it is reaped. The executor's own thread joins its processes after a shutdown, so
    this thread's join may lose the race to reap the child and return while ``exitcode`` is still unset (the loser's
    ``waitpid`` fails and is read as "still running"); the exit code appears as soon as the winner records it."""
    process.join(timeout=timeout)
    deadline = time.monotonic() + timeout
    while process.exitcode is None and time.monotonic() < deadline:
        time.sleep(0.05)
    return process.exitcode


def test_an_unused_checker_is_ended_at_once() -> None:
    """A run with nothing to process stops the checker it started first, while it still imports GX (seconds): the
    process is ended by a signal, not left to finish its imports and exit on its own (exit code 0). The join's
    timeout only bounds a broken test; on a loaded machine a terminated process may take seconds to be reaped, so
    how soon it ends is not what this asserts."""
    start_checker()
    checker = checker_module._checker
    assert checker is not None
    processes = list(checker_module._checker_processes)
    assert len(processes) == 1  # the one process the executor started, kept by the context it was given
    stop_checker()
    for process in processes:
        assert _exit_code_once_reaped(process) == -signal.SIGTERM
    assert not checker_module.checker_running()
    assert not checker_module._checker_processes
