"""A mixed number ('3 1/2 percent', '4½ inches'), as AP style writes fractions: one number, its whole part plus the
fraction, with the unit after it; and a fraction as the number of percent ('one-half percent': 0.5 percent). Before,
the whole part alone was read and the fraction cut the unit off, so 'rates rose 3 1/2 percent' published a count of
3. Invented sentences; the cases fail on 762b779, the guards (dates and other slashes, which are no fractions, and
fractions already read) pass on both."""

from __future__ import annotations

import pytest

from newsprep.extract.statistics.numbers.quantities import digit_value
from tests.stages.builders import FoundStatistics, found_statistics

MIXED_NUMBERS = [
    ("a rate", "Mortgage rates rose 3 1/2 percent last year.", [("3 1/2 percent", 3.5, "percent")]),
    ("a measure", "The storm dropped 4 1/2 inches of rain on Marlow.", [("4 1/2", 4.5, "inches")]),
    ("a fraction sign", "The storm dropped 4½ inches of rain on Marlow.", [("4½", 4.5, "inches")]),
    ("a scaled amount", "The plant produced 1 1/2 million tons of steel.", [("1 1/2 million", 1_500_000.0, "tons")]),
    ("money", "The firm paid $3 1/2 million for the site.", [("$3 1/2 million", 3_500_000.0, "usd")]),
    ("quarters", "The town got 3 3/4 inches of snow.", [("3 3/4", 3.75, "inches")]),
    ("a fraction sign before percent", "Prices rose 2½ percent in May.", [("2½ percent", 2.5, "percent")]),
    ("an address's number is no statistic", "The office is at 12 1/2 Orchard Street.", []),
]

FRACTIONS_OF_A_PERCENT = [
    ("one-half percent", "Mortgage rates rose one-half percent last year.", [("one-half percent", 0.5, "percent")]),
    ("a half percent", "Mortgage rates rose a half percent last year.", [("a half percent", 0.5, "percent")]),
    (
        "a quarter of a point as its number",
        "The bank raised its rate by one-quarter percentage point.",
        [("one-quarter percentage point", 0.25, "percentage points")],
    ),
]
"""A fraction written as the number of percent is a fraction of one percent: before, 'one-half percent' was 50
percent, a share of a group, and 'a half percent' no row."""

GUARDS = [
    ("a date with slashes", "The vote on 1/2/2020 drew 40 people.", [("40", 40.0, "people")]),
    ("a date with slashes after a number", "Ana Ruiz, born 12/3/1990, has 4 children.", [("4", 4.0, "children")]),
    ("a day's name", "Crews rebuilt the site after 9/11 and hired 40 guards.", [("40", 40.0, "guards")]),
    ("around the clock", "The firm works 24/7 with 30 staff.", [("30", 30.0, "staff")]),
    ("a whole number", "The storm dropped 4 inches of rain on Marlow.", [("4", 4.0, "inches")]),
    ("a decimal", "Mortgage rates rose 3.5 percent last year.", [("3.5 percent", 3.5, "percent")]),
    ("a share of a group", "Half of voters backed the plan.", [("Half", 50.0, "percent")]),
    (
        "a fraction of a percent with 'of a'",
        "Prices rose three-quarters of a percent.",
        [("three-quarters of a percent", 0.75, "percent")],
    ),
    (
        "half a point",
        "The bank cut rates by half a percentage point.",
        [("half a percentage point", 0.5, "percentage points")],
    ),
]


@pytest.mark.parametrize(
    ("case", "sentence", "expected"),
    MIXED_NUMBERS + FRACTIONS_OF_A_PERCENT + GUARDS,
    ids=[c[0] for c in MIXED_NUMBERS + FRACTIONS_OF_A_PERCENT + GUARDS],
)
def test_mixed_numbers(case: str, sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence) == expected, case


@pytest.mark.parametrize(
    ("digits", "value"),
    [("3 1/2", 3.5), ("4½", 4.5), ("10 3/8", 10.375), ("7¾", 7.75), ("4,500", 4500.0), ("2.5", 2.5)],
)
def test_digit_value_reads_mixed_numbers(digits: str, value: float) -> None:
    assert digit_value(digits) == value


def test_digit_value_refuses_a_zero_denominator() -> None:
    assert digit_value("3 1/0") is None
