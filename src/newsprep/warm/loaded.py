"""What the warm runner loaded, and why it (or one request) no longer matches: a run never uses stale code.

The runner records, once loaded: every file of the newsprep package (path, modification time, size: its modules and
its data, such as the outlet profiles and the given-names table), the spaCy model's package files and version, the
interpreter's environment (``sys.prefix``), the Prefect server's address, and the environment variables that
libraries read once, at import (``PYTHON*``, Prefect's logging settings, polars' and Great Expectations' settings, the
telemetry switch, the BLAS thread counts). Checking them is
a few hundred ``stat`` calls per run.

- The runner is *stale* when a file changed, appeared or went away: it answers "stale" while a fresh runner loads.
- A request *differs* when it would run in another interpreter environment, on another Prefect server, or with
  another value of an import-time variable: it runs cold; the runner stays as it is (a restart would change nothing).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

Stamps = dict[str, tuple[int, int]]
"""A file's path: its modification time (ns) and size."""

IMPORT_TIME_PREFIXES = ("PYTHON", "PREFECT_LOGGING_", "POLARS_", "GX_")
IMPORT_TIME_SUFFIXES = ("_NUM_THREADS",)
IMPORT_TIME_NAMES = frozenset({"DO_NOT_TRACK"})
NOT_IMPORT_TIME = frozenset({"PYTHONUNBUFFERED", "PYTHONDONTWRITEBYTECODE", "PYTHONSTARTUP", "PYTHONINSPECT"})
"""Read by the interpreter for an interactive or unbuffered session, not by the code the runner imported."""


@dataclass(frozen=True)
class LoadedRunner:
    code_roots: tuple[str, ...]
    code: Stamps
    model_name: str
    model_version: str
    model_files: Stamps
    prefix: str
    api_url: str
    import_environment: Mapping[str, str] = field(default_factory=dict)


def file_stamps(roots: Iterable[str]) -> Stamps:
    """Every file under ``roots`` (bytecode caches and hidden entries aside; linked folders followed), with its
    modification time and size."""
    paths: list[str] = []
    for root in roots:
        for folder, subfolders, files in os.walk(root, followlinks=True):  # newsprep.schemas is a link
            subfolders[:] = [name for name in subfolders if name != "__pycache__" and not name.startswith(".")]
            for name in files:
                if name.startswith(".") or name.endswith((".pyc", ".pyo")):
                    continue
                paths.append(os.path.join(folder, name))
    return stamps_of(paths)


def stamps_of(paths: Iterable[str]) -> Stamps:
    """The modification time and size of each of ``paths`` that exists."""
    stamps: Stamps = {}
    for path in paths:
        try:
            stat = os.stat(path)
        except OSError:
            continue
        stamps[path] = (stat.st_mtime_ns, stat.st_size)
    return stamps


def first_difference(before: Stamps, now: Stamps) -> str | None:
    """The first file (by path) that changed, appeared or went away between two stampings, said in a few words."""
    for path in sorted(before.keys() | now.keys()):
        if path not in now:
            return f"{path} was removed"
        if path not in before:
            return f"{path} was added"
        if before[path] != now[path]:
            return f"{path} changed"
    return None


def import_environment(env: Mapping[str, str]) -> dict[str, str]:
    """The variables of ``env`` that libraries read once, at import: they must be the same in the runner and a run."""
    return {
        name: value
        for name, value in env.items()
        if name not in NOT_IMPORT_TIME
        and (name in IMPORT_TIME_NAMES or name.startswith(IMPORT_TIME_PREFIXES) or name.endswith(IMPORT_TIME_SUFFIXES))
    }


def why_runner_stale(loaded: LoadedRunner) -> str | None:
    """Why the runner must restart before it runs anything (a newsprep file or the model changed), or None."""
    code = first_difference(loaded.code, file_stamps(loaded.code_roots))
    if code is not None:
        return f"{code} since the warm runner loaded it"
    model = first_difference(loaded.model_files, stamps_of(loaded.model_files))
    if model is not None:
        return f"the spaCy model {loaded.model_name} changed ({model})"
    return None


def why_request_differs(
    loaded: LoadedRunner, *, prefix: str, env: Mapping[str, str], api_url: str | None
) -> str | None:
    """Why this request must run cold although the runner is current (``api_url``: the server the run would use,
    None when none answers), or None."""
    if os.path.realpath(prefix) != os.path.realpath(loaded.prefix):
        return f"the run's Python environment is {prefix}, the warm runner's {loaded.prefix}"
    if api_url != loaded.api_url:
        would = api_url or "a temporary server (none answers)"
        return f"the run would use the Prefect server {would}, the warm runner was loaded for {loaded.api_url}"
    requested = import_environment(env)
    for name in sorted(requested.keys() | loaded.import_environment.keys()):
        if requested.get(name) != loaded.import_environment.get(name):
            return f"{name} differs from the warm runner's (read once, at import)"
    return None


def model_files(package_dir: Path) -> Stamps:
    """What identifies an installed spaCy model package: its ``__init__.py`` and ``meta.json`` files."""
    found = file_stamps([str(package_dir)])
    return {path: stamp for path, stamp in found.items() if os.path.basename(path) in {"__init__.py", "meta.json"}}
