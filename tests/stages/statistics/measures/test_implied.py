"""Measures round 16 of issue 17: words a count already says, and the noun a toll of harm leaves out
(``implied``). An adjective of difference before the counted noun ('five different bus depots') and a verb
after it saying only that the things were counted ('40 noise complaints logged') go; a count named only by what befell
its people ('23 already dead and dozens missing', 'as many as 60 have been killed') gets 'people' back, and a
distance named by its unit ('40 kilometres upstream from the dam') is a 'distance'. Invented sentences; each case
fails on main 593d70e but the guards marked below, which hold what must not change."""

from __future__ import annotations

import pytest

from newsprep.extract.statistics.measures.implied import (
    distance_named,
    people_harmed,
    without_difference_adjective,
    without_tally_verb,
)
from tests.stages.builders import measure_of

# each case: the sentence, the statistic's text, its measure; the id names the rule
MEASURES = [
    pytest.param(
        "The inspectors visited five different bus depots last spring.",
        "five",
        "bus depots visited",
        id="difference: 'different' before the counted noun",
    ),
    pytest.param(
        "Volunteers staffed seven separate polling stations in the valley.",
        "seven",
        "polling stations staffed in the valley",
        id="difference: 'separate'",
    ),
    pytest.param(
        "There were 40 noise complaints logged by Friday.",
        "40",
        "noise complaints",
        id="tally: 'logged' after the noun",
    ),
    pytest.param("Officials said 31 new flu cases recorded.", "31", "new flu cases", id="tally: 'recorded'"),
    pytest.param("Six different routes were tried.", "Six", "routes tried", id="difference: before the verb"),
    pytest.param(
        "The ferry sank near Orlin, with 23 already dead and dozens missing.",
        "23",
        "people dead",
        id="harm: an adverb between, up to the next group",
    ),
    pytest.param("Some reports say as many as 60 have been killed.", "60", "people killed", id="harm: auxiliaries"),
    pytest.param("Rescuers fear that 35 have drowned.", "35", "people drowned", id="harm: 'drowned'"),
    pytest.param("At the last count 44 had been wounded.", "44", "people wounded", id="harm: 'wounded'"),
    pytest.param(
        "The village of Arden, 40 kilometres upstream from the dam, flooded.",
        "40",
        "distance upstream from the dam",
        id="distance: opened on its unit",
    ),
    # guards: these pass on main too
    pytest.param(
        "The camp lies 30 miles north of the border.", "30", "distance north of the border", id="guard: north"
    ),
    # round 22 of statistics: the speed's unit is 'kilometers per second' now, which the phrase no longer repeats
    pytest.param("The probe moves at 12 kilometres per second.", "12", "probe moves", id="guard: a speed"),
    pytest.param("Okafor rushed for 88 yards.", "88", "yards rushed by Okafor", id="guard: yards are a player's"),
    pytest.param("The storm left 12 dead.", "12", "people dead in storm", id="guard: a toll the stage named before"),
    pytest.param("The council said 60 have been hired.", "60", "hired", id="guard: no harm, no people"),
    pytest.param(
        "Inspectors seized 40 illegal guns reported stolen.", "40", "illegal guns seized", id="guard: what befell them"
    ),
    pytest.param("Rescuers said 11 hikers were missing.", "11", "hikers missing", id="guard: a named group of people"),
    pytest.param("The quarry fined 12 workers.", "12", "workers fined", id="guard: the noun before the verb"),
]


@pytest.mark.parametrize(("sentence", "number", "measure"), MEASURES)
def test_measure(sentence: str, number: str, measure: str | None) -> None:
    assert measure_of(sentence, number) == measure


@pytest.mark.parametrize(
    ("phrase", "kept"),
    [
        ("different bus depots", "bus depots"),
        ("various repair crews", "repair crews"),
        ("different routes", "different routes"),  # the noun alone would be the count's unit again
        ("separate of them", "separate of them"),
        ("other bus depots", "other bus depots"),
        (None, None),
    ],
)
def test_without_difference_adjective(phrase: str | None, kept: str | None) -> None:
    assert without_difference_adjective(phrase) == kept


@pytest.mark.parametrize(
    ("phrase", "kept"),
    [
        ("noise complaints logged", "noise complaints"),
        ("complaints logged", "complaints logged"),
        ("complaints were recorded", "complaints were recorded"),
        ("illegal guns seized", "illegal guns seized"),
        (None, None),
    ],
)
def test_without_tally_verb(phrase: str | None, kept: str | None) -> None:
    assert without_tally_verb(phrase) == kept


@pytest.mark.parametrize(
    ("phrase", "named"),
    [
        ("dead", "people dead"),
        ("killed in the blast", "people killed in the blast"),
        ("wounded and 40 evacuated", "people wounded"),
        ("hikers missing", "hikers missing"),
        ("Dead Sea", "Dead Sea"),
        (None, None),
    ],
)
def test_people_harmed(phrase: str | None, named: str | None) -> None:
    assert people_harmed(phrase) == named


@pytest.mark.parametrize(
    ("phrase", "named"),
    [
        ("kilometres upstream from the dam", "distance upstream from the dam"),
        ("miles tracked", "distance tracked"),
        ("miles on the test loop", "miles on the test loop"),
        ("metres per second", "metres per second"),
        ("feet above flood stage", "feet above flood stage"),
        ("metres ]", "metres ]"),
        (None, None),
    ],
)
def test_distance_named(phrase: str | None, named: str | None) -> None:
    assert distance_named(phrase) == named
