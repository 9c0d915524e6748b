"""Incremental and reproducible runs: redo only what changed, and the same inputs give the same bytes."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import polars as pl
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


STORIES = {
    "rally.txt": "Trump rallies in Ohio\n\nDonald Trump spoke to supporters in Columbus on Tuesday.\n\n"
    "\u201cWe will win this state,\u201d Trump said. Hillary Clinton was campaigning in Florida.\n",
    "factory.txt": "Clinton tours a factory\n\nHillary Rodham Clinton toured a factory in Tampa on Monday.\n\n"
    "\u201cJobs matter here,\u201d Clinton said. Bill Clinton joined her later.\n",
    "debate.txt": "Debate preview\n\n\u201cIt will be a long night,\u201d Trump said of the debate on Monday.\n",
    "convention.txt": "A son speaks\n\nDonald Trump Jr. addressed the convention on Wednesday.\n\n"
    "\u201cMy father builds things,\u201d Donald Trump Jr. said. Donald J. Trump watched from a suite.\n",
}
KEYED = ("entities.parquet", "mentions.parquet", "quotes.parquet", "corpus_entities.parquet")


def test_corpus_keys_of_half_then_the_rest_equal_a_run_from_scratch(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    names = sorted(STORIES)
    for name in names[:2]:
        (raw / name).write_text(STORIES[name], encoding="utf-8")
    run_flow(raw, tmp_path / "out")
    for name in names[2:]:
        (raw / name).write_text(STORIES[name], encoding="utf-8")
    rest = run_flow(raw, tmp_path / "out")
    assert (rest["documents_processed"], rest["documents_reused"]) == (2, 2)
    scratch = run_flow(raw, tmp_path / "scratch")
    assert scratch["documents_processed"] == 4
    incremental, from_scratch = _table_digests(tmp_path / "out"), _table_digests(tmp_path / "scratch")
    assert {t: incremental[t] for t in KEYED} == {t: from_scratch[t] for t in KEYED}
    assert incremental == from_scratch
    corpus = pl.read_parquet(tmp_path / "out" / "corpus_entities.parquet")
    keys = set(corpus["entity_key"])
    assert {"person:donald-trump", "person:donald-trump-jr", "person:hillary-clinton", "person:bill-clinton"} <= keys
    quotes = pl.read_parquet(tmp_path / "out" / "quotes.parquet")
    documents = pl.read_parquet(tmp_path / "out" / "documents.parquet").select("doc_id", "source_path")
    speakers = dict(quotes.join(documents, on="doc_id").select("source_path", "speaker_key").iter_rows())
    assert speakers["debate.txt"] == speakers["rally.txt"] == "person:donald-trump"  # a lone "Trump", the same key
