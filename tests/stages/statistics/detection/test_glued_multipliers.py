"""Statistics round 38 of issue 17: a multiplier written as digits with a glued 'x' ('3x faster', '4x more', 'a 10x
optical zoom') is N 'times', as '2 times faster' is.

Three annotated sets of three sources write the plain form and annotate it in 'times'. The approximate form ('~6x
as') and a range's second end ('1-3x as') are left out: the one real page that writes them leaves them out of its
gold. Numbers joined by an 'x' (sizes, screen resolutions) and names stay as they were.

Invented lines. The cases fail on the base (0a92ee9), the guards pass on both.
"""

from __future__ import annotations

import pytest

from tests.stages.builders import FoundStatistics, found_statistics

CASES = [
    pytest.param("The new chip is 3x faster than the old one.", [("3x", 3.0, "times")], id="faster"),
    pytest.param("Orders grew 4x more than the year before.", [("4x", 4.0, "times")], id="more than"),
    pytest.param("The camera adds a 10x optical zoom.", [("10x", 10.0, "times")], id="optical zoom"),
    pytest.param("Its battery is 1.5x as large as before.", [("1.5x", 1.5, "times")], id="decimal, as"),
    pytest.param("The upgrade costs 2x the price of the base kit.", [("2x", 2.0, "times")], id="the price"),
]

GUARDS = [
    pytest.param("The grant is ~6x as cost-effective as cash.", [], id="approximate form left out"),
    pytest.param("A new plan is 1-3x as cost-effective as the old.", [], id="range end left out"),
    pytest.param("He drives a 4x4 truck with a 1920x1080 screen.", [], id="numbers joined by x"),
    pytest.param("The x86 chips and the 3x model sold out.", [], id="names"),
    pytest.param("The lab ran 12 tests on 3 machines.", [("12", 12.0, "tests"), ("3", 3.0, "machines")], id="no x"),
]


@pytest.mark.parametrize(("line", "expected"), CASES + GUARDS)
def test_glued_multiplier(line: str, expected: FoundStatistics) -> None:
    assert found_statistics(line) == expected
