"""The warm runner as ``make serve`` starts it: a real Prefect server, the real runner, ``newsprep run`` as typed.

The module's fixture runs ``scripts/serve.sh`` on a free port with its state in a temporary folder (server, worker,
deployments and the warm runner) and ``scripts/stop.sh`` at the end. Each test waits until a warm runner listens
(a runner that took a run starts the next one, which loads for a few seconds).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from newsprep.warm.protocol import socket_path
from tests.conftest import REPO_ROOT
from tests.e2e.conftest import NEWSPREP, SAMPLE, make_serve, table_digests
from tests.processes import process_alive

pytestmark = pytest.mark.slow

READY_TIMEOUT_SECONDS = 180.0
WARM_LINE = "by the warm runner"
INVENTED_ARTICLE = """Harbor town opens a new ferry line

The council of Lowmere said on Tuesday that a ferry line to the islands would open in May. "It is a small boat,
but a big change for the islands," said Mara Quillon, the council's transport officer. About 1,200 people live on the
two islands, and 40 percent of them travel to the mainland each week, the council said.
"""


@dataclass(frozen=True)
class WarmServer:
    api_url: str
    state_dir: Path
    env: dict[str, str]
    """For ``newsprep run``: make serve's state folder, no PREFECT_API_URL (found as from the clone)."""

    def runner_pid(self) -> int:
        return int((self.state_dir / "runner.pid").read_text())

    def wait_until_ready(self) -> int:
        """The pid of the warm runner once it listens."""
        deadline = time.monotonic() + READY_TIMEOUT_SECONDS
        while not socket_path(self.state_dir).exists():
            assert time.monotonic() < deadline, (self.state_dir / "runner.log").read_text(errors="replace")
            time.sleep(0.2)
        return self.runner_pid()

    def runner_log(self) -> str:
        return (self.state_dir / "runner.log").read_text(errors="replace")


@pytest.fixture(scope="module")
def warm_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WarmServer]:
    state_dir = tmp_path_factory.mktemp("warm-server")
    with make_serve(state_dir, os.environ) as served:
        assert "warm runner ready" in served.output
        yield WarmServer(served.api_url, state_dir, served.env)
    assert served.stopped is not None and served.stopped.returncode == 0, served.stopped
    assert not [pid for pid in served.started_pids if process_alive(pid)], served.stopped.stderr
    assert not socket_path(state_dir).exists()


def _raw_folder(root: Path, *, invented: int = 0) -> Path:
    raw = root / "raw"
    raw.mkdir(parents=True)
    shutil.copy(SAMPLE, raw / SAMPLE.name)
    for n in range(invented):
        (raw / f"invented-{n}.txt").write_text(INVENTED_ARTICLE.replace("Lowmere", f"Lowmere {n}"), encoding="utf-8")
    return raw


def _run(server: WarmServer, raw: Path, out: Path, *, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(NEWSPREP), "run", str(raw), "--out", str(out)],
        env={**server.env, **env},
        capture_output=True,
        text=True,
        timeout=600,
        cwd=cwd,
    )


def _prefect_line(ran: subprocess.CompletedProcess[str]) -> str:
    return next(line for line in ran.stdout.splitlines() if line.startswith("  prefect "))


def test_a_warm_run_publishes_the_tables_a_cold_run_does(warm_server: WarmServer, tmp_path: Path) -> None:
    raw = _raw_folder(tmp_path)
    runner = warm_server.wait_until_ready()
    warm = _run(warm_server, raw, tmp_path / "warm", cwd=tmp_path)
    cold = _run(warm_server, raw, tmp_path / "cold", cwd=tmp_path, NEWSPREP_WARM_RUNNER="0")
    assert warm.returncode == cold.returncode == 0, warm.stdout + warm.stderr + cold.stdout + cold.stderr
    assert _prefect_line(warm).startswith(f"  prefect     {warm_server.api_url} (started by make serve), {WARM_LINE}")
    assert _prefect_line(cold) == f"  prefect     {warm_server.api_url} (started by make serve)"
    assert f"run: run {raw}" in warm_server.runner_log()
    assert table_digests(tmp_path / "warm") == table_digests(tmp_path / "cold")
    assert len(table_digests(tmp_path / "warm")) >= 10

    # Apart from the prefect line and the time, the terminal saw what a cold run shows.
    def shown(ran: subprocess.CompletedProcess[str], out: str) -> list[str]:
        kept = [line for line in ran.stdout.splitlines() if not line.startswith(("  prefect ", "  time "))]
        return [line.replace(str(tmp_path / out), "OUT") for line in kept]

    assert shown(warm, "warm") == shown(cold, "cold")
    assert warm.stderr == cold.stderr == ""
    # The runner that took the run exited; the next one listens.
    assert warm_server.wait_until_ready() != runner
    assert _exits(runner)


def _nlp_workers(runner: int) -> set[int]:
    """The pids of the runner's NLP workers now (its children that multiprocessing spawned)."""
    import psutil

    found = set()
    for child in psutil.Process(runner).children():
        with contextlib.suppress(psutil.NoSuchProcess):
            if "spawn_main" in " ".join(child.cmdline()):
                found.add(child.pid)
    return found


def _kept_nlp_workers(runner: int) -> set[int]:
    """The two NLP workers a waiting runner keeps, once both have started."""
    deadline = time.monotonic() + READY_TIMEOUT_SECONDS
    while len(workers := _nlp_workers(runner)) < 2:
        assert time.monotonic() < deadline, f"the warm runner {runner} started no NLP workers"
        time.sleep(0.2)
    return workers


def test_a_waiting_runner_keeps_nlp_workers_that_a_shared_out_run_uses(warm_server: WarmServer, tmp_path: Path) -> None:
    """A run large enough to share out (the sample and 16 invented articles), its raw folder given relative to a
    folder that is not the runner's: it runs on the workers the runner started while waiting, no new ones, and
    publishes what a cold run does; the next runner keeps workers of its own."""
    import psutil

    _raw_folder(tmp_path, invented=16)
    runner = warm_server.wait_until_ready()
    kept = _kept_nlp_workers(runner)
    during: set[int] = set()
    client = subprocess.Popen(
        [str(NEWSPREP), "run", "raw", "--out", "warm"], env=warm_server.env, cwd=tmp_path, text=True,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    while client.poll() is None:
        with contextlib.suppress(psutil.NoSuchProcess):
            during |= _nlp_workers(runner)
        time.sleep(0.05)
    out, err = client.communicate()
    cold = _run(warm_server, Path("raw"), Path("cold"), cwd=tmp_path, NEWSPREP_WARM_RUNNER="0")

    assert client.returncode == cold.returncode == 0, out + err + cold.stdout + cold.stderr
    assert WARM_LINE in next(line for line in out.splitlines() if line.startswith("  prefect "))
    assert during == kept  # the run started no workers of its own
    assert table_digests(tmp_path / "warm") == table_digests(tmp_path / "cold")
    assert _kept_nlp_workers(warm_server.wait_until_ready()).isdisjoint(kept)


def test_a_changed_module_makes_the_next_run_cold_and_says_why(warm_server: WarmServer, tmp_path: Path) -> None:
    raw = _raw_folder(tmp_path)
    runner = warm_server.wait_until_ready()
    stale_socket = socket_path(warm_server.state_dir).stat().st_ino
    touched = REPO_ROOT / "src" / "newsprep" / "warm" / "__init__.py"
    os.utime(touched)  # the content is the same; the runner cannot know that without reading every file
    ran = _run(warm_server, raw, tmp_path / "out", cwd=tmp_path)
    assert ran.returncode == 0, ran.stdout + ran.stderr
    assert WARM_LINE not in _prefect_line(ran)
    assert ran.stderr == ""  # the reason is in the run's log, not on the console
    log = (tmp_path / "out" / "_runs" / "last-run.log").read_text(errors="replace")
    assert f"cold start, the warm runner did not take it: stale: {touched.resolve()} changed" in log
    # The stale runner started a fresh one, which replaced its socket, and left: the next run is warm again.
    deadline = time.monotonic() + READY_TIMEOUT_SECONDS
    while not _listens_anew(warm_server, stale_socket):
        assert time.monotonic() < deadline, warm_server.runner_log()
        time.sleep(0.2)
    assert _exits(runner)
    again = _run(warm_server, raw, tmp_path / "again", cwd=tmp_path)
    assert again.returncode == 0 and WARM_LINE in _prefect_line(again), again.stdout + again.stderr


def test_a_run_in_another_environment_runs_cold_and_the_runner_stays(warm_server: WarmServer, tmp_path: Path) -> None:
    raw = _raw_folder(tmp_path)
    runner = warm_server.wait_until_ready()
    ran = _run(warm_server, raw, tmp_path / "out", cwd=tmp_path, PREFECT_LOGGING_LEVEL="ERROR")
    assert ran.returncode == 0, ran.stdout + ran.stderr
    assert WARM_LINE not in _prefect_line(ran)
    log = (tmp_path / "out" / "_runs" / "last-run.log").read_text(errors="replace")
    assert "PREFECT_LOGGING_LEVEL differs from the warm runner's" in log
    assert warm_server.wait_until_ready() == runner and process_alive(runner)


def _start_run(warm_server: WarmServer, raw: Path, out: Path, *, cwd: Path) -> subprocess.Popen[str]:
    """``newsprep run`` started as a user's terminal would, not waited for (the test signals it or its runner)."""
    return subprocess.Popen(
        [str(NEWSPREP), "run", str(raw), "--out", str(out)],
        env=warm_server.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=cwd,
    )


def test_ctrl_c_reaches_the_warm_run(warm_server: WarmServer, tmp_path: Path) -> None:
    raw = _raw_folder(tmp_path)
    runner = warm_server.wait_until_ready()
    client = _start_run(warm_server, raw, tmp_path / "out", cwd=tmp_path)
    _wait_for_run(warm_server, raw)
    client.send_signal(signal.SIGINT)
    out, err = client.communicate(timeout=120)
    assert client.returncode == 130, out + err
    assert err.strip() == "error: interrupted; this run published nothing (hint: run it again)"
    assert not list((tmp_path / "out").glob("*.parquet"))
    assert _exits(runner)


def test_a_runner_killed_mid_run_leaves_the_published_tables_whole(warm_server: WarmServer, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = _run(warm_server, _raw_folder(tmp_path / "first"), out, cwd=tmp_path, NEWSPREP_WARM_RUNNER="0")
    assert first.returncode == 0, first.stdout + first.stderr
    published = table_digests(out)
    raw = _raw_folder(tmp_path / "second", invented=2)
    runner = warm_server.wait_until_ready()
    client = _start_run(warm_server, raw, out, cwd=tmp_path)
    _wait_for_run(warm_server, raw)
    os.killpg(runner, signal.SIGKILL)  # the runner and what it started
    out_text, err = client.communicate(timeout=120)
    assert client.returncode == 5, out_text + err
    assert "the warm runner stopped before the run ended" in err
    assert table_digests(out) == published
    # The output folder is not left locked: a cold run publishes the new articles.
    after = _run(warm_server, raw, out, cwd=tmp_path, NEWSPREP_WARM_RUNNER="0")
    assert after.returncode == 0, after.stdout + after.stderr
    assert "published 3 documents" in after.stdout
    _restart_runner(warm_server)


def _listens_anew(server: WarmServer, old_socket: int) -> bool:
    try:
        return socket_path(server.state_dir).stat().st_ino != old_socket
    except OSError:
        return False


def _exits(pid: int, timeout: float = 30.0) -> bool:
    """Whether the process exits (and is reaped) within ``timeout``."""
    deadline = time.monotonic() + timeout
    while process_alive(pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


def _wait_for_run(server: WarmServer, raw: Path) -> None:
    """Until the runner has taken the run on ``raw``, and a little more (into the run, before its publish)."""
    deadline = time.monotonic() + 60
    while f"run: run {raw}" not in server.runner_log():
        assert time.monotonic() < deadline, server.runner_log()
        time.sleep(0.05)
    time.sleep(0.5)


def _restart_runner(server: WarmServer) -> None:
    """A killed runner started no successor: start one as make serve does (it is idempotent)."""
    served = subprocess.run(
        [str(REPO_ROOT / "scripts" / "serve.sh")], env=server.env, capture_output=True, text=True, timeout=600
    )
    assert served.returncode == 0, served.stdout + served.stderr
    server.wait_until_ready()
