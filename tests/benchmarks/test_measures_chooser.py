"""``benchmarks/measures_chooser.py`` and ``chooser_candidates.py``: candidate runs, features, the word chooser."""

from __future__ import annotations

from types import ModuleType

import numpy as np
import pytest

from tests.benchmarks.scripts import benchmark_script

STOP = frozenset(["a", "an", "the", "of", "to", "in", "on", "at", "for", "by", "with", "from", "and", "or"])


@pytest.fixture(scope="module")
def chooser() -> ModuleType:
    return benchmark_script("measures_chooser")


@pytest.fixture(scope="module")
def candidates() -> ModuleType:
    benchmark_script("measures_chooser")  # puts benchmarks/ on the path
    return benchmark_script("chooser_candidates")


def sighting(candidates: ModuleType, sentence: str, number: str, *, rules: str | None = None) -> object:
    tokens = candidates.tokenize(sentence)
    start = sentence.index(number)
    span = candidates.number_tokens(tokens, start, start + len(number))
    return candidates.Sighting("kettle-set", tokens, span, "count", rules, "ferries cancelled")


def phrases(candidates: ModuleType, s: object) -> set[str]:
    return {" ".join(t.text for t in s.tokens[i : j + 1]) for i, j in candidates.candidate_runs(s, STOP)}  # type: ignore[attr-defined]


def test_runs_stay_on_one_side_of_the_number_and_hold_no_punctuation(candidates: ModuleType) -> None:
    s = sighting(candidates, "The harbour board said 14 ferries were cancelled, a record for March.", "14")
    runs = phrases(candidates, s)
    assert {"ferries", "ferries were cancelled", "harbour board said", "record"} <= runs
    assert not any("14" in run or "," in run for run in runs)
    assert "board said 14 ferries" not in runs


def test_runs_neither_start_nor_end_on_a_stop_word(candidates: ModuleType) -> None:
    s = sighting(candidates, "Of the 30 kettles tested in the lab, 12 leaked.", "12")
    for run in phrases(candidates, s):
        words = run.lower().split()
        assert words[0] not in STOP and words[-1] not in STOP


def test_features_have_one_width_and_carry_no_word_of_the_sentence(candidates: ModuleType, chooser: ModuleType) -> None:
    score = chooser.load_scorer()
    s = sighting(candidates, "Some 40 volunteers repainted the pier.", "40", rules="volunteers")
    phrases_found, features = candidates.candidates_of(s, score, with_rules=True)
    assert phrases_found[-1] == "volunteers" and features[-1, -3] == 1.0
    assert features.shape == (len(phrases_found), features.shape[1])
    other = sighting(candidates, "Some 40 lanterns lit the quay.", "40", rules="lanterns")
    _, other_features = candidates.candidates_of(other, score, with_rules=True)
    assert np.array_equal(features[-1], other_features[-1])  # the same place, different open-class words


def test_tree_distance_counts_edges_through_the_common_head(candidates: ModuleType) -> None:
    heads = (1, 1, 1, 2)  # 0 -> 1 (root), 2 -> 1, 3 -> 2
    assert candidates.tree_distance(heads, 0, 3) == 3
    assert candidates.tree_distance(heads, 2, 2) == 0


def test_the_word_chooser_keeps_its_likeliest_word_and_those_past_the_threshold(
    candidates: ModuleType, chooser: ModuleType
) -> None:
    s = sighting(candidates, "The mill laid off 80 weavers last spring.", "80")
    words = {t.text: i for i, t in enumerate(s.tokens)}  # type: ignore[attr-defined]
    indexes = [words["mill"], words["weavers"], words["spring"]]
    chances = np.array([0.45, 0.9, 0.1])
    assert chooser.phrase_of_words(s, indexes, chances, 0.4) == "mill weavers"
    assert chooser.phrase_of_words(s, indexes, chances, 0.5) == "weavers"
    assert chooser.phrase_of_words(s, [], np.array([]), 0.5) is None


def test_the_rules_phrase_stays_unless_a_run_outranks_it_by_the_margin(chooser: ModuleType) -> None:
    features = np.array([[0.0, 0.0, 0.0], [0.0, 0.0, 0.0], [1.0, 1.0, 0.0]])  # the last row is the rules'
    ranks = np.array([2.5, 0.0, 1.0])
    candidates = (["harbour board", "ferries", "ferries cancelled"], features)
    assert chooser.chosen(candidates, lambda _: ranks) == "harbour board"
    assert chooser.chosen(candidates, lambda _: ranks, 2.0) == "ferries cancelled"
    assert chooser.chosen(candidates, lambda _: ranks, 1.0) == "harbour board"


def test_the_held_out_sets_are_refused(chooser: ModuleType) -> None:
    assert {"aeb-statistics", "polnear-statistics-heldout", "lee-statistics", "lee-statistics2"} == chooser.HELD_OUT
