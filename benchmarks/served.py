"""The Prefect server a benchmark's ``newsprep run`` uses, chosen as a user's run chooses it.

Three modes (``throughput.py --server``):

- ``temporary``: no server running; newsprep starts Prefect's temporary server for the run (every figure before
  round 10 of issue 19);
- ``warm``: ``make serve``'s server, with its warm runner taking the run, as ``newsprep run`` from the clone gets it
  while ``make serve`` runs;
- ``cold``: the same server, ``NEWSPREP_WARM_RUNNER=0``: a cold process with a running server, the path of a
  deployment's flow run (the worker starts each as ``python -m prefect.engine``).

The served modes run ``scripts/serve.sh`` of this clone (server, work pool, deployment, worker, warm runner) on a
free loopback port with its state in the benchmark's work folder, and ``scripts/stop.sh`` at the end, as the
warm runner's end-to-end test does. The warm runner's helpers here are also ``fixed_cost.py``'s.
"""

from __future__ import annotations

import contextlib
import re
import subprocess
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from build_corpus import REPO
from process_measure import tree_cpu_seconds

from newsprep.cli.server import free_loopback_port
from newsprep.warm.protocol import SOCKET_NAME
from newsprep.warm.runner import LOG_FILE

SERVER_MODES = ("temporary", "warm", "cold")
SERVED_MODES = ("warm", "cold")
SERVE_TIMEOUT_SECONDS = 600
RUNNER_READY_TIMEOUT_SECONDS = 300.0
RUNNER_STOP_WAIT_SECONDS = 60.0
SERVER_CHOICE = ("PREFECT_API_URL", "NEWSPREP_SERVER_DIR", "NEWSPREP_WARM_RUNNER", "NEWSPREP_PREFECT_PORT")
"""The variables that choose a run's server and runner: each mode sets its own."""
WARM_LINE = "by the warm runner"
QUIET_WINDOW_SECONDS = 1.0
QUIET_CPU_SHARE = 0.05
"""A waiting runner polls its files every second (a few hundred ``stat`` calls): well under this share of a core."""


def parse_modes(text: str) -> list[str]:
    """``--server``'s comma-separated modes, in the order given, each at most once."""
    modes = [mode.strip() for mode in text.split(",") if mode.strip()]
    unknown = [mode for mode in modes if mode not in SERVER_MODES]
    if unknown or not modes:
        raise ValueError(f"server modes are {', '.join(SERVER_MODES)}; got {text!r}")
    if len(set(modes)) != len(modes):
        raise ValueError(f"each server mode at most once; got {text!r}")
    return modes


def arm_name(mode: str) -> str:
    """The newsprep arm's name in the result: ``newsprep`` with a temporary server (as before), else by mode."""
    return "newsprep" if mode == "temporary" else f"newsprep_{mode}"


def mode_environment(mode: str, environ: Mapping[str, str], *, work_dir: Path, state_dir: Path) -> dict[str, str]:
    """``newsprep run``'s environment in ``mode``: ``environ`` without the variables that choose a server, then
    ``make serve``'s state folder (served modes) or one that holds no server (temporary), and the warm runner's
    opt-out for ``cold``."""
    env = {k: v for k, v in environ.items() if k not in SERVER_CHOICE}
    if mode == "temporary":
        env["NEWSPREP_SERVER_DIR"] = str(work_dir / "no-server")
    else:
        env["NEWSPREP_SERVER_DIR"] = str(state_dir)
    if mode == "cold":
        env["NEWSPREP_WARM_RUNNER"] = "0"
    return env


def check_prefect_line(mode: str, line: str | None, *, processed: bool = True) -> None:
    """Raise when the summary's ``prefect`` line says the run did not use the server ``mode`` means (a warm run
    that went cold, a served run on a temporary server): its figures would be another mode's. A run with nothing to
    process (a no-change rerun) settles without Prefect and has no such line."""
    if line is None:
        if processed:
            raise RuntimeError("the run's summary has no prefect line")
        return
    temporary = "temporary server" in line
    warm = f", {WARM_LINE}" in line
    expected = {"temporary": (True, False), "warm": (False, True), "cold": (False, False)}[mode]
    if (temporary, warm) != expected:
        raise RuntimeError(f"{mode} mode, but the run says: {line}")


def prefect_line(output: str) -> str | None:
    """The summary's ``prefect`` line (which server the run used), stripped."""
    lines = [line.strip() for line in output.splitlines() if line.strip().startswith("prefect ")]
    return lines[-1] if lines else None


# --- make serve, as a user starts it ---------------------------------------------------------------------------


@dataclass
class Served:
    """A ``make serve`` started by ``make_serve``."""

    state_dir: Path
    api_url: str
    env: dict[str, str]
    """The environment serve.sh ran with: this state folder and port, none of the variables that choose a server."""
    output: str
    """serve.sh's standard output and error."""
    started_pids: list[int] = field(default_factory=list)
    """The pids ``make serve`` had recorded (server, worker, runner) just before ``scripts/stop.sh`` ran."""
    stopped: subprocess.CompletedProcess[str] | None = None
    """``scripts/stop.sh``'s, once the block is left."""


@contextlib.contextmanager
def make_serve(
    state_dir: Path,
    environ: Mapping[str, str],
    *,
    extra_env: Mapping[str, str] | None = None,
    repo: Path = REPO,
) -> Iterator[Served]:
    """``scripts/serve.sh`` of ``repo`` (this clone unless given) on a free loopback port, its state in
    ``state_dir`` (a fresh database each time), until ``scripts/stop.sh``; raises with serve.sh's output if it fails.
    ``extra_env``: more variables for serve.sh (and so for the server, worker and runner it starts). The benchmarks'
    served modes and the end-to-end tests' servers (``tests/e2e``) start it here."""
    port = free_loopback_port()
    env = {k: v for k, v in environ.items() if k not in SERVER_CHOICE}
    env.update(NEWSPREP_SERVER_DIR=str(state_dir), NEWSPREP_PREFECT_PORT=str(port), **(extra_env or {}))
    served = Served(state_dir, f"http://127.0.0.1:{port}/api", env, "")
    try:
        started = subprocess.run(
            [str(repo / "scripts" / "serve.sh")],
            env=env,
            capture_output=True,
            text=True,
            timeout=SERVE_TIMEOUT_SECONDS,
            cwd=repo,
        )
        served.output = started.stdout + started.stderr
        if started.returncode != 0:
            raise RuntimeError(f"scripts/serve.sh failed ({started.returncode}):\n{served.output[-4000:]}")
        try:
            yield served
        finally:
            # A runner that took a run starts the next one as it ends. Until runners recorded their successor's pid
            # themselves (branch fixed-cost-10), the next one recorded it only once it ran, and stop.sh right after a
            # warm run could leave it behind: wait until it listens, whichever code is measured.
            with contextlib.suppress(RuntimeError):
                wait_for_runner(state_dir, timeout=RUNNER_STOP_WAIT_SECONDS)
    finally:
        served.started_pids = recorded_pids(state_dir)
        served.stopped = subprocess.run(
            [str(repo / "scripts" / "stop.sh")], env=env, capture_output=True, text=True, timeout=SERVE_TIMEOUT_SECONDS
        )


# --- the warm runner and the pid files -----------------------------------------------------------------------------


def wait_for_runner(state_dir: Path, timeout: float = RUNNER_READY_TIMEOUT_SECONDS) -> None:
    """Return once a warm runner listens in ``state_dir`` (a runner that took a run starts the next, which loads for
    a few seconds)."""
    deadline = time.monotonic() + timeout
    while not (state_dir / SOCKET_NAME).exists():
        if time.monotonic() > deadline:
            raise RuntimeError(f"no warm runner listening in {state_dir} after {timeout:.0f} s")
        time.sleep(0.2)


def wait_for_idle_runner(state_dir: Path, timeout: float = RUNNER_READY_TIMEOUT_SECONDS) -> float:
    """Return once a warm runner listens and its process tree has been quiet for ``QUIET_WINDOW_SECONDS`` (under
    ``QUIET_CPU_SHARE`` of a core), as a user's run finds a runner that has waited a while: a runner listens before
    the NLP workers it keeps (branch fixed-cost-12) have loaded. The seconds waited for the quiet."""
    wait_for_runner(state_dir, timeout)
    started = time.monotonic()
    pid = recorded_pid(state_dir, "runner")
    before = tree_cpu_seconds(pid)
    while time.monotonic() - started < timeout:
        time.sleep(QUIET_WINDOW_SECONDS)
        now = tree_cpu_seconds(pid)
        if now - before < QUIET_CPU_SHARE * QUIET_WINDOW_SECONDS:
            return round(time.monotonic() - started, 2)
        before = now
    raise RuntimeError(f"the warm runner in {state_dir} was still busy after {timeout:.0f} s")


def runner_cpu_seconds(state_dir: Path) -> float:
    """The CPU seconds the warm runner reported for its last run (``runner.log``), 0 if none."""
    ended = re.findall(r"run ended: exit -?\d+, ([\d.]+) CPU s", (state_dir / LOG_FILE).read_text())
    return float(ended[-1]) if ended else 0.0


def recorded_pids(state_dir: Path) -> list[int]:
    """Every pid ``make serve`` recorded in its state folder (``*.pid``)."""
    return [pid for path in sorted(state_dir.glob("*.pid")) if (pid := recorded_pid(state_dir, path.stem)) is not None]


def recorded_pid(state_dir: Path, name: str) -> int | None:
    """The pid in ``<name>.pid`` of ``make serve``'s state folder, if any."""
    with contextlib.suppress(OSError, ValueError):
        return int((state_dir / f"{name}.pid").read_text())
    return None
