"""Measures round 32 of issue 17: a gold-free audit of the measures published on 309 unannotated real pages.

Every statistic newsprep publishes on the English pages no annotated set holds (59 pages, 554 rows) was read and
classed by what a reader would judge; the wrong phrases were grouped by the sentence's construction and each
construction counted over the pool and every readable dev set. One construction seen on pages of two or more
sources is built: the level a 'from X ... to Y' reached, left with no phrase when the first end's own words
(its counted noun, its 'of Y', its time) or a hedge after 'to' stand between the two ends
(``from_to.from_level_measure``).

Invented sentences; each case fails on base 26db140, the guards hold what must not change (a second end with its
own measure, a second end counting another noun, the short gap the neighbour rule already read, a first end with
no measure)."""

from __future__ import annotations

import pytest

from newsprep.extract.statistics.measures.from_to import level_reached_from
from tests.stages.builders import measure_of

# each case: the sentence, the statistic's text, its measure; the id names the shape
MEASURES = [
    pytest.param(
        "Household savings fell from about 12 percent of income in 1990 to less than 3 percent in 2010.",
        "3 percent",
        "share of income",
        id="an 'of' phrase, a time and a hedge between the ends",
    ),
    pytest.param(
        "Bus ridership has climbed from about 40,000 riders in 2019 to 112,400 as of March.",
        "112,400",
        "Bus ridership",
        id="the first end's counted noun and a time",
    ),
    pytest.param(
        "The stadium's worth slid from $40 million in 2015 to roughly $12.5 million by last spring.",
        "$12.5 million",
        "stadium's worth",
        id="money, a hedge after 'to'",
    ),
    pytest.param(
        "The herd shrank from 900 cows in 2018 to about 640 this spring.",
        "640",
        "herd",
        id="a count whose second end names no noun",
    ),
]

GUARDS = [
    pytest.param(
        "Sales rose from 5 percent of revenue in 2019 to 9 percent of profit.",
        "9 percent",
        "share of profit",
        id="the second end's own measure",
    ),
    pytest.param(
        "Refugees were moved from about 14 camps to 2 sites.",
        "2",
        None,
        id="the second end counts another noun",
    ),
    pytest.param(
        "The county's jobless rate rose from 4.1 percent in May to 5.3 percent in June.",
        "5.3 percent",
        "county's jobless rate",
        id="the short gap read before",
    ),
    pytest.param(
        "The fund moved $3 million from 14 accounts to 2 banks.",
        "2",
        None,
        id="a first end with no measure",
    ),
]


@pytest.mark.parametrize(("sentence", "number", "measure"), MEASURES + GUARDS)
def test_measure(sentence: str, number: str, measure: str | None) -> None:
    assert measure_of(sentence, number) == measure


@pytest.mark.parametrize(
    ("text", "first", "second", "expected"),
    [
        pytest.param("rose from about 12% of income in 1990 to less than 3%", "12%", "3%", True, id="of, time, hedge"),
        pytest.param("rose from 40,000 riders in 2019 to 112,400", "40,000", "112,400", True, id="a counted noun"),
        pytest.param("fell from $32 million to roughly $11 million", "$32 million", "$11 million", True, id="a hedge"),
        pytest.param("grew from 12 to just under 90", "12", "90", True, id="just under"),
        pytest.param("sent 12 boxes to 40 homes", "12", "40", False, id="no from"),
        pytest.param("from 12 ports sailed to 40 islands", "12", "40", False, id="a verb between"),
        pytest.param("from 12 to 40; then to 60", "40", "60", False, id="the second 'to' has no from"),
    ],
)
def test_level_reached_from(text: str, first: str, second: str, expected: bool) -> None:
    start = text.index(first)
    assert level_reached_from(text, (start, start + len(first)), text.index(second, start + len(first))) is expected
