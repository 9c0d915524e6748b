"""Round 21 of issue 17: a money amount hyphened to the noun it prices ('a 40-million-euro stadium'), the gap round
20's gold-free audit found in three sources. Invented sentences; the cases fail on the base (74786be) but the guards,
which hold the hyphened shapes that must not change."""

from __future__ import annotations

import pytest

from tests.stages.builders import FoundStatistics, found_statistics

HYPHENED_MONEY = [
    (
        "digits, a hyphened scale and a currency word before the noun",
        "The council will build a 40-million-euro stadium beside the canal.",
        [("40-million-euro", 40_000_000.0, "eur")],
    ),
    (
        "a decimal amount, a hyphened scale and a currency word",
        "Engineers opened a 3.4-billion-yuan bridge over the bay in May.",
        [("3.4-billion-yuan", 3_400_000_000.0, "cny")],
    ),
    (
        "a number word, a hyphened scale and a currency word",
        "Orlo Vantik sold a two-million-dollar house on the hill.",
        [("two-million-dollar", 2_000_000.0, "usd")],
    ),
    (
        "a trillion hyphened to a currency word",
        "The ministry set out a 1.2-trillion-rupee plan for roads.",
        [("1.2-trillion-rupee", 1_200_000_000_000.0, "inr")],
    ),
]

GUARDS = [
    ("a size class hyphened to its noun", "Mira Tolland bought a laptop with a 13-inch screen.", []),
    ("a score", "The visitors won 2-1 at home on Sunday.", []),
    ("an age", "A 40-year-old driver was stopped on the bridge.", []),
    ("a hyphened scale without a currency", "The group borrowed 4-billion from its partners.", []),
    ("a currency word hyphened to a bare number", "A 10-euro note was found in the drawer.", []),
    (
        "a currency sign before a hyphened scale",
        "The club paid $40-million for the land.",
        [("$40-million", 40_000_000.0, "usd")],
    ),
    (
        "a currency word written apart",
        "The club spent 40 million euros on the ground.",
        [("40 million euros", 40_000_000.0, "eur")],
    ),
]


@pytest.mark.parametrize(
    ("rule", "sentence", "expected"), HYPHENED_MONEY + GUARDS, ids=[c[0] for c in HYPHENED_MONEY + GUARDS]
)
def test_money_hyphened_to_its_noun(rule: str, sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence) == expected, rule
