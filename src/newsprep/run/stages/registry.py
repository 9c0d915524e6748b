"""The stages of a run, in order, and what each one's cached output is keyed by.

A stage's output for a batch is stored under a key that changes when anything it depends on changes: the batch's
files (path and content hash), the keys of the stages it reads, its own code (``fingerprint``: the source of the
modules it starts from and every ``newsprep`` module they import, not the package's other modules), the settings
it reads, the packages' versions and, for ``nlp``, the spaCy model's. Changing a quote rule changes the ``quotes``
key alone: ``clean``, ``nlp``, ``entities`` and ``statistics`` keep theirs, and their stored outputs are reused.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

from newsprep.run.provenance import PACKAGE_DIR, package_versions

if TYPE_CHECKING:
    from newsprep.config import PipelineSettings

CACHE_FORMAT = 1
"""Bumped when the layout of a stored stage output changes (every key changes with it)."""

SHARED_MODULES = ("newsprep.run.stages.state", "newsprep.run.stages.records", "newsprep.run.stages.checks")
"""Code every stage's stored output depends on: the batch state a stage runs on, how its records become frames and
back, and its checks: in every stage's fingerprint."""
KEY_MODULES = frozenset({"newsprep.run.stages.registry", "newsprep.config"})
"""Left out of the fingerprints: what decides the keys (this module; the settings, whose values are in the keys)."""


@dataclass(frozen=True, slots=True)
class Stage:
    """One stage: the stages whose outputs it reads, the settings it reads, and the frames it stores.

    Its code is the module of its name in this package (``newsprep.run.stages.<name>``, its ``run``) and what that
    imports. Every stage also stores ``rejects`` (the documents it refused, with the reason, or the check they
    failed) and ``checks`` (each of its checks' outcome on the batch).
    """

    name: str
    inputs: tuple[str, ...]
    settings: tuple[str, ...]
    parts: tuple[str, ...]
    uses_model: bool = False

    @property
    def module(self) -> str:
        return f"newsprep.run.stages.{self.name}"


STAGES: tuple[Stage, ...] = (
    Stage("ingest", (), ("max_file_bytes",), ("decoded",)),
    # clean reads the outlet profiles (built-in and profiles_dir's): their content is in its key, not the folder.
    Stage("clean", ("ingest",), (), ("articles", "paragraphs", "captions")),
    # nlp reads spacy_model twice: the model it runs and the longest text that model takes (too_long).
    Stage("nlp", ("clean",), ("spacy_model",), ("spans",), uses_model=True),
    Stage("entities", ("clean", "nlp"), (), ("entities", "mentions")),
    Stage("quotes", ("clean", "entities"), ("split_quotes",), ("quotes",)),
    Stage("statistics", ("clean",), (), ("statistics",)),
)
"""Every stage, each after the stages it reads; ``publish`` (the tables from the stages' outputs, the whole run's
checks) follows them and is not stored."""
STAGE_NAMES: tuple[str, ...] = tuple(stage.name for stage in STAGES)
_BY_NAME = {stage.name: stage for stage in STAGES}


def stage_named(name: str) -> Stage:
    return _BY_NAME[name]


def downstream(name: str) -> tuple[str, ...]:
    """The stage and every stage that reads its output, directly or not, in run order."""
    affected = {name}
    for stage in STAGES:
        if affected & set(stage.inputs):
            affected.add(stage.name)
    return tuple(s for s in STAGE_NAMES if s in affected)


def _module_file(module: str) -> Path | None:
    relative = Path(*module.split(".")[1:])
    if module == "newsprep":
        return PACKAGE_DIR / "__init__.py"
    for candidate in (PACKAGE_DIR / relative.with_suffix(".py"), PACKAGE_DIR / relative / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


_IMPORT = re.compile(
    r"^[ \t]*(?:from[ \t]+(?P<base>[\w.]+)[ \t]+import[ \t]+(?P<names>\([^)]*\)|[^\n#]+)"
    r"|import[ \t]+(?P<modules>[^\n#]+))",
    re.MULTILINE,
)
_TYPE_CHECKING_BLOCK = re.compile(r"^if TYPE_CHECKING:\n(?:(?:[ \t]+.*)?\n)*", re.MULTILINE)


def _imported(module: str, path: Path) -> set[str]:
    """The ``newsprep`` modules one module imports by name (a package's ``__init__`` only when named itself), those
    imported for the type checker alone (``if TYPE_CHECKING:``) left out.

    Read from the text, not with ``ast.parse``: Python 3.11's is not safe while another thread parses (SystemError:
    "AST constructor recursion depth mismatch"), and the flow works out keys in two threads beside Prefect's.
    """
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    source = _TYPE_CHECKING_BLOCK.sub("", path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for match in _IMPORT.finditer(source):
        if match["modules"]:
            found.update(part.split()[0] for part in match["modules"].split(","))
            continue
        base = match["base"]
        if base.startswith("."):
            dots = len(base) - len(base.lstrip("."))
            parent = package.rsplit(".", dots - 1)[0] if dots > 1 else package
            base = f"{parent}.{base.lstrip('.')}".rstrip(".")
        names = [part.split()[0] for part in match["names"].strip("() \n").split(",") if part.strip()]
        found.update(f"{base}.{name}" if _module_file(f"{base}.{name}") else base for name in names)
    return {name for name in found if (name == "newsprep" or name.startswith("newsprep.")) and name not in KEY_MODULES}


def module_closure(modules: Sequence[str]) -> dict[str, Path]:
    """The modules named and every ``newsprep`` module they import, directly or not, with their files."""
    seen: dict[str, Path] = {}
    todo = list(modules)
    while todo:
        module = todo.pop()
        if module in seen:
            continue
        path = _module_file(module)
        if path is None:
            raise LookupError(f"no source file for module {module}")
        seen[module] = path
        todo.extend(_imported(module, path) - seen.keys())
    return dict(sorted(seen.items()))


_fingerprint_lock = threading.Lock()
"""Two batches in flight work out their keys at once: each stage's fingerprint is read once."""


def fingerprint(name: str) -> str:
    """sha256 over the source of a stage's code: its modules, the shared stage modules, what they import."""
    with _fingerprint_lock:
        return _fingerprint(name)


@cache
def _fingerprint(name: str) -> str:
    digest = hashlib.sha256()
    for module, path in module_closure([stage_named(name).module, *SHARED_MODULES]).items():
        digest.update(f"{module}\0".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@lru_cache(maxsize=8)
def model_version(spacy_model: str) -> str:
    """The installed version of the spaCy model's package, with spaCy's and thinc's."""
    versions = []
    for package in (spacy_model, spacy_model.replace("_", "-"), "spacy", "thinc"):
        try:
            versions.append(f"{package}={metadata.version(package)}")
        except metadata.PackageNotFoundError:
            continue
    return ";".join(versions)


@lru_cache(maxsize=1)
def _package_versions() -> dict[str, str]:
    """Read once per process: a batch's keys are worked out many times a run."""
    return package_versions()


def _data_digest(stage: str, settings: PipelineSettings) -> str | None:
    """The data files a stage reads besides its code: the outlet profiles the cleaner matches, by content."""
    if stage != "clean":
        return None
    from newsprep.clean.profiles import profiles_digest

    return profiles_digest(settings.profiles_dir)


def batch_identity(files: Sequence[tuple[str, str]]) -> str:
    """What a batch is: its files' (source path, doc id), in batch order (paths appear in rejects' details)."""
    return hashlib.sha256(json.dumps([list(f) for f in files]).encode()).hexdigest()[:24]


def stage_keys(
    identity: str, settings: PipelineSettings, *, fingerprints: Mapping[str, str] | None = None
) -> dict[str, str]:
    """Every stage's key for one batch. ``fingerprints`` overrides a stage's code fingerprint (a test's edit)."""
    keys: dict[str, str] = {}
    packages = _package_versions()
    for stage in STAGES:
        payload = {
            "format": CACHE_FORMAT,
            "stage": stage.name,
            "code": (fingerprints or {}).get(stage.name) or fingerprint(stage.name),
            "settings": {name: getattr(settings, name) for name in stage.settings},
            "packages": packages,
            "python": list(sys.version_info[:2]),
            "model": model_version(settings.spacy_model) if stage.uses_model else None,
            "data": _data_digest(stage.name, settings),
            "inputs": [keys[name] for name in stage.inputs] if stage.inputs else [identity],
        }
        keys[stage.name] = hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()[:24]
    return keys
