"""Speakers, round 25 (issue 16): a pronoun subject with ``be`` or ``have`` run into it (``She’s claiming that the
cuts are “...”``, ``He’s warned that ...``) was read as one word: not a pronoun, so a progressive speech verb after it
made no cue and the quote was published with no speaker, or, with a past cue, the speaker was the bare ``She``. Seen
in PolNeAR dev (a rally report, two rows). Every sentence here is invented, in several styles; each rule case fails on
the base code (dedbb32), the guards pass on both."""

from __future__ import annotations

import pytest

from tests.stages.builders import Names, QuoteRow, people, quote_rows

RULES = [
    pytest.param(
        [
            "Ilse Varga spoke to grain farmers in Dunmore on Friday.",
            "She’s claiming that the subsidy cuts are “a disaster for every family farm” but “nobody in the capital "
            "will listen.”",
        ],
        people("Ilse Varga"),
        [
            ("a disaster for every family farm", "Ilse Varga", "cue"),
            ("nobody in the capital will listen.", "Ilse Varga", "cue"),
        ],
        id="she-s-claiming-in-curly-marks",
    ),
    pytest.param(
        [
            "Coach Tomasz Wierzba faced reporters after the semi-final loss.",
            'He\'s promising "a different team on Saturday" and more minutes for the juniors.',
        ],
        people("Tomasz Wierzba"),
        [("a different team on Saturday", "Tomasz Wierzba", "cue")],
        id="he-s-promising-in-straight-marks",
    ),
    pytest.param(
        [
            "Defence lawyer Renske Oduya left the courthouse without comment.",
            "She’s said the charges are “built on one witness who changed her story.”",
        ],
        people("Renske Oduya"),
        [("built on one witness who changed her story.", "Renske Oduya", "pronoun")],
        id="she-s-said-is-not-the-speaker-she",
    ),
]

GUARDS = [
    pytest.param(
        [
            "Defence lawyer Renske Oduya left the courthouse without comment.",
            "She is claiming that the charges are “built on one witness who changed her story.”",
        ],
        people("Renske Oduya"),
        [("built on one witness who changed her story.", "Renske Oduya", "cue")],
        id="she-is-claiming-unchanged",
    ),
    pytest.param(
        [
            "Ilse Varga spoke to grain farmers in Dunmore on Friday.",
            "Varga’s stressing of “fair prices for every tonne” drew applause from the hall.",
        ],
        people("Ilse Varga"),
        [("fair prices for every tonne", "Ilse Varga", "cue")],
        id="a-name-s-gerund-unchanged",
    ),
    pytest.param(
        [
            "Coach Tomasz Wierzba faced reporters after the semi-final loss.",
            "“We were second to every ball,” he’d tell the club’s radio station later.",
        ],
        people("Tomasz Wierzba"),
        [("We were second to every ball", "Tomasz Wierzba", "pronoun")],
        id="he-d-still-a-pronoun",
    ),
]


@pytest.mark.parametrize(("paragraphs", "names", "expected"), RULES)
def test_rules(paragraphs: list[str], names: Names, expected: list[QuoteRow]) -> None:
    assert quote_rows(paragraphs, names) == expected


@pytest.mark.parametrize(("paragraphs", "names", "expected"), GUARDS)
def test_guards(paragraphs: list[str], names: Names, expected: list[QuoteRow]) -> None:
    assert quote_rows(paragraphs, names) == expected
