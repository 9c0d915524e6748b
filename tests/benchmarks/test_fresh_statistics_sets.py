"""The statistics dev sets on fresh text (issue 17, round 16): `lee-statistics-dev5` on the Lee corpus's rated file
(lee.cor, ids lee-cor-NN) and `np4k-statistics-dev` on newspaper4k's English test articles. Every article of each
source holding a statistic is in its set, every entry is a row the contract accepts, no other statistics set holds
their articles, and every span hashes to what the annotator read when the release is cached."""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from typing import Any

import pytest

from benchmarks.corpus_lee import SOURCE_RELEASE, TEST_ARTICLE_COUNT, TEST_ID_PREFIX, cache_dir, lee_test_articles
from benchmarks.corpus_newspaper4k import ENGLISH_ARTICLES, ID_PREFIX, NEWSPAPER4K, newspaper4k_articles
from benchmarks.evalsets import ANNOTATIONS_DIR, evalset_names, gold_for
from newsprep.schemas.statistics import StatisticsSchema
from tests.benchmarks.test_lee_statistics_sets import contract_rows

LEE_DEV_5, NP4K_DEV = "lee-statistics-dev5", "np4k-statistics-dev"
FRESH_SETS = (LEE_DEV_5, NP4K_DEV)
LEE_COR_WITHOUT_STATISTICS = (2, 4, 5, 7, 11, 13, 15, 16, 21, 22, 23, 24, 25, 27, 28, 30, 33, 34, 35, 36, 37, 38, 41,
                              42, 44, 45, 46, 47, 49)  # fmt: skip
"""The lee.cor articles the annotator read and found no statistic in (the set's description says why for two)."""
NP4K_WITHOUT_STATISTICS = ("cnn_test_nlp", "yna_co_kr")
"""newspaper4k's English articles holding none: figures of speech and dates only."""


def _annotations(name: str) -> dict[str, Any]:
    annotations: dict[str, Any] = json.loads((ANNOTATIONS_DIR / f"{name}.json").read_text(encoding="utf-8"))
    return annotations


def _ids(name: str) -> list[str]:
    return [document["id"] for document in _annotations(name)["documents"]]


def test_the_lee_set_holds_every_rated_article_with_a_statistic_in_order() -> None:
    annotations = _annotations(LEE_DEV_5)
    expected = [f"{TEST_ID_PREFIX}{n:02d}" for n in range(TEST_ARTICLE_COUNT) if n not in LEE_COR_WITHOUT_STATISTICS]
    assert annotations["corpus"] == "lee" and annotations["annotates"] == ["statistics"]
    assert _ids(LEE_DEV_5) == expected


def test_the_newspaper4k_set_holds_every_english_article_with_a_statistic_in_order() -> None:
    annotations = _annotations(NP4K_DEV)
    expected = [f"{ID_PREFIX}{name}" for name in ENGLISH_ARTICLES if name not in NP4K_WITHOUT_STATISTICS]
    assert annotations["corpus"] == "newspaper4k" and annotations["annotates"] == ["statistics"]
    assert _ids(NP4K_DEV) == expected


@pytest.mark.parametrize("name", FRESH_SETS)
def test_every_entry_is_a_fully_annotated_row_the_contract_accepts(name: str) -> None:
    check_fully_annotated_rows(name)


def check_fully_annotated_rows(name: str) -> None:
    """Every document of set ``name`` holds statistics, each with all five fields, in text order, as rows the
    statistics contract accepts (shared with the other fresh sources' sets)."""
    for document in _annotations(name)["documents"]:
        statistics = document["statistics"]
        assert statistics, document["id"]
        for stat in statistics:
            assert set(stat) == {"span", "hash", "value", "unit", "measures"}
            assert stat["measures"] and stat["unit"] and stat["span"][0] < stat["span"][1]
            assert math.isfinite(stat["value"]), document["id"]
        assert [stat["span"] for stat in statistics] == sorted(stat["span"] for stat in statistics)
        StatisticsSchema.validate(contract_rows(document))


def test_no_other_statistics_set_holds_their_articles() -> None:
    fresh = {name: set(_ids(name)) for name in FRESH_SETS}
    assert not fresh[LEE_DEV_5] & fresh[NP4K_DEV]
    for other in evalset_names():
        if other not in FRESH_SETS and "statistics" in _annotations(other)["annotates"]:
            assert not set(_ids(other)) & (fresh[LEE_DEV_5] | fresh[NP4K_DEV]), other


def statistics_sets_sharing_an_article(name: str) -> list[str]:
    """The other statistics sets holding an article of set ``name`` (the fresh sources' sets check they hold none)."""
    ids = set(_ids(name))
    others = [other for other in evalset_names() if other != name and "statistics" in _annotations(other)["annotates"]]
    return [other for other in others if ids & set(_ids(other))]


def _release_cached(filename: str) -> pytest.MarkDecorator:
    return pytest.mark.skipif(not (cache_dir() / filename).exists(), reason=f"{filename} is not cached here")


def check_hashes(name: str, articles: Callable[[], dict[str, str]]) -> None:
    """Every span of set ``name`` hashes to what the annotator read in ``articles()`` (the release cached)."""
    bodies = articles()
    for document in _annotations(name)["documents"]:
        gold = gold_for(document, bodies[document["id"]])  # raises AnnotationMismatch on a changed span
        assert len(gold["statistics"]) == len(document["statistics"])


@_release_cached(SOURCE_RELEASE)
def test_every_lee_span_hashes_to_what_the_annotator_read() -> None:
    check_hashes(LEE_DEV_5, lee_test_articles)


@_release_cached(NEWSPAPER4K.filename)
def test_every_newspaper4k_span_hashes_to_what_the_annotator_read() -> None:
    check_hashes(NP4K_DEV, newspaper4k_articles)
