"""The newspaper4k entity set (issue 17, entities round e5): `np4k-entities`, held out, on the English articles of
newspaper4k's source release (ids np4k-<name>). The nine shortest articles whole, in the corpus's order, every entry a
valid row, each entity once per article, and every span hashing to what the annotator read when the release is
cached."""

from __future__ import annotations

import json
from typing import Any

import pytest

from benchmarks.corpus_newspaper4k import ENGLISH_ARTICLES, ID_PREFIX, NEWSPAPER4K, newspaper4k_articles
from benchmarks.evalsets import ANNOTATIONS_DIR, evalset_names, gold_for
from benchmarks.registry_release import cache_dir
from tests.benchmarks.test_goose_entity_set import assert_valid_entity_rows

NP4K_ENTITIES = "np4k-entities"
NP4K_LEFT_OUT = ("article_with_br", "cnn_001")
"""The two longest articles, left out by length for the annotator's time before any article was read."""


def _annotations() -> dict[str, Any]:
    annotations: dict[str, Any] = json.loads((ANNOTATIONS_DIR / f"{NP4K_ENTITIES}.json").read_text(encoding="utf-8"))
    return annotations


def test_the_set_is_registered_and_holds_whole_articles_in_the_corpus_order() -> None:
    annotations = _annotations()
    assert NP4K_ENTITIES in evalset_names()
    assert annotations["corpus"] == "newspaper4k" and annotations["annotates"] == ["entities"]
    expected = [f"{ID_PREFIX}{name}" for name in ENGLISH_ARTICLES if name not in NP4K_LEFT_OUT]
    assert [document["id"] for document in annotations["documents"]] == expected
    assert len(expected) >= 8


def test_every_entry_is_a_valid_row_and_every_span_is_annotated_once() -> None:
    assert_valid_entity_rows(_annotations()["documents"])


@pytest.mark.skipif(not (cache_dir() / NEWSPAPER4K.filename).exists(), reason="the newspaper4k release is not cached")
def test_every_span_hashes_to_what_the_annotator_read_and_names_each_entity_once() -> None:
    bodies = newspaper4k_articles()
    for document in _annotations()["documents"]:
        gold = gold_for(document, bodies[document["id"]])  # raises AnnotationMismatch on a changed span
        keys = [(entity["text"].casefold(), entity["label"]) for entity in gold["entities"]]
        assert len(keys) == len(set(keys)), document["id"]
