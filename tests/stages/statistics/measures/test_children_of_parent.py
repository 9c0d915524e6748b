"""Measures round 19 of issue 17: the phrases of counts detection round 19 added, whose sentence leaves out the noun
counted. A parent told by the number of their children ('a mother of four') counts the children, not the parent or
the clause after ('children of mother', ``implied``); a bare margin after a verb of leading or trailing and
'by' ('The Kestrels trailed by two') is that side's lead or deficit, as a margin in points already was
(``polls``). Invented sentences; each case fails on main e51d1a8 but the guards marked below, which hold
what must not change."""

from __future__ import annotations

import pytest

from newsprep.extract.statistics.measures.implied import children_of_parent
from tests.stages.builders import measure_of

# each case: the sentence, the statistic's text, its measure; the id names the rule
MEASURES = [
    pytest.param(
        "Ann Roe, a mother of three in Velm, spoke first.",
        "three",
        "children of mother",
        id="parent: an apposition, a place after",
    ),
    pytest.param(
        "Ann Roe is a busy mother of four who farms near Velm.",
        "four",
        "children of mother",
        id="parent: a relative clause after",
    ),
    pytest.param("He is the father of two.", "two", "children of father", id="parent: 'the father of'"),
    pytest.param(
        "Lina Vos, a grandmother of nine, joined the march.",
        "nine",
        "grandchildren of grandmother",
        id="parent: a grandparent counts grandchildren",
    ),
    pytest.param(
        "Piet Vos, a granddad of six, joined the march.",
        "six",
        "grandchildren of granddad",
        id="parent: one pattern of parents for the count and its measure (measures.word_classes.PARENT_NOUN)",
    ),
    pytest.param(
        "The Kestrels trailed by two early in the second half.",
        "two",
        "Kestrels deficit",
        id="margin: a bare count after 'trailed by'",
    ),
    pytest.param("Velm led by four at the break.", "four", "Velm lead", id="margin: a bare count after 'led by'"),
    pytest.param(
        "She is the mother of four children.",
        "four",
        "mother of children",
        id="guard: the count names its noun",
    ),
    pytest.param(
        "They have a crew of six who work nights.",
        "six",
        "crew who work nights",
        id="guard: a group that is no parent",
    ),
    pytest.param("The Otters trailed by 6 points at half-time.", "6", "Otters deficit", id="guard: points"),
    pytest.param("Sales rose by two.", "two", "rise in Sales", id="guard: a change, no margin"),
    pytest.param("The side was led by two.", "two", "side led", id="guard: the doer of a passive verb"),
    pytest.param("The fort was raided by four rival gangs.", "four", "rival gangs", id="guard: a noun after 'by'"),
]


@pytest.mark.parametrize(("sentence", "number", "measure"), MEASURES)
def test_measure(sentence: str, number: str, measure: str | None) -> None:
    assert measure_of(sentence, number) == measure


@pytest.mark.parametrize(
    ("before", "phrase"),
    [
        ("Ann Roe, a mother of ", "children of mother"),
        ("a proud Father of ", "children of father"),
        ("the grandparent of ", "grandchildren of grandparent"),
        ("a member of ", None),
        ("the godmother of ", None),
        ("a mother to ", None),
    ],
)
def test_children_of_parent(before: str, phrase: str | None) -> None:
    assert children_of_parent(before) == phrase
