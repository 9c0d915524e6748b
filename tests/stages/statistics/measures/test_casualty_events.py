"""A casualty count an event left behind (measures round 35 of issue 17): '<event> (that) left N <people> dead' or
'<event> ..., leaving N dead' -> '<people> dead in <event>'.

The count's own words said who and how ('people dead'); the readers of Lee-corpus pages and of two smp pages from
other outlets wrote the event too ('people killed in the shooting', 'civilians wounded in the air raid').
``casualty_events.casualty_event`` adds the subject of 'left'/'leaving' when it is an event noun.

Invented sentences; each case fails on base 41a57a2, the guards hold what must not change (the event is another
clause's, the subject is no event, what is left is no casualty state)."""

from __future__ import annotations

import pytest

from newsprep.extract.statistics.measures.casualty_events import casualty_event
from tests.stages.builders import measure_of

# each case: the sentence, the statistic's text, its measure; the id names the shape
CASES = [
    pytest.param(
        "Officials said the blast at the fuel depot that left 14 people dead was an accident.",
        "14",
        "people dead in blast",
        id="a relative 'that left' on the event",
    ),
    pytest.param(
        "An air strike near the border left six soldiers wounded, the army said.",
        "six",
        "soldiers wounded in air strike",
        id="the event is the subject of 'left', a place after it",
    ),
    pytest.param(
        "A powerful storm swept over the islands on Monday, leaving at least 9 dead.",
        "9",
        "people dead in powerful storm",
        id="'leaving' after a comma, the event in the clause before",
    ),
    pytest.param(
        "The crash on the northern highway left 3 drivers dead and 12 injured.",
        "12",
        "drivers injured in crash",
        id="a second count joined by 'and'",
    ),
    pytest.param(
        "The fighting in the hills, which has left 40 villagers homeless, went on for a week.",
        "40",
        "villagers homeless in fighting",
        id="a relative set off by commas",
    ),
]

GUARDS = [
    pytest.param(
        "A second raid killed two farmers and wounded 11, the crew said, and the last night left four dead.",
        "four",
        "people dead",
        id="the event is another clause's",
    ),
    pytest.param(
        "The gunman left two people dead before he fled.",
        "two",
        "people dead",
        id="the subject is no event",
    ),
    pytest.param(
        "The storm left 3,000 homes without power.",
        "3,000",
        "homes left without power",
        id="what is left is no casualty state",
    ),
]


@pytest.mark.parametrize(("sentence", "number", "measure"), [*CASES, *GUARDS])
def test_measure(sentence: str, number: str, measure: str | None) -> None:
    assert measure_of(sentence, number) == measure


@pytest.mark.parametrize(
    ("phrase", "before", "expected"),
    [
        pytest.param("people dead", "the mass shooting that left", "people dead in mass shooting", id="that left"),
        pytest.param("people dead", "A quake hit the town, leaving", "people dead in quake", id="leaving"),
        pytest.param("people hurt", "the blast left 2 dead and", "people hurt in blast", id="second count"),
        pytest.param("people dead", "the driver left", None, id="no event"),
        pytest.param("people dead", "the raid killed nine and left", None, id="a verb between"),
        pytest.param("rise in sales", "the storm left", None, id="no casualty state"),
        pytest.param(None, "the storm left", None, id="no phrase"),
    ],
)
def test_casualty_event(phrase: str | None, before: str, expected: str | None) -> None:
    assert casualty_event(phrase, before.split()) == expected
