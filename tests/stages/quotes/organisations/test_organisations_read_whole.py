"""Speakers, round 50 (issue 16): the speaker's canonical name on readable real text.

Counted over every readable dev set and the audit pools, the one name-form cause seen in two articles of two sources
that a rule can mend without moving another set: an organisation NER tagged whole, published as its first word
because the phrase reader after the cue (``according to X``, ``said X``) stopped inside the name, at a lower-case
connector (``Coalition`` of ``Coalition to Save Our Libraries``) or at its word limit right before one (``Markets``
of ``Markets and Exchange Authority``). The phrase is now widened to the end of that name; a lead-in naming nobody
before it, a number hyphened to a noun among its words (``a 40-page complaint filed by the federal``), is left out.

The guards pin what must not move: a person named before the organisation keeps the quote; an organisation followed by
lower-case words is not lengthened; a role held for an organisation stays a description; and stop 52's open lead (a
``he added`` right after a spokesman's own ``he said``), right at base wherever readable text holds it, stays right.

Every sentence here is invented; the rules fail on the base code (07a079a), the guards pass on it and on this round's.
"""

from __future__ import annotations

import pytest

from tests.stages.builders import Names, QuoteKindRow, organisations, people, quote_kind_rows

HARBOUR_BOARD = organisations("Harbour and Estuary Board")
PELL_AND_BOARD = {**HARBOUR_BOARD, **people("Dana Pell")}

RULES = [
    pytest.param(
        [
            "According to a 40-page civil complaint filed by the federal Markets and Exchange Authority and a second "
            "complaint by Calder, the developers ran a “slow and careful theft” for eight years."
        ],
        {**organisations("Markets and Exchange Authority"), "Calder": ("Calder", "GPE")},
        [("slow and careful theft", "Markets and Exchange Authority", "according_to", "organisation")],
        id="according-to-a-name-cut-by-the-word-limit-before-its-and",
    ),
    pytest.param(
        [
            "Some 3,000 libraries stayed open late for a nationwide “read-in,” according to the organiser "
            "Coalition to Save Our Libraries (CSOL)."
        ],
        organisations("Coalition to Save Our Libraries"),
        [("read-in", "Coalition to Save Our Libraries", "according_to", "organisation")],
        id="according-to-a-name-cut-at-its-to",
    ),
    pytest.param(
        ["“Nobody will lose a job,” said the Harbour and Estuary Board."],
        HARBOUR_BOARD,
        [("Nobody will lose a job", "Harbour and Estuary Board", "cue", "organisation")],
        id="an-inverted-cue-before-a-name-with-and",
    ),
    pytest.param(
        ["“Nobody will lose a job,” said the Board of Harbour and Estuary Pilots."],
        organisations("Board of Harbour and Estuary Pilots"),
        [("Nobody will lose a job", "Board of Harbour and Estuary Pilots", "cue", "organisation")],
        id="an-inverted-cue-before-a-name-with-of-and-and",
    ),
    pytest.param(
        ["“Prices will rise,” said Velde and Sons, the builder."],
        organisations("Velde and Sons"),
        [("Prices will rise", "Velde and Sons", "cue", "organisation")],
        id="a-firm-named-for-a-family-is-no-person",
    ),
    pytest.param(
        ["“Nobody will lose a job,” said a spokeswoman for the Harbour and Estuary Board."],
        HARBOUR_BOARD,
        [("Nobody will lose a job", "Harbour and Estuary Board", "cue", "organisation")],
        id="a-spokeswoman-for-a-name-with-and",
    ),
]


@pytest.mark.parametrize(("paragraphs", "names", "expected"), RULES)
def test_an_organisation_cut_at_its_head_is_read_whole(
    paragraphs: list[str], names: Names, expected: list[QuoteKindRow]
) -> None:
    assert quote_kind_rows(paragraphs, names) == expected


GUARDS = [
    pytest.param(
        ["“Nobody will lose a job,” said Dana Pell of the Harbour and Estuary Board."],
        PELL_AND_BOARD,
        [("Nobody will lose a job", "Dana Pell", "cue", "person")],
        id="a-person-before-the-organisation-keeps-the-quote",
    ),
    pytest.param(
        ["“Nobody will lose a job,” according to Dana Pell, chair of the Harbour and Estuary Board."],
        PELL_AND_BOARD,
        [("Nobody will lose a job", "Dana Pell", "according_to", "person")],
        id="according-to-a-person-and-her-organisation",
    ),
    pytest.param(
        ["“The reef is recovering,” according to the Reef Trust and its divers."],
        organisations("Reef Trust"),
        [("The reef is recovering", "Reef Trust", "according_to", "organisation")],
        id="an-organisation-followed-by-lower-case-words-is-not-lengthened",
    ),
    pytest.param(
        [
            "The Harbour and Estuary Board said it would appeal. “Nobody will lose a job,” the Harbour and Estuary "
            "Board said."
        ],
        HARBOUR_BOARD,
        [("Nobody will lose a job", "Harbour and Estuary Board", "cue", "organisation")],
        id="a-name-with-and-before-its-cue",
    ),
    pytest.param(
        ["“Nobody will lose a job,” said a lawyer for the Harbour Board."],
        organisations("Harbour Board"),
        [("Nobody will lose a job", "a lawyer for the Harbour Board", "cue", "description")],
        id="a-role-held-for-an-organisation-is-a-description",
    ),
    pytest.param(
        ["According to a 40-page report by the Reef Trust, the coral is “recovering faster than feared.”"],
        organisations("Reef Trust"),
        [("recovering faster than feared.", "Reef Trust", "according_to", "organisation")],
        id="a-number-hyphened-to-a-noun-before-an-uncut-organisation",
    ),
    pytest.param(
        [
            "Harbour spokesman Tobias Renn said the ferry would run on Friday.",
            "“We have checked every hull,” he said. “Nobody will sail in a storm,” he added.",
        ],
        people("Tobias Renn"),
        [
            ("We have checked every hull", "Tobias Renn", "pronoun", "person"),
            ("Nobody will sail in a storm", "Tobias Renn", "pronoun", "person"),
        ],
        id="he-added-after-a-named-spokesman-s-he-said",
    ),
    pytest.param(
        [
            "A spokesman for Calder Ports said the ferry would run on Friday after talks with the skipper, Aldo "
            "Brisk. “We have checked every hull,” he said.",
            "“Nobody will sail in a storm,” he added.",
        ],
        {**organisations("Calder Ports"), **people("Aldo Brisk")},
        [
            ("We have checked every hull", "Calder Ports", "pronoun", "organisation"),
            ("Nobody will sail in a storm", "Calder Ports", "pronoun", "organisation"),
        ],
        id="he-added-after-an-unnamed-spokesman-with-a-man-named-between",
    ),
]


@pytest.mark.parametrize(("paragraphs", "names", "expected"), GUARDS)
def test_speakers_that_must_not_change(paragraphs: list[str], names: Names, expected: list[QuoteKindRow]) -> None:
    assert quote_kind_rows(paragraphs, names) == expected
