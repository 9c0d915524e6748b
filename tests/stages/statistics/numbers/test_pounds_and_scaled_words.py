"""Statistics round 35 of issue 17: 'N pounds' is money or a weight, as its sentence tells; a scaled number in words
is one number.

A bare 'pounds' after an amount was always a counted noun (unit 'pounds'), so the pound sterling written as a word
('bought it for 210 million pounds') never reached 'gbp'. Seen in GoOse's 2015 texts and in five invented sets; the
weight ('weighs 62 pounds', '6.2 million pounds of crab') is in aeb, PolNeAR and three invented sets and must stay.

A tens word hyphened to a unit word before a scale ('sixty-two million') was read as a range from 60 to 2,000,000,
and 'nine hundred million' as 900 (the scale after 'hundred' lost): two invented quote sets.

A number word as the object of a verb of casualties, its clause ending there ('killing four.'), was dropped as a
number with no noun (only 'one' was kept there): GoOse's 2015 texts and an invented set.

Invented lines. The cases fail on the base (308ab7b), the guards pass on both.
"""

from __future__ import annotations

import pytest

from newsprep.extract.statistics import extract_statistics
from tests.stages.builders import make_article

Row = tuple[str, float, str | None]

# (line, every row: text, value, unit)
CASES = [
    pytest.param(
        "The firm agreed to buy the brewery for 210 million pounds on Monday.",
        [("210 million pounds", 210_000_000.0, "gbp")],
        id="a price after 'for'",
    ),
    pytest.param(
        "Thieves escaped with rings worth about 3 million pounds, police said.",
        [("3 million pounds", 3_000_000.0, "gbp")],
        id="'worth' and a hedge before the amount",
    ),
    pytest.param(
        "The lenders were handed 2 trillion pounds ($3 trillion) of public money.",
        [("2 trillion pounds", 2e12, "gbp"), ("$3 trillion", 3e12, "usd")],
        id="a conversion to dollars in brackets",
    ),
    pytest.param(
        "Shipping is the nation's largest export, selling 40 billion pounds abroad each year.",
        [("40 billion pounds", 4e10, "gbp")],
        id="a verb of selling before the amount",
    ),
    pytest.param(
        "The dollar slipped, and the euro bought 0.8712 pounds.",
        [("0.8712 pounds", 0.8712, "gbp")],
        id="an exchange rate",
    ),
]

WORD_CASES = [
    pytest.param(
        "Some sixty-two million people watched the final.",
        [("sixty-two million", 62_000_000.0, "people")],
        id="a tens word hyphened to a unit word, then a scale",
    ),
    pytest.param(
        "Forty-two thousand fans came to the match.",
        [("Forty-two thousand", 42_000.0, "fans")],
        id="the same, opening the sentence",
    ),
    pytest.param(
        "The company paid out nine hundred million dollars to its owners.",
        [("nine hundred million dollars", 900_000_000.0, "usd")],
        id="'hundred' before a larger scale",
    ),
    pytest.param(
        "About two hundred thousand people marched on Sunday.",
        [("two hundred thousand", 200_000.0, "people")],
        id="'hundred thousand'",
    ),
]

CASUALTY_CASES = [
    pytest.param(
        "A gunman opened fire at a market in 2014, killing four. Police arrested him later.",
        [("four", 4.0, "count")],
        id="a number word after 'killing', the clause ending",
    ),
    pytest.param(
        "Avalanches in the hills killed four more.", [("four", 4.0, "count")], id="'killed four more' at the end"
    ),
    pytest.param(
        "A gunman opened fire at a market, killing four and injuring 12.",
        [("four", 4.0, "count"), ("12", 12.0, "count")],
        id="before 'and' another casualty count",
    ),
]

GUARDS = [
    pytest.param(
        "The bike weighs 62 pounds and can carry 300 pounds of cargo.",
        [("62", 62.0, "pounds"), ("300", 300.0, "pounds")],
        id="a weight word in the sentence",
    ),
    pytest.param(
        "The boats landed 5.1 million pounds of crab, worth $30 million.",
        [("5.1 million", 5_100_000.0, "pounds"), ("$30 million", 30_000_000.0, "usd")],
        id="pounds of a thing, money beside it",
    ),
    pytest.param(
        "The charity will cut its food boxes to 20 pounds unless the appeal raises $50,000.",
        [("20", 20.0, "pounds"), ("$50,000", 50_000.0, "usd")],
        id="money later in the sentence, no paying word before the pounds",
    ),
    pytest.param(
        "He landed roughly 40,000 pounds last winter.",
        [("40,000", 40_000.0, "pounds")],
        id="no paying word",
    ),
    pytest.param(
        "The brewery was sold for 210 million pounds sterling.",
        [("210 million pounds sterling", 210_000_000.0, "gbp")],
        id="pounds sterling as before",
    ),
    pytest.param("Some sixty-two fans came.", [("sixty-two", 62.0, "fans")], id="a compound number with no scale"),
    pytest.param(
        "Between twenty and thirty people came.",
        [("twenty", 20.0, "people"), ("thirty", 30.0, "people")],
        id="a range of number words",
    ),
    pytest.param(
        "The project will cost $2-3 million.",
        [("$2", 2_000_000.0, "usd"), ("3 million", 3_000_000.0, "usd")],
        id="a range of digits before a scale",
    ),
    pytest.param(
        "The village has three hundred and forty people.",
        [("three hundred and forty", 340.0, "people")],
        id="hundreds and the rest",
    ),
    pytest.param(
        "A bomb exploded at the station, injuring one, police said.",
        [("one", 1.0, "count")],
        id="'injuring one' as before",
    ),
    pytest.param("The virus has killed three in the past week.", [], id="the clause going on after the number"),
    pytest.param(
        "The raid killed two dozen soldiers.", [("two dozen", 24.0, "soldiers")], id="a casualty count with its noun"
    ),
]


def _rows(line: str) -> list[Row]:
    return [(s.text, s.value, s.unit) for s in extract_statistics(make_article(line))]


@pytest.mark.parametrize(("line", "expected"), [*CASES, *WORD_CASES, *CASUALTY_CASES])
def test_round35_case(line: str, expected: list[Row]) -> None:
    assert _rows(line) == expected


@pytest.mark.parametrize(("line", "expected"), GUARDS)
def test_round35_guard(line: str, expected: list[Row]) -> None:
    assert _rows(line) == expected
