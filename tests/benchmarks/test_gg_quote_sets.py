"""The GoOse quote set (``gg-quotes-dev``): every article of the GoOse corpus (each holds a double quote mark), no
article shared with another quotes set, every label in its vocabulary, and, when Debian's package is cached, every
span hashing right and every double quote mark of its articles, straight or curly, opening or closing an annotated
span (but for one doubled opening mark, read as one)."""

from __future__ import annotations

import pytest

from benchmarks.corpus_goose_go import ARTICLES, goose_go_articles
from tests.benchmarks.test_corpus_goose_go import CACHED
from tests.benchmarks.test_np4k_quote_sets import (
    assert_quote_set_holds,
    assert_spans_hash_and_every_mark_opens_or_closes_one,
)

SET = "gg-quotes-dev"
DOUBLED_OPENINGS = {"gg-cnn": (2608,)}


def test_the_set_holds_every_article_as_gold_rows_no_other_set_holds() -> None:
    assert_quote_set_holds(SET, "goose-go", set(ARTICLES))


@pytest.mark.skipif(not CACHED, reason="Debian's GoOse package is not cached on this machine")
def test_every_span_hashes_and_every_double_quote_mark_is_annotated() -> None:
    articles = goose_go_articles()
    for document in assert_quote_set_holds(SET, "goose-go", set(ARTICLES)):
        assert_spans_hash_and_every_mark_opens_or_closes_one(
            document, articles[document["id"]], doubled=DOUBLED_OPENINGS.get(document["id"], ())
        )
