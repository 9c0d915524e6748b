"""Issue 17, entities round e4: an organisation's name the model cut at its ``of`` or ``for``, read on
`goose-entities-dev` (two pages) and counted over all readable text; one test each on invented sentences (each case
fails on base dbaa1dd), and guards for what must not change.

The spans given are what the small model gives names of this shape: the organisation up to its head word, and the
place after ``of`` as a GPE of its own or the words after ``for`` untagged.
"""

from __future__ import annotations

import pytest

from tests.stages.builders import article_from
from tests.stages.entities.test_entities import body_spans, entity_set

CUT_NAME_CASES = [
    pytest.param(
        "Northern Savings Bank of Port Elwyn chief Ana Ruiz said rates would hold.",
        [("Northern Savings Bank", "ORG"), ("Port Elwyn", "GPE"), ("Ana Ruiz", "PERSON")],
        {("Northern Savings Bank of Port Elwyn", "ORG"), ("Ana Ruiz", "PERSON")},
        id="bank-of-a-city",
    ),
    pytest.param(
        "Said Tom Brask of the liberal Civic Committee for an Open Ballot, which tracks voters.",
        [("Tom Brask", "PERSON"), ("Civic Committee", "ORG")],
        {("Tom Brask", "PERSON"), ("Civic Committee for an Open Ballot", "ORG")},
        id="committee-for-an-untagged-cause",
    ),
    pytest.param(
        "The Harlow Institute for Coastal Studies published the survey.",
        [("Harlow Institute", "ORG"), ("Coastal Studies", "ORG")],
        {("Harlow Institute for Coastal Studies", "ORG")},
        id="institute-for-a-tagged-field",
    ),
]


CUT_NAME_GUARDS = [
    pytest.param(
        "The Harlow Institute for Monday's talks hired Ana Ruiz.",
        [("Harlow Institute", "ORG"), ("Ana Ruiz", "PERSON")],
        {("Harlow Institute", "ORG"), ("Ana Ruiz", "PERSON")},
        id="possessive-after-for",
    ),
    pytest.param(
        "The Delford Council for Ana Ruiz and her staff was a help.",
        [("Delford Council", "ORG"), ("Ana Ruiz", "PERSON")],
        {("Delford Council", "ORG"), ("Ana Ruiz", "PERSON")},
        id="a-person-after-for",
    ),
    pytest.param(
        "Norvale Savings Bank of Delford President Ana Ruiz spoke.",
        [("Norvale Savings Bank", "ORG"), ("Ana Ruiz", "PERSON")],
        {("Norvale Savings Bank", "ORG"), ("Ana Ruiz", "PERSON")},
        id="a-title-in-the-run",
    ),
    pytest.param(
        "Brask Holdings of Delford said sales rose.",
        [("Brask Holdings", "ORG"), ("Delford", "GPE")],
        {("Brask Holdings", "ORG"), ("Delford", "GPE")},
        id="a-company-where-it-is",
    ),
    pytest.param(
        "Staff of Norvale Partners for years ran the Delford depot.",
        [("Norvale Partners", "ORG"), ("Delford", "GPE")],
        {("Norvale Partners", "ORG"), ("Delford", "GPE")},
        id="lower-case-after-for",
    ),
    pytest.param(
        "The Norvale Trust of the Delford region paid for it.",
        [("Norvale Trust", "ORG"), ("Delford", "GPE")],
        {("Norvale Trust", "ORG"), ("Delford", "GPE")},
        id="place-not-right-after-of",
    ),
    pytest.param(
        "Norvale Group for Delford: a plan, said Ana Ruiz.",
        [("Norvale Group", "ORG"), ("Delford", "GPE"), ("Ana Ruiz", "PERSON")],
        {("Norvale Group", "ORG"), ("Delford", "GPE"), ("Ana Ruiz", "PERSON")},
        id="one-place-after-for",
    ),
]


@pytest.mark.parametrize(("body", "spans", "expected"), CUT_NAME_CASES + CUT_NAME_GUARDS)
def test_the_entities_of_invented_sentences(
    body: str, spans: list[tuple[str, str]], expected: set[tuple[str, str]]
) -> None:
    """Each ``CUT_NAME_CASES`` entry fails on base dbaa1dd; each ``CUT_NAME_GUARDS`` entry is what must not change."""
    assert entity_set(article_from(body), body_spans(body, spans)) == expected
