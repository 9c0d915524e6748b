"""Incremental and reproducible runs: redo only what changed, and the same inputs give the same bytes."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT
from tests.e2e.conftest import run_flow

pytestmark = pytest.mark.slow
FIXTURES = REPO_ROOT / "tests" / "fixtures" / "raw"
FIRST = ["ferry-fares-caption-once.txt", "water-main-crlf.txt", "npr-blinken-china.txt"]


def _table_digests(out: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(out.glob("*.parquet"))}


def _copy(raw: Path, names: list[str]) -> None:
    raw.mkdir(exist_ok=True)
    for name in names:
        shutil.copy(FIXTURES / name, raw / name)


def test_reruns_redo_only_new_changed_and_deleted_files(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    _copy(raw, FIRST)
    first = run_flow(raw, out)
    assert first["published"] and first["documents_processed"] == 3
    published = _table_digests(out)

    unchanged = run_flow(raw, out)
    assert unchanged["reused_previous_version"] and unchanged["documents_processed"] == 0
    assert _table_digests(out) == published, "a no-change rerun must leave every published byte as it was"

    _copy(raw, ["comet-enlarge-image.txt"])
    added = run_flow(raw, out)
    assert (added["documents_processed"], added["documents_reused"]) == (1, 3)
    assert added["row_counts"]["documents"] == 4

    changed_path = raw / "water-main-crlf.txt"
    changed_path.write_bytes(changed_path.read_bytes().replace(b"water", b"sewer", 1))
    changed = run_flow(raw, out)
    assert (changed["documents_processed"], changed["documents_reused"]) == (1, 3)

    (raw / "ferry-fares-caption-once.txt").unlink()
    deleted = run_flow(raw, out)
    assert deleted["documents_processed"] == 0 and deleted["row_counts"]["documents"] == 3

    # Whatever path the incremental runs took, they must publish exactly what a run from scratch publishes.
    scratch = run_flow(raw, tmp_path / "scratch")
    assert scratch["documents_processed"] == 3
    assert _table_digests(out) == _table_digests(tmp_path / "scratch")


def test_two_runs_from_scratch_write_byte_identical_tables(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    _copy(raw, FIRST)
    one = run_flow(raw, tmp_path / "one", batch_size=1)
    two = run_flow(raw, tmp_path / "two", batch_size=64)
    assert one["run_id"] == two["run_id"]
    digests = _table_digests(tmp_path / "one")
    assert len(digests) == 10 and digests == _table_digests(tmp_path / "two")
