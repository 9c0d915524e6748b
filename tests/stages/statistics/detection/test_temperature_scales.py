"""Statistics round 36 of issue 17: a temperature's unit names its scale when the text names one.

'31 degrees Celsius', '40°C' and '35C' are 'degrees celsius', '88 degrees Fahrenheit' and '95°F' 'degrees
fahrenheit'; a temperature whose text names no scale stays 'degrees'. The degree sign was not read before ('1.5°C of
warming' was a bare count, seen on a newspaper4k page), and the scale a word or letter named was dropped.

Invented lines. The cases fail on the base (e4b2fc2), the guards pass on both.
"""

from __future__ import annotations

import pytest

from newsprep.extract.statistics import extract_statistics
from tests.stages.builders import make_article

Row = tuple[str, float, str]

CASES = [
    pytest.param("Inland towns reached 31 degrees Celsius on Monday.", [("31", 31.0, "degrees celsius")], id="celsius"),
    pytest.param(
        "It was 88 degrees Fahrenheit in the shade.", [("88", 88.0, "degrees fahrenheit")], id="fahrenheit word"
    ),
    pytest.param("Forecasters expect 35C by Friday.", [("35C", 35.0, "degrees celsius")], id="glued C"),
    pytest.param("The mercury hit 40°C in the capital.", [("40°C", 40.0, "degrees celsius")], id="degree sign C"),
    pytest.param("Highs of 95°F are expected.", [("95°F", 95.0, "degrees fahrenheit")], id="degree sign F"),
    pytest.param("The kiln needs 900 °C for an hour.", [("900 °C", 900.0, "degrees celsius")], id="sign apart"),
    pytest.param("Warming may pass 1.5°C this decade.", [("1.5°C", 1.5, "degrees celsius")], id="a decimal"),
    pytest.param("By noon it was 30° in the square.", [("30°", 30.0, "degrees")], id="a sign with no scale"),
    pytest.param(
        "Lows will fall to minus 5 degrees C overnight.", [("minus 5", -5.0, "degrees celsius")], id="letter, signed"
    ),
    pytest.param(
        "Highs of 20 to 25 degrees Celsius are forecast.",
        [("20", 20.0, "degrees celsius"), ("25", 25.0, "degrees celsius")],
        id="a range's first end",
    ),
    pytest.param(
        "Expect highs of 20-25°C along the coast.",
        [("20", 20.0, "degrees celsius"), ("25°C", 25.0, "degrees celsius")],
        id="a range with the sign",
    ),
    pytest.param(
        "It fell 10 degrees Fahrenheit overnight, to 45 degrees.",
        [("10", 10.0, "degrees fahrenheit"), ("45", 45.0, "degrees")],
        id="a later number's own degrees name no scale",
    ),
]

GUARDS = [
    pytest.param("By noon it was 28 degrees in the square.", [("28", 28.0, "degrees")], id="no scale named"),
    pytest.param("The pitch tilted 30 degrees from the vertical.", [("30", 30.0, "degrees")], id="an angle"),
    pytest.param(
        "Storage runs from 128GB to 256GB of memory.", [("256GB", 256.0, "gigabytes")], id="other glued units"
    ),
    pytest.param("She sat in row 12 near gate 5C.", [], id="a gate's letter"),
]


def _rows(line: str) -> list[Row]:
    return [(s.text, s.value, s.unit) for s in extract_statistics(make_article(line))]


@pytest.mark.parametrize(("line", "expected"), CASES)
def test_round36_case(line: str, expected: list[Row]) -> None:
    assert _rows(line) == expected


@pytest.mark.parametrize(("line", "expected"), GUARDS)
def test_round36_guard(line: str, expected: list[Row]) -> None:
    assert _rows(line) == expected
