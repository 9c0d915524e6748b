"""The trafilatura quote set (``traf-quotes-dev``): every trafilatura page holding a double quote mark (all but
``traf-knowtechie.com.rally`` and ``traf-phys.org.tool``), no article shared with another quotes set, every label in
its vocabulary, and, when the cached release is present, every span hashing right and every double quote mark of its
articles, straight or curly, opening or closing an annotated span."""

from __future__ import annotations

import pytest

from benchmarks.corpus_trafilatura import ENGLISH_ARTICLES, ID_PREFIX, TRAFILATURA_090, trafilatura_articles
from benchmarks.registry_release import cache_dir
from tests.benchmarks.test_np4k_quote_sets import (
    assert_quote_set_holds,
    assert_spans_hash_and_every_mark_opens_or_closes_one,
)

SET = "traf-quotes-dev"
WITHOUT_QUOTE_MARKS = ("knowtechie.com.rally", "phys.org.tool")
"""The pages with no double quote mark, so no row in the set."""
EXPECTED_IDS = {f"{ID_PREFIX}{name}" for name in ENGLISH_ARTICLES if name not in WITHOUT_QUOTE_MARKS}


def test_the_set_holds_every_page_with_a_quote_mark_as_gold_rows_no_other_set_holds() -> None:
    assert_quote_set_holds(SET, "trafilatura", EXPECTED_IDS)


@pytest.mark.skipif(
    not (cache_dir() / TRAFILATURA_090.filename).exists(),
    reason="trafilatura's release 0.9.0 is not cached on this machine",
)
def test_every_span_hashes_and_every_double_quote_mark_is_annotated() -> None:
    articles = trafilatura_articles()
    for document in assert_quote_set_holds(SET, "trafilatura", EXPECTED_IDS):
        assert_spans_hash_and_every_mark_opens_or_closes_one(document, articles[document["id"]])
