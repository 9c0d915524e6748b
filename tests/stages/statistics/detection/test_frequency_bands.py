"""Statistics round 37 of issue 17: a radio band named by its frequency is a name, not an amount.

'the 3.5GHz band', 'reuse the 2100MHz band', 'often a 5GHz or 6GHz)' (a Wi-Fi band, its noun left out) name which
band; the spectrum a carrier holds ('100MHz in the ... band') and a processor's clock speed stay amounts. Seen on a
real technical page (two Wi-Fi bands) and an invented telecom story (two bands by name).

Invented lines. The cases fail on the base (41a57a2), the guards pass on both.
"""

from __future__ import annotations

import pytest

from tests.stages.builders import FoundStatistics, found_statistics

CASES = [
    pytest.param("The carrier will move its 5G service to the 700MHz band next year.", [], id="the band"),
    pytest.param("Routers now broadcast on the 2.4GHz and 5GHz bands.", [], id="two bands"),
    pytest.param("The attack jams one radio (often a 5GHz or 6GHz) for a minute.", [], id="two, noun left out"),
    pytest.param("Its new hub adds 6GHz Wi-Fi.", [], id="Wi-Fi"),
    pytest.param(
        "The firm bought 80MHz in the 3.4GHz band.",
        [("80MHz", 80.0, "megahertz")],
        id="the spectrum held stays",
    ),
]

GUARDS = [
    pytest.param("The laptop has a 2.8GHz processor.", [("2.8GHz", 2.8, "gigahertz")], id="a clock speed"),
    pytest.param(
        "The chip runs at 3.1GHz, or 3.9GHz when boosted.",
        [("3.1GHz", 3.1, "gigahertz"), ("3.9GHz", 3.9, "gigahertz")],
        id="two clock speeds",
    ),
]


@pytest.mark.parametrize(("line", "expected"), CASES + GUARDS)
def test_frequency_band(line: str, expected: FoundStatistics) -> None:
    assert found_statistics(line) == expected
