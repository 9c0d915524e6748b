"""The nlp stage: the named-entity spans of each article's title, body and captions (spaCy, batched).

An article longer than the model reads in one piece is rejected first (recorded at ``clean``, as the article is
too long, with the limit named); a document that breaks NER is found by retrying one at a time and rejected at
``extract`` (where NER failures have always been recorded).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from newsprep.model import CleanArticle, NerSpan, Reject
from newsprep.nlp import find_ner_spans, longest_ner_text, ner_text_limit
from newsprep.run.stages.records import Frames, part_frame, span_frame
from newsprep.run.stages.state import BatchState, failure_row
from newsprep.tables import Row, reject_row

if TYPE_CHECKING:
    from newsprep.config import PipelineSettings


def _too_long(path: str, doc_id: str, longest: int, limit: int) -> Row:
    """spaCy refuses a text over ``nlp.max_length`` with an error about its internals; the reader needs the size."""
    return reject_row(
        Reject(
            source_path=path,
            doc_id=doc_id,
            stage="clean",
            reason="too_long",
            detail=f"{path}: a text of {longest:,} characters after cleaning, more than the {limit:,} the entity "
            "recogniser reads in one piece; split it into separate articles",
        )
    )


def _spans_isolating_failures(
    articles: Sequence[CleanArticle], *, model: str, batch_size: int
) -> list[list[NerSpan] | Exception]:
    try:
        return list(find_ner_spans(articles, model=model, batch_size=batch_size))
    except Exception:  # find the document that broke the batch: retry one at a time
        results: list[list[NerSpan] | Exception] = []
        for article in articles:
            try:
                results.append(find_ner_spans([article], model=model, batch_size=1)[0])
            except Exception as error:
                results.append(error)
        return results


def run(state: BatchState, settings: PipelineSettings) -> tuple[Frames, dict[str, Any]]:
    articles = state.records_of("clean")
    given = state.inputs_of("nlp")
    rejects: list[Row] = []
    if given:
        limit = ner_text_limit(settings.spacy_model)
        longest = {doc_id: longest_ner_text(articles[doc_id]) for doc_id in given}
        rejects = [_too_long(state.paths[d], d, n, limit) for d, n in longest.items() if n > limit]
    kept = [doc_id for doc_id in given if longest[doc_id] <= limit] if given else []
    found = _spans_isolating_failures(
        [articles[d] for d in kept], model=settings.spacy_model, batch_size=settings.ner_batch_size
    )
    spans: dict[str, list[NerSpan]] = {}
    for doc_id, result in zip(kept, found, strict=True):
        if isinstance(result, Exception):
            rejects.append(failure_row(state.paths[doc_id], doc_id, "extract", result))
        else:
            spans[doc_id] = result
    return {"spans": span_frame(spans), "rejects": part_frame("rejects", rejects)}, spans
