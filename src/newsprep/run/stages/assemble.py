"""The publish stage's rows for one batch: every article table from the stages' frames.

A document is published when every stage kept it; one that a stage refused is in ``rejects`` once, at the first stage
(in run order) that refused it. ``documents`` takes the clean article, the decoded file's encoding and format, and
the count of the document's rows in each child table.
"""

from __future__ import annotations

import polars as pl

from newsprep.run.stages.records import Frames
from newsprep.run.stages.registry import STAGE_NAMES
from newsprep.run.stages.state import BatchState
from newsprep.tables import ARTICLE_TABLES, CHILD_COUNTS, polars_schema

CHILD_SOURCES = {
    "paragraphs": "clean",
    "captions": "clean",
    "quotes": "quotes",
    "entities": "entities",
    "mentions": "entities",
    "statistics": "statistics",
}
"""The stage whose frame of the same name each child table's rows come from."""


def published_documents(state: BatchState) -> list[str]:
    """The documents every stage kept, in batch order."""
    kept = [set(state.survivors(stage)) for stage in STAGE_NAMES if stage in state.frames]
    return [doc_id for doc_id in state.paths if all(doc_id in docs for docs in kept)]


def _rejects(stage_frames: dict[str, Frames]) -> pl.DataFrame:
    parts = [stage_frames[stage]["rejects"] for stage in STAGE_NAMES if stage in stage_frames]
    return pl.concat(parts).unique(subset="doc_id", keep="first", maintain_order=True)


def batch_tables(state: BatchState) -> dict[str, pl.DataFrame]:
    """Every article table's rows for the batch, as contract-shaped frames (not yet validated)."""
    published = pl.Series("doc_id", published_documents(state), dtype=pl.String).implode()
    tables = {
        table: state.frames[stage][table].filter(pl.col("doc_id").is_in(published)).select(list(polars_schema(table)))
        for table, stage in CHILD_SOURCES.items()
    }
    documents = (
        state.frames["clean"]["articles"]
        .filter(pl.col("doc_id").is_in(published))
        .join(
            state.frames["ingest"]["decoded"].select("doc_id", "source_path", "encoding", "input_format"),
            on="doc_id",
            how="left",
            maintain_order="left",
        )
    )
    for table, column in CHILD_COUNTS.items():
        counts = tables[table].group_by("doc_id").len(name=column)
        documents = documents.join(counts, on="doc_id", how="left", maintain_order="left")
    schema = polars_schema("documents")
    tables["documents"] = documents.select(
        pl.col(name).fill_null(0).cast(dtype) if name in CHILD_COUNTS.values() else pl.col(name).cast(dtype)
        for name, dtype in schema.items()
    )
    tables["rejects"] = _rejects(state.frames)
    return {table: tables[table] for table in ARTICLE_TABLES}
