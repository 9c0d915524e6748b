"""extract_article: the three extractors together keep every family's invariants on any article and any spans."""

from __future__ import annotations

from hypothesis import given

from newsprep.clean import clean_article
from newsprep.extract import extract_article
from newsprep.model import CleanArticle, NerSpan
from tests.stages.builders import (
    PROPERTY,
    articles_with_spans,
    check_mentions,
    check_quotes,
    check_statistics,
    hostile_text,
)


@PROPERTY
@given(articles_with_spans(hostile_text().map(clean_article)))
def test_every_extractor_keeps_its_invariants_on_any_article(case: tuple[CleanArticle, list[NerSpan]]) -> None:
    article, spans = case
    extraction = extract_article(article, spans)
    assert extraction == extract_article(article, spans)
    check_mentions(article, extraction.mentions)
    check_quotes(article, extraction.quotes)
    check_statistics(article, extraction.statistics)
    assert len({e.entity_id for e in extraction.entities}) == len(extraction.entities)
