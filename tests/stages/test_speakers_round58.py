"""Speakers, round 58 (issue 16): a cue inside what an organisation or a document reports, whose subject names nobody
(``The statement noted they had warned they would take “...”``, ``the guild ..., arguing in its letter that the old
charts assure pilots “...”``), leaves the words to that organisation (``attribution.reporting_organisations``; seen in
a US daily's story of a council's statement and a US regional paper's story of a board's letter).

- The organisation named as the reporter, or the issuer of the document that reports (``the statement noted``).
- Not when the nested subject names someone or describes a speaker (``a senior pilot told members``), and not when
  the reporter is a person (``Pell noted they had warned ...``).

Every sentence here is invented; the rule tests fail on the base code (fa0db0a), the guards pass on it."""

from __future__ import annotations

import pytest

from tests.stages.builders import Names, QuoteRow, organisations, people, quote_rows

COUNCIL = organisations("Harbor Council")
GUILD = organisations("Harbor Pilots Guild") | people("Dana Welk", "Tomas Brecht")

RULES = [
    pytest.param(
        [
            "After a short meeting, the Harbor Council issued a statement. The statement noted they had earlier "
            "warned they would take “further firm steps” if the port shut again."
        ],
        COUNCIL,
        [("further firm steps", "Harbor Council", "organisation_noun")],
        id="a-they-nobody-was-named-as-inside-a-statement",
    ),
    pytest.param(
        [
            "The fishermen were angry. The Harbor Council statement noted they had warned they would take “further "
            "firm steps” if the port shut again."
        ],
        COUNCIL,
        [("further firm steps", "Harbor Council", "organisation_noun")],
        id="a-they-inside-a-statement-named-with-its-issuer",
    ),
    pytest.param(
        [
            "The Harbor Pilots Guild also rejects the plan, arguing in its letter that the current charts assure "
            "pilots “they are steering the proper course.”"
        ],
        GUILD,
        [("they are steering the proper course.", "Harbor Pilots Guild", "cue")],
        id="a-thing-as-the-subject-of-a-cue-inside-an-organisation-letter",
    ),
]

GUARDS = [
    pytest.param(
        ["Dana Welk noted they had earlier warned they would take “further firm steps” if the port shut again."],
        GUILD,
        [("further firm steps", None, "none")],
        id="a-person-reports-the-they",
    ),
    pytest.param(
        ["The Harbor Pilots Guild said in a letter that a senior pilot told members “the charts are wrong.”"],
        GUILD,
        [("the charts are wrong.", "a senior pilot", "cue")],
        id="a-described-speaker-inside-the-report",
    ),
    pytest.param(
        ["The Harbor Pilots Guild said in a letter that Tomas Brecht told members “the charts are wrong.”"],
        GUILD,
        [("the charts are wrong.", "Tomas Brecht", "cue")],
        id="a-named-speaker-inside-the-report",
    ),
    pytest.param(
        [
            "Dana Welk also rejects the plan, arguing in her letter that the current charts assure pilots “they are "
            "steering the proper course.”"
        ],
        GUILD,
        [("they are steering the proper course.", None, "none")],
        id="a-person-argues-in-her-letter",
    ),
]


@pytest.mark.parametrize(("paragraphs", "names", "expected"), RULES + GUARDS)
def test_speakers_round58(paragraphs: list[str], names: Names, expected: list[QuoteRow]) -> None:
    assert quote_rows(paragraphs, names) == expected
