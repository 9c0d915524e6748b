"""The published versions an output folder keeps under ``_versions/``: listed, and rolled back to.

Each version folder is written once and never changed, so making an older one ``current`` again gives back its
tables byte for byte. A rollback is recorded like a run (a manifest under ``_runs/``, ``manifest.json`` and the
report), so the record of what was published when stays whole.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from newsprep.run.changes import document_changes
from newsprep.run.manifest import record_run
from newsprep.run.outcome import version_documents
from newsprep.run.publish import RUNS_DIR, current_version_dir, output_lock, published_versions, switch_current

ROLLBACK_ENGINE = "rollback"


@dataclass(frozen=True, slots=True)
class KeptVersion:
    version_id: str
    published_at: datetime | None
    """When a run first published it (from its manifest under ``_runs/``); None if no manifest says."""
    documents: int
    current: bool


def _run_manifests(out_dir: Path) -> list[dict[str, Any]]:
    """Every readable run manifest under ``_runs/``, oldest first (run stamps sort by start time)."""
    manifests = []
    for path in sorted((out_dir / RUNS_DIR).glob("*.json")):
        try:
            manifest = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue  # a foreign or damaged file does not hide the versions
        if isinstance(manifest, dict):
            manifests.append(manifest)
    return manifests


def _first_publish(manifests: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Per version id, the manifest of the run that first published it (rollbacks aside)."""
    first: dict[str, dict[str, Any]] = {}
    for manifest in manifests:
        engine = str(manifest.get("engine", ""))
        if manifest.get("published") and not engine.startswith(ROLLBACK_ENGINE):
            first.setdefault(str(manifest.get("run_id")), manifest)
    return first


def _when(manifest: dict[str, Any] | None) -> datetime | None:
    try:
        return datetime.fromisoformat(str((manifest or {})["finished_at"]))
    except (KeyError, ValueError):
        return None


def _document_count(version: Path) -> int:
    path = version / "documents.parquet"
    return pq.ParquetFile(path).metadata.num_rows if path.is_file() else 0


def kept_versions(out_dir: Path) -> list[KeptVersion]:
    """The complete versions under ``_versions/``, oldest publish first, the current one marked."""
    first = _first_publish(_run_manifests(out_dir))
    current = current_version_dir(out_dir)
    kept = [
        KeptVersion(v.name, _when(first.get(v.name)), _document_count(v), v.resolve() == current)
        for v in published_versions(out_dir)
    ]
    oldest = datetime.min.replace(tzinfo=UTC)
    return sorted(kept, key=lambda v: (v.published_at or oldest, v.version_id))


def roll_back(out_dir: Path, version_id: str) -> dict[str, Any] | None:
    """Make ``version_id`` the published version again, under the output lock; its record, or None when it already
    is the published one. Raises ``LookupError`` when ``out_dir`` keeps no such version, ``OutputLocked`` when a
    run holds the folder."""
    started, clock = datetime.now(UTC), time.perf_counter()
    with output_lock(out_dir):
        leaving = current_version_dir(out_dir)
        if leaving is not None and leaving.name == version_id:
            return None
        before = version_documents(leaving)
        chosen = switch_current(out_dir, version_id)
        after = version_documents(chosen)
        published = _first_publish(_run_manifests(out_dir)).get(version_id) or {"run_id": version_id}
        rejects = pq.ParquetFile(chosen / "rejects.parquet").metadata.num_rows
        record = {
            **published,
            "run_id": version_id,
            "engine": f"{ROLLBACK_ENGINE}: current switched back from {leaving.name if leaving else 'none'}",
            "published": True,
            "reused_previous_version": False,  # the published version changed: it is not a run that kept it
            "documents_processed": 0,
            "documents_reused": len(after),
            "started_at": started.isoformat(),
            "finished_at": datetime.now(UTC).isoformat(),
            "seconds": {"total": round(time.perf_counter() - clock, 3)},
            "changes": document_changes(before, after, reused=len(after), rejected=rejects).as_manifest(),
            "rolled_back_from": leaving.name if leaving else None,
        }
        return record_run(record, out_dir=out_dir, started=started)
