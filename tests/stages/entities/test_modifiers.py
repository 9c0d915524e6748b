"""Issue 17, entities round e7: words before a name that describe it, found by the gold-free entity audit
(``benchmarks/entity_audit.py``) over aeb, Lee, PolNeAR dev and web pages: a lower-case modifier or determiner the
span runs over (``the state <Board>``, ``this <House>``, ``an earlier <Product>``: aeb, Lee and PolNeAR pages) and a
prefix hyphened to a name (``anti-<Group>``, ``pro-<Candidate>``, ``non-<Country>``: aeb, Lee, PolNeAR and web pages).
One test each on invented sentences (each case fails on base 50a178c), and guards for what must not change: a name
particle opening a name, a capital inside a first word, a capitalised prefix that opens a name of its own.

The spans given are what the small model gives text of this shape. Every name is invented.
"""

from __future__ import annotations

import pytest

from tests.stages.builders import article_from
from tests.stages.entities.test_entities import body_spans, entity_set

CASES = [
    pytest.param(
        "The fine was set by the state Tax Board of Orlania on Monday.",
        [("state Tax Board of Orlania", "ORG")],
        {("Tax Board of Orlania", "ORG")},
        id="a-lower-case-adjective-before-an-org",
    ),
    pytest.param(
        "There is a rift between this Harbour House and the mayor, Ana Ruiz said.",
        [("this Harbour House", "ORG"), ("Ana Ruiz", "PERSON")],
        {("Harbour House", "ORG"), ("Ana Ruiz", "PERSON")},
        id="a-determiner-before-an-org",
    ),
    pytest.param(
        "The complaint was filed by the federal Board of Grain Trade in March.",
        [("federal Board of Grain Trade", "ORG")],
        {("Board of Grain Trade", "ORG")},
        id="federal-before-an-agency",
    ),
    pytest.param(
        "Hundreds of anti-Valdoran troops crossed the river, Ana Ruiz said.",
        [("anti-Valdoran", "ORG"), ("Ana Ruiz", "PERSON")],
        {("Valdoran", "ORG"), ("Ana Ruiz", "PERSON")},
        id="anti-before-a-group",
    ),
    pytest.param(
        "Tom Brask backs Mira Delcour. The vote looks more anti-Brask than pro-Delcour, Ann Lee said.",
        [("Tom Brask", "PERSON"), ("Mira Delcour", "PERSON"), ("pro-Delcour", "PERSON"), ("Ann Lee", "PERSON")],
        {("Tom Brask", "PERSON"), ("Mira Delcour", "PERSON"), ("Ann Lee", "PERSON")},
        id="pro-before-a-person-joins-the-person",
    ),
]

GUARDS = [
    pytest.param(
        "Mayor Rill de Vass met Ana Ruiz at the Marlow Hall.",
        [("Rill de Vass", "PERSON"), ("Ana Ruiz", "PERSON")],
        {("Rill de Vass", "PERSON"), ("Ana Ruiz", "PERSON")},
        id="a-particle-inside-a-name-stays",
    ),
    pytest.param(
        "Officials said van Orden Freight would close its depot.",
        [("van Orden Freight", "ORG")],
        {("van Orden Freight", "ORG")},
        id="a-particle-opening-a-name-stays",
    ),
    pytest.param(
        "Fans of eZelda Labs waited outside, Ana Ruiz said.",
        [("eZelda Labs", "ORG"), ("Ana Ruiz", "PERSON")],
        {("eZelda Labs", "ORG"), ("Ana Ruiz", "PERSON")},
        id="a-capital-inside-the-first-word-stays",
    ),
    pytest.param(
        "The Anti-Fraud Office of Orlania opened a case.",
        [("Anti-Fraud Office of Orlania", "ORG")],
        {("Anti-Fraud Office of Orlania", "ORG")},
        id="a-capitalised-prefix-opens-a-name",
    ),
    pytest.param(
        "The Tax Board of Orlania said the state would pay.",
        [("Tax Board of Orlania", "ORG")],
        {("Tax Board of Orlania", "ORG")},
        id="a-name-without-a-modifier-stays",
    ),
    # stop 48's fold: a lower-case "the" goes with the other modifiers, "The" only where it opens a sentence
    pytest.param(
        "Officials met the Harbour Trust of Orlania on Monday, Ana Ruiz said.",
        [("the Harbour Trust of Orlania", "ORG"), ("Ana Ruiz", "PERSON")],
        {("Harbour Trust of Orlania", "ORG"), ("Ana Ruiz", "PERSON")},
        id="a-lower-case-the-goes",
    ),
    pytest.param(
        "Officials met the state Harbour Trust of Orlania on Monday.",
        [("the state Harbour Trust of Orlania", "ORG")],
        {("Harbour Trust of Orlania", "ORG")},
        id="the-and-a-modifier-both-go",
    ),
    pytest.param(
        "The Harbour Trust of Orlania will sell the pier, Ana Ruiz said.",
        [("The Harbour Trust of Orlania", "ORG"), ("Ana Ruiz", "PERSON")],
        {("Harbour Trust of Orlania", "ORG"), ("Ana Ruiz", "PERSON")},
        id="the-opening-a-sentence-goes",
    ),
    pytest.param(
        "Ana Ruiz said The Velmont Herald would close.",
        [("Ana Ruiz", "PERSON"), ("The Velmont Herald", "ORG")],
        {("Ana Ruiz", "PERSON"), ("The Velmont Herald", "ORG")},
        id="the-inside-a-sentence-stays",
    ),
]


@pytest.mark.parametrize(("body", "spans", "expected"), CASES + GUARDS)
def test_the_entities_of_invented_sentences(
    body: str, spans: list[tuple[str, str] | tuple[str, str, int]], expected: set[tuple[str, str]]
) -> None:
    """Each ``CASES`` entry fails on base 50a178c; each ``GUARDS`` entry is what must not change."""
    assert entity_set(article_from(body), body_spans(body, spans)) == expected
