"""The quotes stage: each article's quotations, their speakers found among its entity mentions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsprep.extract.quotes import extract_quotes
from newsprep.run.stages.records import Frames, part_frame, table_part
from newsprep.run.stages.state import BatchState, each_document

if TYPE_CHECKING:
    from newsprep.config import PipelineSettings


def run(state: BatchState, settings: PipelineSettings) -> tuple[Frames, dict[str, Any]]:
    articles, mentions = state.records_of("clean"), state.records_of("entities")
    join = settings.split_quotes == "join"
    found, rejects = each_document(
        state, "quotes", "extract", lambda d: extract_quotes(articles[d], mentions[d], join_split_quotes=join)
    )
    quotes = table_part("quotes", found, idx_column="quote_idx")
    return {"quotes": quotes, "rejects": part_frame("rejects", rejects)}, {}
