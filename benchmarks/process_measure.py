"""Measuring a command as a benchmark sees it: wall seconds, CPU seconds, and the peak resident memory of its
whole process tree (sampled every 0.1 s through psutil) beside the largest single process (``wait4``, Unix only),
and the peak proportional set size (PSS) of the tree, sampled every 0.5 s.

RSS counts a page shared by several processes (a fork server's model in the workers it forked) once per process;
PSS divides each page among the processes that map it, so the tree's PSS is the memory it really holds. PSS is read
from ``/proc/<pid>/smaps_rollup`` (psutil's ``memory_full_info``; the kernel walks the process's page tables, a few
milliseconds for a model's process): hence the slower rate.

Used by ``throughput.py`` (and through it ``incremental.py``).
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import psutil


def _tree(pid: int) -> list[psutil.Process]:
    """``pid`` and all its descendants now (none for a process that is gone)."""
    try:
        root = psutil.Process(pid)
        return [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return []


def tree_rss_bytes(pid: int) -> int:
    """Resident memory of ``pid`` and all its descendants (psutil; a process that exits meanwhile counts nothing)."""
    total = 0
    for process in _tree(pid):
        with contextlib.suppress(psutil.NoSuchProcess, psutil.AccessDenied):
            total += process.memory_info().rss
    return total


def tree_pss_bytes(pid: int) -> int:
    """Proportional set size of ``pid`` and all its descendants: each shared page divided among its sharers (0 where
    the system has no PSS: psutil then has no ``pss`` field)."""
    total = 0
    for process in _tree(pid):
        with contextlib.suppress(psutil.NoSuchProcess, psutil.AccessDenied):
            total += getattr(process.memory_full_info(), "pss", 0)
    return total


PSS_EVERY = 5
"""``measure`` reads the tree's PSS every this many RSS samples (0.5 s)."""


def tree_cpu_seconds(pid: int | None) -> float:
    """CPU seconds so far of ``pid`` and its descendants (0 for no process or one that is gone)."""
    total = 0.0
    for process in [] if pid is None else _tree(pid):
        with contextlib.suppress(psutil.NoSuchProcess, psutil.AccessDenied):
            times = process.cpu_times()
            total += times.user + times.system
    return total


@dataclass(frozen=True)
class Measured:
    returncode: int
    seconds: float
    peak_rss_mb: float
    max_process_rss_mb: float
    cpu_seconds: float
    peak_pss_mb: float
    stdout: str
    first_seen_seconds: float | None


def measure(
    command: list[str],
    *,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    watch: Path | None = None,
    beside: Sequence[int] = (),
) -> Measured:
    """Run ``command``, sampling its process tree's RSS; ``watch``: time until a path matching it first exists;
    ``beside``: processes not below the command that work for it (a warm runner), their trees added to each sample
    (their CPU is not in ``cpu_seconds``: only the command's and its children's)."""
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+", encoding="utf-8") as log:
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT, text=True)
        peak, peak_pss, first_seen, sampled = 0, 0, None, 0
        while True:
            # wait4 (not Popen.poll) reaps the child: its rusage has the largest RSS of the child and its descendants.
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            peak = max(peak, tree_rss_bytes(process.pid) + sum(tree_rss_bytes(other) for other in beside))
            if sampled % PSS_EVERY == 0:
                pss = tree_pss_bytes(process.pid) + sum(tree_pss_bytes(other) for other in beside)
                peak_pss = max(peak_pss, pss)
            sampled += 1
            if watch is not None and first_seen is None and any(watch.parent.glob(f"*/{watch.name}")):
                first_seen = time.perf_counter() - started
            time.sleep(0.1)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        log.seek(0)
        output = log.read()
    return Measured(
        process.returncode,
        seconds,
        round(peak / 2**20, 1),
        round(usage.ru_maxrss / 2**10, 1),
        round(usage.ru_utime + usage.ru_stime, 1),
        round(peak_pss / 2**20, 1),
        output,
        first_seen,
    )


def load_average() -> float:
    """The one-minute load average, rounded (beside every timing: the machine is shared)."""
    return round(os.getloadavg()[0], 2)
