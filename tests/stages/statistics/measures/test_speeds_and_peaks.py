"""Measures round 29 of issue 17: a lone noun where the thing measured should be.

Counted over the failing phrases of the readable dev sets and fixture folders (``measures_failures.py --show``),
152 phrases are one content word the gold holds beside what it is of, where or whose, in 27 sets; they are
mostly one article's construction each. Two shapes repeat in two sets and turn no ok phrase wrong:

- a speed whose phrase is the wind's noun alone ('with winds of 115 mph' -> 'winds'), which readers write 'wind
  speed' (``derived_words.with_speed_noun``);
- a lone 'peak' after 'down from a peak of', the peak of what the sentence's first statistic measures ('About 3,100
  people were staying ..., down from a peak of 4,800' -> 'peak of people staying'; ``earlier.peak_of_first``).
 Invented sentences; each case fails on base 977c0c1, the
guards hold what must not change (gusts, a phrase that already says which wind, a speed of something else, a
peak that is no earlier level)."""

from __future__ import annotations

import pytest

from newsprep.extract.statistics.measures.derived_words import with_speed_noun
from newsprep.extract.statistics.measures.earlier import peak_of_first
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
    pytest.param(
        "About 2,300 families were sleeping in shelters on Friday, down from a peak of 5,100 on Tuesday.",
        "5,100",
        "peak of families sleeping",
        id="down from a peak of",
    ),
    pytest.param(
        "Some 410 workers remain on strike, down from a peak of about 1,200.",
        "1,200",
        "peak of workers remain on strike",
        id="down from a peak of about",
    ),
]

GUARDS = [
    pytest.param("Gusts reached 70 miles an hour at the pier.", "70", "Gusts", id="gusts alone: readers keep them"),
    pytest.param(
        "Forecasters expect wind gusts of 45 mph along the ridge.", "45", "wind gusts", id="wind gusts already say it"
    ),
    pytest.param("The new train has a top speed of 130 mph.", "130", "top speed", id="a speed of something else"),
    pytest.param("The river is at a peak of 30 feet.", "30", "peak", id="a peak now, not an earlier level"),
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


@pytest.mark.parametrize(
    ("phrase", "before", "first_phrase", "expected"),
    [
        pytest.param(
            "peak", "About 90 people left, down from a peak of ", "people left", "peak of people left", id="from"
        ),
        pytest.param("peak", "Sales are 40, against its peak of ", "Sales", "peak of Sales", id="against its peak"),
        pytest.param("peak", "The river is at a peak of ", "river", "peak", id="no comparison"),
        pytest.param("peak", "About 90 people left, down from a peak of ", None, "peak", id="no first statistic"),
        pytest.param("normal peak", "against a normal peak of ", "requests", "normal peak", id="a longer phrase"),
        pytest.param(None, "down from a peak of ", "people", None, id="no phrase"),
    ],
)
def test_peak_of_first(phrase: str | None, before: str, first_phrase: str | None, expected: str | None) -> None:
    assert peak_of_first(phrase, before, first_phrase) == expected
