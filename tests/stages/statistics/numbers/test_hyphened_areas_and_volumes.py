"""Statistics round 23 of issue 17: an area or volume hyphened to the thing it sizes is an entry ('a 2,400-square-foot
house': text '2,400-square-foot', unit 'square feet', measures 'house'), as 'a 40-acre site' is (the annotators' guide,
sizes joined to a noun). Invented sentences; the cases fail on the base (16551fd), the guards pass on both."""

from __future__ import annotations

import pytest

from newsprep.extract.statistics import extract_statistics
from tests.stages.builders import make_article

# (sentence, the rows: text, value, unit, measures)
HYPHENED_AREAS = [
    pytest.param(
        "Mara Quill bought a 2,400-square-foot house in Dellport.",
        [("2,400-square-foot", 2400.0, "square feet", "house")],
        id="square-foot",
    ),
    pytest.param(
        "The Orvane firm leased a 1,500-square-meter warehouse.",
        [("1,500-square-meter", 1500.0, "square meters", "warehouse")],
        id="square-meter",
    ),
    pytest.param(
        "Rangers patrol a 40-square-mile reserve.",
        [("40-square-mile", 40.0, "square miles", "reserve")],
        id="square-mile",
    ),
    pytest.param(
        "Officials closed a 5-square-kilometre zone.",
        [("5-square-kilometre", 5.0, "square kilometers", "zone")],
        id="square-kilometre in the British spelling",
    ),
    pytest.param(
        "The 2,400-sq-ft home sold within a week.",
        [("2,400-sq-ft", 2400.0, "square feet", "home")],
        id="sq-ft, the verb after the thing left out",
    ),
    pytest.param(
        "Crews poured a 300-cubic-yard slab.",
        [("300-cubic-yard", 300.0, "cubic yards", "slab")],
        id="cubic-yard",
    ),
    pytest.param(
        "The agency bought a 50,000-square-foot building and a 12-acre lot.",
        [("50,000-square-foot", 50000.0, "square feet", "building"), ("12-acre", 12.0, "acres", "area")],
        id="beside a hyphened acre, which keeps its row",
    ),
]

GUARDS = [
    pytest.param("Sela Brin bought a 13-inch screen for her office.", [], id="guard: a size class is no entry"),
    pytest.param(
        "Orvid Teal owns a 40-acre farm outside Harlow.",
        [("40-acre", 40.0, "acres", "area")],
        id="guard: a hyphened acre as before",
    ),
    pytest.param(
        "The house covers 2,400 square feet, Orvid Teal said.",
        [("2,400", 2400.0, "square feet", "area of house")],
        id="guard: square feet written apart as before",
    ),
]


def _rows(sentence: str) -> list[tuple[str, float, str | None, str | None]]:
    return [(s.text, s.value, s.unit, s.measures) for s in extract_statistics(make_article(sentence))]


@pytest.mark.parametrize(("sentence", "rows"), HYPHENED_AREAS + GUARDS)
def test_an_area_hyphened_to_a_thing_is_an_entry(
    sentence: str, rows: list[tuple[str, float, str | None, str | None]]
) -> None:
    assert _rows(sentence) == rows
