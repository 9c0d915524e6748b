"""Statistics round 28 of issue 17: numbers on company, product and tech pages, from a blind set
(``tests/fixtures/statistics-tech``).

- a data rate is a compound unit, bits or bytes per second, whether written out ('2,100 megabytes per second'), glued
  ('94Mbps', '1.2GB/s') or apart ('10 Gbps'); before, the glued forms were no statistic and the others held one word;
- power and torque glued to their number ('248hp', '410Nm') are units as '60fps' and '5,000mAh' are ('4nm' stays a
  chip's process);
- storage glued to its number after a word that takes an amount and before no noun ('uses 23GB a month', 'weighs
  14GB,') is the amount itself, as '16GB of memory' is; 'the 512GB version' and 'from 64GB to 512GB' name models;
- 'N times' before what a valuation or a ratio multiplies ('31 times forward earnings', 'eleven times average pay')
  is a multiplier, as 'N times the rate' is;
- in a results sentence, a total after 'from' or 'compared with' that carries its own per-share aside ('from $65
  million, or 33 cents a share, a year earlier') is the sentence's first total at an earlier time: its phrase is that
  total's with the time after the aside ('Profit a year earlier'), not the aside's words.

Invented sentences. The cases fail on the base (e9ab4ea), the guards pass on both.
"""

from __future__ import annotations

import pytest

from newsprep.extract.statistics import extract_statistics
from tests.stages.builders import make_article

Row = tuple[str, float, str | None]

# (sentence, every row: text, value, unit)
CASES = [
    pytest.param(
        "Subscribers averaged 94Mbps on downloads last month.",
        [("94Mbps", 94.0, "megabits per second")],
        id="a glued data rate in bits",
    ),
    pytest.param(
        "The drive reads at 2,100 megabytes per second.",
        [("2,100", 2100.0, "megabytes per second")],
        id="a data rate written out",
    ),
    pytest.param(
        "The card writes at 1.2GB/s.",
        [("1.2GB/s", 1.2, "gigabytes per second")],
        id="a data rate in bytes with a slash",
    ),
    pytest.param(
        "The new cable carries 10 Gbps.",
        [("10", 10.0, "gigabits per second")],
        id="a data rate apart from its number",
    ),
    pytest.param(
        "The engine makes 248hp and 410Nm of torque.",
        [("248hp", 248.0, "horsepower"), ("410Nm", 410.0, "newton-meters")],
        id="glued power and torque",
    ),
    pytest.param(
        "The average subscriber now uses 23GB a month.",
        [("23GB", 23.0, "gigabytes")],
        id="storage used in a month",
    ),
    pytest.param(
        "The update weighs 14GB, the studio said.",
        [("14GB", 14.0, "gigabytes")],
        id="storage a download weighs",
    ),
    pytest.param(
        "The shares trade at 31 times forward earnings.",
        [("31 times", 31.0, "times")],
        id="a valuation multiple",
    ),
    pytest.param(
        "A typical flat costs eleven times average pay.",
        [("eleven times", 11.0, "times")],
        id="a multiple of average pay",
    ),
]

GUARDS = [
    pytest.param(
        "The 512GB version costs $899.",
        [("$899", 899.0, "usd")],
        id="a model named by its storage",
    ),
    pytest.param("Its chips are made on a 4nm process.", [], id="a chip process stays a name"),
    pytest.param("Storage runs from 64GB to 512GB.", [], id="a range of models"),
    pytest.param(
        "The laptop has 16GB of memory.",
        [("16GB", 16.0, "gigabytes")],
        id="storage before of was already read",
    ),
    pytest.param("He has visited the city four times since May.", [], id="occasions stay out"),
    pytest.param(
        "The tablet ships with 8GB, 128GB SSD and a 120Hz screen.",
        [("120Hz", 120.0, "hertz")],
        id="storage beside a noun or a list stays out",
    ),
]


MEASURE_CASES = [
    pytest.param(
        "Profit rose to $80 million, or 41 cents a share, from $65 million, or 33 cents a share, a year earlier.",
        "$65 million",
        "Profit a year earlier",
        id="an earlier total with its per-share aside",
    ),
    pytest.param(
        "The chain earned $90 million, or $1.10 a share, in the quarter ended June 30, compared with $70 million, "
        "or 85 cents a share, a year earlier.",
        "$70 million",
        "chain earnings a year earlier",
        id="an earlier total after compared with",
    ),
]

MEASURE_GUARDS = [
    pytest.param(
        "Revenue rose to $2 billion from $1.9 billion a year earlier.",
        "$1.9 billion",
        "Revenue a year earlier",
        id="an earlier total with no aside",
    ),
    pytest.param(
        "The bank earned $1.2 billion, or $2.10 a share, against a forecast of $1.1 billion.",
        "$1.1 billion",
        "forecast earnings per share",
        id="a forecast after against has no aside of its own",
    ),
]


def _measures(sentence: str, text: str) -> str | None:
    return next(s.measures for s in extract_statistics(make_article(sentence)) if s.text == text)


def _rows(sentence: str) -> list[Row]:
    return [(s.text, s.value, s.unit) for s in extract_statistics(make_article(sentence))]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_round28_case(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), GUARDS)
def test_round28_guard(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected


@pytest.mark.parametrize(("sentence", "text", "expected"), MEASURE_CASES)
def test_round28_measure_case(sentence: str, text: str, expected: str) -> None:
    assert _measures(sentence, text) == expected


@pytest.mark.parametrize(("sentence", "text", "expected"), MEASURE_GUARDS)
def test_round28_measure_guard(sentence: str, text: str, expected: str) -> None:
    assert _measures(sentence, text) == expected
