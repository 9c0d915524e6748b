"""A described speaker ends before its clause's verb (issue 16; the quotes contract: a description is trimmed to its
noun phrase, no verb after it). Round 35's probe found a colon introduction whose verb no cue list holds (``The
council's website carries the following notice:``) published whole, verb and object, as the speaker. A lower-case
word in -s that names no speaker, right before a determiner, is that verb; and a determiner right after a head
noun opens a relative clause without its "that" (``The analysts the paper consulted said:``), no part of the
description. And ``the head of``/``the chair of`` an organisation is a person described by a role (the contract: 'a
lawyer for the network' is that person, described), not the organisation.

Every sentence here is invented; the rule tests fail on 3ade3c5, the guards pass on it."""

from __future__ import annotations

import pytest

from tests.stages.builders import QuoteKindRow, organisations, quote_kind_rows

RULES = [
    pytest.param(
        [
            "The council met on Monday.",
            "The council's website carries the following notice:",
            "“The pool shuts early.”",
        ],
        [("The pool shuts early.", "the council's website", "colon", "description")],
        id="a-verb-in-s-before-its-object-ends-the-description",
    ),
    pytest.param(
        ["The mill closed.", "The mayor's office issues the following statement:", "“We were not told.”"],
        [("We were not told.", "the mayor's office", "colon", "description")],
        id="an-owned-office-then-its-verb-and-object",
    ),
    pytest.param(
        ["The mill closed.", "The analysts the paper consulted said: “Rates will rise.”"],
        [("Rates will rise.", "the analysts", "colon", "description")],
        id="a-relative-clause-without-that-ends-the-description",
    ),
    pytest.param(
        ["The mill closed.", "“Rates will rise,” the head of the Farrow Rowing Club said."],
        [("Rates will rise", "the head of the Farrow Rowing Club", "cue", "description")],
        id="the-head-of-an-organisation-is-a-person-described",
    ),
    pytest.param(
        ["The mill closed.", "“Rates will rise,” the chair of the union said."],
        [("Rates will rise", "the chair of the union", "cue", "description")],
        id="the-chair-of-a-body-is-a-person-described",
    ),
    pytest.param(
        ["The mill closed.", "The head of the union spoke, saying pay was “far too low.”"],
        [("far too low.", "the head of the union", "cue", "description")],
        id="a-past-verb-ends-the-description",
    ),
]

GUARDS = [
    pytest.param(
        ["The shop closed.", "A sign on the shop's door gives this explanation:", "“We have moved to Tarn Street.”"],
        [("We have moved to Tarn Street.", "a sign", "colon", "description")],
        id="a-description-before-a-preposition-as-before",
    ),
    pytest.param(
        ["The mill closed.", "Workers the union sent said: “We were not told.”"],
        [("We were not told.", None, "none", None)],
        id="a-reduced-relative-as-before",
    ),
    pytest.param(
        ["The mill closed.", "“Rates will rise,” a nurse at the clinic said."],
        [("Rates will rise", "a nurse at the clinic", "cue", "description")],
        id="a-preposition-before-a-determiner-as-before",
    ),
    pytest.param(
        ["The Farrow Rowing Club met.", "The Farrow Rowing Club posts this reply:", "“We will race again.”"],
        [("We will race again.", "Farrow Rowing Club", "colon", "organisation")],
        id="a-named-organisation-as-before",
    ),
]

_NAMES = organisations("Farrow Rowing Club")


@pytest.mark.parametrize(("paragraphs", "expected"), RULES)
def test_description_rule(paragraphs: list[str], expected: list[QuoteKindRow]) -> None:
    assert quote_kind_rows(paragraphs, _NAMES) == expected


@pytest.mark.parametrize(("paragraphs", "expected"), GUARDS)
def test_description_guard(paragraphs: list[str], expected: list[QuoteKindRow]) -> None:
    assert quote_kind_rows(paragraphs, _NAMES) == expected
