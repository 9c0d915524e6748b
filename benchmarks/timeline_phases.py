"""The phases of a timed run (``timeline.py``): which process is which, the CPU between samples, the idle cores
before, during and after NER, and the events in order."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

Interval = tuple[float, float, dict[int, float], float]
"""Start (s from the command's start), length, CPU seconds of each process in it, the machine's idle core-seconds."""


def process_kinds(run: dict[str, Any]) -> dict[int, str]:
    """Each process of the run by what it is: cli (the command, which runs the flow), server, worker (NLP), checker,
    tracker (multiprocessing's resource tracker), forkserver (the NLP workers' fork server), else other; a served
    run's ``make serve`` processes by the kind the sampler gave them (``beside_kinds``: served-server,
    served-worker, runner)."""
    root = int(run["root_pid"])
    beside = {int(pid): kind for pid, kind in run.get("beside_kinds", {}).items()}
    doing: dict[int, set[str]] = defaultdict(set)
    for event in run["events"]:
        doing[int(event["pid"])].add(event["what"])
    kinds: dict[int, str] = {}
    for text_pid, command in run["commands"].items():
        pid = int(text_pid)
        if pid in beside:
            kinds[pid] = beside[pid]
        elif pid == root:
            kinds[pid] = "cli"
        elif "uvicorn" in command or "newsprep.server_app" in command:  # the temporary server's launcher (round 18)
            kinds[pid] = "server"
        elif "_prepare_worker" in doing[pid]:
            kinds[pid] = "worker"
        elif "import_suite_modules" in doing[pid]:
            kinds[pid] = "checker"
        elif "resource_tracker" in command:
            kinds[pid] = "tracker"
        elif "multiprocessing.forkserver" in command:  # not a folder's name (a checkout named after it)
            kinds[pid] = "forkserver"
        else:
            kinds[pid] = "other"
    return kinds


@dataclass(frozen=True)
class Timeline:
    started: float
    ended: float
    cores: int
    kinds: dict[int, str]
    samples: list[dict[str, Any]]
    events: list[dict[str, Any]]

    @classmethod
    def of(cls, run: dict[str, Any], kinds: dict[int, str]) -> Timeline:
        samples = [{**s, "cpu": {int(p): c for p, c in s["cpu"].items()}} for s in run["samples"]]
        for sample in samples:
            if "memory" in sample:
                sample["memory"] = {
                    measure: {int(p): b for p, b in by_pid.items()} for measure, by_pid in sample["memory"].items()
                }
        events = sorted(run["events"], key=lambda e: e["t"])
        return cls(run["started"], run["ended"], int(run["cores"]), kinds, samples, events)

    def intervals(self) -> Iterator[Interval]:
        """Between consecutive samples: a process first seen in a sample started within the interval before it."""
        for before, after in zip(self.samples, self.samples[1:], strict=False):
            cpu = {pid: seconds - before["cpu"].get(pid, 0.0) for pid, seconds in after["cpu"].items()}
            idle = after["machine_idle"] - before["machine_idle"]
            yield before["t"] - self.started, after["t"] - before["t"], cpu, idle

    def at(self, seconds: float) -> float:
        return seconds - self.started

    def span_of(self, what: str, arg_prefix: str) -> tuple[float, float] | None:
        """The first start and last end of the events ``what`` whose argument starts with ``arg_prefix``."""
        starts = [e["t"] for e in self.events if _is(e, what, arg_prefix, "start")]
        ends = [e["t"] for e in self.events if _is(e, what, arg_prefix, "end")]
        return (self.at(min(starts)), self.at(max(ends))) if starts and ends else None


def _is(event: dict[str, Any], what: str, arg_prefix: str, edge: str) -> bool:
    return bool(event["what"] == what and event["edge"] == edge and str(event.get("arg") or "").startswith(arg_prefix))


@dataclass(frozen=True)
class Phase:
    name: str
    start: float
    end: float
    cpu_by_kind: dict[str, float]
    machine_idle: float

    @property
    def wall(self) -> float:
        return self.end - self.start

    def idle_core_seconds(self, cores: int) -> float:
        """Cores x wall - the run's CPU: core time the run left unused (other work may have taken it)."""
        return cores * self.wall - sum(self.cpu_by_kind.values())


def phases(timeline: Timeline) -> list[Phase]:
    """Before the first NER batch starts, during NER (first start to last end), after the last one ends."""
    ner = timeline.span_of("run_stage", "nlp")
    end = timeline.at(timeline.ended)
    bounds = [("before NER", 0.0, ner[0]), ("NER", ner[0], ner[1]), ("after NER", ner[1], end)] if ner else []
    bounds = bounds or [("whole run", 0.0, end)]
    found = []
    for name, start, stop in bounds:
        cpu: dict[str, float] = defaultdict(float)
        idle = 0.0
        for at, span, by_pid, machine_idle in timeline.intervals():
            if start <= at + span / 2 < stop:
                idle += machine_idle
                for pid, seconds in by_pid.items():
                    cpu[timeline.kinds.get(pid, "other")] += seconds
        found.append(Phase(name, start, stop, dict(cpu), idle))
    return found


@dataclass(frozen=True)
class MemoryPeak:
    """The sample of a phase where the run's processes held the most PSS: the tree's PSS and RSS then, and the PSS of
    each process kind."""

    phase: str
    at: float
    pss_bytes: int
    rss_bytes: int
    pss_by_kind: dict[str, int]


def memory_peaks(timeline: Timeline) -> list[MemoryPeak]:
    """Per phase (``phases``), the memory sample with the largest summed PSS (phases without one are left out)."""
    peaks = []
    for phase in phases(timeline):
        inside = [s for s in timeline.samples if "memory" in s and phase.start <= timeline.at(s["t"]) < phase.end]
        if not inside:
            continue
        top = max(inside, key=lambda s: sum(s["memory"]["pss"].values()))
        by_kind: dict[str, int] = defaultdict(int)
        for pid, pss in top["memory"]["pss"].items():
            by_kind[timeline.kinds.get(pid, "other")] += pss
        pss_total, rss_total = sum(top["memory"]["pss"].values()), sum(top["memory"]["rss"].values())
        peaks.append(MemoryPeak(phase.name, timeline.at(top["t"]), pss_total, rss_total, dict(by_kind)))
    return peaks


def _memory_lines(timeline: Timeline) -> list[str]:
    lines = ["phase        peak at s  PSS MB   RSS MB   PSS MB by process kind"]
    for peak in memory_peaks(timeline):
        kinds = ", ".join(f"{kind} {pss / 2**20:.0f}" for kind, pss in sorted(peak.pss_by_kind.items()))
        lines.append(
            f"{peak.phase:11} {peak.at:10.2f} {peak.pss_bytes / 2**20:7.0f} {peak.rss_bytes / 2**20:8.0f}   {kinds}"
        )
    return lines if len(lines) > 1 else []


def _event_lines(timeline: Timeline) -> list[str]:
    """Each named event's start and end, in order; a stage's runs and checks over its batches as one line each."""
    opened: dict[tuple[int, str, str], float] = {}
    grouped: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    single: list[tuple[float, float, str]] = []
    for event in timeline.events:
        pid, what, arg = int(event["pid"]), event["what"], str(event.get("arg") or "")
        kind = timeline.kinds.get(pid, "other")
        if what == "process":
            single.append((timeline.at(event["t"]), timeline.at(event["t"]), f"{kind} {pid} starts"))
            continue
        if event["edge"] == "start":
            opened[(pid, what, arg)] = event["t"]
            continue
        began = opened.pop((pid, what, arg), event["t"])
        if what in ("run_stage", "check_stage", "batch_tables_from_cache"):
            grouped[(what, arg.split(":")[0])].append((timeline.at(began), timeline.at(event["t"])))
        else:
            single.append((timeline.at(began), timeline.at(event["t"]), f"{kind} {what} {arg}".rstrip()))
    for (what, stage), spans in grouped.items():
        busy = sum(end - start for start, end in spans)
        label = f"{what} {stage}: {len(spans)} calls, {busy:.2f} s summed"
        single.append((min(s for s, _ in spans), max(e for _, e in spans), label))
    return [f"{start:7.2f} {end:7.2f}  {label}" for start, end, label in sorted(single)]


def _task_lines(run: dict[str, Any], started: float) -> list[str]:
    """Prefect's task runs by name (``nlp-batch-3`` -> ``nlp``): how many, the first start, the last end."""
    grouped: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for task_run in run.get("task_runs", []):
        if task_run["end"] is not None:
            grouped[task_run["name"].split("-batch-")[0]].append((task_run["start"], task_run["end"]))
    rows = sorted(
        (min(s for s, _ in v) - started, max(e for _, e in v) - started, k, len(v)) for k, v in grouped.items()
    )
    return [f"{start:7.2f} {end:7.2f}  task {name} x{count}" for start, end, name, count in rows]


def describe(timeline: Timeline, run: dict[str, Any]) -> list[str]:
    """The report: the run, its processes' CPU, the phases and their idle cores, the events and task runs."""
    total: dict[int, float] = defaultdict(float)
    for _, _, by_pid, _ in timeline.intervals():
        for pid, seconds in by_pid.items():
            total[pid] += seconds
    wall = timeline.at(timeline.ended)
    lines = [
        f"{run['newsprep']} run, {run['articles']} articles: {wall:.2f} s wall, {sum(total.values()):.1f} CPU s, "
        f"exit {run['returncode']}, load {run['load_average_before']} -> {run['load_average_after']}",
        "processes (kind pid: CPU s):  "
        + ", ".join(f"{timeline.kinds.get(pid, 'other')} {pid}: {cpu:.1f}" for pid, cpu in sorted(total.items())),
        "",
        "phase        from s    to s   wall s  run CPU s  idle core-s (machine idle)  CPU by process kind",
    ]
    for phase in phases(timeline):
        kinds = ", ".join(f"{kind} {cpu:.1f}" for kind, cpu in sorted(phase.cpu_by_kind.items()))
        cpu = sum(phase.cpu_by_kind.values())
        lines.append(
            f"{phase.name:11} {phase.start:7.2f} {phase.end:7.2f} {phase.wall:8.2f} {cpu:10.1f}"
            f" {phase.idle_core_seconds(timeline.cores):12.1f} ({phase.machine_idle:5.1f})        {kinds}"
        )
    return [
        *lines,
        "",
        *_memory_lines(timeline),
        "",
        "events (s from the command's start):",
        *_event_lines(timeline),
        "",
        *_task_lines(run, timeline.started),
    ]
