"""Quotes round 52 (issue 16): one-word quotes missed. A present-tense ``claim`` before its object is a verb of saying,
so a short span after it in its sentence is a quotation; its bare forms as a noun still make no cue. Every sentence
here is invented; the quotation cases fail on the base (977c0c1), the guards pass both ways."""

from __future__ import annotations

import pytest

from newsprep.extract.quotes.grammar.verb_cues import claims_as_verb
from tests.stages.builders import quotes_of

NAMES = {"Dana Pell": ("Dana Pell", "PERSON"), "Pell": ("Dana Pell", "PERSON")}


def texts(paragraph: str) -> list[str]:
    return [q.text for q in quotes_of([paragraph], NAMES)]


@pytest.mark.parametrize(
    ("paragraph", "quoted"),
    [
        pytest.param(
            "Pell claims these plans such as the River Walk “redirect” the budget toward new piers.",
            "redirect",
            id="a-name-claims-these",
        ),
        pytest.param(
            "Officials from the harbor board, which runs the north quay, claim an “unusual” number of boats left.",
            "unusual",
            id="officials-after-an-aside-claim-an",
        ),
        pytest.param(
            "Port officials claim the new cameras help bring about a “calmer” harbor at night.",
            "calmer",
            id="officials-claim-the",
        ),
    ],
)
def test_a_short_span_after_claim_as_a_verb_is_a_quotation(paragraph: str, quoted: str) -> None:
    assert quoted in texts(paragraph)


def test_the_subject_who_claims_speaks() -> None:
    [quote] = quotes_of(["Pell claims these plans such as the River Walk “redirect” the budget."], NAMES)
    assert quote.speaker == "Dana Pell"


@pytest.mark.parametrize(
    "paragraph",
    [
        pytest.param("His claims of a “clean” record fell apart by June.", id="possessive-claims-of"),
        pytest.param("The board set aside the claim the pier was “safe” last spring.", id="the-claim"),
        pytest.param("The so-called “gig” economy grew again last year.", id="so-called-term"),
        pytest.param("Crews painted the “green” line along the quay on Monday.", id="a-term-before-a-noun"),
    ],
)
def test_a_short_span_without_a_speech_verb_stays_a_term(paragraph: str) -> None:
    assert texts(paragraph) == []


@pytest.mark.parametrize(
    ("left", "expected"),
    [
        ("Pell claims these plans ", True),
        ("officials claim an ", True),
        ("Claims the council ", True),
        ("his claims the ", False),
        ("Pell’s claim the ", False),
        ("a bid to claim the ", False),
        ("Pell claims that ", False),
        ("the claims of ", False),
    ],
)
def test_claims_as_verb(left: str, expected: bool) -> None:
    assert claims_as_verb(left) is expected


@pytest.mark.parametrize(
    ("paragraph", "quoted"),
    [
        pytest.param("Pell said the meeting was “good” and the talks would go on.", "good", id="said-was"),
        pytest.param("Pell called the levy “reckless” on Monday.", "reckless", id="called-it"),
        pytest.param("Pell claimed the levy was “unfair” to boat owners.", "unfair", id="claimed-past"),
    ],
)
def test_short_quotations_with_a_speech_verb_stay(paragraph: str, quoted: str) -> None:
    assert quoted in texts(paragraph)
