"""Where ``scripts/serve.sh`` (``make serve``) keeps its state for a clone: the server's address (``api-url``) and the
warm runner's socket (``runner.sock``). Standard library only: ``newsprep run`` looks here before any heavy import."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

SERVER_DIR = ".newsprep-server"
"""``scripts/serve.sh``'s state folder inside the clone (``NEWSPREP_SERVER_DIR`` moves it)."""
API_URL_FILE = "api-url"


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
