"""Extract: from a cleaned article and its NER spans, the entities, the quotes and the statistics. Pure.

One sub-package per extraction family: ``entities``, ``quotes``, ``statistics``; ``extract_article`` runs the three
in the order their inputs need.
"""

from collections.abc import Sequence

from newsprep.extract.entities import resolve_entities
from newsprep.extract.quotes import extract_quotes
from newsprep.extract.statistics import extract_statistics
from newsprep.model import CleanArticle, Extraction, NerSpan

__all__ = ["extract_article", "extract_quotes", "extract_statistics", "resolve_entities"]


def extract_article(article: CleanArticle, spans: Sequence[NerSpan], *, join_split_quotes: bool = True) -> Extraction:
    """Entities first (their canonical names feed the quote speakers), then quotes and statistics."""
    entities, mentions = resolve_entities(article, spans)
    return Extraction(
        quotes=extract_quotes(article, mentions, join_split_quotes=join_split_quotes),
        entities=entities,
        mentions=mentions,
        statistics=extract_statistics(article),
    )
