"""The wall-clock timeline of one ``newsprep run``: when each process of it works, when each core is idle.

usage: python benchmarks/timeline.py --articles 500 --out /tmp/timeline.json
       python benchmarks/timeline.py --articles 500 --newsprep /other/clone/.venv/bin/newsprep --out /tmp/base.json
       python benchmarks/timeline.py --articles 500 --server cold --out /tmp/cold.json

On the corpus ``throughput.py`` builds (the same seed, under ``--work-dir``, outside the repo), after a one-article
run that creates the Prefect database there (a user's steady state: ``.prefect/`` is kept where newsprep runs),
``newsprep run CORPUS --out OUT`` as a user types it, with no server running (a temporary one starts), or with
``--server cold`` on the server ``make serve`` of the command's clone starts (``served.make_serve``: server, worker,
warm runner; the run cold, ``NEWSPREP_WARM_RUNNER=0``, as a deployment's; timed once the runner has been quiet for a
second), while:

- every 50 ms, the CPU seconds (utime + stime, ``/proc/<pid>/stat`` through psutil) of the command and each of its
  descendants: the CLI's process (which runs the flow), the temporary Prefect server, the NLP workers, the checker;
  with ``--server cold`` also of ``make serve``'s processes (``served-server``, ``served-worker``, ``runner`` and
  their children); and the machine's idle time (``/proc/stat``), to tell idle cores from cores other work took;
- every 0.5 s, the resident memory (RSS) and proportional set size (PSS: shared pages divided among their sharers,
  ``/proc/<pid>/smaps_rollup``) of each of those processes: the memory the run really holds, by phase and kind;
- each process writes its events (``timeline_hooks/sitecustomize.py``): its start, the run's imports, the model's
  load, each stage's run and checks on each batch, the contracts, the suites, the Data Docs, the report, the publish.

Prints the phases (before the first NER batch starts, during NER, after the last NER batch ends) with their wall
seconds, the run's CPU seconds and the idle core-seconds (cores x wall - the run's CPU), then the events in order,
the stages' spans and a strip of the run's busy cores every half second. The JSON holds every sample and event.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_corpus import REPO, build_corpus, work_dir_outside_repo
from process_measure import load_average
from served import make_serve, mode_environment, recorded_pid, wait_for_idle_runner
from timeline_phases import Timeline, describe, process_kinds

HOOKS = Path(__file__).resolve().parent / "timeline_hooks"
SAMPLE_SECONDS = 0.05
MEMORY_EVERY = 10
"""The memory of each process is read every this many CPU samples (0.5 s): PSS walks each process's page tables."""


def _machine_idle_seconds() -> float:
    """Idle and iowait seconds of all cores since boot (``/proc/stat``)."""
    fields = Path("/proc/stat").read_text(encoding="ascii").split("\n", 1)[0].split()
    return (int(fields[4]) + int(fields[5])) / os.sysconf("SC_CLK_TCK")


def _tree_cpu(root: psutil.Process) -> dict[int, float]:
    """CPU seconds of ``root`` and each descendant alive now."""
    cpu: dict[int, float] = {}
    try:
        processes = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return cpu
    for process in processes:
        try:
            times = process.cpu_times()
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
        cpu[process.pid] = times.user + times.system
    return cpu


def _memory(pids: list[int]) -> dict[str, dict[int, int]]:
    """RSS and PSS bytes of each of ``pids`` still alive (a process without PSS, or not readable, is left out)."""
    rss: dict[int, int] = {}
    pss: dict[int, int] = {}
    for pid in pids:
        with contextlib.suppress(psutil.NoSuchProcess, psutil.AccessDenied):
            full = psutil.Process(pid).memory_full_info()
            rss[pid], pss[pid] = full.rss, getattr(full, "pss", 0)
    return {"rss": rss, "pss": pss}


def _beside_trees(beside: dict[int, str]) -> tuple[dict[int, float], dict[int, str]]:
    """CPU seconds of each process of the ``beside`` trees (root pid -> kind), and each one's kind."""
    cpu: dict[int, float] = {}
    kinds: dict[int, str] = {}
    for pid, kind in beside.items():
        with contextlib.suppress(psutil.NoSuchProcess):
            tree = _tree_cpu(psutil.Process(pid))
            cpu.update(tree)
            kinds.update(dict.fromkeys(tree, kind))
    return cpu, kinds


def _sample_run(
    command: list[str], *, cwd: Path, env: dict[str, str], beside: dict[int, str] | None = None
) -> dict[str, Any]:
    """Run ``command``, sampling its tree's CPU every 50 ms (and that of the ``beside`` trees: root pid -> kind, the
    processes of ``make serve`` that work beside a served run); the samples and what each process is."""
    started = time.time()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    root = psutil.Process(process.pid)
    samples: list[dict[str, Any]] = []
    commands: dict[int, str] = {}
    beside_kinds: dict[int, str] = {}
    while process.poll() is None:
        cpu = _tree_cpu(root)
        served_cpu, served_kinds = _beside_trees(beside or {})
        cpu.update(served_cpu)
        beside_kinds.update(served_kinds)
        for pid in cpu.keys() - commands.keys():
            try:
                commands[pid] = " ".join(psutil.Process(pid).cmdline()[:8])
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                commands[pid] = "?"
        sample: dict[str, Any] = {"t": time.time(), "cpu": cpu, "machine_idle": _machine_idle_seconds()}
        if len(samples) % MEMORY_EVERY == 0:
            sample["memory"] = _memory(list(cpu))
        samples.append(sample)
        time.sleep(SAMPLE_SECONDS)
    output = process.stdout.read().decode(errors="replace") if process.stdout else ""
    samples.append({"t": time.time(), "cpu": {}, "machine_idle": _machine_idle_seconds()})
    return {
        "started": started,
        "ended": time.time(),
        "returncode": process.returncode,
        "output": output[-3000:],
        "samples": samples,
        "commands": {str(pid): text for pid, text in commands.items()},
        "beside_kinds": {str(pid): kind for pid, kind in beside_kinds.items()},
        "root_pid": process.pid,
    }


def _read_events(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _task_runs(prefect_home: Path, since: float) -> list[dict[str, Any]]:
    """The Prefect task runs the server recorded for the run (name, start and end as epoch seconds)."""
    import sqlite3
    from datetime import datetime

    database = prefect_home / "prefect.db"
    if not database.is_file():
        return []
    with sqlite3.connect(database) as connection:
        rows = connection.execute("SELECT name, start_time, end_time FROM task_run").fetchall()

    def epoch(text: str | None) -> float | None:
        return None if text is None else datetime.fromisoformat(text).timestamp()

    runs = [{"name": name, "start": epoch(start), "end": epoch(end)} for name, start, end in rows]
    return sorted((r for r in runs if r["start"] is not None and r["start"] >= since), key=lambda r: r["start"])


SERVED_KINDS = {"server": "served-server", "worker": "served-worker", "runner": "runner"}
"""``make serve``'s pid files -> the kind of each process of their trees in a cold run's timeline."""


def timed_run(newsprep: Path, articles: int, work_dir: Path, seed: int, server: str = "temporary") -> dict[str, Any]:
    """One-article run (the database), then the timed run of ``articles`` articles: with a temporary server, or
    (``cold``) on ``make serve``'s server of the command's clone, started here in a fresh state folder."""
    if server == "temporary":
        return _timed_runs(newsprep, articles, work_dir, seed, server)
    state_dir = work_dir / "serve-state"
    shutil.rmtree(state_dir, ignore_errors=True)
    with make_serve(state_dir, os.environ, repo=newsprep.parents[2]):
        return _timed_runs(newsprep, articles, work_dir, seed, server, state_dir=state_dir)


def _timed_runs(
    newsprep: Path, articles: int, work_dir: Path, seed: int, server: str, *, state_dir: Path | None = None
) -> dict[str, Any]:
    corpus = work_dir / f"corpus-{articles}"
    build_corpus(articles, corpus, seed=seed)
    one = work_dir / "corpus-1"
    build_corpus(1, one)
    prefect_home = work_dir / ".prefect"
    env = {**os.environ, "PREFECT_HOME": str(prefect_home)}
    env.pop("PREFECT_API_URL", None)
    beside: dict[int, str] = {}
    if state_dir is not None:
        env = mode_environment(server, env, work_dir=work_dir, state_dir=state_dir)
        prefect_home = state_dir / "home"  # where the served server keeps its database
    shutil.rmtree(work_dir / "out-1", ignore_errors=True)
    subprocess.run(
        [str(newsprep), "run", str(one), "--out", str(work_dir / "out-1")], cwd=work_dir, env=env, check=True
    )
    events_file = work_dir / "events.jsonl"
    events_file.unlink(missing_ok=True)
    out = work_dir / f"out-{articles}"
    shutil.rmtree(out, ignore_errors=True)
    hooked = {
        **env,
        "NEWSPREP_TIMELINE_EVENTS": str(events_file),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(HOOKS), env.get("PYTHONPATH")])),
    }
    if state_dir is not None:
        wait_for_idle_runner(state_dir)  # as a user's run finds a runner that has waited
        found = {name: recorded_pid(state_dir, name) for name in SERVED_KINDS}
        beside = {pid: SERVED_KINDS[name] for name, pid in found.items() if pid is not None}
    load_before = load_average()
    run = _sample_run([str(newsprep), "run", str(corpus), "--out", str(out)], cwd=work_dir, env=hooked, beside=beside)
    run.update(
        articles=articles,
        server=server,
        newsprep=str(newsprep),
        cores=len(os.sched_getaffinity(0)),
        load_average_before=load_before,
        load_average_after=load_average(),
        events=_read_events(events_file),
        task_runs=_task_runs(prefect_home, run["started"]),
    )
    return run


def _strip(timeline: Timeline, step: float = 0.5) -> list[str]:
    """The run's busy cores per process kind, every ``step`` seconds."""
    lines = []
    kinds = sorted(set(timeline.kinds.values()))
    lines.append("   t s  " + " ".join(f"{kind[:8]:>8}" for kind in kinds) + "  idle(run) idle(machine)")
    buckets: dict[int, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    idle_machine: dict[int, float] = defaultdict(float)
    spans: dict[int, float] = defaultdict(float)
    for at, span, by_pid, machine_idle in timeline.intervals():
        bucket = int(at / step)
        spans[bucket] += span
        idle_machine[bucket] += machine_idle
        for pid, cpu in by_pid.items():
            buckets[bucket][timeline.kinds.get(pid, "other")] += cpu
    for bucket in sorted(spans):
        span = spans[bucket] or step
        busy = {kind: buckets[bucket][kind] / span for kind in kinds}
        idle = timeline.cores - sum(busy.values())
        row = " ".join(f"{busy[kind]:8.2f}" for kind in kinds)
        lines.append(f"{bucket * step:6.1f}  {row}  {idle:9.2f} {idle_machine[bucket] / span:13.2f}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--out", type=Path, required=True, help="JSON: every sample, event and task run")
    parser.add_argument("--work-dir", type=Path, default=Path("/tmp/newsprep-timeline"))
    parser.add_argument("--newsprep", type=Path, default=REPO / ".venv" / "bin" / "newsprep", help="the command")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--strip", action="store_true", help="also print the busy cores every half second")
    parser.add_argument(
        "--server",
        choices=("temporary", "cold"),
        default="temporary",
        help="temporary (none running) or cold (make serve's, started here from the command's clone; the run cold)",
    )
    args = parser.parse_args()
    work_dir = work_dir_outside_repo(parser, args.work_dir)
    run = timed_run(args.newsprep.absolute(), args.articles, work_dir, args.seed, args.server)
    args.out.write_text(json.dumps(run) + "\n", encoding="utf-8")
    timeline = Timeline.of(run, process_kinds(run))
    print("\n".join(describe(timeline, run)))
    if args.strip:
        print("\n".join(_strip(timeline)))


if __name__ == "__main__":
    main()
