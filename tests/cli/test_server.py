"""Which Prefect server `newsprep run` uses: decided from the environment and make serve's state, before Prefect."""

from __future__ import annotations

import http.server
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsprep.cli.server import (
    choose_server,
    is_healthy,
    start_temporary_server,
    startup_timeout,
    temporary_server_environment,
)
from newsprep.serve_state import API_URL_FILE, SERVER_DIR, server_dirs


class _Health(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200 if self.path == "/api/health" else 404)
        self.end_headers()
        self.wfile.write(b"true")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def healthy_api() -> Iterator[str]:
    """A loopback HTTP server answering 200 at /api/health, as a Prefect server does."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Health)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/api"
    finally:
        server.shutdown()
        server.server_close()


def _closed_port_url() -> str:
    server = http.server.HTTPServer(("127.0.0.1", 0), _Health)
    port = server.server_address[1]
    server.server_close()
    return f"http://127.0.0.1:{port}/api"


def _state_dir(root: Path, api_url: str) -> Path:
    state = root / SERVER_DIR
    state.mkdir()
    (state / API_URL_FILE).write_text(api_url + "\n")
    return state


def test_prefect_api_url_wins_and_is_not_probed(tmp_path: Path, healthy_api: str) -> None:
    state = _state_dir(tmp_path, healthy_api)
    chosen = choose_server({"PREFECT_API_URL": "http://elsewhere:4200/api"}, [state])
    assert chosen.api_url == "http://elsewhere:4200/api"
    assert chosen.describe() == "http://elsewhere:4200/api (PREFECT_API_URL)"


def test_a_healthy_make_serve_server_is_used(tmp_path: Path, healthy_api: str) -> None:
    chosen = choose_server({}, [tmp_path / "absent", _state_dir(tmp_path, healthy_api)])
    assert chosen.api_url == healthy_api
    assert chosen.describe() == f"{healthy_api} (started by make serve)"


def test_a_stopped_make_serve_server_means_a_temporary_one(tmp_path: Path) -> None:
    chosen = choose_server({}, [_state_dir(tmp_path, _closed_port_url())])
    assert chosen.api_url is None
    assert chosen.describe().startswith("temporary server (no server running")


def test_health_is_false_for_a_wrong_path_or_a_closed_port(healthy_api: str) -> None:
    assert is_healthy(healthy_api)
    assert not is_healthy(healthy_api.removesuffix("/api") + "/elsewhere")
    assert not is_healthy(_closed_port_url())


def test_server_dirs_are_the_clone_of_the_environment_and_the_folder_run_from(tmp_path: Path) -> None:
    clone, cwd = tmp_path / "clone", tmp_path / "work"
    assert server_dirs({}, cwd=cwd, venv_prefix=clone / ".venv") == [clone / SERVER_DIR, cwd / SERVER_DIR]
    assert server_dirs({}, cwd=clone, venv_prefix=clone / ".venv") == [clone / SERVER_DIR]
    named = {"NEWSPREP_SERVER_DIR": str(tmp_path / "state")}
    assert server_dirs(named, cwd=cwd, venv_prefix=clone / ".venv") == [tmp_path / "state"]


@pytest.mark.slow
def test_the_temporary_server_answers_and_stops_without_prefect_in_this_process(tmp_path: Path) -> None:
    # In a child interpreter: starting the server must not import Prefect (whose server package alone takes seconds
    # and holds the interpreter lock against the run's own imports); the server itself is Prefect's, and answers.
    probe = (
        "import sys; from pathlib import Path; from newsprep.cli.server import start_temporary_server;"
        f"server = start_temporary_server(Path({str(tmp_path / 'server.log')!r}));"
        "print('prefect' in sys.modules, server.api_url, flush=True);"
        "server.wait_until_healthy(timeout=180); print('healthy', flush=True); server.stop();"
        "print('stopped', server.process.poll() is not None)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=240)
    lines = done.stdout.splitlines()
    assert done.returncode == 0 and len(lines) == 3, done.stdout + done.stderr
    imported, api_url = lines[0].split()
    assert imported == "False" and api_url.startswith("http://127.0.0.1:") and api_url.endswith("/api")
    assert lines[1:] == ["healthy", "stopped True"]
    assert not is_healthy(api_url)


def test_a_server_that_exits_at_once_is_said_in_one_line(tmp_path: Path) -> None:
    server = start_temporary_server(tmp_path / "server.log")
    server.stop()
    with pytest.raises(RuntimeError, match="temporary Prefect server exited"):
        server.wait_until_healthy(timeout=5)


def test_the_temporary_servers_environment_registers_no_block_types_unless_the_user_says() -> None:
    env = temporary_server_environment({"PREFECT_API_URL": "http://127.0.0.1:9/api", "HOME": "/home/invented"})
    assert env["PREFECT_SERVER_REGISTER_BLOCKS_ON_START"] == "false"
    assert env["PREFECT__SERVER_EPHEMERAL"] == "1" and env["HOME"] == "/home/invented"
    assert "PREFECT_API_URL" not in env
    chosen = temporary_server_environment({"PREFECT_SERVER_REGISTER_BLOCKS_ON_START": "true"})
    assert chosen["PREFECT_SERVER_REGISTER_BLOCKS_ON_START"] == "true"


def test_the_temporary_servers_task_run_recorder_writes_in_batches_unless_the_user_says() -> None:
    assert temporary_server_environment({})["PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_BATCH_SIZE"] == "200"
    chosen = temporary_server_environment({"PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_BATCH_SIZE": "1"})
    assert chosen["PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_BATCH_SIZE"] == "1"


def test_the_temporary_servers_other_services_keep_prefects_defaults() -> None:
    env = temporary_server_environment({})
    for service in ("EVENT_PERSISTER", "TRIGGERS", "TASK_RUN_RECORDER"):
        assert f"PREFECT_SERVER_SERVICES_{service}_ENABLED" not in env


@pytest.mark.parametrize(
    ("given", "memoize"),
    [
        ({}, "false"),
        ({"PREFECT_SERVER_REGISTER_BLOCKS_ON_START": "Off"}, "false"),
        ({"PREFECT_SERVER_REGISTER_BLOCKS_ON_START": "true"}, None),
        ({"PREFECT_SERVER_MEMOIZE_BLOCK_AUTO_REGISTRATION": "true"}, "true"),
    ],
)
def test_the_block_registration_memo_is_skipped_only_when_no_block_is_registered(
    given: dict[str, str], memoize: str | None
) -> None:
    assert temporary_server_environment(given).get("PREFECT_SERVER_MEMOIZE_BLOCK_AUTO_REGISTRATION") == memoize


def test_the_startup_timeout_is_prefects_setting_when_given() -> None:
    assert startup_timeout({"PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "45"}) == 45.0
    assert startup_timeout({"PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "soon"}) == 120.0
    assert startup_timeout({}) == 120.0
