"""The samples statistics dev set (`smp-statistics-dev`) on the seven English news articles of the samples corpus:
every article (each holds a statistic), in the corpus's order, every entry a row the contract accepts, no article
another statistics set holds, and every span hashing to what the annotator read when the four releases are cached."""

from __future__ import annotations

import json

import pytest

from benchmarks.corpus_samples import ARTICLE_IDS, sample_articles
from benchmarks.evalsets import ANNOTATIONS_DIR
from tests.benchmarks.test_corpus_samples import CACHED
from tests.benchmarks.test_fresh_statistics_sets import (
    check_fully_annotated_rows,
    check_hashes,
    statistics_sets_sharing_an_article,
)

SET = "smp-statistics-dev"
DOCUMENTS = json.loads((ANNOTATIONS_DIR / f"{SET}.json").read_text(encoding="utf-8"))["documents"]


def test_the_set_holds_every_article_in_order() -> None:
    assert [document["id"] for document in DOCUMENTS] == list(ARTICLE_IDS)
    check_fully_annotated_rows(SET)


def test_no_other_statistics_set_holds_its_articles() -> None:
    assert statistics_sets_sharing_an_article(SET) == []


@pytest.mark.skipif(not CACHED, reason="the four releases of the samples corpus are not cached on this machine")
def test_every_span_hashes_to_what_the_annotator_read() -> None:
    check_hashes(SET, sample_articles)
