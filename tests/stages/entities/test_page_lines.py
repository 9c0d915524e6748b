"""Issue 17, entities round e11: causes a gold-free audit of 309 unannotated real pages found (no text of them here).

- A web page's heading or label line of common words (``Background``, ``Getting Started``, ``Pros:``, a title-case
  heading ``Define the Scope and Allocate Budgets``) published as a person, an organisation or a place: dropped when
  the article writes each of its words in lower case elsewhere and none is a given name.
- An outlet the model tagged PERSON (``The <Outlet> contributed to this report.``): a span opening with a capital
  ``The`` is no person's name; it is an organisation, or a place the gazetteer knows.

Each ``CASES`` entry fails on base 7a26c03; each ``GUARDS`` entry passes on it and here. Every sentence and name is
invented; the spans given are what the small model gives text of this shape.
"""

from __future__ import annotations

import pytest

from tests.stages.builders import article_from
from tests.stages.entities.test_entities import body_spans, entity_set

Wanted = list[tuple[str, str] | tuple[str, str, int]]

CASES = [
    pytest.param(
        "The loader was found last week.\n\nBackground\n\nThe group has a long background in fraud.",
        [("Background", "GPE")],
        set(),
        id="a-one-word-heading-line",
    ),
    pytest.param(
        "The tool is small.\n\nSetup Notes: install it first.\n\nWe kept our notes short and the setup quick.",
        [("Setup Notes", "PERSON")],
        set(),
        id="a-label-line-before-its-colon",
    ),
    pytest.param(
        "Read on.\n\nDefine the Scope and Allocate Budgets\n\nTeams allocate budgets once a year.",
        [("Allocate Budgets", "ORG")],
        set(),
        id="part-of-a-title-case-heading",
    ),
    pytest.param(
        "Plans change.\n\n- Drawbacks: it is slow.\n\n- Drawbacks: it is old.\n\nThe drawbacks are known.",
        [("Drawbacks", "PERSON"), ("Drawbacks", "PERSON", 1)],
        set(),
        id="a-bulleted-label-twice",
    ),
    pytest.param(
        "The mayor of Dunmore spoke on Tuesday.\n\nThe Harbour Ledger contributed reporting.",
        [("Dunmore", "GPE"), ("The Harbour Ledger", "PERSON")],
        {("Dunmore", "GPE"), ("The Harbour Ledger", "ORG")},
        id="an-outlet-tagged-person-after-its-article",
    ),
    pytest.param(
        "Talks moved to The Hague on Friday, officials said.",
        [("The Hague", "PERSON")],
        {("The Hague", "GPE")},
        id="a-known-place-tagged-person-after-its-article",
    ),
]

GUARDS = [
    pytest.param(
        "The vote was close.\n\nCorvallo\n\nCorvallo said the count was fair.",
        [("Corvallo", "PERSON"), ("Corvallo", "PERSON", 1)],
        {("Corvallo", "PERSON")},
        id="a-heading-naming-someone-the-article-never-writes-in-lower-case",
    ),
    pytest.param(
        "The panel met.\n\nRose: We will meet again.\n\nShe rose to speak. Rose said little.",
        [("Rose", "PERSON"), ("Rose", "PERSON", 1)],
        {("Rose", "PERSON")},
        id="a-given-name-on-a-label-line",
    ),
    pytest.param(
        "Ambassador Tamsin Rice spoke first.\n\nRice: The talks will go on.\n\nWe ate rice after.",
        [("Tamsin Rice", "PERSON"), ("Rice", "PERSON", 1)],
        {("Tamsin Rice", "PERSON")},
        id="a-transcript-label-the-article-names-in-full",
    ),
    pytest.param(
        "The harbour was busy, and the market sold fish all day long to the crowds.",
        [],
        set(),
        id="a-sentence-holds-no-heading",
    ),
    pytest.param(
        "Selma Varga spoke on Tuesday about the harbour plan.",
        [("Selma Varga", "PERSON")],
        {("Selma Varga", "PERSON")},
        id="a-person-opening-a-line-stays",
    ),
    pytest.param(
        "Dunmore Harbour Board met.\n\nDunmore Harbour\n\nThe harbour is in dunmore county.",
        [("Dunmore Harbour Board", "ORG"), ("Dunmore Harbour", "GPE", 1)],
        {("Dunmore Harbour Board", "ORG"), ("Dunmore Harbour", "GPE")},
        id="a-heading-word-another-span-holds-outside-a-heading",
    ),
]


@pytest.mark.parametrize(("body", "spans", "expected"), [*CASES, *GUARDS])
def test_heading_words_and_outlets(body: str, spans: Wanted, expected: set[tuple[str, str]]) -> None:
    assert entity_set(article_from(body), body_spans(body, spans)) == expected
