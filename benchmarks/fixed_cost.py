"""The fixed cost of ``newsprep run``: one article's wall time with Prefect's temporary server and with a running one.

usage: python benchmarks/fixed_cost.py --repeats 3 --out /tmp/fixed-cost.json

``newsprep run`` as a user types it, on the bundled sample (one article), each time into a fresh output folder:

1. with no server running: Prefect starts a temporary one for the run (its database kept between runs, in a folder
   of this benchmark, as ``.prefect/`` is kept where a user runs newsprep);
2. with a server running (``prefect server start`` on a free loopback port, state in a temporary folder), found
   as ``make serve``'s is: through its ``api-url`` file in ``NEWSPREP_SERVER_DIR``.

Reports each wall time and the ``prefect`` line of each run's summary (which server it used). Stops the server.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "data" / "raw" / "npr-blinken-china.txt"
BIN = Path(sys.executable).parent
OFFLINE = {"PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1", "GX_ANALYTICS_ENABLED": "false"}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _timed_run(work: Path, env: dict[str, str], n: int) -> dict[str, Any]:
    raw, out = work / "raw", work / f"out-{n}"
    started = time.perf_counter()
    done = subprocess.run(
        [str(BIN / "newsprep"), "run", str(raw), "--out", str(out)],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    seconds = time.perf_counter() - started
    prefect = [line.strip() for line in done.stdout.splitlines() if line.strip().startswith("prefect")]
    shutil.rmtree(out)
    return {"seconds": round(seconds, 2), "prefect": prefect[0] if prefect else None}


def _wait_healthy(api_url: str, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{api_url}/health", timeout=2):
                return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"no Prefect server healthy at {api_url} after {timeout:.0f} s")


def measure(repeats: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="newsprep-fixed-cost-") as tmp:
        work = Path(tmp)
        (work / "raw").mkdir()
        shutil.copy(SAMPLE, work / "raw" / SAMPLE.name)
        env = {
            k: v for k, v in os.environ.items() if k not in {"PREFECT_API_URL", "PREFECT_HOME", "NEWSPREP_SERVER_DIR"}
        }
        env.update(OFFLINE, NEWSPREP_SERVER_DIR=str(work / "no-server"))
        _timed_run(work, env, 0)  # the temporary server's database is created once, as on a user's first run
        temporary = [_timed_run(work, env, n) for n in range(repeats)]

        state, port = work / "server", _free_port()
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
            served_env = {**env, "NEWSPREP_SERVER_DIR": str(state)}
            _timed_run(work, served_env, 0)  # the flow's first run on a fresh server registers the flow
            served = [_timed_run(work, served_env, n) for n in range(repeats)]
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=60)
    return {
        "temporary_server": {"runs": temporary, "median_seconds": statistics.median(r["seconds"] for r in temporary)},
        "running_server": {"runs": served, "median_seconds": statistics.median(r["seconds"] for r in served)},
        "load_average_after": os.getloadavg(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    figures = measure(args.repeats)
    text = json.dumps(figures, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n")


if __name__ == "__main__":
    main()
