"""Speakers, round 58 (issue 16): a cue inside what an organisation or a document reports, whose subject names nobody
(``The statement recalled they had pledged to consider “...”``, ``the guild ..., contending in a submission that
the newest charts assure crews “...”``), leaves the words to that organisation
(``attribution.reporting_organisations``; seen in a US daily's, a US regional paper's and an Australian
broadcaster's stories).

- The organisation named as the reporter, or the issuer of the document that reports (``the statement noted``).
- Not when the nested subject names someone or describes a speaker (``a senior pilot told members``), and not when
  the reporter is a person (``Pell recalled they had pledged ...``).

Every sentence here is invented; the rule tests fail on the base code (fa0db0a), the guards pass on it."""

from __future__ import annotations

import pytest

from tests.stages.builders import Names, QuoteRow, organisations, people, quote_rows

COUNCIL = organisations("Harbor Council")
GUILD = organisations("Harbor Pilots Guild") | people("Dana Welk", "Tomas Brecht")

RULES = [
    pytest.param(
        [
            "The Harbor Council put out a statement after its vote. The statement recalled they had already "
            "pledged to consider “tougher action” should the ferry stop once more."
        ],
        COUNCIL,
        [("tougher action", "Harbor Council", "organisation_noun")],
        id="a-they-nobody-was-named-as-inside-a-statement",
    ),
    pytest.param(
        [
            "The fishermen were angry. The Harbor Council statement recalled they had pledged to consider “tougher "
            "action” should the ferry stop once more."
        ],
        COUNCIL,
        [("tougher action", "Harbor Council", "organisation_noun")],
        id="a-they-inside-a-statement-named-with-its-issuer",
    ),
    pytest.param(
        [
            "The Harbor Pilots Guild objects to the scheme as well, contending in a submission that the newest "
            "charts assure crews “every berth is marked correctly.”"
        ],
        GUILD,
        [("every berth is marked correctly.", "Harbor Pilots Guild", "cue")],
        id="a-thing-as-the-subject-of-a-cue-inside-an-organisation-letter",
    ),
]

GUARDS = [
    pytest.param(
        ["Dana Welk recalled they had already pledged to consider “tougher action” should the ferry stop once more."],
        GUILD,
        [("tougher action", None, "none")],
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
            "Dana Welk objects to the scheme as well, contending in a submission that the newest charts assure "
            "crews “every berth is marked correctly.”"
        ],
        GUILD,
        [("every berth is marked correctly.", None, "none")],
        id="a-person-argues-in-her-letter",
    ),
]


@pytest.mark.parametrize(("paragraphs", "names", "expected"), RULES + GUARDS)
def test_speakers_round58(paragraphs: list[str], names: Names, expected: list[QuoteRow]) -> None:
    assert quote_rows(paragraphs, names) == expected
