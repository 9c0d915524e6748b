"""One batch in memory as a stage sees it: the frames of the stages it reads, their records, and its checks.

``BatchState`` holds what the stages of a batch have made: each stage's frames (what the stage cache stores) and
their records, read back from the frames once and kept while the batch is in memory. A
document that a stage refuses (its function raised, or its output failed a critical check) is in that stage's
``rejects`` and in none of its other frames, and no later stage sees it. Each stage's own work is in the module
of its name beside this one (``run(state, settings)``): its code fingerprint is that module and what it imports.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

import polars as pl

from newsprep.model import Reject
from newsprep.run.stages.checks import STAGE_TABLES, check_stage_output
from newsprep.run.stages.records import (
    Frames,
    article_records,
    decoded_records,
    mention_records,
    part_frame,
    span_records,
)
from newsprep.run.stages.registry import stage_named
from newsprep.tables import Row, reject_row

if TYPE_CHECKING:
    from newsprep.config import PipelineSettings

T = TypeVar("T")
StageWork = Callable[["BatchState", "PipelineSettings"], tuple[Frames, dict[str, Any]]]


@dataclass
class BatchState:
    """One batch's documents (doc id -> source path, in batch order), their bytes when ingest runs, and each
    stage's frames (and records, once read back) so far."""

    paths: dict[str, str]
    raw: dict[str, bytes] = field(default_factory=dict)
    frames: dict[str, Frames] = field(default_factory=dict)
    records: dict[str, dict[str, Any]] = field(default_factory=dict)

    def inputs_of(self, stage: str) -> list[str]:
        """The documents a stage is given: those every stage it reads kept (all the batch's, for ingest)."""
        kept = [set(self.survivors(name)) for name in stage_named(stage).inputs]
        return [doc_id for doc_id in self.paths if all(doc_id in docs for docs in kept)]

    def survivors(self, stage: str) -> list[str]:
        """The documents a stage kept: those it was given, less those it rejected."""
        rejected = set(self.frames[stage]["rejects"]["doc_id"].to_list())
        return [doc_id for doc_id in self.inputs_of(stage) if doc_id not in rejected]

    def records_of(self, stage: str) -> dict[str, Any]:
        """A stage's records by document: kept from its run here, or read back from its frames."""
        if stage not in self.records:
            frames = self.frames[stage]
            if stage == "ingest":
                self.records[stage] = decoded_records(frames["decoded"])
            elif stage == "clean":
                self.records[stage] = article_records(frames)
            elif stage == "nlp":
                self.records[stage] = span_records(frames["spans"], self.survivors(stage))
            elif stage == "entities":
                self.records[stage] = mention_records(frames["mentions"], self.survivors(stage))
            else:
                raise KeyError(f"no stage reads the {stage} stage's records")
        return self.records[stage]


def failure_row(path: str, doc_id: str, stage: str, error: Exception) -> Row:
    """A document a stage raised on: rejected with the stage and the error, never the batch."""
    return reject_row(
        Reject(
            source_path=path,
            doc_id=doc_id,
            stage=stage,
            reason=f"{stage}_error",
            detail=f"{path}: the {stage} stage failed on this document ({type(error).__name__}: {error})",
        )
    )


def each_document(
    state: BatchState, stage: str, reject_as: str, work: Callable[[str], T]
) -> tuple[dict[str, T], list[Row]]:
    """``work`` on each document the stage is given; one that raises is rejected (at ``reject_as``)."""
    done: dict[str, T] = {}
    rejects: list[Row] = []
    for doc_id in state.inputs_of(stage):
        try:
            done[doc_id] = work(doc_id)
        except Exception as error:  # one document's bug must not lose the batch
            rejects.append(failure_row(state.paths[doc_id], doc_id, reject_as, error))
    return done, rejects


def stage_work(stage: str) -> StageWork:
    """A stage's ``run``, from the module of its name in this package."""
    work: StageWork = importlib.import_module(f"newsprep.run.stages.{stage}").run
    return work


def check_tables(stage: str, state: BatchState, frames: Frames) -> dict[str, pl.DataFrame]:
    """What a stage's checks read: its own frames, and the clean articles and captions they join to."""
    cleaned = frames if stage == "clean" else state.frames["clean"]
    return {**frames, "documents": cleaned["articles"], "captions": cleaned["captions"]}


def apply_checks(stage: str, state: BatchState, frames: Frames, settings: PipelineSettings) -> Frames:
    """The stage's frames after its checks: a document that failed a critical one is rejected, its rows dropped."""
    if stage not in STAGE_TABLES:  # nothing of ingest's or nlp's is checked document by document
        return {**frames, "checks": part_frame("checks", [])}
    tables = check_tables(stage, state, frames)
    failed, checks = check_stage_output(stage, tables, paths=state.paths, settings=settings)
    checked = {"checks": checks}
    dropped = failed["doc_id"].implode()
    for part, frame in frames.items():
        keep = part == "rejects" or failed.is_empty()
        checked[part] = frame if keep else frame.filter(~pl.col("doc_id").is_in(dropped))
    checked["rejects"] = pl.concat([frames["rejects"], failed])
    return checked
