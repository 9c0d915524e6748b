"""The ingest stage: each file's bytes decoded to text, or rejected with the reason (empty, binary, too large)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from newsprep.ingest import DecodedText, Reject, decode_raw
from newsprep.run.stages.records import Frames, decoded_frame, part_frame
from newsprep.run.stages.state import BatchState
from newsprep.tables import Row, reject_row

if TYPE_CHECKING:
    from newsprep.config import PipelineSettings


def run(state: BatchState, settings: PipelineSettings) -> tuple[Frames, dict[str, Any]]:
    decoded: dict[str, tuple[str, DecodedText]] = {}
    rejects: list[Row] = []
    for doc_id in state.inputs_of("ingest"):
        path = state.paths[doc_id]
        result = decode_raw(state.raw[doc_id], source_path=path, max_bytes=settings.max_file_bytes)
        if isinstance(result, Reject):
            rejects.append(reject_row(replace(result, doc_id=doc_id)))
        else:
            decoded[doc_id] = (path, result)
    frames = {"decoded": decoded_frame(decoded), "rejects": part_frame("rejects", rejects)}
    return frames, {doc_id: text for doc_id, (_, text) in decoded.items()}
