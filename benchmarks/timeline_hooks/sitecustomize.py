"""Events of a timed run, written by every Python process of it (``benchmarks/timeline.py`` puts this folder first on
``PYTHONPATH`` and names the events file in ``NEWSPREP_TIMELINE_EVENTS``; without it this module does nothing).

Each process notes its start, and the start and end of a few named functions of newsprep (the run's imports, the
model's load, each stage's run and checks on a batch, the checks and publish at the end), as one JSON line each,
appended to the events file. The functions are wrapped as their module finishes loading, before any other module
imports them, so the names other modules take from it are the wrapped ones. Nothing of the project changes.
"""

from __future__ import annotations

import functools
import importlib.abc
import importlib.machinery
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import Any

EVENTS_VARIABLE = "NEWSPREP_TIMELINE_EVENTS"

WRAPPED: dict[str, tuple[str, ...]] = {
    "newsprep.cli.run": ("_import_run_modules", "_load_stage_data", "_start_nlp_workers", "_run_flow"),
    "newsprep.cli.server": ("start_temporary_server", "TemporaryServer.wait_until_healthy"),
    "newsprep.run.workers": ("_prepare_worker", "release_worker_pool"),
    "newsprep.run.stages.runner": ("run_stage", "check_stage", "batch_tables_from_cache"),
    "newsprep.run.flow": ("_process_batches",),
    "newsprep.run.steps": ("check_and_publish", "conform_batches", "conform_group_to_files", "drop_staging"),
    "newsprep.run.manifest": ("record_outcome", "write_report"),
    "newsprep.quality.checker": ("run_suites_in_checker", "finish_data_docs"),
    "newsprep.quality.suites": ("import_suite_modules",),
    "newsprep.quality.docs": ("build_data_docs",),
}
"""Module -> the functions (``Class.method`` for a method) whose start and end are events."""


def _note(path: str, record: dict[str, Any]) -> None:
    line = json.dumps({"t": time.time(), "pid": os.getpid(), **record}) + "\n"
    descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(descriptor, line.encode())  # one write of a short line with O_APPEND: lines never interleave
    finally:
        os.close(descriptor)


def _label(args: Sequence[Any]) -> str | None:
    """The stage a stage function runs (its first argument), and the batch's size."""
    if args and isinstance(args[0], str):
        batch = args[1] if len(args) > 1 else None
        paths = getattr(batch, "paths", None)
        return args[0] if paths is None else f"{args[0]}:{len(paths)}"
    return None


def _timed(path: str, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(function)
    def timed(*args: Any, **kwargs: Any) -> Any:
        label = _label(args[1:] if "." in name else args)
        _note(path, {"what": name, "edge": "start", "arg": label})
        try:
            return function(*args, **kwargs)
        finally:
            _note(path, {"what": name, "edge": "end", "arg": label})

    return timed


def _wrap(module: ModuleType, path: str) -> None:
    for name in WRAPPED.get(module.__name__, ()):
        owner: Any = module
        *outer, attribute = name.split(".")
        for part in outer:
            owner = getattr(owner, part, None)
        function = getattr(owner, attribute, None)
        if callable(function):
            setattr(owner, attribute, _timed(path, name, function))


class _WrappingLoader(importlib.abc.Loader):
    def __init__(self, loader: Any, path: str) -> None:
        self._loader, self._path = loader, path

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return self._loader.create_module(spec)  # type: ignore[no-any-return]

    def exec_module(self, module: ModuleType) -> None:
        self._loader.exec_module(module)
        _wrap(module, self._path)


class _WrappingFinder(importlib.abc.MetaPathFinder):
    def __init__(self, path: str) -> None:
        self._path = path

    def find_spec(
        self, name: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if name not in WRAPPED:
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path, target)
        if spec is not None and spec.loader is not None:
            spec.loader = _WrappingLoader(spec.loader, self._path)
        return spec


def _command() -> list[str]:
    try:
        with open("/proc/self/cmdline", "rb") as handle:
            return [part.decode(errors="replace") for part in handle.read().split(b"\0") if part][:6]
    except OSError:
        return []


def _install(path: str) -> None:
    _note(path, {"what": "process", "edge": "start", "arg": " ".join(_command())})
    sys.meta_path.insert(0, _WrappingFinder(path))


if os.environ.get(EVENTS_VARIABLE):
    _install(os.environ[EVENTS_VARIABLE])
