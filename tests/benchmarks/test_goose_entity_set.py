"""The goose entity set (issue 17, entities round e2): `goose-entities-dev` on the English web news pages that
newspaper's first source release vendors from python-goose's tests (ids goose-<name>). Whole pages in the corpus's
order, every entry a valid row, each entity once per page, and every span hashing to what the annotator read when the
release is cached."""

from __future__ import annotations

import json
from typing import Any

import pytest

from benchmarks.corpus_goose import ENGLISH_ARTICLES, ID_PREFIX, NEWSPAPER_003, goose_articles
from benchmarks.evalsets import ANNOTATIONS_DIR, ENTITY_LABELS, evalset_names, gold_for
from benchmarks.registry_release import cache_dir

GOOSE_ENTITIES = "goose-entities-dev"
GOOSE_LEFT_OUT = ("tags_deadline",)
"""The page left out: a podcast page whose extracted text is links and episode furniture, not an article."""


def _annotations() -> dict[str, Any]:
    annotations: dict[str, Any] = json.loads((ANNOTATIONS_DIR / f"{GOOSE_ENTITIES}.json").read_text(encoding="utf-8"))
    return annotations


def test_the_set_is_registered_and_holds_whole_pages_in_the_corpus_order() -> None:
    annotations = _annotations()
    assert GOOSE_ENTITIES in evalset_names()
    assert annotations["corpus"] == "goose" and annotations["annotates"] == ["entities"]
    expected = [f"{ID_PREFIX}{name}" for name in ENGLISH_ARTICLES if name not in GOOSE_LEFT_OUT]
    assert [document["id"] for document in annotations["documents"]] == expected


def assert_valid_entity_rows(documents: list[dict[str, Any]]) -> None:
    """Every document holds entities, each a valid row, no span annotated twice (the np4k set's test shares it)."""
    for document in documents:
        assert document["entities"], document["id"]
        spans = [tuple(entity["span"]) for entity in document["entities"]]
        assert len(spans) == len(set(spans)), document["id"]
        for entity in document["entities"]:
            assert set(entity) == {"span", "hash", "label"}
            assert entity["label"] in ENTITY_LABELS
            start, end = entity["span"]
            assert isinstance(start, int) and isinstance(end, int) and 0 <= start < end
            assert len(entity["hash"]) == 8 and int(entity["hash"], 16) >= 0


def test_every_entry_is_a_valid_row_and_every_span_is_annotated_once() -> None:
    assert_valid_entity_rows(_annotations()["documents"])


@pytest.mark.skipif(not (cache_dir() / NEWSPAPER_003.filename).exists(), reason="the goose release is not cached here")
def test_every_span_hashes_to_what_the_annotator_read_and_names_each_entity_once() -> None:
    bodies = goose_articles()
    for document in _annotations()["documents"]:
        gold = gold_for(document, bodies[document["id"]])  # raises AnnotationMismatch on a changed span
        keys = [(entity["text"].casefold(), entity["label"]) for entity in gold["entities"]]
        assert len(keys) == len(set(keys)), document["id"]
