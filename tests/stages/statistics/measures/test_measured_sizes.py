"""A length a verb of measuring gives, its dimension named after it (measures round 36 of issue 17): '<thing>
[which|that] [often] measures N <length unit> in length|long|wide' -> '<dimension> of <thing>'.

On real pages of two outlets (a Yahoo wire page in gg, a Time page in GoOse) the phrase was the verb ('often
measures', 'measures') or none where the reader wrote 'length of <the thing>': 'in length' was no dimension, and
an adverb or a relative pronoun hid the subject. ``measured_sizes.measured_size`` reads both; it names the subject
only when it is plain.

Invented sentences; each case fails on base 0a92ee9, the guards hold what must not change (no dimension named, a
count that is no length, a verb of being)."""

from __future__ import annotations

import pytest

from newsprep.extract.statistics.measures.measured_sizes import measured_size, named_dimension
from tests.stages.builders import measure_of

# each case: the sentence, the statistic's text, its measure; the id names the shape
CASES = [
    pytest.param(
        "The new pier measures 300 metres in length, the harbour board said.",
        "300",
        "length of new pier",
        id="'in length' after the size",
    ),
    pytest.param(
        "Divers found a long gash, which measures about 40 centimetres in width.",
        "40",
        "width of long gash",
        id="a relative 'which measures', set off by a comma",
    ),
    pytest.param(
        "The lizard often measures more than 2 feet long, keepers say.",
        "2",
        "length of lizard",
        id="an adverb between the subject and the verb",
    ),
    pytest.param(
        "The lizard usually measures 2 feet (61 centimetres) in length.",
        "2",
        "length of lizard",
        id="a conversion in brackets before the dimension",
    ),
    pytest.param(
        "Crews found a fault in the old bridge, which sags at one end and measures 9 inches in depth.",
        "9",
        "depth",
        id="a joined verb: the subject is further back, the dimension alone",
    ),
    pytest.param(
        "The valley holds a lizard with a long tail and a narrow head that often measures 3 inches in length.",
        "3",
        "length",
        id="a relative after a joined phrase: the head or the lizard, the dimension alone",
    ),
]

GUARDS = [
    pytest.param(
        "The ferry measures 90 feet long.",
        "90",
        "length of ferry",
        id="the size rule's own shape, as before",
    ),
    pytest.param(
        "The team measured 40 trees in the park.",
        "40",
        "trees measured in the park",
        id="a count that is no length",
    ),
    pytest.param(
        "The trail is 5 miles in length.",
        "5",
        "trail",
        id="a verb of being, not of measuring",
    ),
]


@pytest.mark.parametrize(("sentence", "number", "measure"), [*CASES, *GUARDS])
def test_measure(sentence: str, number: str, measure: str | None) -> None:
    assert measure_of(sentence, number) == measure


@pytest.mark.parametrize(
    ("before", "unit", "after", "expected"),
    [
        pytest.param("the gash measures about", "centimetres", "in width.", "width of gash", id="in width"),
        pytest.param("It measures", "centimetres", "in diameter.", "diameter", id="a pronoun subject"),
        pytest.param("the gash, which measures", "inches", "wide.", "width of gash", id="which measures"),
        pytest.param("the gash measures", "inches", "and is growing.", None, id="no dimension named"),
        pytest.param("the gash measures", "pounds", "in length.", None, id="no length unit"),
        pytest.param("the gash runs", "inches", "in length.", None, id="no verb of measuring"),
    ],
)
def test_measured_size(before: str, unit: str, after: str, expected: str | None) -> None:
    assert measured_size(before.split(), unit, after.split()) == expected


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        pytest.param("in length", "length", id="in length"),
        pytest.param("(61 centimetres) in height", "height", id="past a conversion"),
        pytest.param(") in depth", "depth", id="past the bracket's end"),
        pytest.param("long", "length", id="an adjective"),
        pytest.param("in total", None, id="no dimension"),
        pytest.param("", None, id="nothing after"),
    ],
)
def test_named_dimension(after: str, expected: str | None) -> None:
    assert named_dimension(after.split()) == expected
