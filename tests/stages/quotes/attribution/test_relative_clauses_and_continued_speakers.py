"""Speakers, round 20 (issue 16): what a third dev set of real Australian broadcast news (``lee-quotes-dev3``) showed,
taken as general causes. A relative clause after a subject names nobody (``Kerrigan, who has been out since
October, says``: not October), and a date alone is no name; ``Shortly after ...,`` opens an adverbial however long,
not a subject; a he/she, or a quote with no attribution, goes on with the paragraph's earlier speaker only while no
sentence (or clause of contrast) in between makes another named person its subject, since a text that joined its
paragraphs is one paragraph long; a he/she before a clause of contrast does not hide the name that opens it. Every
sentence here is invented, in several styles (sport, politics, business, local news); each rule case fails on main's
code (1e2d9ae), the guards pass on both."""

from __future__ import annotations

import pytest

from tests.stages.builders import Names, organisations, people
from tests.stages.builders import QuoteKindRow as Row
from tests.stages.builders import quote_kind_rows as rows


@pytest.mark.parametrize(
    ("paragraphs", "names", "expected"),
    [
        pytest.param(
            [
                "Kerrigan lost the final in four sets. Kerrigan, who has been out injured since October, says he"
                ' was upset. "I wanted to win it for the crowd," he said.'
            ],
            people("Dale Kerrigan"),
            [("I wanted to win it for the crowd", "Dale Kerrigan", "pronoun", "person")],
            id="a-relative-clause-after-the-subject-names-nobody-sport",
        ),
        pytest.param(
            [
                'Lumen posted its results. Holm, who joined the firm in June, says sales are up. "It was a strong'
                ' quarter," she said.'
            ],
            people("Ada Holm"),
            [("It was a strong quarter", "Ada Holm", "pronoun", "person")],
            id="a-relative-clause-after-the-subject-names-nobody-business",
        ),
        pytest.param(
            [
                "Shortly after storm winds hit the northern coast and the river flooded the main road, Brandt gave a"
                ' speech, telling voters a "new start" had begun.'
            ],
            people("Ilse Brandt"),
            [("new start", "Ilse Brandt", "cue", "person")],
            id="a-long-adverbial-opened-by-shortly-after",
        ),
        pytest.param(
            ['Soon after the vote, Mayor Ilse Brandt made a speech, telling voters a "new start" had begun.'],
            people("Ilse Brandt"),
            [("new start", "Ilse Brandt", "cue", "person")],
            id="an-adverbial-opened-by-soon-after",
        ),
        pytest.param(
            [
                '"We were proud to win," said Tomas Reyes, the team captain. A rider from the southern club, Ilan'
                ' Petrov, summed it up in a phrase. "The road was long and the hills were cruel," he said.'
            ],
            people("Tomas Reyes", "Ilan Petrov"),
            [
                ("We were proud to win", "Tomas Reyes", "cue", "person"),
                ("The road was long and the hills were cruel", "Ilan Petrov", "pronoun", "person"),
            ],
            id="a-described-person-named-in-apposition-takes-over-sport",
        ),
        pytest.param(
            [
                '"We will vote no," said Senator Kai Lund. Opposition whip Omar Haddad rejected the claim. "The'
                ' numbers are ours," he said.'
            ],
            people("Kai Lund", "Omar Haddad"),
            [
                ("We will vote no", "Kai Lund", "cue", "person"),
                ("The numbers are ours", "Omar Haddad", "pronoun", "person"),
            ],
            id="a-named-subject-takes-over-politics",
        ),
        pytest.param(
            [
                'Aides said she was worn out, however Rena Voss lashed out at the press. "Why ask her again?" she asked'
                " reporters."
            ],
            people("Rena Voss"),
            [("Why ask her again?", "Rena Voss", "pronoun", "person")],
            id="a-clause-of-contrast-opens-with-a-new-subject",
        ),
        pytest.param(
            [
                'Aron Pike lost in four sets. Pike says he was upset. "I am so let down by it all," he said. Coach Tom'
                " Dolan has defended the choice to play Kell on Friday, saying Kell had been unsure all week."
                ' "There was no promise he could play. I tell you he fought hard. "There was no promise at all."'
                " Kell did not come to the media."
            ],
            people("Aron Pike", "Tom Dolan"),
            [
                ("I am so let down by it all", "Aron Pike", "pronoun", "person"),
                (
                    "There was no promise he could play. I tell you he fought hard.",
                    "Tom Dolan",
                    "previous_sentence",
                    "person",
                ),
                ("There was no promise at all.", "Tom Dolan", "continuation", "person"),
            ],
            id="an-unattributed-quote-after-a-new-named-subject-is-not-a-continuation",
        ),
        pytest.param(
            [
                '"The hall will reopen in May," said council manager Ruth Okafor. Local builder Sam Vella says the'
                ' repairs were rushed. "Nobody checked the beams."'
            ],
            people("Ruth Okafor", "Sam Vella"),
            [
                ("The hall will reopen in May", "Ruth Okafor", "cue", "person"),
                ("Nobody checked the beams.", "Sam Vella", "previous_sentence", "person"),
            ],
            id="an-unattributed-quote-after-a-new-named-subject-local-news",
        ),
        pytest.param(
            [
                "According to Norvane.com, a leading anti-spam email software company, the worm is spreading fast. It"
                ' gets in through the Outlook program made by Microsoft. The worm, the company warned, "can wipe'
                ' files from your disk".'
            ],
            organisations("Norvane.com", "Outlook", "Microsoft"),
            [("can wipe files from your disk", "Norvane.com", "organisation_noun", "organisation")],
            id="a-long-appositive-calls-the-organisation-a-company",
        ),
        pytest.param(
            [
                "According to Norvane.com, a leading anti-spam email software company, the worm is spreading fast. It"
                ' gets in through the Outlook program made by Microsoft. The worm, the company warned, "can wipe'
                ' files from your disk".'
            ],
            organisations("Outlook", "Microsoft"),
            [("can wipe files from your disk", "Norvane.com", "organisation_noun", "organisation")],
            id="an-untagged-web-name-a-long-appositive-calls-a-company",
        ),
        pytest.param(
            [
                "Tallis Marine, a small family-owned ferry repair company, lost the contract. The job went to"
                ' Kestrel Air. "We will appeal the decision," the company said.'
            ],
            organisations("Kestrel Air"),
            [("We will appeal the decision", "Tallis Marine", "organisation_noun", "organisation")],
            id="an-untagged-name-a-long-appositive-calls-a-company-business",
        ),
        pytest.param(
            [
                'The Korvan Front held a rally on Sunday. "The marches will go on until the last road is open," a'
                " militant from the group shouted to marchers."
            ],
            organisations("Korvan Front"),
            [
                (
                    "The marches will go on until the last road is open",
                    "a militant from the group",
                    "cue",
                    "description",
                )
            ],
            id="a-militant-from-a-group-is-a-description-not-the-group",
        ),
        pytest.param(
            ['The Tarn Valley Union met on Monday. "We will not sign," a dockworker from the union told reporters.'],
            organisations("Tarn Valley Union"),
            [("We will not sign", "a dockworker from the union", "cue", "description")],
            id="an-agent-noun-by-its-ending-from-a-union-is-a-description",
        ),
    ],
)
def test_round_20_rules(paragraphs: list[str], names: Names, expected: list[Row]) -> None:
    assert rows(paragraphs, names) == expected


@pytest.mark.parametrize(
    ("paragraphs", "names", "expected"),
    [
        pytest.param(
            ['"We won," Rena Voss said, but the crowd left early. "It was a good day," she said.'],
            people("Rena Voss"),
            [("We won", "Rena Voss", "cue", "person"), ("It was a good day", "Rena Voss", "pronoun", "person")],
            id="a-clause-of-contrast-naming-nobody-keeps-the-speaker",
        ),
        pytest.param(
            ['"The plan is sound," said Dana Pell. The crowd cheered for a long time. "We start on Monday," she said.'],
            people("Dana Pell"),
            [
                ("The plan is sound", "Dana Pell", "cue", "person"),
                ("We start on Monday", "Dana Pell", "pronoun", "person"),
            ],
            id="narration-naming-nobody-keeps-the-speaker",
        ),
        pytest.param(
            ['"We lost," said Tom Dolan. Dolan praised the young side. "They will learn," he said.'],
            people("Tom Dolan"),
            [("We lost", "Tom Dolan", "cue", "person"), ("They will learn", "Tom Dolan", "pronoun", "person")],
            id="the-same-person-as-the-subject-keeps-the-speaker",
        ),
        pytest.param(
            ['Kelly, the club captain, says the side will appeal. "We were robbed," Kelly said.'],
            people("Ben Kelly"),
            [("We were robbed", "Ben Kelly", "cue", "person")],
            id="a-name-ending-in-ly-is-still-a-name",
        ),
        pytest.param(
            ['Mayor Ilse Brandt, who took office in March, said the budget was tight. "We must cut," she said.'],
            people("Ilse Brandt"),
            [("We must cut", "Ilse Brandt", "pronoun", "person")],
            id="a-full-name-before-a-relative-clause",
        ),
        pytest.param(
            [
                "Harbour Freight, a family-run regional road and rail transport company, lost the tender. The"
                ' contract went to Kestrel Air. "We will appeal the decision," the company said.'
            ],
            organisations("Harbour Freight", "Kestrel Air"),
            [("We will appeal the decision", "Harbour Freight", "organisation_noun", "organisation")],
            id="a-long-appositive-and-the-subject-agree",
        ),
        pytest.param(
            ['Norvane, a software company, sold its unit to Kestrel Air. "We are glad to grow," the company said.'],
            organisations("Norvane", "Kestrel Air"),
            [("We are glad to grow", "Norvane", "organisation_noun", "organisation")],
            id="a-short-appositive-still-calls-the-organisation-a-company",
        ),
        pytest.param(
            ['The Korvan Front held a rally on Sunday. "The marches will go on," a spokesman for the group said.'],
            organisations("Korvan Front"),
            [("The marches will go on", "Korvan Front", "organisation_noun", "organisation")],
            id="a-spokesman-for-the-group-still-speaks-for-it",
        ),
    ],
)
def test_round_20_guards(paragraphs: list[str], names: Names, expected: list[Row]) -> None:
    assert rows(paragraphs, names) == expected
