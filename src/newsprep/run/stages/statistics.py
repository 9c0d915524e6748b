"""The statistics stage: each number an article reports, normalised, with what it measures and who reports it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsprep.extract.statistics import extract_statistics
from newsprep.run.stages.records import Frames, part_frame, table_part
from newsprep.run.stages.state import BatchState, each_document

if TYPE_CHECKING:
    from newsprep.config import PipelineSettings


def run(state: BatchState, settings: PipelineSettings) -> tuple[Frames, dict[str, Any]]:
    articles = state.records_of("clean")
    found, rejects = each_document(state, "statistics", "extract", lambda d: extract_statistics(articles[d]))
    statistics = table_part("statistics", found, idx_column="stat_idx")
    return {"statistics": statistics, "rejects": part_frame("rejects", rejects)}, {}
