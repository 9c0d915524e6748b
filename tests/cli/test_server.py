"""Which Prefect server `newsprep run` uses: decided from the environment and make serve's state, before Prefect."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsprep.cli.server import API_URL_FILE, SERVER_DIR, choose_server, is_healthy, server_dirs


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
