"""The entities stage: each article's NER spans fixed by the entity rules and resolved to entities and mentions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsprep.extract.entities import resolve_entities
from newsprep.run.stages.records import Frames, entity_frames, part_frame
from newsprep.run.stages.state import BatchState, each_document

if TYPE_CHECKING:
    from newsprep.config import PipelineSettings


def run(state: BatchState, settings: PipelineSettings) -> tuple[Frames, dict[str, Any]]:
    articles, spans = state.records_of("clean"), state.records_of("nlp")
    resolved, rejects = each_document(state, "entities", "extract", lambda d: resolve_entities(articles[d], spans[d]))
    mentions = {doc_id: found[1] for doc_id, found in resolved.items()}
    return {**entity_frames(resolved), "rejects": part_frame("rejects", rejects)}, mentions
