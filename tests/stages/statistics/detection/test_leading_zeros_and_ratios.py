"""Statistics round 27 of issue 17: numbers published that are none, from a blind set aimed at detection
(``tests/fixtures/statistics-detection``).

- a number written with a leading zero is a label or a code, never an amount, and a phone number dialled within its
  country ('0300 555 0142', '03457 000 111') is one in all its groups;
- a ratio to one after 'by a' ('outnumbered decliners by a 2.4-to-1 ratio') is a margin between two tallies, as
  'split 4 to 1' is (the guide's Ranges line), no entry; a leverage ratio ('ran a 12-to-1 leverage ratio') stays.

Invented sentences. The cases fail on the base (0466a64), the guards pass on both.
"""

from __future__ import annotations

import pytest

from newsprep.extract.statistics import extract_statistics
from tests.stages.builders import make_article

Row = tuple[str, float, str | None]

# (sentence, every row: text, value, unit)
CASES = [
    pytest.param(
        "Anyone who saw the crash can call the appeal line on 0300 555 0187 before Friday.",
        [],
        id="a phone number in three groups",
    ),
    pytest.param(
        "Fans can book by calling 03457 000 123, the club said, and 4,200 already have.",
        [("4,200", 4200.0, "count")],
        id="a phone number with a short zero group",
    ),
    pytest.param(
        "Walkers can report a fallen tree on 0161 496 0755 or online; the trust cleared 312 last winter.",
        [("312", 312.0, "count")],
        id="a city phone number beside a count",
    ),
    pytest.param(
        "The firm holds 007 shares of its rival, the filing shows.",
        [],
        id="a leading zero is a code",
    ),
    pytest.param(
        "Advancing issues outnumbered decliners by a 2.6-to-1 ratio on the exchange.",
        [],
        id="a breadth margin by a ratio",
    ),
    pytest.param(
        "The measure passed by a nearly 3-to-1 ratio in the lower house.",
        [],
        id="a vote margin by a hedged ratio",
    ),
]

GUARDS = [
    pytest.param(
        "The fund ran a 12-to-1 leverage ratio last year.",
        [("12-to-1", 12.0, "times")],
        id="a leverage ratio stays",
    ),
    pytest.param(
        "The fee fell to 0.5% of the balance.",
        [("0.5%", 0.5, "percent")],
        id="a decimal under one stays",
    ),
    pytest.param(
        "Residents can call 555-867-5309 or write in; 140 did so last year.",
        [("140", 140.0, "count")],
        id="a US phone number was already out",
    ),
    pytest.param(
        "The council has 300 staff and 555 volunteers.",
        [("300", 300.0, "staff"), ("555", 555.0, "volunteers")],
        id="plain counts stay",
    ),
]


def _rows(sentence: str) -> list[Row]:
    return [(s.text, s.value, s.unit) for s in extract_statistics(make_article(sentence))]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_round27_case(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), GUARDS)
def test_round27_guard(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected
