"""Statistics round 25 of issue 17: numbers published that are none, by the annotators' guide.

- a number after 'for each' or 'for every' (with 'additional', 'extra' or 'further' between) is the base a rate is
  told over, as after 'per' ('the base a rate is told over ... is no entry: the rate is'): 'a surcharge of $3 for
  each additional 500 litres', 'one error for every 40 attempts', '$1 for every $25 lent'.

Invented sentences. The cases fail on the base (9efc1a7), the guards pass on both.
"""

from __future__ import annotations

import pytest

from newsprep.extract.statistics import extract_statistics
from tests.stages.builders import make_article

Row = tuple[str, float, str | None]

# (sentence, every row: text, value, unit)
CASES = [
    pytest.param(
        "Homes that go over the cap pay a surcharge of $3 for each additional 500 litres.",
        [("$3", 3.0, "usd")],
        id="a count after for each additional",
    ),
    pytest.param(
        "The goalkeeper makes 2 errors for every 40 saves.",
        [("2", 2.0, "errors")],
        id="a count after for every",
    ),
    pytest.param(
        "Under the rule, lenders must keep $1 for every $25 they lend.",
        [("$1", 1.0, "usd")],
        id="money after for every",
    ),
    pytest.param(
        "Riders earn a bonus of $2 for every extra 10 deliveries.",
        [("$2", 2.0, "usd")],
        id="a count after for every extra",
    ),
]

GUARDS = [
    pytest.param(
        "The city charges 45 cents per 100 litres.",
        [("45 cents", 0.45, "usd")],
        id="the base after per stays out",
    ),
    pytest.param(
        "About $4 of every $5 the region earns comes from tourism.",
        [("$4", 4.0, "usd")],
        id="a denominator after of every stays out",
    ),
    pytest.param(
        "The club paid $12 million for each of the 3 players.",
        [("$12 million", 12_000_000.0, "usd"), ("3", 3.0, "players")],
        id="for each of the N is counted",
    ),
    pytest.param(
        "The county hired 40 nurses for every hospital in the district.",
        [("40", 40.0, "nurses")],
        id="a count before for every stays",
    ),
]


def _rows(sentence: str) -> list[Row]:
    return [(s.text, s.value, s.unit) for s in extract_statistics(make_article(sentence))]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_round25_case(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), GUARDS)
def test_round25_guard(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected
