"""The goose statistics dev set (issue 17, round 17): `goose-statistics-dev` on the English web news pages that
newspaper's first source release vendors from python-goose's tests (ids goose-<name>). Every page holding a statistic
is in the set, in the corpus's order; every entry is a row the contract accepts; no other statistics set holds its
articles; and every span hashes to what the annotator read when the release is cached."""

from __future__ import annotations

import json
from typing import Any

import pytest

from benchmarks.corpus_goose import ENGLISH_ARTICLES, ID_PREFIX, NEWSPAPER_003, goose_articles
from benchmarks.evalsets import ANNOTATIONS_DIR, evalset_names, gold_for
from benchmarks.registry_release import cache_dir
from tests.benchmarks.test_fresh_statistics_sets import check_fully_annotated_rows

GOOSE_DEV = "goose-statistics-dev"
GOOSE_WITHOUT_STATISTICS = ("issue25", "issue32", "tags_deadline")
"""The pages the annotator read and found no statistic in: figures only in reader comments, numbers naming a rule or
a district, a podcast page's episode numbers (the set's description says more)."""


def _annotations(name: str) -> dict[str, Any]:
    annotations: dict[str, Any] = json.loads((ANNOTATIONS_DIR / f"{name}.json").read_text(encoding="utf-8"))
    return annotations


def _ids(name: str) -> list[str]:
    return [document["id"] for document in _annotations(name)["documents"]]


def test_the_set_holds_every_english_page_with_a_statistic_in_order() -> None:
    annotations = _annotations(GOOSE_DEV)
    expected = [f"{ID_PREFIX}{name}" for name in ENGLISH_ARTICLES if name not in GOOSE_WITHOUT_STATISTICS]
    assert annotations["corpus"] == "goose" and annotations["annotates"] == ["statistics"]
    assert _ids(GOOSE_DEV) == expected


def test_every_entry_is_a_fully_annotated_row_the_contract_accepts() -> None:
    check_fully_annotated_rows(GOOSE_DEV)


def test_no_other_statistics_set_holds_its_articles() -> None:
    goose = set(_ids(GOOSE_DEV))
    for other in evalset_names():
        if other != GOOSE_DEV and "statistics" in _annotations(other)["annotates"]:
            assert not set(_ids(other)) & goose, other


@pytest.mark.skipif(not (cache_dir() / NEWSPAPER_003.filename).exists(), reason="the goose release is not cached here")
def test_every_span_hashes_to_what_the_annotator_read() -> None:
    bodies = goose_articles()
    for document in _annotations(GOOSE_DEV)["documents"]:
        gold = gold_for(document, bodies[document["id"]])  # raises AnnotationMismatch on a changed span
        assert len(gold["statistics"]) == len(document["statistics"])
