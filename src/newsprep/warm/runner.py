"""The warm runner ``scripts/serve.sh`` starts: ``python -m newsprep.warm.runner --state-dir DIR``.

It imports everything a run needs and loads the default model (the collector paused, then frozen:
``newsprep.startup``), with ``PREFECT_API_URL`` set to ``make serve``'s server, then listens on ``DIR/runner.sock``
(the user's own, mode 600) for one run. While it waits it compares newsprep's files and the model's with what it
loaded, every second and at each request (``newsprep.warm.loaded``): once stale, it starts a fresh runner and answers
"stale" (what changed) until the fresh one listens, then exits; a request that differs is answered so and the runner
waits for the next. The first request it can take, it takes: it stops listening, tells the caller its pid (to forward
Ctrl-C), becomes that run (``newsprep.warm.takeover``), sends its exit code, starts the next warm runner and exits. A
runner that cannot load (a file saved half-edited) waits for the next change and restarts itself (``exec``).

Why not one runner forking a child per run (a forkserver): polars starts its thread pool when it is imported, and a
forked child that then runs a polars operation waits forever for threads that do not exist in it (seen here, a
sort in the child of a process that had imported polars). A process per run, started before the run is asked for,
gives the same warm start without a fork.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import resource
import select
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from newsprep.warm.loaded import Stamps, file_stamps, first_difference
from newsprep.warm.loading import load_everything, newsprep_roots, record_what_the_run_imported
from newsprep.warm.nlp_workers import start_nlp_workers, stop_nlp_workers
from newsprep.warm.protocol import receive_request, send_line, socket_path

REQUEST_TIMEOUT_SECONDS = 5.0
STAMP_POLL_SECONDS = 1.0
"""How often a waiting runner compares newsprep's files with what it loaded (a few hundred ``stat`` calls)."""
PID_FILE = "runner.pid"
LOG_FILE = "runner.log"


@dataclass(frozen=True)
class RunnerStart:
    """How this runner was started: the next one (or this one, restarted) starts the same way."""

    arguments: tuple[str, ...]
    environment: dict[str, str]
    folder: str
    state_dir: Path

    def command(self) -> list[str]:
        return [sys.executable, "-m", "newsprep.warm.runner", *self.arguments]


@dataclass
class Listening:
    listener: socket.socket
    path: Path
    inode: int

    def still_ours(self) -> bool:
        """Whether the socket file is still this runner's (a fresh runner replaces it; ``make stop`` removes it)."""
        try:
            return self.path.stat().st_ino == self.inode
        except OSError:
            return False

    def stop(self) -> None:
        """Stop listening; remove the socket file unless another runner has replaced it since."""
        self.listener.close()
        with contextlib.suppress(OSError):
            if self.path.stat().st_ino == self.inode:
                self.path.unlink()


def log(line: str) -> None:
    print(f"[runner {os.getpid()} {time.strftime('%H:%M:%S')}] {line}", file=sys.stderr, flush=True)


def listen(path: Path) -> Listening:
    """Listen on ``path`` (only this user may connect): bound under another name and renamed, so a client finds the
    socket only once the runner is ready."""
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = path.with_name(f".{path.name}.{os.getpid()}")
    staging.unlink(missing_ok=True)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    old_mask = os.umask(0o177)
    try:
        listener.bind(str(staging))
    finally:
        os.umask(old_mask)
    listener.listen(1)
    os.replace(staging, path)
    return Listening(listener, path, path.stat().st_ino)


def same_user(connection: socket.socket) -> bool:
    """Whether the peer runs as this process's user (``SO_PEERCRED``)."""
    import struct

    credentials = connection.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    _pid, uid, _gid = struct.unpack("3i", credentials)
    return bool(uid == os.getuid())


def request_differs(loaded: Any, request: dict[str, Any]) -> str | None:
    """Why this request must run cold although the runner is current, or None."""
    from newsprep.cli.server import choose_server
    from newsprep.config import OFFLINE_ENVIRONMENT
    from newsprep.serve_state import server_dirs
    from newsprep.warm.loaded import why_request_differs

    env = {str(k): str(v) for k, v in request["env"].items()}
    dirs = server_dirs(env, cwd=Path(request["cwd"]), venv_prefix=Path(str(request["prefix"])))
    as_run = {**OFFLINE_ENVIRONMENT, **env}  # what the CLI sets where the caller did not (``offline_environment``)
    server = choose_server(env, dirs).api_url
    return why_request_differs(loaded, prefix=str(request["prefix"]), env=as_run, api_url=server)


def still_stale_or_now(stale: str | None, loaded: Any, start: RunnerStart) -> str | None:
    """What made the runner stale: found before, or now (then a fresh runner starts loading the new code)."""
    from newsprep.warm.loaded import why_runner_stale

    if stale is not None:
        return stale
    stale = why_runner_stale(loaded)
    if stale is not None:
        log(f"stale: {stale}; starting a fresh runner")
        stop_nlp_workers()  # they loaded the old code; the fresh runner starts its own
        start_next_runner(start)
    return stale


def next_request(
    listening: Listening, loaded: Any, start: RunnerStart
) -> tuple[socket.socket, dict[str, Any], list[int]]:
    """Wait for a request this runner can take, answering the others. Once a newsprep file or the model changed, it
    starts a fresh runner, answers "stale" (with what changed) until that one listens, then exits."""
    stale: str | None = None
    while True:
        stale = still_stale_or_now(stale, loaded, start)
        if stale is not None and not listening.still_ours():
            log("a fresh runner listens (or make stop removed the socket): leaving")
            listening.listener.close()
            sys.exit(0)
        ready, _, _ = select.select([listening.listener], [], [], STAMP_POLL_SECONDS)
        if not ready:
            continue
        connection, _address = listening.listener.accept()
        connection.settimeout(REQUEST_TIMEOUT_SECONDS)
        fds: list[int] = []
        try:
            if not same_user(connection):
                connection.close()
                continue
            request, fds = receive_request(connection)
            stale = still_stale_or_now(stale, loaded, start)
            reason = f"stale: {stale}" if stale else request_differs(loaded, request)
        except (OSError, ValueError, KeyError, TypeError) as error:
            log(f"a request failed before it ran: {error}")
            _answer_and_close(connection, None, fds)
            continue
        if reason is None:
            return connection, request, fds
        log(f"cold run: {reason}")
        _answer_and_close(connection, {"stale": reason}, fds)


def take(listening: Listening, loaded: Any, start: RunnerStart, loaded_at: float) -> NoReturn:
    """Take the next request this runner can take and become that run; exits with the run's code."""
    from newsprep.warm.takeover import become_run

    connection, request, fds = next_request(listening, loaded, start)
    listening.stop()  # the next warm runner listens once this run is over
    connection.settimeout(None)
    log(f"run: {' '.join(map(str, request['argv'][1:]))} in {request['cwd']}")
    try:
        send_line(connection, {"pid": os.getpid()})
    except OSError:  # the caller went away before its run started: nothing to run
        log("the caller went away before its run started")
        _answer_and_close(connection, None, fds)
        start_next_runner(start)
        sys.exit(0)
    cpu_before, modules_before = _cpu_seconds(), set(sys.modules)
    code = 1
    try:
        code = become_run(request, fds, api_url=loaded.api_url, loaded_at=loaded_at)
    except SystemExit as done:
        code = exit_code_of(done.code)
        raise
    finally:
        # The caller then waits for this process to end (its socket closes at exit), as for a cold run's.
        cpu = round(_cpu_seconds() - cpu_before, 2)
        _answer({"exit": code, "cpu_seconds": cpu}, connection)
        imported = sorted({name.split(".")[0] for name in set(sys.modules) - modules_before})
        record_what_the_run_imported(start.state_dir, set(sys.modules) - modules_before)
        _log_to_file(
            start.state_dir,
            f"run ended: exit {code}, {cpu} CPU s (this process and its children); "
            f"{len(sys.modules) - len(modules_before)} modules imported by the run ({', '.join(imported)})",
        )
        start_next_runner(start)
    sys.exit(code)


def exit_code_of(code: object) -> int:
    """A ``SystemExit``'s code as the process's exit status."""
    if code is None:
        return 0
    return code if isinstance(code, int) else 1


def _log_to_file(state_dir: Path, line: str) -> None:
    """``log``, once this process's stderr is the caller's (the runner took a run)."""
    with (state_dir / LOG_FILE).open("a", encoding="utf-8") as runner_log:
        print(f"[runner {os.getpid()} {time.strftime('%H:%M:%S')}] {line}", file=runner_log)


def start_next_runner(start: RunnerStart) -> int:
    """The next warm runner: the same command, environment and folder, in a session of its own, its output appended
    to the runner's log; its pid. Recorded in the state folder (where ``scripts/stop.sh`` finds it) here, at once: this
    runner may exit before the next one's interpreter reaches ``main`` and records itself, and a ``make stop`` in
    between would find this runner's pid and leave the next one behind."""
    with (start.state_dir / LOG_FILE).open("ab") as output:
        process = subprocess.Popen(  # this interpreter, this module
            start.command(),
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=output,
            env=start.environment,
            cwd=start.folder,
            start_new_session=True,
        )
    record_pid(start.state_dir, process.pid)
    return process.pid


def _cpu_seconds() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def record_pid(state_dir: Path, pid: int | None = None) -> None:
    """The runner ``scripts/stop.sh`` stops: this one (it leads its own session: serve.sh's, or its own), or the next
    one it started."""
    staging = state_dir / f".{PID_FILE}.{os.getpid()}"
    staging.write_text(f"{os.getpid() if pid is None else pid}\n", encoding="utf-8")
    os.replace(staging, state_dir / PID_FILE)


def _answer(message: dict[str, Any], connection: socket.socket) -> None:
    with contextlib.suppress(OSError):  # the caller went away (its terminal closed)
        send_line(connection, message)


def _answer_and_close(connection: socket.socket, message: dict[str, Any] | None, fds: list[int]) -> None:
    for fd in fds:
        os.close(fd)
    if message is not None:
        _answer(message, connection)
    connection.close()


def wait_for_change(code_roots: tuple[str, ...], code: Stamps) -> None:
    while first_difference(code, file_stamps(code_roots)) is None:
        time.sleep(STAMP_POLL_SECONDS)


def restart(start: RunnerStart) -> NoReturn:
    """Replace this process with a fresh runner (same pid, arguments, environment and folder)."""
    os.chdir(start.folder)
    os.execve(sys.executable, start.command(), start.environment)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newsprep.warm.runner", description=__doc__.splitlines()[0])
    parser.add_argument("--state-dir", type=Path, required=True, help="make serve's state folder")
    arguments = sys.argv[1:] if argv is None else argv
    state_dir = parser.parse_args(arguments).state_dir.resolve()
    start = RunnerStart(tuple(arguments), dict(os.environ), os.getcwd(), state_dir)
    api_url = os.environ.get("PREFECT_API_URL")
    if not api_url:
        log("PREFECT_API_URL is not set: the runner runs only beside make serve's server")
        return 2
    record_pid(state_dir)
    began = time.perf_counter()
    code_roots = newsprep_roots()
    code = file_stamps(code_roots)
    try:
        loaded = load_everything(api_url, code_roots, code, state_dir)
    except Exception as error:  # a file saved half-edited, say: wait for the next change, then load again
        log(f"cannot load ({type(error).__name__}: {error}); runs start cold until newsprep's files change")
        wait_for_change(code_roots, code)
        restart(start)
    workers = "loading" if start_nlp_workers(os.environ, loaded.model_name) else "off"
    listening = listen(socket_path(state_dir))
    signal.signal(signal.SIGTERM, _exit_on_signal)  # stop.sh: leave through the cleanup below
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    log(f"ready after {time.perf_counter() - began:.1f} s, {rss_mb} MB resident, on {listening.path} "
        f"(model {loaded.model_name} {loaded.model_version}, server {api_url}, NLP workers {workers})")  # fmt: skip
    try:
        take(listening, loaded, start, time.time())
    finally:
        listening.stop()


def _exit_on_signal(signum: int, _frame: object) -> None:
    sys.exit(128 + signum)


if __name__ == "__main__":
    sys.exit(main())
