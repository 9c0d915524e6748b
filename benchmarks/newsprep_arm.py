"""The newsprep arm of ``throughput.py``: ``newsprep run`` as a user types it, timed from outside, on the Prefect
server a mode says (``served``): a one-article run for the start-up time (unless quick), the corpus, then a
no-change rerun. Also ``incremental.py``'s timed run.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import time
from pathlib import Path
from typing import Any

from build_corpus import REPO, build_corpus
from process_measure import load_average, measure, tree_cpu_seconds
from served import (
    SERVED_MODES,
    arm_name,
    check_prefect_line,
    make_serve,
    mode_environment,
    prefect_line,
    recorded_pid,
    runner_cpu_seconds,
    wait_for_idle_runner,
)

NEWSPREP = REPO / ".venv" / "bin" / "newsprep"


def _newsprep_env(work_dir: Path) -> dict[str, str]:
    # Prefect's database lives with the benchmark (or where --prefect-home says), kept between invocations as it is
    # between a user's runs: only the first run on a fresh database pays for creating it.
    home = os.environ.get("NEWSPREP_BENCH_PREFECT_HOME") or str(work_dir / ".prefect")
    return {**os.environ, "PREFECT_HOME": home}


def run_newsprep(corpus: Path, out: Path, work_dir: Path, *, mode: str = "temporary") -> dict[str, Any]:
    """``newsprep run`` timed from outside, on the server ``mode`` says (``served``); the manifest's own timings
    beside it. A warm run waits (untimed) until a runner listens; its CPU is the client's plus the runner's report."""
    from newsprep.quality import check_observed

    state = serve_state_dir(work_dir)
    env = mode_environment(mode, _newsprep_env(work_dir), work_dir=work_dir, state_dir=state)
    if mode == "warm":
        wait_for_idle_runner(state)
    runner = recorded_pid(state, "runner") if mode == "warm" else None
    server_cpu = tree_cpu_seconds(recorded_pid(state, "server")) if mode in SERVED_MODES else 0.0
    watch = out / "_staging" / "batch-*"  # under _staging/<run id>/
    load_before = load_average()
    done = measure(
        [str(NEWSPREP), "run", str(corpus), "--out", str(out)],
        cwd=work_dir,
        env=env,
        watch=watch,
        beside=() if runner is None else (runner,),
    )
    # Exit 1: a critical data-quality check failed and nothing was published; the run's work was done all the same.
    if done.returncode not in (0, 1):
        raise SystemExit(f"newsprep run failed ({done.returncode}):\n{done.stdout[-4000:]}")
    manifest = json.loads(max((out / "_runs").glob("*.json")).read_text(encoding="utf-8"))
    prefect = prefect_line(done.stdout)
    check_prefect_line(mode, prefect, processed=bool(manifest["documents_processed"]))
    # The staging folder appears as the first batch is written; a rerun with nothing to do never makes one.
    first = done.first_seen_seconds
    runner_cpu = runner_cpu_seconds(state) if mode == "warm" else 0.0
    return {
        "server": mode,
        "prefect": prefect,
        "seconds": round(done.seconds, 2),
        "flow_seconds": manifest["seconds"],
        "outside_flow_seconds": round(done.seconds - manifest["seconds"]["total"], 2),
        "first_batch_written_seconds": None if first is None else round(first, 2),
        "published": manifest["published"],
        "failed_critical_checks": [
            f"[{c['stage']}] {c['check']}: {check_observed(c)}"
            for c in manifest["checks"]
            if c["severity"] == "critical" and not c["success"]
        ],
        "code_version": manifest["code_version"],
        "documents_processed": manifest["documents_processed"],
        "documents_reused": manifest["documents_reused"],
        "row_counts": manifest["row_counts"],
        "peak_rss_mb": done.peak_rss_mb,
        "max_process_rss_mb": done.max_process_rss_mb,
        "peak_pss_mb": done.peak_pss_mb,
        # With a temporary server, the server is the command's child and its CPU is in here; a served run's server
        # runs apart (server_cpu_seconds), and a warm run's work is the runner's (runner_cpu_seconds, in here).
        "cpu_seconds": round(done.cpu_seconds + runner_cpu, 2),
        "runner_cpu_seconds": runner_cpu if mode == "warm" else None,
        "server_cpu_seconds": (
            round(tree_cpu_seconds(recorded_pid(state, "server")) - server_cpu, 2) if mode in SERVED_MODES else None
        ),
        "load_average_before": load_before,
        "load_average_after": load_average(),
    }


def arm_newsprep(corpus: Path, words: int, work_dir: Path, *, quick: bool, mode: str = "temporary") -> dict[str, Any]:
    figures: dict[str, Any] = {
        "what": f"{NEWSPREP.relative_to(REPO)} run CORPUS --out OUT (defaults), end to end",
        "server": mode,
    }
    if not quick:
        # Start-up: a one-article corpus, whose run is nearly all fixed cost.
        one = work_dir / "corpus-1"
        build_corpus(1, one)
        shutil.rmtree(work_dir / "out-1", ignore_errors=True)
        figures["startup_one_article"] = run_newsprep(one, work_dir / "out-1", work_dir, mode=mode)
    out = work_dir / f"out-{corpus.name}"
    shutil.rmtree(out, ignore_errors=True)
    first = run_newsprep(corpus, out, work_dir, mode=mode)
    figures.update(first)
    figures["words_per_second"] = round(words / first["seconds"], 1)
    if not first["published"]:
        # Nothing published, nothing to reuse: a rerun would redo everything. Not a no-change rerun.
        figures["no_change_rerun"] = None
        figures["rerun_over_first"] = None
        return figures
    rerun = run_newsprep(corpus, out, work_dir, mode=mode)
    if rerun["documents_processed"]:
        figures["warning"] = "the rerun processed documents: the code changed between the two runs"
    figures["no_change_rerun"] = rerun
    figures["rerun_over_first"] = round(rerun["seconds"] / first["seconds"], 4)
    return figures


def serve_state_dir(work_dir: Path) -> Path:
    """Where the served modes' ``make serve`` keeps its state (a fresh database each invocation)."""
    return work_dir / "serve-state"


def newsprep_arms(corpus: Path, words: int, work_dir: Path, modes: list[str], *, quick: bool) -> dict[str, Any]:
    """The newsprep arm once per server mode, in the order given. ``make serve`` starts before the first served mode
    and stops before a temporary one (or at the end): a temporary-server run has no idle server beside it."""
    arms: dict[str, Any] = {}
    serving: contextlib.ExitStack | None = None
    try:
        for mode in modes:
            if mode == "temporary" and serving is not None:
                serving.close()
                serving = None
            if mode in SERVED_MODES and serving is None:
                shutil.rmtree(serve_state_dir(work_dir), ignore_errors=True)
                serving = contextlib.ExitStack()
                started = time.perf_counter()
                serving.enter_context(make_serve(serve_state_dir(work_dir), os.environ))
                arms["make_serve_seconds"] = round(time.perf_counter() - started, 2)
            arms[arm_name(mode)] = arm_newsprep(corpus, words, work_dir, quick=quick, mode=mode)
    finally:
        if serving is not None:
            serving.close()
    return arms


def newsprep_ratios(arms: dict[str, Any], rate: dict[str, float]) -> dict[str, float | None]:
    """Each newsprep arm's words/s over bare NER's (and a no-change rerun's time over its first run's); the
    temporary-server arm's keys as before (``newsprep_over_baseline``, ``rerun_over_first``, over the peers)."""
    ratios: dict[str, float | None] = {}
    for name in (n for n in arms if n.startswith("newsprep")):
        ratios[f"{name}_over_baseline"] = round(rate[name] / rate["baseline"], 3)
        rerun_key = "rerun_over_first" if name == "newsprep" else f"{name}_rerun_over_first"
        ratios[rerun_key] = arms[name]["rerun_over_first"]
    for peer in ("peer", "peer_numpy"):
        if peer in rate and "newsprep" in rate:
            ratios[f"newsprep_over_{peer}"] = round(rate["newsprep"] / rate[peer], 3)
    return ratios
