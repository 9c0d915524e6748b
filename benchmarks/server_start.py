"""The temporary Prefect server's start and its early stop, as ``newsprep run`` starts and stops it.

usage: python benchmarks/server_start.py --home DIR --stop 0.3 --stop 1.5 --stop health --repeats 3
       /other/checkout/.venv/bin/python benchmarks/server_start.py --home DIR ...     # that checkout's server

Each start is the CLI's own (``newsprep.cli.server``: the command, the environment, the offline settings) with
``PREFECT_HOME`` at ``--home`` (its database migrated by a first, untimed start that waits for ``/health``). Each
``--stop`` is a moment to send SIGTERM: seconds after the start, or ``health`` (once ``/health`` answers); the
script then waits (at most 60 s) for the process to end and reports the seconds from the signal to the end, the
exit code and, for ``health``, the seconds to ``/health`` and the server's CPU seconds then (from ``/proc``). The
stops alternate in the order given, ``--repeats`` times.

A run that finds nothing changed stops the server it started first at once (``start.stop_early_server``): the
seconds from SIGTERM to the end are what that run waits for (``TemporaryServer.stop``: 5 s, then a kill).
Run by another checkout's interpreter, the server started is that checkout's (its ``newsprep.cli.server``).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import time
from pathlib import Path
from typing import Any

from newsprep.cli.server import free_loopback_port, is_healthy, temporary_server_command, temporary_server_environment
from newsprep.config import offline_environment

STOP_WAIT_SECONDS = 60.0
HEALTH_WAIT_SECONDS = 240.0


def process_cpu_seconds(pid: int) -> float:
    """User and system CPU seconds of a running process (``/proc/<pid>/stat``)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def start_server(home: Path) -> tuple[subprocess.Popen[bytes], str]:
    """The temporary server as the CLI starts it, its state in ``home``; its output discarded."""
    offline_environment()
    port = free_loopback_port()
    env = temporary_server_environment({**os.environ, "PREFECT_HOME": str(home)})
    process = subprocess.Popen(
        temporary_server_command(port),
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return process, f"http://127.0.0.1:{port}/api"


def wait_for_health(process: subprocess.Popen[bytes], api_url: str) -> float:
    """Seconds until ``/health`` answers (from now); raises if the server exits first or never answers."""
    began = time.perf_counter()
    while not is_healthy(api_url, timeout=1.0):
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with code {process.returncode} before /health answered")
        if time.perf_counter() - began > HEALTH_WAIT_SECONDS:
            raise RuntimeError("the server did not answer /health")
        time.sleep(0.05)
    return time.perf_counter() - began


def stop_once(home: Path, stop: str) -> dict[str, Any]:
    """Start a server, SIGTERM it at ``stop`` (seconds, or ``health``), and time its end."""
    process, api_url = start_server(home)
    result: dict[str, Any] = {"stop": stop, "load": os.getloadavg()[0]}
    if stop == "health":
        result["to_health_s"] = round(wait_for_health(process, api_url), 2)
        result["cpu_at_health_s"] = process_cpu_seconds(process.pid)
    else:
        time.sleep(float(stop))
    signalled = time.perf_counter()
    process.terminate()
    try:
        process.wait(timeout=STOP_WAIT_SECONDS)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        result["killed"] = True
    result["sigterm_to_end_s"] = round(time.perf_counter() - signalled, 2)
    result["exit_code"] = process.returncode
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--home", type=Path, required=True, help="PREFECT_HOME of the servers (kept between starts)")
    parser.add_argument("--stop", action="append", help="seconds after the start, or 'health' (repeatable)")
    parser.add_argument("--repeats", type=int, default=1)
    args = parser.parse_args()
    args.home.mkdir(parents=True, exist_ok=True)
    stop_once(args.home, "health")  # the database at head, as a run's server finds it
    for _ in range(args.repeats):
        for stop in args.stop or ["0.3", "1.5", "health"]:
            print(json.dumps(stop_once(args.home, stop)), flush=True)


if __name__ == "__main__":
    main()
