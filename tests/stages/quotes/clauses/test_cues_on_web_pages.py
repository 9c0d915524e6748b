"""Speakers, round 45 (issue 16): the cue class on web pages, found on ``tests/fixtures/quotes-webcues`` (ten invented
web pages annotated blind).

- The name of a speaker set off between two commas after a description is the name alone, however long the aside
  after the second comma (``Acme’s head of sales, Jane Doe, who joined in 2019 ..., told``).
- A job title in Title Case after a possessive is a description as a lower-case one is (``the Trust's Fundraising
  Director, <Name>``, ``Acme's Chief Operating Officer, <Name>, said``): the speaker is the name after it.
- An office in Title Case with what it is held in (``Cathaoirleach of <Council>``, ``Pro-Vice-Chancellor for
  Research``), a comma and a titled or given name: the speaker is the name.
- A number inside an organisation's name before a title does not end an inverted cue's phrase (``said Local 414
  President <Name>``).
- Entities: the British, Irish and Indian titles of elected members (``Cllr``, ``MLA``, ``MP``, ``MEP``) are cut from
  a person's name, and a span opening with ``Cllr``, ``Councillor`` or ``MLA`` tagged ORG is a person's;
  ``Head of <Portfolio> <Name>`` tagged one ORG is the person after the portfolio.

Every sentence here is invented; the rule tests fail on the base code (e9ab4ea), the guards pass on it."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from tests.stages.builders import Names, QuoteRow, organisations, people, quote_rows
from tests.stages.entities.test_entity_titles import Wanted, people_and_mentions

RULES = [
    pytest.param(
        [
            "Acme’s head of sales, Jane Doe, who joined in 2019 after a decade at a rival, told TechDaily that the "
            "firm had “never been busier.”"
        ],
        {**people("Jane Doe"), **organisations("Acme")},
        [("never been busier.", "Jane Doe", "cue")],
        id="a-relative-clause-after-the-name-between-commas",
    ),
    pytest.param(
        ['"Every pound counts," added the Trust\'s Fundraising Director, Imran Velde.'],
        {**people("Imran Velde"), **organisations("Trust")},
        [("Every pound counts", "Imran Velde", "cue")],
        id="a-title-case-job-title-after-a-possessive-inverted",
    ),
    pytest.param(
        ["Cathaoirleach of Dunmore County Council, Cllr Orla Quinlan, said: “The bins will be emptied.”"],
        {**people("Orla Quinlan"), **organisations("Dunmore County Council")},
        [("The bins will be emptied.", "Orla Quinlan", "colon")],
        id="an-office-of-a-council-then-a-titled-name",
    ),
    pytest.param(
        ["Deputy Director of Planning, Samuel Okafor, said: “The plan is fair.”"],
        people("Samuel Okafor"),
        [("The plan is fair.", "Samuel Okafor", "colon")],
        id="an-office-of-a-department-then-a-given-name",
    ),
    pytest.param(
        ['"We want it in writing," said Local 212 President Gus Marek.'],
        {**people("Gus Marek"), **organisations("Local 212")},
        [("We want it in writing", "Gus Marek", "cue")],
        id="a-union-locals-number-before-a-title",
    ),
    pytest.param(
        ['"The road is a disgrace," said Ward 5 Councillor Amy Brandt.'],
        people("Amy Brandt"),
        [("The road is a disgrace", "Amy Brandt", "cue")],
        id="a-wards-number-before-a-title",
    ),
]

GUARDS = [
    pytest.param(
        [
            "Pro-Vice-Chancellor for Research, Professor Ingrid Solheim, said the award mattered.",
            "“It is a big day,” she said.",
        ],
        people("Ingrid Solheim"),
        [("It is a big day", "Ingrid Solheim", "pronoun")],
        id="an-office-for-a-portfolio-then-a-titled-name-then-she-as-before",
    ),
    pytest.param(
        ["The bakery’s owner, Tariq Hollis, a baker for thirty years, said the rent had “doubled overnight.”"],
        people("Tariq Hollis"),
        [("doubled overnight.", "Tariq Hollis", "cue")],
        id="a-second-appositive-after-the-name-as-before",
    ),
    pytest.param(
        ["Brightmoor's Chief Operating Officer, Dana Pell, said the plant was “running at full tilt.”"],
        {**people("Dana Pell"), **organisations("Brightmoor")},
        [("running at full tilt.", "Dana Pell", "cue")],
        id="a-title-case-job-title-before-the-cue-as-before",
    ),
    pytest.param(
        ["Acme’s head of sales, Jane Doe, said the firm had “never been busier.”"],
        {**people("Jane Doe"), **organisations("Acme")},
        [("never been busier.", "Jane Doe", "cue")],
        id="a-name-between-two-commas-as-before",
    ),
    pytest.param(
        ["Mara Quinlan, President Veltro Systems Europe, says the deal is “done.”"],
        people("Mara Quinlan"),
        [("done.", "Mara Quinlan", "cue")],
        id="a-name-then-a-title-case-title-as-before",
    ),
    pytest.param(
        ["The University of Tasman, Hobart, said the course would “close in June.”"],
        organisations("University of Tasman"),
        [("close in June.", "University of Tasman", "cue")],
        id="an-organisation-of-a-place-then-a-town-is-no-office",
    ),
    pytest.param(
        ["Ruth Okonjo, who has run the shelter since 2010, said it was “full every night.”"],
        people("Ruth Okonjo"),
        [("full every night.", "Ruth Okonjo", "cue")],
        id="a-name-then-a-relative-clause-as-before",
    ),
    pytest.param(
        [
            "The chipmaker Qinfeng Semiconductor, based in Hefei, declined to comment; its spokesman, Liu Yang, said "
            "only that the firm was “busy with its own customers”."
        ],
        {**people("Liu Yang"), **organisations("Qinfeng Semiconductor"), "Hefei": ("Hefei", "GPE")},
        [("busy with its own customers", "Qinfeng Semiconductor", "cue")],
        id="a-lower-case-phrase-between-commas-is-no-name-as-before",
    ),
    pytest.param(
        ['"It went well," said Tomas Velde of the vote.'],
        people("Tomas Velde"),
        [("It went well", "Tomas Velde", "cue")],
        id="an-inverted-cue-then-a-name-as-before",
    ),
]


@pytest.mark.parametrize(("paragraphs", "names", "expected"), RULES)
def test_cue_speakers_on_web_pages(paragraphs: list[str], names: Names, expected: list[QuoteRow]) -> None:
    assert quote_rows(paragraphs, names) == expected


@pytest.mark.parametrize(("paragraphs", "names", "expected"), GUARDS)
def test_cue_speakers_that_must_not_change(paragraphs: list[str], names: Names, expected: list[QuoteRow]) -> None:
    assert quote_rows(paragraphs, names) == expected


ENTITY_RULES = [
    pytest.param(
        "Cllr Tom Garvey voted against the motion.",
        [("Cllr Tom Garvey", "PERSON")],
        {("Tom Garvey", "PERSON")},
        id="cllr-before-a-name",
    ),
    pytest.param(
        "MLA Sunita Rane visited the ward on Monday.",
        [("MLA Sunita Rane", "PERSON")],
        {("Sunita Rane", "PERSON")},
        id="mla-before-a-name",
    ),
    pytest.param(
        "Labour MP Helen Ashdown spoke in the debate.",
        [("MP Helen Ashdown", "PERSON")],
        {("Helen Ashdown", "PERSON")},
        id="mp-before-a-name",
    ),
    pytest.param(
        "The firm's Head of Partnerships Beatriz Ocampo trains installers.",
        [("Partnerships Beatriz Ocampo", "ORG")],
        {("Beatriz Ocampo", "PERSON")},
        id="head-of-a-portfolio-then-a-person-tagged-org",
    ),
    pytest.param(
        "Cllr Orla Brandt chaired the meeting. Later Cllr Brandt said the vote was close.",
        [("Cllr Orla Brandt", "PERSON"), ("Cllr Brandt", "ORG")],
        {("Orla Brandt", "PERSON")},
        id="cllr-and-a-surname-tagged-org",
    ),
    pytest.param(
        "Cllr Aoife Brennan opened the depot.",
        [("Cllr Aoife", "ORG"), ("Brennan", "PERSON")],
        {("Aoife Brennan", "PERSON")},
        id="cllr-and-a-given-name-tagged-org-apart-from-the-surname",
    ),
]

ENTITY_GUARDS = [
    pytest.param(
        "She is Head of Research Grace Foundation's new lab.",
        [("Research Grace Foundation", "ORG")],
        {("Research Grace Foundation", "ORG")},
        id="head-of-an-organisation-named-after-a-person",
    ),
    pytest.param(
        "He was Head of Goldman Sachs Asset Management.",
        [("Goldman Sachs Asset Management", "ORG")],
        {("Goldman Sachs Asset Management", "ORG")},
        id="head-of-a-company",
    ),
    pytest.param(
        "Councilwoman Teresa Reyes opened the session.",
        [("Councilwoman Teresa Reyes", "PERSON")],
        {("Teresa Reyes", "PERSON")},
        id="a-us-council-title-as-before",
    ),
    pytest.param(
        "The Councillor Services Board met on Monday.",
        [("Councillor Services Board", "ORG")],
        {("Councillor Services Board", "ORG")},
        id="an-organisation-opening-with-a-members-title",
    ),
]


@pytest.mark.parametrize(("body", "wanted", "expected"), ENTITY_RULES)
def test_titles_of_web_pages_leave_the_person(body: str, wanted: Sequence[Wanted], expected: set[object]) -> None:
    assert people_and_mentions(body, wanted)[0] == expected


@pytest.mark.parametrize(("body", "wanted", "expected"), ENTITY_GUARDS)
def test_entities_that_must_not_change(body: str, wanted: Sequence[Wanted], expected: set[object]) -> None:
    assert people_and_mentions(body, wanted)[0] == expected
