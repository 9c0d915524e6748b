"""The Lee statistics sets: two held-out sets and a dev set below line 146 on lines of the Lee corpus that no other set
holds, chosen by line number, a second dev set on lines from 146, a third on lines from 201 and a fourth on lines from
252 (then the lowest free lines); every entry a row the contract accepts and every span hashing to what the annotator
read when the cached release is present."""

from __future__ import annotations

import hashlib
import itertools
import json
import math
from typing import Any

import polars as pl
import pytest

from benchmarks.corpus_lee import ID_PREFIX, SOURCE_RELEASE, cache_dir, lee_articles
from benchmarks.evalsets import ANNOTATIONS_DIR, evalset_names, gold_for
from newsprep.schemas.statistics import StatisticsSchema

HELD_OUT, DEV, HELD_OUT_2 = "lee-statistics", "lee-statistics-dev", "lee-statistics2"
DEV_2, DEV_3, DEV_4 = "lee-statistics-dev2", "lee-statistics-dev3", "lee-statistics-dev4"
LEE_SETS = (HELD_OUT, DEV, HELD_OUT_2, DEV_2, DEV_3, DEV_4)
LINE_REMAINDER = {HELD_OUT: 0, DEV: 1, HELD_OUT_2: 2}
"""The first three sets' lines: divisible by 3, leaving 1, leaving 2."""
LINE_LIMIT = 146
"""The first three sets take lines below this one only: newsprep's output on the later lines has been read; the
second dev set takes any line from it."""
FIRST_LINE = {DEV_2: LINE_LIMIT, DEV_3: 201}
"""The later dev sets' first lines: the third starts after the second's last line (200)."""
DEV_4_WRAPPED = (38, 50, 144, 249)
"""The fourth dev set's lines below 252: lines 252-299 held 21 articles with two or more statistics, so it took the
lowest free lines after them."""


def _annotations(name: str) -> dict[str, Any]:
    annotations: dict[str, Any] = json.loads((ANNOTATIONS_DIR / f"{name}.json").read_text(encoding="utf-8"))
    return annotations


def _lines(name: str) -> list[int]:
    return [int(document["id"].removeprefix(ID_PREFIX)) for document in _annotations(name)["documents"]]


@pytest.mark.parametrize("name", LEE_SETS)
def test_a_set_is_25_lee_articles_in_line_order_on_its_own_lines(name: str) -> None:
    annotations = _annotations(name)
    lines = _lines(name)
    assert annotations["corpus"] == "lee" and annotations["annotates"] == ["statistics"]
    assert len(lines) == 25 and lines == sorted(set(lines))
    if name == DEV_4:
        assert [line for line in lines if line < 252] == list(DEV_4_WRAPPED)
        assert all(252 <= line < 300 for line in lines[len(DEV_4_WRAPPED) :])
    elif name in FIRST_LINE:
        assert all(line >= FIRST_LINE[name] for line in lines)
    else:
        assert all(line % 3 == LINE_REMAINDER[name] and line < LINE_LIMIT for line in lines)


@pytest.mark.parametrize("name", LEE_SETS)
def test_every_article_holds_at_least_two_fully_annotated_statistics(name: str) -> None:
    for document in _annotations(name)["documents"]:
        statistics = document["statistics"]
        assert len(statistics) >= 2, document["id"]
        for stat in statistics:
            assert set(stat) == {"span", "hash", "value", "unit", "measures"}
            assert stat["measures"] and stat["unit"] and stat["span"][0] < stat["span"][1]


def contract_rows(document: dict[str, Any]) -> pl.DataFrame:
    """A document's entries as rows of the statistics table (the span's hash stands in for its text)."""
    doc_id = hashlib.sha256(document["id"].encode("utf-8")).hexdigest()
    rows = [
        {"doc_id": doc_id, "stat_idx": idx, "text": stat["hash"], "value": float(stat["value"]),
         "unit": stat["unit"], "measures": stat["measures"], "qualifier": None, "range_id": None,
         "reported_by": None, "paragraph_idx": 0, "char_start": stat["span"][0], "char_end": stat["span"][1]}
        for idx, stat in enumerate(document["statistics"])
    ]  # fmt: skip
    return pl.DataFrame(rows, schema_overrides={"qualifier": pl.String, "range_id": pl.Int64, "reported_by": pl.String})


@pytest.mark.parametrize("name", [HELD_OUT, HELD_OUT_2, DEV_2, DEV_3, DEV_4])
def test_every_entry_of_the_held_out_sets_and_the_later_dev_sets_is_a_row_the_contract_accepts(name: str) -> None:
    """Finite values and units the contract allows (lower case: 'people', 'usd'); the first dev set keeps an older
    capitalised unit, which the scorer reads the same."""
    for document in _annotations(name)["documents"]:
        StatisticsSchema.validate(contract_rows(document))
        assert all(math.isfinite(stat["value"]) for stat in document["statistics"]), document["id"]


def test_the_sets_share_no_article_with_each_other_or_any_other_statistics_set() -> None:
    """A quotes set may annotate the same articles (its task is another); a statistics set may not."""
    lines = {name: set(_lines(name)) for name in LEE_SETS}
    for first, second in itertools.combinations(LEE_SETS, 2):
        assert not lines[first] & lines[second], (first, second)
    lee_ids = {f"{ID_PREFIX}{line:03d}" for line in set().union(*lines.values())}
    for other in evalset_names():
        if other not in LEE_SETS and "statistics" in _annotations(other)["annotates"]:
            ids = {document["id"] for document in _annotations(other)["documents"]}
            assert not ids & lee_ids, other


_CACHED = pytest.mark.skipif(not (cache_dir() / SOURCE_RELEASE).exists(), reason="the Lee release is not cached here")


@_CACHED
@pytest.mark.parametrize("name", LEE_SETS)
def test_every_span_hashes_to_what_the_annotator_read(name: str) -> None:
    articles = lee_articles()
    for document in _annotations(name)["documents"]:
        gold = gold_for(document, articles[document["id"]])  # raises AnnotationMismatch on a changed span
        assert len(gold["statistics"]) == len(document["statistics"])


@_CACHED
def test_no_two_articles_of_the_sets_are_the_same_text() -> None:
    """The corpus repeats a few articles on other lines (a set skips a line whose text another set holds)."""
    articles = lee_articles()
    ids = [document["id"] for name in LEE_SETS for document in _annotations(name)["documents"]]
    assert len({articles[doc_id] for doc_id in ids}) == len(ids)
