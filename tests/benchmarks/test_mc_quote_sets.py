"""The Media Cloud quote set (``mc-quotes-dev``): every chosen Media Cloud page (each holds a double quote mark), no
article shared with another quotes set, every label in its vocabulary, and, when the cached release is present,
every span hashing right and every double quote mark of its articles, straight or curly, opening or closing an
annotated span."""

from __future__ import annotations

import pytest

from benchmarks.corpus_mediacloud import ENGLISH_ARTICLES, MEDIACLOUD_METADATA_210, article_id, mediacloud_articles
from benchmarks.registry_release import cache_dir
from tests.benchmarks.test_np4k_quote_sets import (
    assert_quote_set_holds,
    assert_spans_hash_and_every_mark_opens_or_closes_one,
)

SET = "mc-quotes-dev"
EXPECTED_IDS = {article_id(name) for name in ENGLISH_ARTICLES}


def test_the_set_holds_every_page_as_gold_rows_no_other_set_holds() -> None:
    assert_quote_set_holds(SET, "mediacloud", EXPECTED_IDS)


@pytest.mark.skipif(
    not (cache_dir() / MEDIACLOUD_METADATA_210.filename).exists(),
    reason="mediacloud-metadata's release 2.1.0 is not cached on this machine",
)
def test_every_span_hashes_and_every_double_quote_mark_is_annotated() -> None:
    articles = mediacloud_articles()
    for document in assert_quote_set_holds(SET, "mediacloud", EXPECTED_IDS):
        assert_spans_hash_and_every_mark_opens_or_closes_one(document, articles[document["id"]])
