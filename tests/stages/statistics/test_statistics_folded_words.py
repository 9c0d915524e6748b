"""The measures word lists folded into ``word_classes`` (review leftovers of issues 16 and 17): where a rule now reads
the shared list, it also knows the words its own copy lacked. Each case fails on 56f94c2; the guards, which hold what
must not change, pass on both. Invented sentences."""

from __future__ import annotations

import pytest

from tests.stages.builders import measure_of

# (rule, sentence, the statistic's text, its measure)
MEASURES = [
    (
        "'also' between the auxiliary and the setting participle (STANDING_ADVERBS)",
        "The budget for the new bridge is also put at $40 million.",
        "$40 million",
        "budget for the new bridge",
    ),
    (
        "an irregular past after 'and' opens a second predicate (PAST_VERBS)",
        "Some 80 percent of the growers and sold their land to a neighbour.",
        "80 percent",
        "growers",
    ),
]

GUARDS = [
    ("'officially' was already read there", "The fee was officially set at $40.", "$40", "fee"),
    (
        "a word in -ed after 'and' still joins two nouns",
        "Rescuers pulled 12 people from rooftops and flooded cars on Tuesday.",
        "12",
        "people pulled from rooftops and flooded cars",
    ),
]


@pytest.mark.parametrize(
    ("rule", "sentence", "number", "expected"), MEASURES + GUARDS, ids=[c[0] for c in MEASURES + GUARDS]
)
def test_measure(rule: str, sentence: str, number: str, expected: str) -> None:
    assert measure_of(sentence, number) == expected, rule
