"""Measures round 22 of issue 17: named quantities, averages and comparatives in news prose.

- a comparison in apposition to the amount before it in its clause ('..., about $2,500 more than last year',
  '..., which is almost $300 more than it costs now', '..., roughly a third fewer than last year') is a rise or a fall
  in what that amount measures, whatever words end the amount's clause before the comma ('including delivery', 'on
  buses and repairs', 'of shrimp this season'), not only a phrase of time (``neighbours``);
- a rate in units after a named quantity and 'of' is a value of that quantity: 'a write speed of 1,900 megabytes
  per second' -> 'write speed', 'an average density of about 0.3 grams per cubic centimeter' -> 'average density',
  not the units; 'the equivalent of', 'a rate of', 'a ratio of' and 'an average of' name no quantity
  (``counts``).

Invented sentences; each case fails on base 16551fd, the guards hold what must not change."""

from __future__ import annotations

import pytest

from tests.stages.builders import measure_of

# each case: the sentence, the statistic's text, its measure; the id names the rule
MEASURES = [
    pytest.param(
        "The Tovan sedan starts at $41,200 including delivery, about $2,500 more than last year.",
        "$2,500",
        "rise in starting price",
        id="comparison: after a phrase closing the amount's clause",
    ),
    pytest.param(
        "The fare would be $1,340, which is almost $300 more than it costs now.",
        "$300",
        "rise in fare",
        id="comparison: after 'which is'",
    ),
    pytest.param(
        "The district will spend $8.2 million on buses and repairs, about $600,000 less than it had planned.",
        "$600,000",
        "fall in spending on buses and repairs",
        id="comparison: after what the money is spent on",
    ),
    pytest.param(
        "Growers expect to pick about 90 million apples in the valley this year, roughly a third fewer than last year.",
        "a third",
        "fall in apples to pick in the valley",
        id="comparison: a fraction after a place and a time",
    ),
    pytest.param(
        "Pell Harbor boats landed 3.1 million pounds of shrimp this season, 18 percent less than last year.",
        "18 percent",
        "fall in shrimp",
        id="comparison: a percent after the catch's noun and season",
    ),
    pytest.param(
        "Cyclists rode 2.4 million miles on the city's paths, 6 percent more than the year before.",
        "6 percent",
        "rise in distance ridden on the city's paths",
        id="comparison: a percent after a place",
    ),
    pytest.param(
        "Ridership reached 40,000 a day in May, 8% more than a year earlier.",
        "8%",
        "rise in Ridership",
        id="comparison: after a rate's base and a month",
    ),
    pytest.param(
        "The drive showed a write speed of 1,900 megabytes per second in our tests.",
        "1,900",
        "write speed of drive",  # statistics round 28: a data rate is a compound unit, whose holder is kept
        id="named rate: a speed in units per second",
    ),
    pytest.param(
        "The moon has an average density of about 0.3 grams per cubic centimeter.",
        "0.3",
        "average density",
        id="named rate: 'average' with a noun, after a hedge",
    ),
    pytest.param(
        "The pump has a flow rate of 200 liters per minute.", "200", "flow rate", id="named rate: a compound name"
    ),
]

GUARDS = [
    pytest.param(
        "The Pelno hybrid is rated at the equivalent of 55 miles per gallon.",
        "55",
        "fuel economy",
        id="'the equivalent of' stays",
    ),
    pytest.param(
        "The school has a ratio of 30 pupils per teacher.", "30", "pupils per teacher", id="'a ratio of' stays"
    ),
    pytest.param(
        "The camera shot an average of 60 frames per second.", "60", "frames per second", id="'an average of' stays"
    ),
    pytest.param(
        "The airline flew 4.3 million passengers in August, 6% more than a year earlier.",
        "6%",
        "rise in airline passengers",
        id="comparison after a month stays",
    ),
    pytest.param(
        "Costs rose to $12 million, and revenue was 4% higher than expected.",
        "4%",
        "revenue higher than expected",
        id="a comparison with its own subject stays",
    ),
    pytest.param(
        "The town spent $2 million on roads, while the county spent $500,000 less than planned.",
        "$500,000",
        "county spending",
        id="a comparison in another clause is not the amount's",
    ),
    pytest.param("Marlo scored 31 points, 12 more than Desh.", "12", "more than Desh", id="a lead over a rival stays"),
    pytest.param(
        "The fair counted 84,000 visitors over the weekend, about 9,000 more than last summer.",
        "9,000",
        "more than last summer",
        id="a bare count of another unit stays",
    ),
]


@pytest.mark.parametrize(("sentence", "number", "expected"), MEASURES)
def test_measure_of_a_named_or_compared_quantity(sentence: str, number: str, expected: str | None) -> None:
    assert measure_of(sentence, number) == expected


@pytest.mark.parametrize(("sentence", "number", "expected"), GUARDS)
def test_measure_that_must_not_change(sentence: str, number: str, expected: str | None) -> None:
    assert measure_of(sentence, number) == expected
