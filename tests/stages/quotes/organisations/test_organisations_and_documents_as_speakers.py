"""Speakers, round 40 (issue 16): organisations and documents as speakers, the constructions found on
``tests/fixtures/quotes-organisations2`` (ten invented articles, annotated blind).

- A possessive written with the apostrophe alone after a name ending in s (``Jones' lawyer, Irene Falk, said``,
  ``Rovers' chairman, ...``) is a possessive: the quote went to no one or to the owner.
- ``Fares rise from January, the agency said``: ``, the <noun>`` before a verb of saying is a reporting clause, not an
  appositive naming the word before the comma (``January`` had become the agency).
- ``X, the country's second-largest airline``: an appositive opened by ``the`` and a possessive calls X by its noun,
  as ``X, an airline`` does (the nearest organisation had been taken).
- ``the update said``, ``the note said``, ``the bulletin said`` are documents; a document brought in by ``The company
  disclosed ... in a blog post`` or ``Analysts at <firm> said in a note`` is issued by the company or the firm (the
  subject, read without a parse, had run on past its verb).
- ``the company said`` after ``the NTSB`` (an acronym of a board) is not the board: an organisation's kind is read
  from its full name.
- ``the foreign ministry said`` after a trade ministry is not it: a ministry's field written before its noun must be
  in the name: the ministry of that field named before, else a description (as for a ministry never named).
- ``Loomwork's statement said``, where NER tagged only ``Loomwork Technologies GmbH``: the organisation the owner's
  name opens.
- ``A spokeswoman for the fund said ... “...,” she said``: the she goes on with the unnamed spokeswoman, who speaks
  for the fund (it had gone to a woman named earlier).

Every sentence here is invented; the rule tests fail on the base code (1c44c97), the guards pass on it."""

from __future__ import annotations

import pytest

from tests.stages.builders import Names, QuoteRow, organisations, people, quote_rows

RULES = [
    pytest.param(
        ["Dean Carlow was sacked on Sunday.", "“Dean is a good man,” Jones' lawyer, Irene Falk, said."],
        [("Dean is a good man", "Irene Falk", "cue")],
        id="a-bare-apostrophe-possessive-before-a-role-and-name",
    ),
    pytest.param(
        ["Dean Carlow was sacked on Sunday.", "“Dean is a good man,” said Jones’ lawyer, Irene Falk."],
        [("Dean is a good man", "Irene Falk", "cue")],
        id="said-a-bare-apostrophe-possessive-role-and-name",
    ),
    pytest.param(
        [
            "Carlow was dismissed on Sunday, a day after a 3-0 home defeat.",
            "Rovers' chairman, Malcolm Hesketh, said the decision had been the hardest of his eight years in charge. "
            "“Dean is a good man,” he told the club's website.",
        ],
        [("Dean is a good man", "Malcolm Hesketh", "pronoun")],
        id="a-he-after-a-bare-apostrophe-possessive-subject",
    ),
    pytest.param(
        [
            "Fares on the ferries will rise from January, the agency said on Monday. The Harbor Transit Agency runs "
            "the ferries.",
            "“We have no choice,” the agency said.",
        ],
        [("We have no choice", "Harbor Transit Agency", "organisation_noun")],
        id="a-reporting-clause-is-no-appositive",
    ),
    pytest.param(
        [
            "Transandina Aerea, the country's second-largest airline, cancelled 142 flights. Skyport Group staff "
            "helped at the desks.",
            "“We apologise to every passenger,” the airline said.",
        ],
        [("We apologise to every passenger", "Transandina Aerea", "organisation_noun")],
        id="an-appositive-with-the-and-a-possessive-names-the-airline",
    ),
    pytest.param(
        [
            "Loomwork Technologies and Corvane Media were both hacked in June.",
            "The company disclosed the breach in a blog post on Wednesday, weeks after Corvane Media.",
            "“We are sorry,” the post said.",
        ],
        [("We are sorry", "Corvane Media", "organisation_noun")],
        id="the-post-is-issued-by-the-company-that-disclosed-it",
    ),
    pytest.param(
        [
            "Loomwork Technologies was hacked in June. Corvane Media was not.",
            "In an update to its post on Thursday, the company said it had been slow.",
            "“We should have acted faster,” the update said.",
        ],
        [("We should have acted faster", "Corvane Media", "organisation_noun")],
        id="the-update-is-a-document",
    ),
    pytest.param(
        [
            "Goldcrest Resources fell 4 percent. Analysts at Fenwick Brothers said in a note to clients that the "
            "change would cut earnings.",
            "“The market had not priced this in,” the note said.",
        ],
        [("The market had not priced this in", "Fenwick Brothers", "organisation_noun")],
        id="the-note-is-issued-by-the-analysts-firm",
    ),
    pytest.param(
        [
            "The National Transportation Safety Board (NTSB) faulted a train of Hollister & Wade Railroad LLC in its "
            "report. The NTSB said the rail was worn.",
            "“We accept the findings,” the company said in a statement.",
        ],
        [("We accept the findings", "Hollister & Wade Railroad LLC", "organisation_noun")],
        id="the-company-is-not-the-board-an-acronym-names",
    ),
    pytest.param(
        [
            "Korvania's Ministry of Agriculture accused Selvia. Selvia's Ministry of Trade and Industry denied it.",
            "“We expect our partners to honour commitments,” the foreign ministry said.",
        ],
        [("We expect our partners to honour commitments", "the foreign ministry", "cue")],
        id="the-foreign-ministry-is-not-the-trade-ministry",
    ),
    pytest.param(
        [
            "Korvania's Ministry of Health and Selvia's Ministry of Trade met on Monday.",
            "“We expect more cases,” the health ministry said.",
        ],
        [("We expect more cases", "Ministry of Health", "organisation_noun")],
        id="the-health-ministry-is-the-ministry-of-health-not-the-nearer-one",
    ),
    pytest.param(
        [
            "Loomwork Technologies GmbH was hacked in June. The Bavarian Data Protection Office opened an inquiry.",
            "“We are cooperating fully,” Loomwork's statement said.",
        ],
        [("We are cooperating fully", "Loomwork Technologies GmbH", "cue")],
        id="an-untagged-owner-of-a-statement-opens-the-organisations-name",
    ),
    pytest.param(
        [
            "“Our roads are destroyed,” said Abena Korsah, an assemblywoman.",
            "The International Monetary Fund has urged the government to raise revenue. A spokeswoman for the fund "
            "said it was studying the details. “We welcome the effort,” she said.",
        ],
        [
            ("Our roads are destroyed", "Abena Korsah", "cue"),
            ("We welcome the effort", "International Monetary Fund", "pronoun"),
        ],
        id="she-goes-on-with-an-unnamed-spokeswoman-for-the-fund",
    ),
]

GUARDS = [
    pytest.param(
        [
            "Thirty cars of a Hollister & Wade Railroad LLC train left the tracks near Corliss Mills.",
            "“We are sorry,” the railroad said.",
        ],
        [("We are sorry", "Hollister & Wade Railroad LLC", "organisation_noun")],
        id="a-name-holding-the-noun-before-its-legal-form-as-before",
    ),
    pytest.param(
        ["Dean Carlow was sacked on Sunday.", "“Dean is a good man,” Brenner's lawyer, Irene Falk, said."],
        [("Dean is a good man", "Irene Falk", "cue")],
        id="a-possessive-with-s-as-before",
    ),
    pytest.param(
        [
            "Korvania's Ministry of Agriculture accused Selvia. Selvia's Ministry of Trade and Industry denied it.",
            "“No truck is held,” the ministry said.",
        ],
        [("No truck is held", "Ministry of Trade and Industry", "organisation_noun")],
        id="the-ministry-is-the-nearest-ministry-as-before",
    ),
    pytest.param(
        [
            "“Our roads are destroyed,” said Abena Korsah, an assemblywoman.",
            "The International Monetary Fund has urged the government to raise revenue. A spokesman for the fund "
            "said it was studying the details. “We welcome the effort,” she said.",
        ],
        [
            ("Our roads are destroyed", "Abena Korsah", "cue"),
            ("We welcome the effort", "Abena Korsah", "pronoun"),
        ],
        id="she-after-a-spokesman-is-not-his-organisation-as-before",
    ),
    pytest.param(
        [
            "The Federal Railroad Administration will audit the records. The agency's spokeswoman, Lydia Farrow, said "
            "the work starts soon. “We will find it,” she said.",
        ],
        [("We will find it", "Lydia Farrow", "pronoun")],
        id="a-named-spokeswoman-is-that-person-as-before",
    ),
]

_NAMES: Names = {
    **people("Dean Carlow", "Irene Falk", "Malcolm Hesketh", "Abena Korsah", "Lydia Farrow"),
    "Brenner": ("Tom Brenner", "PERSON"),
    "Rovers": ("Ashworth Rovers", "PERSON"),
    "Carlow": ("Dean Carlow", "PERSON"),
    **organisations(
        "Harbor Transit Agency",
        "Transandina Aerea",
        "Skyport Group",
        "Loomwork Technologies",
        "Corvane Media",
        "Goldcrest Resources",
        "Fenwick Brothers",
        "National Transportation Safety Board",
        "Hollister & Wade Railroad LLC",
        "Corliss Mills",
        "Ministry of Agriculture",
        "Ministry of Trade and Industry",
        "Ministry of Trade",
        "Ministry of Health",
        "Loomwork Technologies GmbH",
        "International Monetary Fund",
        "Federal Railroad Administration",
        "Bavarian Data Protection Office",
    ),
    "NTSB": ("National Transportation Safety Board", "ORG"),
    "Korvania": ("Korvania", "GPE"),
    "Selvia": ("Selvia", "GPE"),
}


@pytest.mark.parametrize(("paragraphs", "expected"), RULES)
def test_speaker_rule(paragraphs: list[str], expected: list[QuoteRow]) -> None:
    assert quote_rows(paragraphs, _NAMES) == expected


@pytest.mark.parametrize(("paragraphs", "expected"), GUARDS)
def test_speaker_guard(paragraphs: list[str], expected: list[QuoteRow]) -> None:
    """What must not change: a name holding the noun before its legal form, a possessive written ’s, a ministry with
    no field written, a she after a spokesman, and a spokeswoman named before."""
    assert quote_rows(paragraphs, _NAMES) == expected
