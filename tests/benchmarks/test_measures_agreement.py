"""``benchmarks/measures_agreement.py``: two annotators' phrases and the stage's, scored as score.py scores them."""

from __future__ import annotations

from types import ModuleType

import pytest

from tests.benchmarks.scripts import benchmark_script
from tests.conftest import REPO_ROOT


@pytest.fixture(scope="module")
def agreement() -> ModuleType:
    if not (REPO_ROOT.parent / "shared" / "eval" / "score.py").is_file():
        pytest.skip("../shared/eval/score.py is not beside the clone")
    return benchmark_script("measures_agreement")


def invented_pair(agreement: ModuleType) -> list[object]:
    """Three statistics of an invented story: both agree and the stage too, both agree and the stage not, they
    disagree and the stage sides with B; a fourth the stage did not find."""
    make = agreement.Statistic
    return [
        make("story", "14", "hikers rescued from the ridge", "hikers rescued", True, "hikers rescued"),
        make("story", "$3 million", "cost of the new ferry", "cost of the ferry", True, "harbor"),
        make("story", "40%", "share of voters for Ruiz", "turnout in Marlow", True, "turnout in Marlow"),
        make("story", "nine", "walkers injured", "walkers hurt", False, None),
    ]


def test_the_annotators_and_the_stage_are_scored_as_score_py_scores(agreement: ModuleType) -> None:
    statistics = invented_pair(agreement)
    for stat in statistics:  # matched the same way whichever phrase is the gold
        object.__setattr__(stat, "stage_for_first", stat.stage)
        object.__setattr__(stat, "stage_for_second", stat.stage)
    score = agreement.load_scorer()
    figures = agreement.agreements(score, statistics)
    assert (figures["B vs A"].ok, figures["B vs A"].scored) == (3, 4)
    assert (figures["stage vs A"].ok, figures["stage vs A"].scored) == (1, 3)
    assert (figures["stage vs B"].ok, figures["stage vs B"].scored) == (2, 3)
    assert (figures["stage vs either"].ok, figures["stage vs either"].scored) == (2, 3)
    agreed, wrong, unmatched = agreement.stage_misses_agreed(score, statistics)
    assert agreed == 3
    assert [stat.text for stat in wrong] == ["$3 million"]
    assert unmatched == 1


def test_rows_match_by_value_and_unit_class_the_best_phrase_first(agreement: ModuleType) -> None:
    score = agreement.load_scorer()
    gold = [
        {"value": 5, "unit": "people", "measures": "people injured"},
        {"value": 5, "unit": "people", "measures": "people killed"},
    ]
    found = [{"value": 5.0, "unit": "people", "measures": "people killed in the crash"}]
    matched = agreement.matched_gold(
        score, found, gold, lambda phrase, i: score.measure_f1(phrase, gold[i]["measures"])
    )
    assert list(matched) == [1]


def test_the_second_annotation_names_the_sets_statistics() -> None:
    second = REPO_ROOT / "benchmarks" / "annotations" / "measures-second"
    assert sorted(path.stem for path in second.glob("*.json")) == [
        "aeb-statistics-dev",
        "aeb-statistics-dev5",
        "lee-statistics-dev3",
        "lee-statistics-dev4",
        "polnear-statistics-dev",
    ]
