"""The GoOse quote sets: ``gg-quotes-dev`` holds every article read first (each holds a double quote mark) and
``gg-quotes-dev2`` every article read later that holds one; no article shared with another quotes set, every label
in its vocabulary, and, when Debian's package is cached, every span hashing right and every double quote mark of
its articles, straight or curly, opening or closing an annotated span (but for the irregular marks named: a doubled
opening mark read as one, a closing mark whose opening the text lost)."""

from __future__ import annotations

import pytest

from benchmarks.corpus_goose_go import FIRST_ARTICLES, SECOND_ARTICLES, goose_go_articles
from tests.benchmarks.test_corpus_goose_go import CACHED
from tests.benchmarks.test_np4k_quote_sets import (
    assert_quote_set_holds,
    assert_spans_hash_and_every_mark_opens_or_closes_one,
)

SET = "gg-quotes-dev"
SECOND_SET = "gg-quotes-dev2"
DOUBLED_OPENINGS = {"gg-cnn": (2608,)}
LOST_OPENINGS = {"gg-huffingtonpost-co-uk": (1620,)}
WITHOUT_DOUBLE_MARKS = ("gg-bizjournals", "gg-dailymail", "gg-economist", "gg-usatoday")
"""The pages of figures read later: none prints a double quote mark (the Daily Mail quotes in single marks)."""
SECOND_WITH_QUOTES = set(SECOND_ARTICLES) - set(WITHOUT_DOUBLE_MARKS)


def test_the_set_holds_every_article_as_gold_rows_no_other_set_holds() -> None:
    assert_quote_set_holds(SET, "goose-go", set(FIRST_ARTICLES))


def test_the_second_set_holds_every_later_article_with_a_double_mark() -> None:
    assert len(SECOND_WITH_QUOTES) == 5
    assert_quote_set_holds(SECOND_SET, "goose-go", SECOND_WITH_QUOTES)


@pytest.mark.skipif(not CACHED, reason="Debian's GoOse package is not cached on this machine")
def test_every_span_hashes_and_every_double_quote_mark_is_annotated() -> None:
    articles = goose_go_articles()
    for document in assert_quote_set_holds(SET, "goose-go", set(FIRST_ARTICLES)):
        assert_spans_hash_and_every_mark_opens_or_closes_one(
            document, articles[document["id"]], doubled=DOUBLED_OPENINGS.get(document["id"], ())
        )
    for document in assert_quote_set_holds(SECOND_SET, "goose-go", SECOND_WITH_QUOTES):
        assert_spans_hash_and_every_mark_opens_or_closes_one(
            document, articles[document["id"]], lost_openings=LOST_OPENINGS.get(document["id"], ())
        )


@pytest.mark.skipif(not CACHED, reason="Debian's GoOse package is not cached on this machine")
def test_the_pages_left_out_of_the_second_set_print_no_double_mark() -> None:
    articles = goose_go_articles()
    assert not any(mark in articles[doc_id] for doc_id in WITHOUT_DOUBLE_MARKS for mark in '"“”')
