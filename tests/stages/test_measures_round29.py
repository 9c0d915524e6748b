"""Measures round 29 of issue 17: a lone noun where the thing measured should be.

Counted over the failing phrases of the readable dev sets and fixture folders (``measures_failures.py --show``),
152 phrases are one content word the gold holds beside what it is of, where or whose, in 27 sets; they are
mostly one article's construction each. One shape repeats in two sets and turns no ok phrase wrong: a speed whose
phrase is the wind's noun alone ('with winds of 115 mph' -> 'winds'), which readers write 'wind speed'.

``measure_derived_words.with_speed_noun`` holds the rule. Invented sentences; each case fails on base 977c0c1, the
guards hold what must not change (gusts, a phrase that already says which wind, a speed of something else, a
length of wind-blown snow)."""

from __future__ import annotations

import pytest

from newsprep.extract.statistics.measure_derived_words import with_speed_noun
from tests.stages.builders import measure_of

# each case: the sentence, the statistic's text, its measure; the id names the shape
MEASURES = [
    pytest.param(
        "Hurricane Kora reached the coast with winds of 120 mph on Tuesday.", "120", "wind speed", id="winds of, mph"
    ),
    pytest.param(
        "The storm weakened by evening, with winds of 60 mph.", "60", "wind speed", id="winds of, after weakening"
    ),
    pytest.param(
        "The cyclone made landfall with winds of 150 km/h, officials said.", "150", "wind speed", id="winds of, km/h"
    ),
]

GUARDS = [
    pytest.param("Gusts reached 70 miles an hour at the pier.", "70", "Gusts", id="gusts alone: readers keep them"),
    pytest.param(
        "Forecasters expect wind gusts of 45 mph along the ridge.", "45", "wind gusts", id="wind gusts already say it"
    ),
    pytest.param("The new train has a top speed of 130 mph.", "130", "top speed", id="a speed of something else"),
]


@pytest.mark.parametrize(("sentence", "number", "measure"), MEASURES + GUARDS)
def test_measure(sentence: str, number: str, measure: str) -> None:
    assert measure_of(sentence, number) == measure


@pytest.mark.parametrize(
    ("phrase", "unit", "expected"),
    [
        pytest.param("winds", "miles per hour", "wind speed", id="winds, a speed"),
        pytest.param("Winds", "kilometers per hour", "wind speed", id="a capital"),
        pytest.param("winds", "knots", "winds", id="knots: not a per-hour unit"),
        pytest.param("winds", "inches", "winds", id="a length of wind-blown snow: not a speed"),
        pytest.param("sustained winds", "miles per hour", "sustained winds", id="a longer phrase"),
        pytest.param(None, "miles per hour", None, id="no phrase"),
    ],
)
def test_with_speed_noun(phrase: str | None, unit: str, expected: str | None) -> None:
    assert with_speed_noun(phrase, unit) == expected
