"""The GoOse statistics dev set (`gg-statistics-dev`) on the English web news of 2015 of the GoOse corpus: every
article holding a statistic (all but `gg-abcnews`), in the corpus's order, every entry a row the contract accepts,
no article another statistics set holds, and every span hashing to what the annotator read when Debian's package is
cached."""

from __future__ import annotations

import json

import pytest

from benchmarks.corpus_goose_go import ARTICLES, goose_go_articles
from benchmarks.evalsets import ANNOTATIONS_DIR
from tests.benchmarks.test_corpus_goose_go import CACHED
from tests.benchmarks.test_fresh_statistics_sets import (
    check_fully_annotated_rows,
    check_hashes,
    statistics_sets_sharing_an_article,
)

SET = "gg-statistics-dev"
DOCUMENTS = json.loads((ANNOTATIONS_DIR / f"{SET}.json").read_text(encoding="utf-8"))["documents"]
WITHOUT_STATISTICS = ("gg-abcnews",)


def test_the_set_holds_every_article_with_a_statistic_in_order() -> None:
    assert [document["id"] for document in DOCUMENTS] == [i for i in ARTICLES if i not in WITHOUT_STATISTICS]
    check_fully_annotated_rows(SET)


def test_no_other_statistics_set_holds_its_articles() -> None:
    assert statistics_sets_sharing_an_article(SET) == []


@pytest.mark.skipif(not CACHED, reason="Debian's GoOse package is not cached on this machine")
def test_every_span_hashes_to_what_the_annotator_read() -> None:
    check_hashes(SET, goose_go_articles)
