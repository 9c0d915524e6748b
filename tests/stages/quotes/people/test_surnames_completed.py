"""Speakers, round 34 (issue 16): speakers published as a surname alone, audited gold-free over every readable
article in no held-out set (the aeb and Lee text, PolNeAR dev, the goose, newspaper4k and trafilatura pages).

The one cause found in more than one article and source: a full name written in the body whose first word the
given-name records miss (a name of another language, a rare one), while NER tagged only the surname a person; the
surname was not completed. It now is, when no other name (a place, an organisation) covers that first word and the
word is no common one (never written lower-case in the article, no day, month or function word).

Every sentence here is invented; the rule tests fail on the base code (f33e67d), the guards pass on it."""

from __future__ import annotations

import pytest

from tests.stages.builders import Names, QuoteRow, organisations, people, quote_rows

# NER tagged the surname alone a person: the full name is only written
_SURNAME_ONLY: Names = {"Pellegrue": ("Pellegrue", "PERSON"), "Quarmby": ("Quarmby", "PERSON")}

RULES = [
    pytest.param(
        [
            "Zorvan Pellegrue runs the small school his sons attend.",
            "“The roof leaks every winter,” said Pellegrue, who has two sons there.",
        ],
        [("The roof leaks every winter", "Zorvan Pellegrue", "cue")],
        id="an-unlisted-given-name-opening-the-article",
    ),
    pytest.param(
        [
            "The hearing was held in March and led by Itzal Quarmby, a lawyer for the dock workers.",
            "“They logged every shipment,” Quarmby said.",
        ],
        [("They logged every shipment", "Itzal Quarmby", "cue")],
        id="an-unlisted-given-name-after-by-with-an-appositive",
    ),
    pytest.param(
        [
            "Zorvan Pellegrue — a retired pilot — has been asked to testify.",
            "Pellegrue told the panel the runway was “too short for every jet.”",
        ],
        [("too short for every jet.", "Zorvan Pellegrue", "cue")],
        id="an-unlisted-given-name-before-a-dash",
    ),
]

GUARDS = [
    pytest.param(
        [
            "Omar Lindqvist and his cousin Lena Lindqvist run the mill.",
            "“The mill will stay open,” Lindqvist said.",
        ],
        [("The mill will stay open", "Lena Lindqvist", "cue")],
        id="two-people-sharing-a-surname-the-nearest-as-before",
    ),
    pytest.param(
        ["Lena Ostrova met Zorvan Ostrova.", "“The mill will stay open,” Ostrova said."],
        [("The mill will stay open", "Lena Ostrova", "cue")],
        id="a-person-named-by-ner-wins-over-a-written-name",
    ),
    pytest.param(
        [
            "The Harbour Pellegrue Trust paid for the harbour wall.",
            "“The wall will hold,” Pellegrue said.",
        ],
        [("The wall will hold", "Pellegrue", "cue")],
        id="a-surname-inside-an-organisation-name",
    ),
    pytest.param(
        [
            "Written by: Wren Haldane",
            "Pellegrue orchards have fed the valley for years.",
            "“The orchards are ours,” Pellegrue said.",
        ],
        [("The orchards are ours", "Pellegrue", "cue")],
        id="a-byline-name-then-a-paragraph-is-no-name",
    ),
    pytest.param(
        [
            "Granting Pellegrue Valley its own council was the plan.",
            "“The valley is ready,” Pellegrue said.",
        ],
        [("The valley is ready", "Pellegrue", "cue")],
        id="two-capitalised-words-opening-a-longer-phrase",
    ),
    pytest.param(
        ["Mr. Pellegrue was at the pier.", "“The pier is safe,” Pellegrue said."],
        [("The pier is safe", "Pellegrue", "cue")],
        id="a-name-never-written-in-full",
    ),
    pytest.param(
        ["Meanwhile Pellegrue stayed at home.", "“The pier is safe,” Pellegrue said."],
        [("The pier is safe", "Pellegrue", "cue")],
        id="a-function-word-opening-the-sentence",
    ),
    pytest.param(
        ["Harbour Pellegrue was not there.", "“The harbour is safe,” Pellegrue said."],
        [("The harbour is safe", "Pellegrue", "cue")],
        id="a-word-the-article-writes-lower-case",
    ),
    pytest.param(
        ["Coach Pellegrue kept the squad.", "“The squad is ready,” Pellegrue said."],
        [("The squad is ready", "Pellegrue", "cue")],
        id="a-title-before-the-surname",
    ),
]

_GUARD_NAMES: Names = (
    _SURNAME_ONLY
    | people("Omar Lindqvist", "Lena Lindqvist", "Lena Ostrova", "Wren Haldane")
    | organisations("Harbour Pellegrue Trust")
)


@pytest.mark.parametrize(("paragraphs", "expected"), RULES)
def test_speaker_rule(paragraphs: list[str], expected: list[QuoteRow]) -> None:
    assert quote_rows(paragraphs, _SURNAME_ONLY) == expected


@pytest.mark.parametrize(("paragraphs", "expected"), GUARDS)
def test_speaker_guard(paragraphs: list[str], expected: list[QuoteRow]) -> None:
    """What must not change: two people sharing a surname, a person NER named in full, a surname inside an
    organisation's name, a byline's name before a paragraph, a longer capitalised phrase, a name never written in
    full, a function word, a common word or a title before it."""
    assert quote_rows(paragraphs, _GUARD_NAMES) == expected
