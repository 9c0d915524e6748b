"""The fixed cost of ``newsprep run``: one article's wall time with Prefect's temporary server, with a running one,
and with a running one and ``make serve``'s warm runner.

usage: python benchmarks/fixed_cost.py --repeats 4 --out /tmp/fixed-cost.json        # the three arms, alternating
       python benchmarks/fixed_cost.py --against /path/to/other/checkout/src --repeats 6   # interleaved A/B

``newsprep run`` as a user types it, on the bundled sample (one article), each time into a fresh output folder:

1. with no server running: Prefect starts a temporary one for the run (its database kept between runs, in a folder
   of this benchmark, as ``.prefect/`` is kept where a user runs newsprep);
2. with a server running (``prefect server start`` on a free loopback port, state in a temporary folder), found
   as ``make serve``'s is: through its ``api-url`` file in ``NEWSPREP_SERVER_DIR`` (``NEWSPREP_WARM_RUNNER=0``);
3. with that server and a warm runner (``python -m newsprep.warm.runner``, started as ``scripts/serve.sh`` starts
   it): ``newsprep run`` hands the run to it (``newsprep.warm``). Each warm run waits (untimed) until a runner
   listens: the runner that took the previous run starts the next, which loads for a few seconds.

Without ``--against``, the three arms alternate (their order rotates each round) once the server and the runner are
up, after a warm-up run of each; the warm arm's CPU seconds are the client's plus what the runner reports for the run
(its ``runner.log``: the run's process and its children, from the request to the end).

Reports each wall time, the CPU seconds of the run's processes (the server's aside) and the ``prefect`` line of each
run's summary (which server it used). Stops the server.

With ``--against SRC`` (another checkout's ``src``, put first on ``PYTHONPATH``), every run of this code is paired
with one of that code, in alternating order (ABBA...), after a warm-up run of each: on a machine shared with other
work, only runs side by side compare. Both codes then run cold, through the CLI call every version has
(``newsprep.cli.app``, this code's ``src`` first on ``PYTHONPATH`` too), as a checkout from before the warm runner has
no ``newsprep.entry`` for this environment's console script.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from served import runner_cpu_seconds, wait_for_idle_runner

from newsprep.cli.server import free_loopback_port

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "data" / "raw" / "npr-blinken-china.txt"
BIN = Path(sys.executable).parent
OFFLINE = {"PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1", "GX_ANALYTICS_ENABLED": "false"}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


ANY_VERSION_CLI = "import sys; from newsprep.cli import app; sys.argv[0] = 'newsprep'; app()"
"""The CLI as every version of newsprep has it (``newsprep.cli.app``): the console script of this environment is
``newsprep.entry``, which a checkout from before the warm runner does not hold."""


def _timed_run(work: Path, env: dict[str, str], n: int, src: str | None = None) -> dict[str, Any]:
    """One ``newsprep run`` of this code (the console script, as a user types it) or, with ``src``, of that checkout's
    code (its CLI, the same for the runs of this code it is paired with: ``--against`` compares cold runs)."""
    raw, out = work / "raw", work / f"out-{n}"
    run_env = env if src is None else {**env, "PYTHONPATH": src}
    cli = [str(BIN / "newsprep")] if src is None else [str(BIN / "python"), "-c", ANY_VERSION_CLI]
    cpu, started = _children_cpu(), time.perf_counter()
    done = subprocess.run(
        [*cli, "run", str(raw), "--out", str(out)],
        cwd=work,
        env=run_env,
        capture_output=True,
        text=True,
        check=True,
    )
    seconds = time.perf_counter() - started
    prefect = [line.strip() for line in done.stdout.splitlines() if line.strip().startswith("prefect")]
    shutil.rmtree(out)
    return {
        "seconds": round(seconds, 2),
        "cpu_seconds": round(_children_cpu() - cpu, 2),
        "load": round(os.getloadavg()[0], 1),
        "prefect": prefect[0] if prefect else None,
    }


def _series(work: Path, env: dict[str, str], repeats: int, variants: dict[str, str | None]) -> dict[str, Any]:
    """Each variant's runs after one warm-up run each; with two variants, in ABBA order."""
    names = list(variants)
    for name in names:
        _timed_run(work, env, 0, variants[name])
    order = [name for r in range(repeats) for name in (names if r % 2 == 0 else names[::-1])]
    runs: dict[str, list[dict[str, Any]]] = {name: [] for name in names}
    for n, name in enumerate(order, start=1):
        runs[name].append(_timed_run(work, env, n, variants[name]))
    return {
        name: {
            "runs": done,
            "median_seconds": statistics.median(r["seconds"] for r in done),
            "median_cpu_seconds": statistics.median(r["cpu_seconds"] for r in done),
        }
        for name, done in runs.items()
    }


def _wait_healthy(api_url: str, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{api_url}/health", timeout=2):
                return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"no Prefect server healthy at {api_url} after {timeout:.0f} s")


def _sample_work(work: Path, *, keep_warm_runner_setting: bool) -> tuple[Path, dict[str, str]]:
    """``work/raw`` holding the bundled sample, and the runs' environment: this one without the settings that choose
    a server (and, unless kept, the warm runner's opt-out), plus newsprep's offline settings."""
    (work / "raw").mkdir()
    shutil.copy(SAMPLE, work / "raw" / SAMPLE.name)
    dropped = {"PREFECT_API_URL", "PREFECT_HOME", "NEWSPREP_SERVER_DIR", "PYTHONPATH"}
    if not keep_warm_runner_setting:
        dropped.add("NEWSPREP_WARM_RUNNER")
    env = {k: v for k, v in os.environ.items() if k not in dropped}
    env.update(OFFLINE)
    return work, env


def measure(repeats: int, against: str | None = None) -> dict[str, Any]:
    this = str(REPO / "src")  # with --against, this code runs through the same CLI call as the other's
    variants: dict[str, str | None] = {"this": None} if against is None else {"this": this, "against": against}
    with tempfile.TemporaryDirectory(prefix="newsprep-fixed-cost-") as tmp:
        work, env = _sample_work(Path(tmp), keep_warm_runner_setting=True)
        env["NEWSPREP_SERVER_DIR"] = str(work / "no-server")
        _timed_run(work, env, 0)  # the temporary server's database is created once, as on a user's first run
        temporary = _series(work, env, repeats, variants)

        with _running_server(work, env) as (state, _, _):
            served_env = {**env, "NEWSPREP_SERVER_DIR": str(state)}
            _timed_run(work, served_env, 0)  # the flow's first run on a fresh server registers the flow
            served = _series(work, served_env, repeats, variants)
    if against is None:
        temporary, served = temporary["this"], served["this"]
    return {"temporary_server": temporary, "running_server": served, "load_average_after": os.getloadavg()}


ARMS = ("temporary_server", "running_server", "running_server_warm_runner")


def _arm_run(arm: str, work: Path, envs: dict[str, dict[str, str]], state: Path, n: int) -> dict[str, Any]:
    if arm != "running_server_warm_runner":
        return _timed_run(work, envs[arm], n)
    wait_for_idle_runner(state)
    done = _timed_run(work, envs[arm], n)
    done["cpu_seconds"] = round(done["cpu_seconds"] + runner_cpu_seconds(state), 2)
    return done


def measure_three_arms(repeats: int) -> dict[str, Any]:
    """The three arms, alternating (the order rotates each round), after a warm-up run of each."""
    with tempfile.TemporaryDirectory(prefix="newsprep-fixed-cost-") as tmp:
        work, env = _sample_work(Path(tmp), keep_warm_runner_setting=False)
        runner = None
        with _running_server(work, env) as (state, api_url, server_env):
            try:
                with (state / "runner.log").open("ab") as runner_log:  # as scripts/serve.sh starts it
                    runner = subprocess.Popen(
                        [sys.executable, "-m", "newsprep.warm.runner", "--state-dir", str(state)],
                        env={**server_env, "PREFECT_API_URL": api_url},
                        stdout=runner_log,
                        stderr=runner_log,
                        cwd=state,
                        start_new_session=True,
                    )
                envs = {
                    "temporary_server": {**env, "NEWSPREP_SERVER_DIR": str(work / "no-server")},
                    "running_server": {**env, "NEWSPREP_SERVER_DIR": str(state), "NEWSPREP_WARM_RUNNER": "0"},
                    "running_server_warm_runner": {**env, "NEWSPREP_SERVER_DIR": str(state)},
                }
                for arm in ARMS:
                    _arm_run(arm, work, envs, state, 0)  # warm-ups: the databases, the flow's registration
                runs: dict[str, list[dict[str, Any]]] = {arm: [] for arm in ARMS}
                n = 0
                for r in range(repeats):
                    for arm in ARMS[r % 3 :] + ARMS[: r % 3]:
                        n += 1
                        runs[arm].append(_arm_run(arm, work, envs, state, n))
            finally:
                _stop_runner(state)
                if runner is not None:
                    _stop_group(runner)
    figures: dict[str, Any] = {
        arm: {
            "runs": done,
            "median_seconds": statistics.median(r["seconds"] for r in done),
            "median_cpu_seconds": statistics.median(r["cpu_seconds"] for r in done),
        }
        for arm, done in runs.items()
    }
    return {**figures, "client_import_seconds": client_import_seconds(), "load_average_after": os.getloadavg()}


@contextlib.contextmanager
def _running_server(work: Path, env: dict[str, str]) -> Iterator[tuple[Path, str, dict[str, str]]]:
    """A Prefect server on a free loopback port with its state under ``work/server`` (its ``api-url`` file written as
    ``scripts/serve.sh`` writes it), stopped on the way out: the state folder, the API address and the server's
    environment."""
    state, port = work / "server", free_loopback_port()
    (state / "home").mkdir(parents=True)
    api_url = f"http://127.0.0.1:{port}/api"
    server_env = {**env, "PREFECT_HOME": str(state / "home")}
    command = [str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)]
    server = subprocess.Popen(
        [*command, "--analytics-off"],
        env=server_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        _wait_healthy(api_url)
        (state / "api-url").write_text(api_url + "\n")
        yield state, api_url, server_env
    finally:
        _stop_group(server)


def _stop_runner(state: Path) -> None:
    """The warm runner listening now: each runner that took a run started the next, in a session of its own, and
    recorded its pid (as scripts/stop.sh finds it)."""
    with contextlib.suppress(OSError, ValueError):
        os.killpg(int((state / "runner.pid").read_text()), signal.SIGTERM)


def _stop_group(process: subprocess.Popen[bytes]) -> None:
    """Stop a process started in a session of its own, and its group."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    process.wait(timeout=60)


def client_import_seconds() -> float:
    """The console script's own imports before it hands a run to a warm runner (``-X importtime``, cumulative)."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import newsprep.entry, newsprep.warm.client"],
        capture_output=True,
        text=True,
        check=True,
    )
    ours = [
        line for line in done.stderr.splitlines() if line.rstrip().endswith(("newsprep.entry", "newsprep.warm.client"))
    ]
    return round(sum(int(line.split("|")[1]) for line in ours) / 1e6, 4)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=4)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--against", help="another checkout's src folder: interleaved runs of both")
    args = parser.parse_args()
    figures = measure(args.repeats, args.against) if args.against else measure_three_arms(args.repeats)
    text = json.dumps(figures, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n")


if __name__ == "__main__":
    main()
