"""The GoOse statistics dev sets on the English web news of 2015 of the GoOse corpus: `gg-statistics-dev` holds
every article read first that holds a statistic (all but `gg-abcnews`), `gg-statistics-dev2` every article read
later (each holds one); each in the corpus's order, every entry a row the contract accepts, no article another
statistics set holds, and every span hashing to what the annotator read when Debian's package is cached."""

from __future__ import annotations

import json

import pytest

from benchmarks.corpus_goose_go import FIRST_ARTICLES, SECOND_ARTICLES, goose_go_articles
from benchmarks.evalsets import ANNOTATIONS_DIR
from tests.benchmarks.test_corpus_goose_go import CACHED
from tests.benchmarks.test_fresh_statistics_sets import (
    check_fully_annotated_rows,
    check_hashes,
    statistics_sets_sharing_an_article,
)

SET = "gg-statistics-dev"
SECOND_SET = "gg-statistics-dev2"
WITHOUT_STATISTICS = ("gg-abcnews",)


def _ids(name: str) -> list[str]:
    annotations = json.loads((ANNOTATIONS_DIR / f"{name}.json").read_text(encoding="utf-8"))
    return [document["id"] for document in annotations["documents"]]


def test_the_set_holds_every_article_with_a_statistic_in_order() -> None:
    assert _ids(SET) == [i for i in FIRST_ARTICLES if i not in WITHOUT_STATISTICS]
    check_fully_annotated_rows(SET)


def test_the_second_set_holds_every_later_article_in_order() -> None:
    assert _ids(SECOND_SET) == list(SECOND_ARTICLES)
    check_fully_annotated_rows(SECOND_SET)


@pytest.mark.parametrize("name", [SET, SECOND_SET])
def test_no_other_statistics_set_holds_its_articles(name: str) -> None:
    assert statistics_sets_sharing_an_article(name) == []


@pytest.mark.skipif(not CACHED, reason="Debian's GoOse package is not cached on this machine")
@pytest.mark.parametrize("name", [SET, SECOND_SET])
def test_every_span_hashes_to_what_the_annotator_read(name: str) -> None:
    check_hashes(name, goose_go_articles)
