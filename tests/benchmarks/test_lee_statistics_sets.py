"""The Lee statistics sets: a held-out set and a dev set on lines of the Lee corpus that no other set holds, chosen by
line number, every span hashing to what the annotator read when the cached release is present."""

from __future__ import annotations

import json
from typing import Any

import pytest

from benchmarks.corpus_lee import ID_PREFIX, SOURCE_RELEASE, cache_dir, lee_articles
from benchmarks.evalsets import ANNOTATIONS_DIR, evalset_names, gold_for

HELD_OUT, DEV = "lee-statistics", "lee-statistics-dev"
LINE_REMAINDER = {HELD_OUT: 0, DEV: 1}
"""Each set's lines: the held-out set's are divisible by 3, the dev set's leave 1."""


def _annotations(name: str) -> dict[str, Any]:
    annotations: dict[str, Any] = json.loads((ANNOTATIONS_DIR / f"{name}.json").read_text(encoding="utf-8"))
    return annotations


def _lines(name: str) -> list[int]:
    return [int(document["id"].removeprefix(ID_PREFIX)) for document in _annotations(name)["documents"]]


@pytest.mark.parametrize("name", [HELD_OUT, DEV])
def test_a_set_is_25_lee_articles_in_line_order_on_its_own_lines(name: str) -> None:
    annotations = _annotations(name)
    lines = _lines(name)
    assert annotations["corpus"] == "lee" and annotations["annotates"] == ["statistics"]
    assert len(lines) == 25 and lines == sorted(set(lines))
    assert all(line % 3 == LINE_REMAINDER[name] for line in lines)


@pytest.mark.parametrize("name", [HELD_OUT, DEV])
def test_every_article_holds_at_least_two_fully_annotated_statistics(name: str) -> None:
    for document in _annotations(name)["documents"]:
        statistics = document["statistics"]
        assert len(statistics) >= 2, document["id"]
        for stat in statistics:
            assert set(stat) == {"span", "hash", "value", "unit", "measures"}
            assert stat["measures"] and stat["unit"] and stat["span"][0] < stat["span"][1]


def test_the_two_sets_share_no_article_with_each_other_or_any_other_statistics_set() -> None:
    """A quotes set may annotate the same articles (its task is another); a statistics set may not."""
    held_out, dev = set(_lines(HELD_OUT)), set(_lines(DEV))
    assert not held_out & dev
    for other in evalset_names():
        if other not in (HELD_OUT, DEV) and "statistics" in _annotations(other)["annotates"]:
            ids = {document["id"] for document in _annotations(other)["documents"]}
            assert not ids & {f"{ID_PREFIX}{line:03d}" for line in held_out | dev}, other


@pytest.mark.skipif(not (cache_dir() / SOURCE_RELEASE).exists(), reason="the Lee release is not cached here")
@pytest.mark.parametrize("name", [HELD_OUT, DEV])
def test_every_span_hashes_to_what_the_annotator_read(name: str) -> None:
    articles = lee_articles()
    for document in _annotations(name)["documents"]:
        gold = gold_for(document, articles[document["id"]])  # raises AnnotationMismatch on a changed span
        assert len(gold["statistics"]) == len(document["statistics"])
