"""The clean stage: the decoded text as an article (title, paragraphs, captions); one with no body is rejected."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsprep.clean import clean_article, load_profiles
from newsprep.model import Reject
from newsprep.run.stages.records import Frames, article_frames, part_frame
from newsprep.run.stages.state import BatchState, each_document
from newsprep.tables import reject_row

if TYPE_CHECKING:
    from newsprep.config import PipelineSettings


def run(state: BatchState, settings: PipelineSettings) -> tuple[Frames, dict[str, Any]]:
    decoded = state.records_of("ingest")
    profiles = load_profiles(settings.profiles_dir)
    articles, rejects = each_document(state, "clean", "clean", lambda d: clean_article(decoded[d].text, profiles))
    for doc_id, article in list(articles.items()):
        if not article.paragraphs:
            del articles[doc_id]
            path = state.paths[doc_id]
            detail = f"{path}: nothing but a headline, captions or artifacts was left after cleaning"
            rejects.append(
                reject_row(Reject(source_path=path, doc_id=doc_id, stage="clean", reason="no_body_text", detail=detail))
            )
    return {**article_frames(articles), "rejects": part_frame("rejects", rejects)}, articles
