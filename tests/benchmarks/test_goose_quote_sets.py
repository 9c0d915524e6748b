"""The goose quote set (``goose-quotes-dev``): every goose page holding a double quote mark (all but
``goose-gizmodo1``), no article shared with another quotes set, every label in its vocabulary, and, when the cached
release is present, every span hashing right and every double quote mark of its articles, straight or curly, opening
or closing an annotated span, or listed below as one of the three irregular marks the pages print."""

from __future__ import annotations

import json
from typing import Any

import pytest

from benchmarks.corpus_goose import ENGLISH_ARTICLES, ID_PREFIX, NEWSPAPER_003, goose_articles
from benchmarks.evalsets import ANNOTATIONS_DIR
from benchmarks.registry_release import cache_dir
from tests.benchmarks.test_np4k_quote_sets import (
    assert_every_quote_is_a_gold_row,
    assert_spans_hash_and_every_mark_opens_or_closes_one,
    quote_sets_sharing_an_article,
)

SET = "goose-quotes-dev"
WITHOUT_QUOTE_MARKS = ("gizmodo1",)
"""The pages with no double quote mark, so no row in the set."""
DOUBLED_OPENINGS: dict[str, tuple[int, ...]] = {f"{ID_PREFIX}yahoo": (1141,)}
"""Opening marks printed twice: the first opens nothing, the quotation follows the second."""
OPENINGS_PRINTED_CLOSING: dict[str, tuple[int, ...]] = {f"{ID_PREFIX}techcrunch1": (1299,)}
"""A quotation opened by a closing curly mark: it opens the span that follows it."""
LOST_OPENINGS: dict[str, tuple[int, ...]] = {f"{ID_PREFIX}cnn1": (1860,)}
"""A closing mark whose opening mark the page lost (the last bullets of a quoted memo): no span, not annotated."""
TRANSCRIPTS = frozenset({f"{ID_PREFIX}tags_abcau"})
"""A radio transcript: its turns are quotes with no marks (../shared/fixtures/README.md: 'VOSS: ...')."""
CACHED = (cache_dir() / NEWSPAPER_003.filename).exists()


def _annotations() -> dict[str, Any]:
    annotations: dict[str, Any] = json.loads((ANNOTATIONS_DIR / f"{SET}.json").read_text(encoding="utf-8"))
    return annotations


def test_the_set_holds_every_page_with_a_quote_mark() -> None:
    annotations = _annotations()
    assert annotations["corpus"] == "goose" and annotations["annotates"] == ["quotes"]
    ids = [document["id"] for document in annotations["documents"]]
    assert len(ids) == len(set(ids))
    assert set(ids) == {f"{ID_PREFIX}{name}" for name in ENGLISH_ARTICLES if name not in WITHOUT_QUOTE_MARKS}


def test_no_article_is_shared_with_another_quotes_set() -> None:
    assert quote_sets_sharing_an_article(SET, _annotations()["documents"]) == []


def test_every_quote_is_a_gold_row_the_scorer_and_the_class_counts_accept() -> None:
    assert_every_quote_is_a_gold_row(_annotations()["documents"])


@pytest.mark.skipif(not CACHED, reason="newspaper's first release is not cached on this machine")
def test_every_span_hashes_and_every_double_quote_mark_is_annotated() -> None:
    articles = goose_articles()
    for document in _annotations()["documents"]:
        assert_spans_hash_and_every_mark_opens_or_closes_one(
            document,
            articles[document["id"]],
            doubled=DOUBLED_OPENINGS.get(document["id"], ()),
            printed_closing=OPENINGS_PRINTED_CLOSING.get(document["id"], ()),
            lost_openings=LOST_OPENINGS.get(document["id"], ()),
            transcript=document["id"] in TRANSCRIPTS,
        )
