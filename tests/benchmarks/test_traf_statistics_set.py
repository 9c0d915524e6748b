"""The trafilatura statistics dev set (`traf-statistics-dev`) on the English web news pages trafilatura's release
0.9.0 ships as test pages (ids traf-<name>): every page holding a statistic, in the corpus's order, every entry a row
the contract accepts, no article another statistics set holds, and every span hashing to what the annotator read
when the release is cached."""

from __future__ import annotations

import json

import pytest

from benchmarks.corpus_trafilatura import ENGLISH_ARTICLES, ID_PREFIX, TRAFILATURA_090, trafilatura_articles
from benchmarks.evalsets import ANNOTATIONS_DIR
from benchmarks.registry_release import cache_dir
from tests.benchmarks.test_fresh_statistics_sets import (
    check_fully_annotated_rows,
    check_hashes,
    statistics_sets_sharing_an_article,
)

SET = "traf-statistics-dev"
WITHOUT_STATISTICS = ("phys.org.tool", "theverge.com.ios13")
"""The pages the annotator read and found no statistic in: an age and dates; version numbers, an ordinal and times."""
DOCUMENTS = json.loads((ANNOTATIONS_DIR / f"{SET}.json").read_text(encoding="utf-8"))["documents"]


def test_the_set_holds_every_page_with_a_statistic_in_order() -> None:
    expected = [f"{ID_PREFIX}{name}" for name in ENGLISH_ARTICLES if name not in WITHOUT_STATISTICS]
    assert [document["id"] for document in DOCUMENTS] == expected
    check_fully_annotated_rows(SET)


def test_no_other_statistics_set_holds_its_articles() -> None:
    assert statistics_sets_sharing_an_article(SET) == []


@pytest.mark.skipif(not (cache_dir() / TRAFILATURA_090.filename).exists(), reason="the release is not cached here")
def test_every_span_hashes_to_what_the_annotator_read() -> None:
    check_hashes(SET, trafilatura_articles)
