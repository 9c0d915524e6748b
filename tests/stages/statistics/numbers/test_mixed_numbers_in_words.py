"""Statistics round 31 of issue 17: a mixed number written in words ('three and a half percent', 'two and a half
million', '4 and a quarter', 'a million and a half') is one number, its whole plus the fraction, with its scale and
unit after it, as '3.5 percent' and '3 1/2 percent' are. Before, the whole was read apart from 'a half', so 'three and
a half percent' published 0.5 percent (a wrong value), 'two and a half million people' nothing and '$2 and a half
million' $2.

Durations stay out, as '2.5 hours' is ('an hour and a half', 'three and a half hours'); a hyphened compound after
'half' ('a two and a half-hour drive', 'a half-century') is left as it was; 'a game and a half' and 'half a cent'
stay no statistic.

Invented sentences. The cases fail on the base (973d487), the guards pass on both.
"""

from __future__ import annotations

import pytest

from newsprep.extract.statistics import extract_statistics
from newsprep.extract.statistics.numbers.quantities import digit_value, word_value
from tests.stages.builders import make_article

Row = tuple[str, float, str | None]

# (sentence, every row: text, value, unit)
CASES = [
    pytest.param(
        "Inflation in Tarnow rose to three and a half percent in May.",
        [("three and a half percent", 3.5, "percent")],
        id="a percent in words",
    ),
    pytest.param(
        "Inflation in Tarnow rose to 3 and a half percent in May.",
        [("3 and a half percent", 3.5, "percent")],
        id="a percent, the whole in digits",
    ),
    pytest.param(
        "Turnout in the ward was twelve and a half per cent.",
        [("twelve and a half per cent", 12.5, "percent")],
        id="per cent",
    ),
    pytest.param(
        "Bond yields in Osterby reached three and a quarter percent.",
        [("three and a quarter percent", 3.25, "percent")],
        id="and a quarter",
    ),
    pytest.param(
        "Bond yields in Osterby reached three and three-quarters percent.",
        [("three and three-quarters percent", 3.75, "percent")],
        id="and three-quarters",
    ),
    pytest.param(
        "Twenty-two and a half percent of the members voted no.",
        [("Twenty-two and a half percent", 22.5, "percent")],
        id="a hyphened whole",
    ),
    pytest.param(
        "The valley has two and a half million people.",
        [("two and a half million", 2_500_000.0, "people")],
        id="a scale after the fraction",
    ),
    pytest.param(
        "The valley has two-and-a-half million people.",
        [("two-and-a-half million", 2_500_000.0, "people")],
        id="hyphened throughout",
    ),
    pytest.param(
        "Some four and a half thousand fans crossed the bridge.",
        [("four and a half thousand", 4_500.0, "fans")],
        id="thousands",
    ),
    pytest.param(
        "The Ellery fund holds six and a half billion dollars.",
        [("six and a half billion dollars", 6_500_000_000.0, "usd")],
        id="money in words",
    ),
    pytest.param(
        "The Ellery fund raised $2 and a half million last year.",
        [("$2 and a half million", 2_500_000.0, "usd")],
        id="money after a sign",
    ),
    pytest.param(
        "The coastal path is three and a half miles long.",
        [("three and a half", 3.5, "miles")],
        id="a distance",
    ),
    pytest.param(
        "The new pump is one and a half times as fast.",
        [("one and a half times", 1.5, "times")],
        id="a multiplier",
    ),
    pytest.param(
        "The harbour counted a million and a half visitors.",
        [("a million and a half", 1_500_000.0, "visitors")],
        id="a half of the scale",
    ),
    pytest.param(
        "The price of bread rose by one and a half percent.",
        [("one and a half percent", 1.5, "percent")],
        id="a change",
    ),
    pytest.param(
        "Rates in Velden rose from three to four and a half percent.",
        [("three", 3.0, "percent"), ("four and a half percent", 4.5, "percent")],
        id="the high end of a range",
    ),
]

GUARDS = [
    pytest.param(
        "Inflation in Tarnow rose to 3.5 percent in May.",
        [("3.5 percent", 3.5, "percent")],
        id="guard: a decimal",
    ),
    pytest.param(
        "The Ellery fund holds $2.5 million in cash.",
        [("$2.5 million", 2_500_000.0, "usd")],
        id="guard: money with a decimal",
    ),
    pytest.param("The ferry crossing took two and a half hours.", [], id="guard: a duration, as 2.5 hours"),
    pytest.param("The talk in Marlow lasted an hour and a half.", [], id="guard: an hour and a half"),
    pytest.param("It was a two and a half-hour drive to the coast.", [], id="guard: a hyphened compound"),
    pytest.param(
        "The Rovers finished a game and a half behind the leaders.", [], id="guard: a game and a half (round 30)"
    ),
    pytest.param("A stamp in Osterby cost half a cent more.", [], id="guard: half a cent"),
    pytest.param(
        "The bank in Velden cut rates by a half point.",
        [("a half point", 0.5, "percentage points")],
        id="guard: a half point",
    ),
    pytest.param(
        "Two-thirds of the pupils are girls, and a quarter come by bus.",
        [("Two-thirds", 66.666667, "percent")],
        id="guard: a share after ', and'",
    ),
    pytest.param(
        "The storm dropped 3 1/2 inches of rain on Marlow.",
        [("3 1/2", 3.5, "inches")],
        id="guard: a mixed number AP style",
    ),
]


def _rows(sentence: str) -> list[Row]:
    return [(s.text, s.value, s.unit) for s in extract_statistics(make_article(sentence))]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_round31_case(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), GUARDS)
def test_round31_guard(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("three and a half", 3.5),
        ("twenty-two and a quarter", 22.25),
        ("nine and three-quarters", 9.75),
        ("two-and-a-half", 2.5),
        ("a million and a half", 1_500_000.0),
        ("a dozen and a half", 18.0),
        ("a thousand", 1_000.0),
    ],
)
def test_round31_word_value(written: str, value: float) -> None:
    assert word_value(written) == value


@pytest.mark.parametrize(("written", "value"), [("3 and a half", 3.5), ("12 and a quarter", 12.25), ("4,500", 4500)])
def test_round31_digit_value(written: str, value: float) -> None:
    assert digit_value(written) == value
