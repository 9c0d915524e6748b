"""The timeline of a run (``benchmarks/timeline.py``): which process is which, and the idle cores by phase, on an
invented run of three processes (no run, no timing)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.benchmarks.scripts import benchmark_script

timeline_phases = benchmark_script("timeline_phases")
Timeline, phases, process_kinds = timeline_phases.Timeline, timeline_phases.phases, timeline_phases.process_kinds


def _event(t: float, pid: int, what: str, edge: str, arg: str | None = None) -> dict[str, Any]:
    return {"t": t, "pid": pid, "what": what, "edge": edge, "arg": arg}


def _run() -> dict[str, Any]:
    """A CLI (pid 1) with a server (2) and one NLP worker (3): NER from 2 s to 6 s of an 8 s run, on 2 cores."""
    cpu = [
        {1: 0.0, 2: 0.0, 3: 0.0},
        {1: 1.0, 2: 1.0, 3: 0.0},  # 0-2 s: CLI and server, both cores
        {1: 1.0, 2: 1.0, 3: 4.0},  # 2-6 s: the worker alone, one core idle
        {1: 2.0, 2: 1.0, 3: 4.0},  # 6-8 s: the CLI alone
    ]
    return {
        "root_pid": 1,
        "started": 100.0,
        "ended": 108.0,
        "cores": 2,
        "commands": {"1": "newsprep run raw", "2": "python -m uvicorn --factory app", "3": "python -c spawn_main"},
        "samples": [
            {"t": 100.0 + at, "cpu": c, "machine_idle": idle}
            for at, c, idle in zip((0, 2, 6, 8), cpu, (0, 0, 3, 3), strict=True)
        ],
        "events": [
            _event(102.5, 3, "_prepare_worker", "start"),
            _event(102.0, 3, "run_stage", "start", "nlp:5"),
            _event(106.0, 3, "run_stage", "end", "nlp:5"),
        ],
    }


def test_processes_are_told_apart_by_command_and_events() -> None:
    assert process_kinds(_run()) == {1: "cli", 2: "server", 3: "worker"}


def test_the_servers_launcher_and_the_fork_server_are_told_apart_whatever_the_checkouts_folder() -> None:
    run = _run()
    venv = "/work/wt/forkserver/.venv/bin/python"  # a checkout named after the fork server
    run["commands"] = {
        "1": f"{venv} newsprep run raw",
        "2": f"{venv} -m newsprep.server_app --factory newsprep.server_app:create_app",
        "3": f"{venv} -c from multiprocessing.forkserver import main; main(5, 9, ['newsprep.run.nlp_forkserver'])",
        "4": f"{venv} -c from multiprocessing.forkserver import main; main(5, 9, ['newsprep.run.nlp_forkserver'])",
    }
    assert process_kinds(run) == {1: "cli", 2: "server", 3: "worker", 4: "forkserver"}  # 3 ran _prepare_worker


def test_idle_core_seconds_are_the_cores_the_run_left_in_each_phase() -> None:
    run = _run()
    found = {phase.name: phase for phase in phases(Timeline.of(run, process_kinds(run)))}
    assert list(found) == ["before NER", "NER", "after NER"]
    assert found["before NER"].wall == pytest.approx(2.0)
    assert found["before NER"].idle_core_seconds(2) == pytest.approx(2.0)  # 4 core-s, 2 CPU s
    assert found["NER"].idle_core_seconds(2) == pytest.approx(4.0)
    assert found["after NER"].cpu_by_kind == {"cli": 1.0, "server": 0.0, "worker": 0.0}
    assert found["after NER"].machine_idle == 0.0


def test_a_served_runs_neighbours_keep_the_kind_the_sampler_gave_them() -> None:
    """``timeline.py --server cold``: ``make serve``'s processes sampled beside the run are told apart by the tree they
    were found in, whatever their command says (a served server runs no ``uvicorn`` command of its own)."""
    run = _run()
    run["commands"].update({"4": "prefect server start --host 127.0.0.1", "5": "python -m newsprep.warm.runner"})
    run["beside_kinds"] = {"4": "served-server", "5": "runner"}
    assert process_kinds(run) == {1: "cli", 2: "server", 3: "worker", 4: "served-server", 5: "runner"}


def test_the_memory_peak_of_each_phase_is_the_sample_where_the_tree_held_the_most_pss() -> None:
    """PSS divides shared pages among their sharers: a phase's peak is its sample of the largest summed PSS (not of
    the largest RSS), each kind's part of it told apart; a phase without a memory sample has none."""
    run = _run()
    mb = 2**20
    run["samples"][1]["memory"] = {"rss": {"1": 300 * mb, "3": 500 * mb}, "pss": {"1": 200 * mb, "3": 400 * mb}}
    later_in_ner = {"t": 104.0, "cpu": {1: 1.0, 2: 1.0, 3: 2.0}, "machine_idle": 1.5}
    later_in_ner["memory"] = {"rss": {"1": 300 * mb, "3": 900 * mb}, "pss": {"1": 250 * mb, "3": 300 * mb}}
    run["samples"].insert(2, later_in_ner)
    run["samples"][0]["memory"] = {"rss": {"1": 100 * mb}, "pss": {"1": 90 * mb}}
    peaks = {peak.phase: peak for peak in timeline_phases.memory_peaks(Timeline.of(run, process_kinds(run)))}
    assert list(peaks) == ["before NER", "NER"]
    assert peaks["before NER"].pss_bytes == 90 * mb
    assert peaks["NER"].at == pytest.approx(2.0)  # 600 MB of PSS at 2 s (800 of RSS) against 550 at 4 s (1,200)
    assert (peaks["NER"].pss_bytes, peaks["NER"].rss_bytes) == (600 * mb, 800 * mb)
    assert peaks["NER"].pss_by_kind == {"cli": 200 * mb, "worker": 400 * mb}
