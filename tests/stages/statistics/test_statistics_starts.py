"""Where the statistics scan tries a quantity: the places it skips are those where none can begin."""

from __future__ import annotations

import pytest

from newsprep.extract.statistics import extract_statistics
from newsprep.extract.statistics.detection.quantity_starts import STARTS, quantity_starts
from tests.stages.builders import make_article


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("an owl and a fox", []),  # 'an', and an 'a' no number word follows
        ("a dozen owls", ["a"]),
        ("a-third of the owls", ["a"]),
        ("In 2024 the owls", ["2"]),  # once per run of digits
        ("US$5 and A$7", ["US$", "5", "A$", "7"]),
        ("between five and six", ["between", "five", "six"]),
        ("foursome, Sixty", ["Sixty"]),  # inside a word, no start
    ],
)
def test_starts_only_where_a_quantity_can_begin(text: str, starts: list[str]) -> None:
    assert [m.group() for m in STARTS.finditer(text)] == starts


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("A dozen owls nested in the barn.", "A dozen"),
        ("Nearly a quarter of the owls left.", "a quarter"),
        ("It reached 0-60 mph in 4 seconds and sold 300 cars.", "300"),
        ("The plant cost 2 billion yuan.", "2 billion yuan"),
    ],
)
def test_quantities_after_skipped_places_still_found(sentence: str, text: str) -> None:
    assert text in [stat.text for stat in extract_statistics(make_article(sentence))]


@pytest.mark.parametrize(
    "text",
    [
        "Between 5 and 6 owls, US$40, C$7 or Rs. 90; twenty-one of them, a half of the rest.",
        "$$5, ₹12 and 1,000.5 — then A$3 and U.S.$9 in 2024.",
        "ſix owls and the ınn",  # letters IGNORECASE matches to 's' and 'i' that lower() keeps
        "İstanbul had 3 owls",  # lower-cases to a longer text
        "USD 5 and usd 6 and UsD 7",
    ],
)
def test_quantity_starts_are_those_of_the_pattern(text: str) -> None:
    assert quantity_starts(text) == [m.start() for m in STARTS.finditer(text)]
