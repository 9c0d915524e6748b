"""The present-tense ``claim`` and the other verb cues (``grammar.verb_cues``), from two rounds.

Quotes round 52 (issue 16): one-word quotes missed. A present-tense ``claim`` before its object is a verb of saying,
so a short span after it in its sentence is a quotation; its bare forms as a noun still make no cue. Every sentence
here is invented; the quotation cases fail on the base (977c0c1), the guards pass both ways.

Speakers, round 53 (issue 16): present-tense ``claim`` as an attribution cue; a verb of voicing before a short span.

Round 52 made a short span after a present-tense ``claim(s)`` with a determiner after it a quotation
(``words.claims_as_verb``), but the readers of its speaker did not know the word as a cue, so ``officials from the
Harbor Board, which runs the north quay, claim an “unusual” number`` found the quote and no speaker. The readers (the
clause before a quotation, the subject phrase reader, the earlier sentences) now ask one test, ``words.is_cue_at``:
a listed cue, or ``claim(s)`` in the verb's place as ``claims_as_verb`` reads it (a determiner after it; no
determiner, possessive, preposition, form of ``be``, ``of`` nor ``to`` before it).

The guards pin the noun and the ``claims that`` shapes as they were: a possessive's claims, ``the claims``, ``amid
claims``, ``there were claims``, a verb's object ``rejected claims``, ``to claim``, and ``claims that`` (whose
speaker comes from the subject as before, or from nobody).

A short span right after ``spoke of`` / ``speaks of`` / ``expressed`` / ``expresses`` / ``voiced`` is the words voiced
(``Velde spoke of “anxiety” over the fleet``), no term: its speaker is the sentence's subject, as before. With a word
between the verb and the span (``spoke of the “gig” economy``, ``expressed concern about the “gig” economy``) it is a
term as before, and a ``while ... spoke of “...”`` clause reads as before.

Every sentence here is invented; the rules fail on the base code (e9a256a), the guards pass on it and on this round's.
"""

from __future__ import annotations

import pytest

from newsprep.extract.quotes.grammar.verb_cues import claims_as_verb
from tests.stages.builders import QuoteKindRow, organisations, people, quote_kind_rows, quotes_of

NAMES = people("Dana Pell", "Arno Vos") | organisations("Harbor Board", "Kessler Forum")

RULES = [
    pytest.param(
        ["Officials from the Harbor Board, which runs the north quay, claim an “unusual” number of boats left."],
        [("unusual", "Harbor Board", "cue", "organisation")],
        id="officials-from-an-organisation-after-an-aside-claim-an",
    ),
    pytest.param(
        ["Port officials claim the new cameras bring “a calmer harbor at night.”"],
        [("a calmer harbor at night.", "Port officials", "cue", "description")],
        id="a-plural-description-claims-the",
    ),
    pytest.param(
        ["Officials from the Harbor Board claim the pier is safe for boats. “Nothing has changed since the storm.”"],
        [("Nothing has changed since the storm.", "Harbor Board", "previous_sentence", "organisation")],
        id="the-sentence-before-claims-the",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), RULES)
def test_present_tense_claim_before_its_object_is_a_cue(paragraphs: list[str], expected: list[QuoteKindRow]) -> None:
    assert quote_kind_rows(paragraphs, NAMES) == expected


GUARDS = [
    pytest.param(
        ["Pell claims that the pier is “safe for every boat we have.”"],
        [("safe for every boat we have.", "Dana Pell", "cue", "person")],
        id="a-name-claims-that",
    ),
    pytest.param(
        ["A post shared on the Kessler Forum claims that the bridge was “closed after cracks were found in the span.”"],
        [("closed after cracks were found in the span.", None, "none", None)],
        id="a-post-claims-that-names-nobody",
    ),
    pytest.param(
        ["The board acted amid claims the pier was “unsafe for the larger boats at night.”"],
        [("unsafe for the larger boats at night.", None, "none", None)],
        id="amid-claims-the",
    ),
    pytest.param(
        ["There were claims the pier was “unsafe for the larger boats at night.”"],
        [("unsafe for the larger boats at night.", None, "none", None)],
        id="there-were-claims-the",
    ),
    pytest.param(
        ["Pell rejected claims the pier was “unsafe for the larger boats at night.”"],
        [("unsafe for the larger boats at night.", "Dana Pell", "cue", "person")],
        id="a-verb-then-claims-the",
    ),
    pytest.param(
        ["His claims of a “clean and tidy harbor for all” fell apart by June."],
        [("clean and tidy harbor for all", None, "none", None)],
        id="his-claims-of",
    ),
    pytest.param(
        ["The claims the union made about “ghost shifts on the night crews” were dropped."],
        [("ghost shifts on the night crews", None, "none", None)],
        id="the-claims-the",
    ),
    pytest.param(
        ["Vos plans to claim the title of “harbor master of the year” again."],
        [("harbor master of the year", "Arno Vos", "cue", "person")],
        id="to-claim-the",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), GUARDS)
def test_claim_as_a_noun_or_before_that_reads_as_before(paragraphs: list[str], expected: list[QuoteKindRow]) -> None:
    assert quote_kind_rows(paragraphs, NAMES) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("officials claim an “x” rise", "claim", True),
        ("Pell claims these plans work", "claims", True),
        ("Pell said so", "said", True),
        ("the claims the board made", "claims", False),
        ("Pell’s claim the pier fell", "claim", False),
        ("amid claims the pier fell", "claims", False),
        ("there were claims the pier fell", "claims", False),
        ("Pell claims that the pier fell", "claims", False),
        ("a bid to claim the title", "claim", False),
        ("the claims of the union", "claims", False),
    ],
)
def test_is_cue_at(text: str, word: str, expected: bool) -> None:
    from newsprep.extract.quotes.grammar.verb_cues import (
        is_cue_at,  # new this round: imported here so the guards run on the base
    )

    start = text.index(word)
    assert is_cue_at(text, start, start + len(word)) is expected


VOICED = [
    pytest.param(
        ["In a speech in Harborton, Vos spoke of “anxiety” over the future of the fleet."],
        [("anxiety", "Arno Vos", "cue", "person")],
        id="a-name-spoke-of",
    ),
    pytest.param(
        ["Vos expressed “sympathy” with the crews."],
        [("sympathy", "Arno Vos", "cue", "person")],
        id="a-name-expressed",
    ),
    pytest.param(
        [
            "Harbor Board chair Dana Pell and Mayor Arno Vos expressed “sympathy” with the crews and called on "
            "both unions “to settle before the ferries stop running.”"
        ],
        [
            ("sympathy", "Dana Pell", "cue", "person"),
            ("to settle before the ferries stop running.", "Dana Pell", "cue", "person"),
        ],
        id="two-names-expressed-then-called-on",
    ),
    pytest.param(
        ["Vos voiced “concern” about the crews."],
        [("concern", "Arno Vos", "cue", "person")],
        id="a-name-voiced",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), VOICED)
def test_a_short_span_a_verb_of_voicing_takes_is_a_quotation(
    paragraphs: list[str], expected: list[QuoteKindRow]
) -> None:
    assert quote_kind_rows(paragraphs, NAMES) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        pytest.param(["Vos spoke of the “gig” economy at length."], [], id="spoke-of-the-term"),
        pytest.param(["Vos expressed concern about the “gig” economy."], [], id="expressed-a-noun-then-the-term"),
        pytest.param(["Vos expressed his “sympathy” with the crews."], [], id="expressed-his-term"),
        pytest.param(
            ["While Vos spoke of “a port that pays its people,” Pell shook her head."],
            [("a port that pays its people", "Arno Vos", "cue", "person")],
            id="a-while-clause-spoke-of",
        ),
    ],
)
def test_a_word_between_the_verb_of_voicing_and_the_span_keeps_it_a_term(
    paragraphs: list[str], expected: list[QuoteKindRow]
) -> None:
    assert quote_kind_rows(paragraphs, NAMES) == expected


CLAIM_NAMES = {"Dana Pell": ("Dana Pell", "PERSON"), "Pell": ("Dana Pell", "PERSON")}


def texts(paragraph: str) -> list[str]:
    return [q.text for q in quotes_of([paragraph], CLAIM_NAMES)]


@pytest.mark.parametrize(
    ("paragraph", "quoted"),
    [
        pytest.param(
            "Pell claims these plans such as the River Walk “redirect” the budget toward new piers.",
            "redirect",
            id="a-name-claims-these",
        ),
        pytest.param(
            "Officials from the harbor board, which runs the north quay, claim an “unusual” number of boats left.",
            "unusual",
            id="officials-after-an-aside-claim-an",
        ),
        pytest.param(
            "Port officials claim the new cameras help bring about a “calmer” harbor at night.",
            "calmer",
            id="officials-claim-the",
        ),
    ],
)
def test_a_short_span_after_claim_as_a_verb_is_a_quotation(paragraph: str, quoted: str) -> None:
    assert quoted in texts(paragraph)


def test_the_subject_who_claims_speaks() -> None:
    [quote] = quotes_of(["Pell claims these plans such as the River Walk “redirect” the budget."], CLAIM_NAMES)
    assert quote.speaker == "Dana Pell"


@pytest.mark.parametrize(
    "paragraph",
    [
        pytest.param("His claims of a “clean” record fell apart by June.", id="possessive-claims-of"),
        pytest.param("The board set aside the claim the pier was “safe” last spring.", id="the-claim"),
        pytest.param("The so-called “gig” economy grew again last year.", id="so-called-term"),
        pytest.param("Crews painted the “green” line along the quay on Monday.", id="a-term-before-a-noun"),
    ],
)
def test_a_short_span_without_a_speech_verb_stays_a_term(paragraph: str) -> None:
    assert texts(paragraph) == []


@pytest.mark.parametrize(
    ("left", "expected"),
    [
        ("Pell claims these plans ", True),
        ("officials claim an ", True),
        ("Claims the council ", True),
        ("his claims the ", False),
        ("Pell’s claim the ", False),
        ("a bid to claim the ", False),
        ("Pell claims that ", False),
        ("the claims of ", False),
    ],
)
def test_claims_as_verb(left: str, expected: bool) -> None:
    assert claims_as_verb(left) is expected


@pytest.mark.parametrize(
    ("paragraph", "quoted"),
    [
        pytest.param("Pell said the meeting was “good” and the talks would go on.", "good", id="said-was"),
        pytest.param("Pell called the levy “reckless” on Monday.", "reckless", id="called-it"),
        pytest.param("Pell claimed the levy was “unfair” to boat owners.", "unfair", id="claimed-past"),
    ],
)
def test_short_quotations_with_a_speech_verb_stay(paragraph: str, quoted: str) -> None:
    assert quoted in texts(paragraph)
