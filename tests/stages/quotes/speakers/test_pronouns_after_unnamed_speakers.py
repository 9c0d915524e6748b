"""Speakers, round 37 (issue 16): the rest of round 36's gold-free audit of pronoun speakers (``pronoun_rival``).

A he/she right after a quote of an unnamed person (``“...,” a clerk said. “...,” he said``, ``my father
said``) goes on with that person: the resolver had no place for a quoted description among a pronoun's antecedents and
gave the quote to someone named before it. It now publishes no speaker there, as the quote before has no name either.

Every sentence here is invented; the rule tests fail on the base code (50a178c), the guards pass on it."""

from __future__ import annotations

import pytest

from tests.stages.builders import Names, QuoteRow, people, quote_rows

RULES = [
    pytest.param(
        [
            "Tobias Renner was moved to a clinic on Monday. “He is awake and eating,” a nurse on the ward said.",
            "“The doctors will decide tomorrow,” he said.",
        ],
        [
            ("He is awake and eating", "a nurse on the ward", "cue"),
            ("The doctors will decide tomorrow", None, "none"),
        ],
        id="a-he-after-an-unnamed-nurse-is-not-the-patient",
    ),
    pytest.param(
        [
            "Daniel Ostrow ordered the raids. A soldier of the brigade stood on a truck at the rally.",
            "“They will not frighten us,” a soldier of the brigade shouted. “We will march again,” he said.",
        ],
        [
            ("They will not frighten us", "a soldier of the brigade", "cue"),
            ("We will march again", None, "none"),
        ],
        id="a-he-after-a-quoted-soldier-is-not-the-leader-named-before",
    ),
    pytest.param(
        [
            "My parents voted for Matthias Kohlberg in every election.",
            "“The city is lost,” my father would say.",
            "He also told us that “nobody can be trusted.”",
        ],
        [("The city is lost", "my father", "cue"), ("nobody can be trusted.", None, "none")],
        id="a-he-after-my-father-is-not-the-politician",
    ),
    pytest.param(
        [
            "“The numbers are people,” says Matthias Kohlberg, who studies the clinics.",
            "“We ran out of beds,” says a doctor from the north, whose name is withheld. He works nights now.",
            "“Every shift ends with a funeral,” he says.",
        ],
        [
            ("The numbers are people", "Matthias Kohlberg", "cue"),
            ("We ran out of beds", "a doctor", "cue"),
            ("Every shift ends with a funeral", None, "none"),
        ],
        id="a-he-after-an-unnamed-doctor-is-not-the-expert-quoted-before",
    ),
]

GUARDS = [
    pytest.param(
        [
            "Tobias Renner was moved to a clinic on Monday. “She is with him,” a nurse told reporters.",
            "“I am grateful to the staff,” Renner said later. “They saved me,” he said.",
        ],
        [
            ("She is with him", "a nurse", "cue"),
            ("I am grateful to the staff", "Tobias Renner", "cue"),
            ("They saved me", "Tobias Renner", "pronoun"),
        ],
        id="a-person-quoted-after-the-description-as-before",
    ),
    pytest.param(
        [
            "Ana Ruiz opened the clinic in May. “It was overdue,” my father said.",
            "“We waited years for it,” she said.",
        ],
        [("It was overdue", "my father", "cue"), ("We waited years for it", "Ana Ruiz", "pronoun")],
        id="a-description-of-the-other-gender-is-no-antecedent-as-before",
    ),
    pytest.param(
        [
            "Daniel Ostrow took questions from officers. An angry caller called the forms “a maze” and hung up.",
            "“You are right, it is worse every year,” he said.",
        ],
        [
            ("a maze", "an angry caller", "cue"),
            ("You are right, it is worse every year", "Daniel Ostrow", "pronoun"),
        ],
        id="a-phrase-quoted-from-an-unnamed-person-is-no-voice-as-before",
    ),
    pytest.param(
        ["Daniel Ostrow met the mayor on Friday. “We agreed on the budget,” he said."],
        [("We agreed on the budget", "Daniel Ostrow", "pronoun")],
        id="an-unquoted-description-is-no-voice-as-before",
    ),
]

_NAMES: Names = people("Tobias Renner", "Matthias Kohlberg", "Ana Ruiz", "Daniel Ostrow")


@pytest.mark.parametrize(("paragraphs", "expected"), RULES)
def test_speaker_rule(paragraphs: list[str], expected: list[QuoteRow]) -> None:
    assert quote_rows(paragraphs, _NAMES) == expected


@pytest.mark.parametrize(("paragraphs", "expected"), GUARDS)
def test_speaker_guard(paragraphs: list[str], expected: list[QuoteRow]) -> None:
    """What must not change: a person quoted after the description, a description of the other gender, a phrase
    quoted from an unnamed person inside narration, and a description no quote is attributed to."""
    assert quote_rows(paragraphs, _NAMES) == expected
