"""Issue 17, entities round e14: an acronym the article defines in brackets right after the lower-case words it stands
for names a common noun phrase (a kind of signal, an interest rate), no entity, whatever label its capitals got.

Seen on readable real text in two sources: a science page of trafilatura's test set (a kind of radio signal tagged
ORG) and a goose business page (a central bank's rate on reserves tagged ORG); over the aeb, Lee, PolNeAR and web
pages these are the only two lower-case definitions of a published acronym.

Each ``CASES`` entry fails on base 0a92ee9; each ``GUARDS`` entry passes on it and here. Every sentence and name is
invented; the spans given are what the small model gives text of this shape.
"""

from __future__ import annotations

import pytest

from tests.stages.builders import article_from
from tests.stages.entities.test_entities import body_spans, entity_set

Wanted = list[tuple[str, str] | tuple[str, str, int]]

CASES = [
    pytest.param(
        "The dish caught a slow radio pulse (SRP) last spring. Each SRP lasts a second, Dr. Ada Penn said.",
        [("SRP", "ORG"), ("SRP", "ORG", 1), ("Ada Penn", "PERSON")],
        {("Ada Penn", "PERSON")},
        id="a-signal-defined-in-lower-case",
    ),
    pytest.param(
        "The bank kept the rate on idle deposits (RID) at one percent. Traders had bet the RID would fall.",
        [("RID", "ORG"), ("RID", "ORG", 1)],
        set(),
        id="a-rate-with-a-word-the-letters-skip",
    ),
]

GUARDS = [
    pytest.param(
        "The Slow Radio Panel (SRP) met in May. The SRP said the dish was ready.",
        [("Slow Radio Panel", "ORG"), ("SRP", "ORG"), ("SRP", "ORG", 1)],
        {("Slow Radio Panel", "ORG")},
        id="a-capitalised-definition-names-the-body",
    ),
    pytest.param(
        "The photos were taken by a crew working for the police (AP). AP said the crew was safe.",
        [("AP", "ORG"), ("AP", "ORG", 1)],
        {("AP", "ORG")},
        id="two-letters-stay",
    ),
    pytest.param(
        "The group met in a hall near the river (SRP). The SRP said it was glad.",
        [("SRP", "ORG"), ("SRP", "ORG", 1)],
        {("SRP", "ORG")},
        id="words-whose-initials-do-not-spell-it",
    ),
]


@pytest.mark.parametrize(("body", "spans", "expected"), [*CASES, *GUARDS])
def test_acronyms_of_common_nouns(body: str, spans: Wanted, expected: set[tuple[str, str]]) -> None:
    assert entity_set(article_from(body), body_spans(body, spans)) == expected
