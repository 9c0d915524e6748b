"""The throughput benchmark's ``--server`` plumbing (``benchmarks/served.py``, ``benchmarks/newsprep_arm.py``): which
environment each mode gives ``newsprep run``, which summary line each mode accepts, when ``make serve`` starts and
stops around the modes, and the result's arm and ratio names. No server and no run: ``make serve`` and the arm are
stubbed (the warm runner's end-to-end test runs the real ``scripts/serve.sh``)."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.benchmarks.scripts import benchmark_script
from tests.conftest import REPO_ROOT

benchmark_script("build_corpus")
process_measure = benchmark_script("process_measure")
served = benchmark_script("served")
newsprep_arm = benchmark_script("newsprep_arm")

TEMPORARY_LINE = "prefect     temporary server (no server running: `make serve` starts one that later runs use)"
SERVED_LINE = "prefect     http://127.0.0.1:4321/api (started by make serve)"
WARM_LINE = f"{SERVED_LINE}, by the warm runner (loaded 02:03:58)"
CHOOSERS = {
    "PREFECT_API_URL": "http://127.0.0.1:9/api",
    "NEWSPREP_SERVER_DIR": "/elsewhere",
    "NEWSPREP_WARM_RUNNER": "1",
    "NEWSPREP_PREFECT_PORT": "4200",
}


@pytest.mark.parametrize(
    ("text", "modes"),
    [("temporary", ["temporary"]), ("warm,cold", ["warm", "cold"]), (" cold , temporary ", ["cold", "temporary"])],
)
def test_server_modes_are_read_in_the_order_given(text: str, modes: list[str]) -> None:
    assert served.parse_modes(text) == modes


@pytest.mark.parametrize("text", ["", "hot", "warm,warm", "temporary,served"])
def test_an_unknown_empty_or_repeated_server_mode_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="server mode"):
        served.parse_modes(text)


def test_the_command_line_refuses_an_unknown_mode_before_any_work(tmp_path: Path) -> None:
    command = [sys.executable, str(REPO_ROOT / "benchmarks" / "throughput.py"), "--articles", "1", "--server", "hot"]
    done = subprocess.run(
        [*command, "--out", str(tmp_path / "out.json"), "--work-dir", str(tmp_path / "work")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and "server modes are temporary, warm, cold" in done.stderr
    assert not (tmp_path / "work").exists()


@pytest.mark.parametrize(
    ("mode", "server_dir", "warm_runner"),
    [("temporary", "work/no-server", None), ("warm", "state", None), ("cold", "state", "0")],
)
def test_each_mode_chooses_its_server_whatever_the_callers_environment_said(
    mode: str, server_dir: str, warm_runner: str | None
) -> None:
    env = served.mode_environment(
        mode, {**CHOOSERS, "KEPT": "yes"}, work_dir=Path("/b/work"), state_dir=Path("/b/state")
    )
    assert env["KEPT"] == "yes"
    assert "PREFECT_API_URL" not in env and "NEWSPREP_PREFECT_PORT" not in env
    assert env["NEWSPREP_SERVER_DIR"] == f"/b/{server_dir}"
    assert env.get("NEWSPREP_WARM_RUNNER") == warm_runner


@pytest.mark.parametrize(("mode", "line"), [("temporary", TEMPORARY_LINE), ("warm", WARM_LINE), ("cold", SERVED_LINE)])
def test_each_mode_accepts_the_summary_line_of_its_own_server(mode: str, line: str) -> None:
    served.check_prefect_line(mode, line)


@pytest.mark.parametrize(
    ("mode", "line"),
    [
        ("warm", SERVED_LINE),  # the runner was not ready, stale or refused the run: it ran cold
        ("cold", WARM_LINE),  # the opt-out did not reach the client
        ("cold", TEMPORARY_LINE),  # make serve's server was not found
        ("temporary", SERVED_LINE),  # a server of the caller's was found
        ("warm", None),
    ],
)
def test_a_run_on_another_server_than_its_modes_stops_the_benchmark(mode: str, line: str | None) -> None:
    with pytest.raises(RuntimeError):
        served.check_prefect_line(mode, line)


def test_a_run_with_nothing_to_process_needs_no_prefect_line() -> None:
    served.check_prefect_line("warm", None, processed=False)  # a no-change rerun settles without Prefect


def test_the_prefect_line_is_read_from_the_summary() -> None:
    output = f"newsprep run: published 1 document to out\n  rows        1 quotes\n  {WARM_LINE}\n  report      r.html\n"
    assert served.prefect_line(output) == WARM_LINE
    assert served.prefect_line("newsprep run: nothing to do\n") is None


def test_the_runners_cpu_is_its_last_runs_report(tmp_path: Path) -> None:
    (tmp_path / "runner.log").write_text(
        "ready after 6.1 s\nrun ended: exit 0, 2.5 CPU s (this process and its children); 0 modules\n"
        "ready after 5.9 s\nrun ended: exit 1, 31.75 CPU s (this process and its children); 5 modules\n"
    )
    assert served.runner_cpu_seconds(tmp_path) == 31.75


def test_a_process_trees_cpu_counts_and_a_missing_pid_counts_nothing(tmp_path: Path) -> None:
    assert process_measure.tree_cpu_seconds(os.getpid()) > 0
    assert process_measure.tree_cpu_seconds(None) == 0.0
    assert served.recorded_pid(tmp_path, "server") is None


@pytest.mark.parametrize(
    ("modes", "events"),
    [
        (["temporary"], ["run temporary"]),
        (["warm", "cold"], ["serve", "run warm", "run cold", "stop"]),
        (["temporary", "warm", "cold"], ["run temporary", "serve", "run warm", "run cold", "stop"]),
        (["cold", "warm", "temporary"], ["serve", "run cold", "run warm", "stop", "run temporary"]),
        (["warm", "temporary", "cold"], ["serve", "run warm", "stop", "run temporary", "serve", "run cold", "stop"]),
    ],
)
def test_make_serve_runs_around_the_served_modes_and_never_beside_a_temporary_server(
    modes: list[str], events: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []

    @contextlib.contextmanager
    def fake_serve(state_dir: Path, environ: Any) -> Iterator[None]:
        assert state_dir == tmp_path / "serve-state"
        seen.append("serve")
        yield None
        seen.append("stop")

    def fake_arm(corpus: Path, words: int, work_dir: Path, *, quick: bool, mode: str) -> dict[str, Any]:
        seen.append(f"run {mode}")
        return {"server": mode}

    monkeypatch.setattr(newsprep_arm, "make_serve", fake_serve)
    monkeypatch.setattr(newsprep_arm, "arm_newsprep", fake_arm)
    arms = newsprep_arm.newsprep_arms(tmp_path / "corpus", 10, tmp_path, modes, quick=True)
    assert seen == events
    assert {name: arm["server"] for name, arm in arms.items() if name != "make_serve_seconds"} == {
        served.arm_name(mode): mode for mode in modes
    }


def test_make_serve_is_stopped_when_a_served_run_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []

    @contextlib.contextmanager
    def fake_serve(state_dir: Path, environ: Any) -> Iterator[None]:
        try:
            yield None
        finally:
            seen.append("stop")

    def failing_arm(*args: Any, **kwargs: Any) -> dict[str, Any]:
        raise RuntimeError("warm mode, but the run says: ...")

    monkeypatch.setattr(newsprep_arm, "make_serve", fake_serve)
    monkeypatch.setattr(newsprep_arm, "arm_newsprep", failing_arm)
    with pytest.raises(RuntimeError):
        newsprep_arm.newsprep_arms(tmp_path / "corpus", 10, tmp_path, ["warm"], quick=True)
    assert seen == ["stop"]


def test_each_newsprep_arm_has_its_ratio_and_the_temporary_arm_keeps_its_keys() -> None:
    arms = {
        "baseline": {},
        "peer": {},
        "newsprep": {"rerun_over_first": 0.02},
        "newsprep_warm": {"rerun_over_first": 0.01},
        "newsprep_cold": {"rerun_over_first": 0.03},
    }
    rate = {"baseline": 1000.0, "peer": 250.0, "newsprep": 700.0, "newsprep_warm": 900.0, "newsprep_cold": 800.0}
    assert newsprep_arm.newsprep_ratios(arms, rate) == {
        "newsprep_over_baseline": 0.7,
        "rerun_over_first": 0.02,
        "newsprep_warm_over_baseline": 0.9,
        "newsprep_warm_rerun_over_first": 0.01,
        "newsprep_cold_over_baseline": 0.8,
        "newsprep_cold_rerun_over_first": 0.03,
        "newsprep_over_peer": 2.8,
    }
