"""The samples quote set (``smp-quotes-dev``): every article of the samples corpus (each holds a double quote mark),
no article shared with another quotes set, every label in its vocabulary, and, when the four releases are cached,
every span hashing right and every double quote mark of its articles, straight or curly, opening or closing an
annotated span."""

from __future__ import annotations

import pytest

from benchmarks.corpus_samples import ARTICLE_IDS, sample_articles
from tests.benchmarks.test_corpus_samples import CACHED
from tests.benchmarks.test_np4k_quote_sets import (
    assert_quote_set_holds,
    assert_spans_hash_and_every_mark_opens_or_closes_one,
)

SET = "smp-quotes-dev"


def test_the_set_holds_every_article_as_gold_rows_no_other_set_holds() -> None:
    assert_quote_set_holds(SET, "samples", set(ARTICLE_IDS))


@pytest.mark.skipif(not CACHED, reason="the four releases of the samples corpus are not cached on this machine")
def test_every_span_hashes_and_every_double_quote_mark_is_annotated() -> None:
    articles = sample_articles()
    for document in assert_quote_set_holds(SET, "samples", set(ARTICLE_IDS)):
        assert_spans_hash_and_every_mark_opens_or_closes_one(document, articles[document["id"]])
