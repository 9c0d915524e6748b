"""Speakers, organisation nouns on all readable text (issue 16, round o1): the general causes of the errors on
``organisation-nouns-dev`` (every quote attributed to an organisation noun or a document in the text a round may
read). A document is often brought in under one noun and quoted under another of its kind (``a web video by ...``,
then ``the clip says``; ``wrote a memoir``, then ``the book said``): its issuer is the one who brought it in under
any noun of the kind. A newspaper or an organisation named in full, then by the last word of its name (``a Harbor
Ledger report``, later ``a Ledger article``), is the same organisation, by its full name. A court is named with its
circuit or district (``the Calder Court of Appeals for the Twelfth Circuit``), which NER leaves off. Every sentence
is invented. Each rule case fails on the base code (57232d1); the guards pass on both."""

from __future__ import annotations

import pytest

from tests.stages.builders import Names, organisations, people
from tests.stages.builders import SpeakerRow as Row
from tests.stages.builders import speaker_rows as rows

RULES = [
    pytest.param(
        [
            "A web video by the Orchard Party Committee attacks the mayor's record on roads.",
            'The clip says the mayor "has wasted every dollar he was given."',
        ],
        organisations("Orchard Party Committee"),
        [("has wasted every dollar he was given.", "Orchard Party Committee")],
        id="clip-after-a-video-by",
    ),
    pytest.param(
        [
            "A new advertisement from the Lakeshore Transit Union ran on Sunday.",
            '"Drivers kept this city moving," the video says.',
        ],
        organisations("Lakeshore Transit Union"),
        [("Drivers kept this city moving", "Lakeshore Transit Union")],
        id="video-after-an-advertisement-from",
    ),
    pytest.param(
        [
            "Tamsin Okoro wrote a memoir of her years at the embassy.",
            '"We worked through every night that winter," the book said.',
        ],
        people("Tamsin Okoro"),
        [("We worked through every night that winter", "Tamsin Okoro")],
        id="book-after-wrote-a-memoir",
    ),
    pytest.param(
        [
            "The Harbor Ledger broke the story in March.",
            'A Ledger article from that spring was blunter. "The port is broke," the article read.',
        ],
        {"Harbor Ledger": ("Harbor Ledger", "ORG"), "Ledger": ("Ledger", "ORG")},
        [("The port is broke", "Harbor Ledger")],
        id="article-of-a-paper-named-by-its-last-word",
    ),
    pytest.param(
        [
            "Analysts at the Corrin Valley Gazette looked at the budget.",
            'A Gazette report found gaps. "The numbers do not add up," the report said.',
        ],
        {"Corrin Valley Gazette": ("Corrin Valley Gazette", "ORG"), "Gazette": ("Gazette", "ORG")},
        [("The numbers do not add up", "Corrin Valley Gazette")],
        id="report-of-a-paper-named-by-its-last-word",
    ),
    pytest.param(
        [
            "The Calder Court of Appeals for the Twelfth Circuit heard the case on Tuesday.",
            'The appeals court ruled against the county. "No county may close every poll," said the ruling.',
        ],
        organisations("Calder Court of Appeals"),
        [("No county may close every poll", "Calder Court of Appeals for the Twelfth Circuit")],
        id="court-named-with-its-circuit",
    ),
    pytest.param(
        [
            "The Tarrow District Court for the Eastern District of Calder set a date.",
            '"The trial will start in May," the court said.',
        ],
        organisations("Tarrow District Court"),
        [("The trial will start in May", "Tarrow District Court for the Eastern District of Calder")],
        id="court-named-with-its-district",
    ),
]


@pytest.mark.parametrize(("paragraphs", "names", "expected"), RULES)
def test_a_rule_of_this_round(paragraphs: list[str], names: Names, expected: list[Row]) -> None:
    assert rows(paragraphs, names) == expected


GUARDS = [
    pytest.param(
        [
            "The Delvan Water Board issued a release on Friday about the new meters.",
            '"Every home will have one by June," the statement said.',
        ],
        organisations("Delvan Water Board"),
        [("Every home will have one by June", "Delvan Water Board")],
        id="statement-after-issued-a-release-unchanged",
    ),
    pytest.param(
        [
            "A video by the Orchard Party Committee ran last week.",
            "Bram Tolley, a council member, wrote a letter to residents.",
            '"The roads come first," the letter said.',
        ],
        {**organisations("Orchard Party Committee"), **people("Bram Tolley")},
        [("The roads come first", "Bram Tolley")],
        id="a-letter-is-not-a-video",
    ),
    pytest.param(
        [
            "The Harbor Ledger and the Marlow Ledger both covered the vote.",
            'A Ledger article was blunter. "The port is broke," the article read.',
        ],
        {
            "Harbor Ledger": ("Harbor Ledger", "ORG"),
            "Marlow Ledger": ("Marlow Ledger", "ORG"),
            "Ledger": ("Ledger", "ORG"),
        },
        [("The port is broke", "Ledger")],
        id="two-papers-end-in-the-word-no-guess",
    ),
    pytest.param(
        [
            "A study by the Fenwick Institute looked at sleep.",
            '"Most adults sleep too little," the study said.',
        ],
        organisations("Fenwick Institute"),
        [("Most adults sleep too little", "Fenwick Institute")],
        id="a-study-by-unchanged",
    ),
    pytest.param(
        [
            "The Ostrander Fund for the Arts gave grants to the Harlow Museum.",
            '"Every school will get a visit," the fund said.',
        ],
        organisations("Ostrander Fund"),
        [("Every school will get a visit", "Ostrander Fund")],
        id="a-fund-for-the-arts-keeps-its-name",
    ),
]


@pytest.mark.parametrize(("paragraphs", "names", "expected"), GUARDS)
def test_what_must_not_change(paragraphs: list[str], names: Names, expected: list[Row]) -> None:
    assert rows(paragraphs, names) == expected
