"""Which Prefect server ``newsprep run`` uses: the one ``PREFECT_API_URL`` names, else the one ``make serve`` started
for this clone when it answers, else a temporary one started for the run in a child process (about 10 s).

Decided before Prefect is imported: Prefect reads ``PREFECT_API_URL`` from the environment once, at import.
``scripts/serve.sh`` writes the address of the server it started to ``<state folder>/api-url``.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from newsprep.env_values import is_off
from newsprep.serve_state import served_api_url, server_dirs

SERVER_PROCESS_MODULE = "newsprep.server_app"
"""The temporary server's process: imports Prefect's server package with the collector paused, then runs uvicorn."""
SERVER_APP_FACTORY = "newsprep.server_app:create_app"
"""Prefect's app factory, with the collector paused over its start (``newsprep.server_app``)."""
HEALTH_TIMEOUT_SECONDS = 1.0
HEALTH_POLL_SECONDS = 0.1
STOP_TIMEOUT_SECONDS = 5.0
DEFAULT_STARTUP_TIMEOUT_SECONDS = 120.0
TEMPORARY_SERVER_ENV = {"PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}
"""What Prefect sets for its own temporary server: no UI, ephemeral mode."""
TEMPORARY_SERVER_DEFAULTS = {
    "PREFECT_SERVER_REGISTER_BLOCKS_ON_START": "false",
    "PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_BATCH_SIZE": "200",
}
"""newsprep's defaults for its temporary server, where the user has not set them (benchmarks/history/fixed-cost.md,
rounds 6 and 7).

- Block types: a Prefect server registers every installed one into its database as it starts (on a fresh
  ``PREFECT_HOME`` about 1 s of the start's 10 s of CPU; later, 0.3 s of 4.5 s deciding that nothing changed). A
  run's flow and tasks use no block, and a server the user starts later (``make serve``, ``prefect server start``)
  registers them in its own start.
- The task-run recorder writes the task runs' states from the events the run sends (three per task run), by default
  in one transaction per event (batch size 1): about 2 of the server's 3 CPU s during a 500-article flow. In batches
  of up to 200 it writes the same rows, at most its flush interval (5 s) later; what is queued when the server stops
  is written as it stops."""
NO_BLOCK_REGISTRATION_DEFAULTS = {"PREFECT_SERVER_MEMOIZE_BLOCK_AUTO_REGISTRATION": "false"}
"""Where the server registers no block types: Prefect's memo of the last registration is still checked first (it
imports every installed Prefect collection, prefect-dask among them, and hashes the block registry: about 0.2 CPU s
of each start) unless memoising is off, and with registration off there is nothing to memoise."""


@dataclass(frozen=True)
class PrefectServer:
    api_url: str | None
    """None: a temporary server, started by Prefect for this run."""
    source: str

    def describe(self) -> str:
        """One line for the run's summary."""
        if self.api_url is None:
            return f"temporary server ({self.source})"
        return f"{self.api_url} ({self.source})"


def is_healthy(api_url: str, *, timeout: float = HEALTH_TIMEOUT_SECONDS) -> bool:
    """True when ``<api_url>/health`` answers 200 within ``timeout``."""
    try:
        with urllib.request.urlopen(f"{api_url.rstrip('/')}/health", timeout=timeout) as response:
            return bool(response.status == 200)
    except (OSError, ValueError):
        return False


def choose_server(env: Mapping[str, str], state_dirs: Iterable[Path]) -> PrefectServer:
    """``PREFECT_API_URL`` as given (not probed: a misconfigured server should fail loudly, not be bypassed), else the
    first healthy server ``make serve`` recorded, else a temporary one."""
    if env.get("PREFECT_API_URL"):
        return PrefectServer(env["PREFECT_API_URL"], "PREFECT_API_URL")
    for state_dir in state_dirs:
        api_url = served_api_url(state_dir)
        if api_url is not None and is_healthy(api_url):
            return PrefectServer(api_url, "started by make serve")
    return PrefectServer(None, "no server running: `make serve` starts one that later runs use")


def choose_server_here(env: Mapping[str, str] | None = None) -> PrefectServer:
    """``choose_server`` for this process: its environment (or ``env``), its clone and working folder."""
    env = os.environ if env is None else env
    return choose_server(env, server_dirs(env, cwd=Path.cwd(), venv_prefix=Path(sys.prefix)))


def use_prefect_server(chosen: PrefectServer | None = None) -> PrefectServer:
    """Point Prefect at the server chosen for this process (``choose_server_here`` unless given: the CLI chose it
    first thing, ``newsprep.cli.start``); sets ``PREFECT_API_URL`` when one is running."""
    chosen = chosen or choose_server_here()
    if chosen.api_url is not None:
        os.environ["PREFECT_API_URL"] = chosen.api_url
    return chosen


@dataclass
class TemporaryServer:
    """A Prefect server for this run alone, in a child process, stopped when the run ends.

    Prefect would start the same one itself (``SubprocessASGIServer``: uvicorn on Prefect's app, the UI off), but
    only once the flow is called, and after importing the whole server package into this process first (5-20 s
    on a loaded 2-core machine, all of it holding the interpreter lock against the run's own imports). Started
    here, the child process imports and migrates on its own while this process imports the flow, Great
    Expectations and the model: the run waits only for what is left.
    """

    process: subprocess.Popen[bytes]
    api_url: str
    output: IO[bytes] | None = None
    """Where the server writes when it started before the run's log was open (``newsprep.cli.start``): a temporary
    file, copied into the log (this process's stdout, by then) when the run that took the server stops it."""
    taken: bool = False

    def take(self) -> TemporaryServer:
        """The run takes this server: its output goes into the run's log when it stops."""
        self.taken = True
        return self

    def wait_until_healthy(self, *, timeout: float) -> None:
        """Return once ``/health`` answers; a clear error if the server exited or never answered."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the temporary Prefect server exited with code {self.process.returncode}")
            if is_healthy(self.api_url, timeout=HEALTH_TIMEOUT_SECONDS):
                return
            time.sleep(HEALTH_POLL_SECONDS)
        raise RuntimeError(f"the temporary Prefect server did not answer within {timeout:.0f} s")

    def stop(self) -> None:
        """Terminate the child (kill it if it lingers); safe to call twice."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=STOP_TIMEOUT_SECONDS)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.output is not None and not self.output.closed:
            with self.output:
                if self.taken:
                    self.output.seek(0)
                    sys.stdout.flush()
                    shutil.copyfileobj(self.output, sys.stdout.buffer)
                    sys.stdout.flush()


def free_loopback_port() -> int:
    """A port nothing listens on now (the kernel's choice); a race with another process is possible but rare."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def temporary_server_command(port: int) -> list[str]:
    """Prefect's own command for its temporary server (uvicorn's arguments, found without importing Prefect), run by
    ``newsprep.server_app``: Prefect's app, its start with the collector paused."""
    spec = importlib.util.find_spec("prefect")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("prefect is not installed in this environment")
    app_dir = Path(next(iter(spec.submodule_search_locations))).parent
    return [
        sys.executable, "-m", SERVER_PROCESS_MODULE, "--app-dir", str(app_dir),
        "--factory", SERVER_APP_FACTORY,
        "--host", "127.0.0.1", "--port", str(port), "--log-level", "error", "--lifespan", "on",
    ]  # fmt: skip


def temporary_server_environment(environ: Mapping[str, str]) -> dict[str, str]:
    """The temporary server's environment: the run's, with newsprep's defaults where the user set nothing, Prefect's
    own ephemeral settings, and no ``PREFECT_API_URL`` (the server is the API, not a client of one)."""
    env = {**TEMPORARY_SERVER_DEFAULTS, **environ, **TEMPORARY_SERVER_ENV}
    if is_off(env["PREFECT_SERVER_REGISTER_BLOCKS_ON_START"]):
        env = {**NO_BLOCK_REGISTRATION_DEFAULTS, **env}
    env.pop("PREFECT_API_URL", None)
    return env


def start_temporary_server(log_path: Path | None) -> TemporaryServer:
    """Start a temporary server in a child process (its output appended to ``log_path``, else kept in a temporary
    file: ``TemporaryServer.output``); do not wait for it."""
    port = free_loopback_port()
    env = temporary_server_environment(os.environ)
    command = temporary_server_command(port)
    api_url = f"http://127.0.0.1:{port}/api"
    if log_path is None:
        output = tempfile.TemporaryFile(prefix="newsprep-server-")  # noqa: SIM115  # closed by stop()
        process = subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL, stdout=output, stderr=output)
        return TemporaryServer(process, api_url, output)
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("ab") as log:
        process = subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=log)
    return TemporaryServer(process, api_url)


def startup_timeout(env: Mapping[str, str]) -> float:
    """Prefect's own setting when the user gave it, else a bound generous enough for a loaded machine."""
    given = env.get("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "")
    try:
        return max(float(given), 1.0)
    except ValueError:
        return DEFAULT_STARTUP_TIMEOUT_SECONDS
