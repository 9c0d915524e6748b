"""The Media Cloud statistics dev set (`mc-statistics-dev`) on the English web news pages mediacloud-metadata's
release 2.1.0 ships as test pages (ids mc-<8 hex>): every page holding a statistic, in the corpus's order, every entry
a row the contract accepts, no article another statistics set holds, and every span hashing to what the annotator read
when the release is cached."""

from __future__ import annotations

import json

import pytest

from benchmarks.corpus_mediacloud import ENGLISH_ARTICLES, MEDIACLOUD_METADATA_210, article_id, mediacloud_articles
from benchmarks.evalsets import ANNOTATIONS_DIR
from benchmarks.registry_release import cache_dir
from tests.benchmarks.test_fresh_statistics_sets import (
    check_fully_annotated_rows,
    check_hashes,
    statistics_sets_sharing_an_article,
)

SET = "mc-statistics-dev"
WITHOUT_STATISTICS = ("194667cbfd554f9160853bd8382b0a5b",)
"""The page the annotator read and found no statistic in: a project named by a year, dates, 'one' read as 'a'."""
DOCUMENTS = json.loads((ANNOTATIONS_DIR / f"{SET}.json").read_text(encoding="utf-8"))["documents"]


def test_the_set_holds_every_page_with_a_statistic_in_order() -> None:
    expected = [article_id(name) for name in ENGLISH_ARTICLES if name not in WITHOUT_STATISTICS]
    assert [document["id"] for document in DOCUMENTS] == expected
    check_fully_annotated_rows(SET)


def test_no_other_statistics_set_holds_its_articles() -> None:
    assert statistics_sets_sharing_an_article(SET) == []


@pytest.mark.skipif(
    not (cache_dir() / MEDIACLOUD_METADATA_210.filename).exists(), reason="the release is not cached here"
)
def test_every_span_hashes_to_what_the_annotator_read() -> None:
    check_hashes(SET, mediacloud_articles)
