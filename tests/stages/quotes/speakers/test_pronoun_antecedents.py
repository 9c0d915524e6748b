"""Speakers, round 36 (issue 16): speakers that are a name but the wrong person, audited gold-free over every
readable article in no held-out set (the aeb and Lee text, PolNeAR dev, the goose, newspaper4k and trafilatura pages).

Two fixes to the antecedent of a he/she. A name right before a speech verb (``..., Kohlberg added.``, ``Hallberg said
...``) is the one who speaks in its sentence: it now comes first in that sentence, as a person quoted there does, and
is surely a person even written as a surname alone; the resolver took the first name of the sentence (the one talked
about) or a full name further on. And a person just quoted, or speaking, whose gender nothing tells is no longer passed
over for someone of the pronoun's gender named a sentence before: the he/she after a quote goes on with its speaker.

Every sentence here is invented; the rule tests fail on the base code (762b779), the guards pass on it."""

from __future__ import annotations

import pytest

from tests.stages.builders import Names, QuoteRow, people, quote_rows

RULES = [
    pytest.param(
        [
            "Tobias Renner died peacefully at home, Matthias Kohlberg added.",
            "“He was a generous teacher and a loyal friend,” he said.",
        ],
        [("He was a generous teacher and a loyal friend", "Matthias Kohlberg", "pronoun")],
        id="the-speaker-ending-a-sentence-not-its-first-name",
    ),
    pytest.param(
        [
            "The fund will also cover Tobias Renner next year, Kohlberg warns.",
            "“The money will not last another winter,” he said.",
        ],
        [("The money will not last another winter", "Matthias Kohlberg", "pronoun")],
        id="a-surname-before-a-speech-verb-ending-a-sentence",
    ),
    pytest.param(
        [
            "Voters gathered outside the hall. Hallberg said Ana Ruiz does not visit the county often.",
            "“It is always just before an election,” she said.",
        ],
        [("It is always just before an election", "Hallberg", "pronoun")],
        id="a-lone-surname-that-speaks-before-a-full-name-it-talks-about",
    ),
    pytest.param(
        [
            "Officials said Daniel Ostrow had refused to meet the envoy. "
            "“We are close to a breakdown,” envoy Terje Vaino warned.",
            "“It could end the talks,” he said.",
        ],
        [
            ("We are close to a breakdown", "Terje Vaino", "cue"),
            ("It could end the talks", "Terje Vaino", "pronoun"),
        ],
        id="the-he-after-a-quote-goes-on-with-its-speaker-of-unknown-gender",
    ),
]

GUARDS = [
    pytest.param(
        ["Tobias Renner praised the choir on Sunday. “It sang beautifully,” he said."],
        [("It sang beautifully", "Tobias Renner", "pronoun")],
        id="a-lone-antecedent-as-before",
    ),
    pytest.param(
        ["Daniel Ostrow met Tobias Renner on Monday. “We agreed on the budget,” he said."],
        [("We agreed on the budget", "Daniel Ostrow", "pronoun")],
        id="the-subject-first-when-nobody-speaks-as-before",
    ),
    pytest.param(
        ["Tobias Renner sold the farm, Anna Kohl said. “It was the hardest day of my life,” he said."],
        [("It was the hardest day of my life", "Tobias Renner", "pronoun")],
        id="a-speaker-of-the-other-gender-is-no-antecedent-as-before",
    ),
    pytest.param(
        ["Greta Hallberg owns the building. Her lawyer, Terje Vaino, filed the papers. “We will appeal,” she said."],
        [("We will appeal", "Greta Hallberg", "pronoun")],
        id="a-named-person-of-unknown-gender-is-still-passed-over-as-before",
    ),
    pytest.param(
        ["“The talks are over,” said Daniel Ostrow. “We will not return,” he said."],
        [("The talks are over", "Daniel Ostrow", "cue"), ("We will not return", "Daniel Ostrow", "pronoun")],
        id="a-quoted-speaker-of-known-gender-as-before",
    ),
]

_NAMES: Names = people("Tobias Renner", "Matthias Kohlberg", "Ana Ruiz", "Daniel Ostrow", "Terje Vaino") | {
    "Hallberg": ("Hallberg", "PERSON"),
    "Anna Kohl": ("Anna Kohl", "PERSON"),
    "Greta Hallberg": ("Greta Hallberg", "PERSON"),
}


@pytest.mark.parametrize(("paragraphs", "expected"), RULES)
def test_speaker_rule(paragraphs: list[str], expected: list[QuoteRow]) -> None:
    assert quote_rows(paragraphs, _NAMES) == expected


@pytest.mark.parametrize(("paragraphs", "expected"), GUARDS)
def test_speaker_guard(paragraphs: list[str], expected: list[QuoteRow]) -> None:
    """What must not change: a lone antecedent, the subject before an object when nobody speaks, a speaker of the
    other gender, a named person of unknown gender beside one of the pronoun's gender, and a quoted speaker."""
    assert quote_rows(paragraphs, _NAMES) == expected
