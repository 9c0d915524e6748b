"""Speakers, round 39 (issue 16): constructions found on ``tests/fixtures/quotes-genres2``, a second blind set of
invented articles in genres no other fixture holds (a chess title match, a tech layoff, a ransomware attack, a summit).

- ``the 31-year-old Swede said``, ``the Australian said``: one person described by nationality is the person named
  last, as ``the 45-year-old said`` is; the nationality word (tagged NORP or ORG) had been published as the speaker.
- ``the note read``: a note is a document (a ransom note, an analyst's note), its issuer the one who left it; it had
  been no document, so the quote had no speaker.
- ``In the email, which a reporter has read, Ada Roe wrote ...`` then ``the email continued``: a document
  brought in again with ``the`` after ``In`` names its issuer, and a relative clause set off after a leading
  adverbial belongs to it (the subject is the name after the clause); the email had been published as the speaker.
- ``The audit, carried out by the accounting firm Halsey & Crane, found ... “...”``, ``A readout of the meeting
  released by Kolar's office said``: a document's maker named after a participle of making or issuing it; the quote
  had gone to another organisation named earlier.

Every sentence here is invented; the rule tests fail on the base code (1c44c97), the guards pass on it."""

from __future__ import annotations

import pytest

from tests.stages.builders import Names, QuoteRow, organisations, people, quote_rows

RULES = [
    pytest.param(
        [
            "Osvaldo Quiring beat Mattias Ekwueme on Sunday. Quiring's win levelled the match.",
            "At the news conference, the 31-year-old Swede said he had been “lost, completely lost” early on.",
        ],
        [("lost, completely lost", "Osvaldo Quiring", "cue")],
        id="the-31-year-old-swede-is-the-person-named-last",
    ),
    pytest.param(
        ["Mattias Ekwueme won in straight sets.", "“It was not pretty tennis,” the Australian said."],
        [("It was not pretty tennis", "Mattias Ekwueme", "cue")],
        id="the-australian-is-the-person-named-last",
    ),
    pytest.param(
        ["Mattias Ekwueme reached the final.", "“I played my best match of the year,” the 24-year-old Spaniard said."],
        [("I played my best match of the year", "Mattias Ekwueme", "cue")],
        id="the-spaniard-tagged-an-organisation-is-the-person-named-last",
    ),
    pytest.param(
        [
            "Rafaela Montiel runs the city's computers. Black Lantern left a note on every screen in City Hall.",
            "“Your files are ours. You have seven days,” the note read.",
        ],
        [("Your files are ours. You have seven days", "Black Lantern", "organisation_noun")],
        id="the-note-read-is-the-one-who-left-it",
    ),
    pytest.param(
        [
            "Brightloom told staff in an email on Tuesday that it would cut 1,100 jobs.",
            "In the email, which this newspaper has seen, Priya Venkataraman wrote that the company grew too fast.",
            "“This is not a reflection of your work,” the email continued.",
        ],
        [("This is not a reflection of your work", "Priya Venkataraman", "cue")],
        id="in-the-email-past-a-relative-clause-names-its-writer",
    ),
    pytest.param(
        [
            "Rafaela Montiel leads the council.",
            "The audit, carried out by the accounting firm Halsey & Crane, found that the backups were “kept on the "
            "same network as everything else.”",
        ],
        [("kept on the same network as everything else.", "Halsey & Crane", "cue")],
        id="the-audit-carried-out-by-a-firm-is-the-firm",
    ),
    pytest.param(
        [
            "Aurelia Dunmore met Stefan Kolar on Friday, and the Belmora Trade Council welcomed the talks.",
            "A readout of the meeting released by Kolar’s office said the two had discussed energy.",
            "“Economic ties must benefit both sides,” the readout said.",
        ],
        [("Economic ties must benefit both sides", "Stefan Kolar", "cue")],
        id="a-readout-released-by-an-office-is-its-owner",
    ),
]

GUARDS = [
    pytest.param(
        ["Mattias Ekwueme lost the final.", "“We lost,” said the Spaniard Osvaldo Quiring."],
        [("We lost", "Osvaldo Quiring", "cue")],
        id="a-nationality-before-a-name-is-that-name-as-before",
    ),
    pytest.param(
        [
            "Rafaela Montiel chairs the board.",
            "The report, commissioned by the Harbor Council, found the fleet was “old and unsafe at sea.”",
        ],
        [("old and unsafe at sea.", None, "none")],
        id="who-commissioned-a-report-did-not-write-it-as-before",
    ),
    pytest.param(
        [
            "Rafaela Montiel chairs the board.",
            "A report on Velde Shipping published on Monday found the fleet was “old and unsafe at sea.”",
        ],
        [("old and unsafe at sea.", None, "none")],
        id="a-report-published-on-a-day-names-no-maker-as-before",
    ),
    pytest.param(
        ["On Monday, which was a holiday, Rafaela Montiel called the plan “dead on arrival.”"],
        [("dead on arrival.", "Rafaela Montiel", "cue")],
        id="a-relative-clause-after-an-opening-adverbial-as-before",
    ),
    pytest.param(
        [
            "The Harbor Council published a report on Velde Shipping.",
            "“The fleet is old,” the report said.",
        ],
        [("The fleet is old", "Harbor Council", "organisation_noun")],
        id="a-report-on-a-firm-is-not-from-it-as-before",
    ),
    pytest.param(
        ["On Monday, Rafaela Montiel called the plan “dead on arrival.”"],
        [("dead on arrival.", "Rafaela Montiel", "cue")],
        id="an-opening-adverbial-with-no-relative-clause-as-before",
    ),
]

_NAMES: Names = {
    **people(
        "Osvaldo Quiring",
        "Rafaela Montiel",
        "Mattias Ekwueme",
        "Priya Venkataraman",
        "Aurelia Dunmore",
        "Stefan Kolar",
    ),
    **organisations("Black Lantern", "Brightloom", "Halsey & Crane", "Harbor Council", "Velde Shipping"),
    "Belmora Trade Council": ("Belmora Trade Council", "ORG"),
    "Swede": ("Swede", "NORP"),
    "Australian": ("Australian", "NORP"),
    "Spaniard": ("Spaniard", "ORG"),
}


@pytest.mark.parametrize(("paragraphs", "expected"), RULES)
def test_speaker_rule(paragraphs: list[str], expected: list[QuoteRow]) -> None:
    assert quote_rows(paragraphs, _NAMES) == expected


@pytest.mark.parametrize(("paragraphs", "expected"), GUARDS)
def test_speaker_guard(paragraphs: list[str], expected: list[QuoteRow]) -> None:
    """What must not change: a nationality before a name, who commissioned a document, what a report is about, a
    participle that names no maker, an opening adverbial with or without a relative clause after it."""
    assert quote_rows(paragraphs, _NAMES) == expected
