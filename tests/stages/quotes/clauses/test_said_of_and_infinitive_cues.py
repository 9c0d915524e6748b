"""Speakers, round 32 (issue 16): what trafilatura's test pages (``traf-quotes-dev``, web news of 2019-2020 nobody here
had read) got wrong at first sight, where the construction was also found in another article or corpus of the
readable text:

- ``said <Name> of <his/the ...>`` after a quotation: ``of``, a determiner and a lower-case word are what the words
  were about (``of his season``, ``of the loss``), not part of the speaker's name;
- ``for <people> to <verb of saying>``: an infinitive with a subject of its own is what someone might say, not a
  report, so it is no cue of the sentence; the cue before it (``It is tempting, she says, for visitors to boast
  ...``) is.

Every sentence here is invented; the rule tests fail on the base code (7e26794), the guards pass on it."""

from __future__ import annotations

import pytest

from tests.stages.builders import Names, QuoteRow, organisations, people, quote_rows

_NAMES: Names = people("Lena Ostrova", "Omar Lindqvist", "Tomas Reyes") | organisations("Harbour Workers Federation")
_BEHIND = "“But they do not see the work behind it.”"

RULES = [
    pytest.param(
        ["“It was a hard season,” joked Lindqvist of his season. “We lost a lot,” he said."],
        [("It was a hard season", "Omar Lindqvist", "cue"), ("We lost a lot", "Omar Lindqvist", "pronoun")],
        id="joked-a-surname-of-his-season",
    ),
    pytest.param(
        ["“It was a hard game,” said Omar Lindqvist of the loss."],
        [("It was a hard game", "Omar Lindqvist", "cue")],
        id="said-a-full-name-of-the-topic",
    ),
    pytest.param(
        [f"It is tempting, Lena Ostrova says, for visitors to boast about how clean the bay looks. {_BEHIND}"],
        [("But they do not see the work behind it.", "Lena Ostrova", "previous_sentence")],
        id="for-visitors-to-boast-is-no-cue",
    ),
    pytest.param(
        [
            "“If we help,” Reyes says, “the reef can heal.”",
            f"Ostrova hopes tourists enjoy the bay. It is tempting, she says, for visitors to boast about the water. "
            f"{_BEHIND}",
        ],
        [
            ("If we help, the reef can heal.", "Tomas Reyes", "cue"),
            ("But they do not see the work behind it.", "Lena Ostrova", "previous_sentence"),
        ],
        id="for-visitors-to-boast-after-a-he-or-she-says",
    ),
]

GUARDS = [
    pytest.param(
        ["“It was a hard game,” said Omar Lindqvist of the vote by the Harbour Workers Federation."],
        [("It was a hard game", "Omar Lindqvist", "cue")],
        id="said-a-name-of-a-topic-naming-a-body",
    ),
    pytest.param(
        ["“It was a hard game,” said Omar Lindqvist of the Harbour Workers Federation."],
        [("It was a hard game", "Omar Lindqvist", "cue")],
        id="of-a-named-body-is-an-affiliation",
    ),
    pytest.param(
        ["“It was a hard game,” said the head of the harbour workers."],
        [("It was a hard game", "the head of the harbour workers", "cue")],
        id="a-role-of-a-lower-case-body-is-described-not-named",
    ),
    pytest.param(
        ["It was time for Omar Lindqvist to say goodbye: “We will miss the town.”"],
        [("We will miss the town.", None, "none")],
        id="for-a-named-person-to-say-is-left-alone",
    ),
    pytest.param(
        ["Lena Ostrova called for the board to explain “why the harbour was sold so cheaply.”"],
        [("why the harbour was sold so cheaply.", "Lena Ostrova", "cue")],
        id="the-cue-before-for-the-board-to-explain",
    ),
    pytest.param(
        ["It is easy for people to say “the reef will heal itself,” Lena Ostrova said."],
        [("the reef will heal itself", "Lena Ostrova", "cue")],
        id="the-cue-after-the-quotation-still-reads",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), RULES)
def test_speaker_rule(paragraphs: list[str], expected: list[QuoteRow]) -> None:
    assert quote_rows(paragraphs, _NAMES) == expected


@pytest.mark.parametrize(("paragraphs", "expected"), GUARDS)
def test_speaker_guard(paragraphs: list[str], expected: list[QuoteRow]) -> None:
    """What must not change: a name of a body after ``of``, a named subject of an infinitive, the other cues."""
    assert quote_rows(paragraphs, _NAMES) == expected
