"""The NLP workers a waiting warm runner keeps: on unless ``NEWSPREP_WARM_WORKERS`` says off, stopped at once for a
run that does not share out, and run from the caller's folder when a run takes them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsprep.nlp import DEFAULT_MODEL
from newsprep.run import workers
from newsprep.warm.nlp_workers import KEEP_WORKERS, keeps_nlp_workers, start_nlp_workers


@pytest.mark.parametrize(
    ("env", "kept"),
    [({}, True), ({KEEP_WORKERS: "1"}, True), ({KEEP_WORKERS: "0"}, False), ({KEEP_WORKERS: " Off "}, False)],
)
def test_a_waiting_runner_keeps_nlp_workers_unless_the_setting_says_off(env: dict[str, str], kept: bool) -> None:
    assert keeps_nlp_workers(env) is kept


def test_nothing_starts_when_the_setting_says_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers, "warm_worker_pool", lambda **_: pytest.fail("started"))
    assert start_nlp_workers({KEEP_WORKERS: "no"}, DEFAULT_MODEL) is False


class _FakePool:
    def __init__(self) -> None:
        self.shutdowns: list[bool] = []

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self.shutdowns.append(wait)


def test_a_run_too_small_to_share_out_stops_a_pool_started_ahead_without_waiting(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ahead = _FakePool()
    monkeypatch.setattr(workers, "_pool", ((2, DEFAULT_MODEL), ahead))
    assert workers.warm_worker_pool(spacy_model=DEFAULT_MODEL, run_documents=1, workers=2) is False
    assert workers._pool is None
    assert ahead.shutdowns == [False]  # the run does not wait for the idle workers to exit


@pytest.mark.slow
def test_workers_started_in_one_folder_run_a_call_from_the_callers_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pool started ahead of the run (the runner's folder) and a run from another folder: its relative paths must
    lead where they lead for the caller."""
    started_in, run_from = tmp_path / "runner", tmp_path / "run"
    started_in.mkdir()
    run_from.mkdir()
    monkeypatch.chdir(started_in)
    try:
        assert workers.warm_worker_pool(spacy_model=DEFAULT_MODEL, run_documents=workers.POOL_MIN_DOCUMENTS, workers=2)
        monkeypatch.chdir(run_from)
        folders = workers.run_calls(os.getcwd, [(), ()], pool_workers=2, spacy_model=DEFAULT_MODEL)
    finally:
        workers.release_worker_pool()
    assert folders == [str(run_from), str(run_from)]


def test_a_runner_turning_stale_stops_its_workers_before_it_starts_the_fresh_runner(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from newsprep.warm import loaded, runner

    steps: list[str] = []
    monkeypatch.setattr(loaded, "why_runner_stale", lambda _loaded: "a module changed")
    monkeypatch.setattr(runner, "stop_nlp_workers", lambda: steps.append("stop the workers"))
    monkeypatch.setattr(runner, "start_next_runner", lambda _start: steps.append("start the fresh runner") or 0)
    monkeypatch.setattr(runner, "log", lambda _line: None)

    assert runner.still_stale_or_now(None, object(), object()) == "a module changed"  # type: ignore[arg-type]
    assert steps == ["stop the workers", "start the fresh runner"]
