"""Which Prefect server ``newsprep run`` uses: the one ``PREFECT_API_URL`` names, else the one ``make serve`` started
for this clone when it answers, else a temporary one Prefect starts for the run (about 10 s).

Decided before Prefect is imported: Prefect reads ``PREFECT_API_URL`` from the environment once, at import.
``scripts/serve.sh`` writes the address of the server it started to ``<state folder>/api-url``.
"""

from __future__ import annotations

import os
import sys
import threading
import urllib.request
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

SERVER_DIR = ".newsprep-server"
"""``scripts/serve.sh``'s state folder inside the clone (``NEWSPREP_SERVER_DIR`` moves it)."""
API_URL_FILE = "api-url"
HEALTH_TIMEOUT_SECONDS = 1.0


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


def server_dirs(env: Mapping[str, str], *, cwd: Path, venv_prefix: Path) -> list[Path]:
    """Where ``make serve`` may have left its state for this clone: ``NEWSPREP_SERVER_DIR`` when set, else the clone
    of the environment running newsprep (``<clone>/.venv``) and the folder run from; without duplicates."""
    if env.get("NEWSPREP_SERVER_DIR"):
        return [Path(env["NEWSPREP_SERVER_DIR"])]
    found: list[Path] = []
    for folder in (venv_prefix.parent, cwd):
        candidate = folder / SERVER_DIR
        if candidate not in found:
            found.append(candidate)
    return found


def served_api_url(state_dir: Path) -> str | None:
    """The API address ``scripts/serve.sh`` recorded in ``state_dir``, if any."""
    try:
        text = (state_dir / API_URL_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return text or None


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


def use_prefect_server() -> PrefectServer:
    """Choose the server for this process and point Prefect at it (sets ``PREFECT_API_URL`` when one is running)."""
    chosen = choose_server(os.environ, server_dirs(os.environ, cwd=Path.cwd(), venv_prefix=Path(sys.prefix)))
    if chosen.api_url is not None:
        os.environ["PREFECT_API_URL"] = chosen.api_url
    return chosen


@contextmanager
def temporary_server_starting() -> Iterator[None]:
    """Start Prefect's temporary server in a thread while the body runs; wait for it (healthy) on leaving.

    The flow's client then finds it started (Prefect keeps one per process). The wait matters: Prefect marks the
    server as started before it answers, and a client that came meanwhile would not wait for it. A failed start
    is left to the flow, which starts it again and reports the error.
    """

    def start() -> None:
        from prefect.server.api.server import SubprocessASGIServer

        try:
            SubprocessASGIServer().start()
        except Exception:  # the flow's own start raises it again, with Prefect's message
            return

    thread = threading.Thread(target=start, name="prefect-temporary-server", daemon=True)
    thread.start()
    try:
        yield
    finally:
        thread.join()
