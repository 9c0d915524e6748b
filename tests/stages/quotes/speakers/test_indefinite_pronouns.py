"""Speakers, round 35 (issue 16): quotes published with no speaker or with a speaker that is no person, audited
gold-free over every readable article in no held-out set (the aeb and Lee text, PolNeAR dev, the goose, newspaper4k
and trafilatura pages).

Two fixes. An indefinite pronoun opening a sentence (``Others reported ...``, ``Some said ...``) is capitalised only
by its place; the resolver took it for a person's name, and a later pronoun could resolve to it. Written lower-case
(``others said``) it already named nobody; now it does wherever it stands. A wrong name is worse than none. And a
colon introduction opened by a full date (``On May 3, 2015, Ilse Varga made the following comment:``) took the year
for the start of its subject and found no speaker; the subject now opens after the date.

Every sentence here is invented; the rule tests fail on the base code (34e0cf1), the guards pass on it."""

from __future__ import annotations

import pytest

from tests.stages.builders import Names, QuoteRow, organisations, people, quote_rows

RULES = [
    pytest.param(
        [
            "Several nurses spoke to the inquiry.",
            "Others described their night shifts as “long and lonely” in the survey.",
        ],
        [("long and lonely", None, "none")],
        id="others-opening-a-sentence-names-nobody",
    ),
    pytest.param(
        ["Several nurses spoke to the inquiry.", "Some said the wards were “cold and dark” at night."],
        [("cold and dark", None, "none")],
        id="some-opening-a-sentence-names-nobody",
    ),
    pytest.param(
        ["Several nurses spoke to the inquiry.", "Many described the new rota as “a step backwards” for the ward."],
        [("a step backwards", None, "none")],
        id="many-opening-a-sentence-names-nobody",
    ),
    pytest.param(
        [
            "On May 3, 2015, Ilse Varga made the following comment:",
            "“The wards will stay open through the winter.”",
        ],
        [("The wards will stay open through the winter.", "Ilse Varga", "colon")],
        id="a-colon-introduction-after-a-full-date",
    ),
]

GUARDS = [
    pytest.param(
        ["Several nurses spoke to the inquiry.", "“The wards are cold at night,” others said."],
        [("The wards are cold at night", None, "none")],
        id="others-lower-case-as-before",
    ),
    pytest.param(
        ["Several nurses spoke to the inquiry.", "“The wards are cold at night,” Ilse Varga said."],
        [("The wards are cold at night", "Ilse Varga", "cue")],
        id="a-named-person-as-before",
    ),
    pytest.param(
        ["Several nurses spoke to the inquiry.", "“The wards are cold at night,” nurses said."],
        [("The wards are cold at night", "nurses", "cue")],
        id="a-bare-plural-description-as-before",
    ),
    pytest.param(
        ["The Brenholt Nursing Union met on Monday.", "“The wards are cold at night,” the union said."],
        [("The wards are cold at night", "Brenholt Nursing Union", "organisation_noun")],
        id="an-organisation-noun-as-before",
    ),
    pytest.param(
        ["Several nurses spoke to the inquiry.", "“The wards are cold at night.”"],
        [("The wards are cold at night.", None, "none")],
        id="a-quote-truly-unattributed-stays-without-a-speaker",
    ),
    pytest.param(
        ["On May 3, Ilse Varga made the following comment:", "“The wards will stay open through the winter.”"],
        [("The wards will stay open through the winter.", "Ilse Varga", "colon")],
        id="a-colon-introduction-after-a-date-without-a-year-as-before",
    ),
    pytest.param(
        ["In 2015, 40 nurses signed a letter that ended:", "“The wards will stay open through the winter.”"],
        [("The wards will stay open through the winter.", None, "none")],
        id="a-number-opening-the-subject-names-nobody-as-before",
    ),
]

_NAMES: Names = people("Ilse Varga") | organisations("Brenholt Nursing Union")


@pytest.mark.parametrize(("paragraphs", "expected"), RULES)
def test_speaker_rule(paragraphs: list[str], expected: list[QuoteRow]) -> None:
    assert quote_rows(paragraphs, _NAMES) == expected


@pytest.mark.parametrize(("paragraphs", "expected"), GUARDS)
def test_speaker_guard(paragraphs: list[str], expected: list[QuoteRow]) -> None:
    """What must not change: the lower-case pronoun, a named person, a bare plural, an organisation noun, and a
    quote no one is credited with."""
    assert quote_rows(paragraphs, _NAMES) == expected
