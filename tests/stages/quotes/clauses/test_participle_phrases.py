"""Speakers, round 33 (issue 16): the remaining errors of every dev set pooled, and the constructions among them found
in two articles or more, from two corpora:

- a participle's phrase opening a sentence and holding a quotation (``Declaring “...” at risk, Mayor Pell called
  ...``, ``After urging “...” in the town, Pell asked ...``): the phrase has no subject of its own; the words are
  the main clause's subject's, after the phrase's comma; a dateline before the participle (``PORT ELLIS (Wire) --
  Declaring``) is no subject of it;
- ``The statement kept its tone, noting ...``, ``The union kept its plan, saying ...``: the subject of a
  participle of speaking that is ``the`` and an organisation or document noun ends at the noun, so the noun is
  resolved as organisation nouns are (the words after it are the sentence's verb, not a description).

Every sentence here is invented; the rule tests fail on the base code (77d6c41), the guards pass on it."""

from __future__ import annotations

import pytest

from tests.stages.builders import Names, QuoteRow, organisations, people, quote_rows

_STATEMENT_NOTING = "The statement kept a hopeful tone, noting again that the board “is prepared to act” soon."
_NAMES: Names = people("Lena Ostrova", "Omar Lindqvist", "Tomas Reyes") | organisations("Harbour Workers Federation")

RULES = [
    pytest.param(
        ["Declaring “the spirit of the harbour” is at risk, Mayor Omar Lindqvist has ordered a review of the port."],
        [("the spirit of the harbour", "Omar Lindqvist", "cue")],
        id="declaring-a-quotation-then-the-subject",
    ),
    pytest.param(
        [
            "PORTVILLE (May 3) -- Declaring “the spirit of the harbour” is at risk, Mayor Omar Lindqvist has ordered "
            "a review of a port that has become a “second car park.”"
        ],
        [
            ("the spirit of the harbour", "Omar Lindqvist", "cue"),
            ("second car park.", "Omar Lindqvist", "cue"),
        ],
        id="a-dateline-is-no-subject-of-the-participle",
    ),
    pytest.param(
        ["After urging “a full audit of every dock” in the town, Lindqvist later ordered the board to vote."],
        [("a full audit of every dock", "Omar Lindqvist", "cue")],
        id="after-urging-a-quotation-then-the-subject",
    ),
    pytest.param(
        [
            "Ostrova spoke first.",
            "While insisting “the docks are safe” for now, Harbour chief Tomas Reyes closed the pier.",
        ],
        [("the docks are safe", "Tomas Reyes", "cue")],
        id="while-insisting-a-described-name-after-the-phrase",
    ),
    pytest.param(
        ["Declaring “the spirit of the harbour” at risk, Lindqvist ordered a review, and Ostrova called it “a stunt.”"],
        [("the spirit of the harbour", "Omar Lindqvist", "cue"), ("a stunt.", "Lena Ostrova", "cue")],
        id="a-later-cue-keeps-its-own-subject",
    ),
    pytest.param(
        ["The Harbour Workers Federation met on Friday.", _STATEMENT_NOTING],
        [("is prepared to act", "Harbour Workers Federation", "organisation_noun")],
        id="the-statement-kept-its-tone-noting",
    ),
    pytest.param(
        ["The Harbour Workers Federation met. The union kept its plan, saying the port was “in crisis.”"],
        [("in crisis.", "Harbour Workers Federation", "organisation_noun")],
        id="the-union-kept-its-plan-saying",
    ),
]

GUARDS = [
    pytest.param(
        ["Calling the plan “a disgrace,” Lindqvist walked out."],
        [("a disgrace", "Omar Lindqvist", "cue")],
        id="the-comma-inside-the-quotation-as-before",
    ),
    pytest.param(
        ["PORTVILLE, May 3 (Wire) -- Omar Lindqvist said the plan was “a disgrace.”"],
        [("a disgrace.", "Omar Lindqvist", "cue")],
        id="a-dateline-before-the-subject-as-before",
    ),
    pytest.param(
        ["Lindqvist spoke first.", "Walking along “the old mill road” at dawn, the crew saw the fog lift."],
        [("the old mill road", None, "none")],
        id="a-participle-phrase-with-no-named-subject-after-it",
    ),
    pytest.param(
        [
            "Reyes was asked about the pier. “It is safe,” he said.",
            "Building “the new pier” will cost more, Ostrova said.",
        ],
        [("It is safe", "Tomas Reyes", "pronoun"), ("the new pier", "Lena Ostrova", "cue")],
        id="a-noun-in-ing-is-the-subject-itself",
    ),
    pytest.param(
        ["The Harbour Workers Federation met. The head of the federation spoke, saying the port was “in crisis.”"],
        [("in crisis.", "the head of the federation", "cue")],
        id="the-head-of-a-body-is-a-description",
    ),
    pytest.param(
        ["The Harbour Workers Federation met. The union that runs the docks spoke, saying the port was “in crisis.”"],
        [("in crisis.", "Harbour Workers Federation", "organisation_noun")],
        id="a-relative-clause-after-the-noun-as-before",
    ),
    pytest.param(
        ["Lindqvist kept his plan, saying the port was “in crisis.”"],
        [("in crisis.", "Omar Lindqvist", "cue")],
        id="a-named-subject-of-a-participle-as-before",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), RULES)
def test_speaker_rule(paragraphs: list[str], expected: list[QuoteRow]) -> None:
    assert quote_rows(paragraphs, _NAMES) == expected


@pytest.mark.parametrize(("paragraphs", "expected"), GUARDS)
def test_speaker_guard(paragraphs: list[str], expected: list[QuoteRow]) -> None:
    """What must not change: a quotation closing with its comma, a dateline before a subject, nouns in -ing, a
    description of a person, a noun with a relative clause, a named subject."""
    assert quote_rows(paragraphs, _NAMES) == expected
