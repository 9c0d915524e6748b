"""Speakers, round 51 (issue 16): a partial quote inside a reported clause, given to the person the clause is about.

Listed on readable real text, the quotes this lead names fall to several causes, each seen once; the one a rule
mends without moving a quote whose nearest person is right: a name opening with dotted initials (``Sen. K.D.
Velde``) was cut in two by the quote stage's sentence splitter, which broke after ``K.D.``, so a he/she in the next
sentence went to a person named later in the same sentence (``... left the meeting between Pell and other senators
early. He said Pell gave senators an “update ...”``), as if that person were nearer. Dotted initials before a
capitalised word that opens no sentence now end no sentence (the statistics stage's rules already read initials by
their shape).

The guards pin the conventions that make the nearest person right: a verb of saying or naming inside the reported
clause (``Pell said Velde called it “...”``, ``recalled Velde mentioning that “...”``, ``prompted Velde to quip``),
the subject's own words denied, ``continue`` as a cue and before an infinitive, and a he/she, ``The`` or a name after
a place written in initials still opening a sentence.

Every sentence here is invented; the rules fail on the base code (a374667), the guards pass on it and on this round's.
"""

from __future__ import annotations

import pytest

from newsprep.extract.quotes.spans.marks import sentence_starts
from tests.stages.builders import Names, QuoteKindRow, people, quote_kind_rows

VELDE_AND_PELL = people("K.D. Velde", "Dana Pell")
KARL_AND_DANA = people("Karl Velde", "Dana Pell")

RULES = [
    pytest.param(
        [
            "Sen. K.D. Velde of Ohio left the meeting between Pell and other senators early. He said Pell gave "
            "senators an “update on the talks” and took questions."
        ],
        VELDE_AND_PELL,
        [("update on the talks", "K.D. Velde", "pronoun", "person")],
        id="a-he-after-a-senator-named-with-initials-and-another-named-later",
    ),
    pytest.param(
        ["K.D. Velde left the talks with Pell early. “It was a waste of time,” he said."],
        VELDE_AND_PELL,
        [("It was a waste of time", "K.D. Velde", "pronoun", "person")],
        id="a-quote-then-he-after-a-name-with-initials",
    ),
    pytest.param(
        ["Coach T.J. Osei watched the final from the stand beside Pell. He said Pell had been “superb all season.”"],
        people("T.J. Osei", "Dana Pell"),
        [("superb all season.", "T.J. Osei", "pronoun", "person")],
        id="a-coach-named-with-initials",
    ),
]


@pytest.mark.parametrize(("paragraphs", "names", "expected"), RULES)
def test_a_he_after_a_name_with_initials_is_that_person(
    paragraphs: list[str], names: Names, expected: list[QuoteKindRow]
) -> None:
    assert quote_kind_rows(paragraphs, names) == expected


GUARDS = [
    pytest.param(
        ["Pell said Velde called the budget “reckless.”"],
        KARL_AND_DANA,
        [("reckless.", "Karl Velde", "cue", "person")],
        id="a-naming-verb-inside-the-reported-clause-is-the-clauses-person",
    ),
    pytest.param(
        ["Pell said Velde had been “reckless with the budget.”"],
        KARL_AND_DANA,
        [("reckless with the budget.", "Dana Pell", "cue", "person")],
        id="words-about-the-clauses-person-are-the-reporters",
    ),
    pytest.param(
        ["Velde denied that he was “reckless.”"],
        KARL_AND_DANA,
        [("reckless.", "Karl Velde", "cue", "person")],
        id="the-subjects-own-words-denied",
    ),
    pytest.param(
        ["A former aide recalled Velde mentioning that “the talks were dead.”"],
        KARL_AND_DANA,
        [("the talks were dead.", "Karl Velde", "cue", "person")],
        id="recalled-a-person-mentioning",
    ),
    pytest.param(
        [
            "Pell said the figures were “very good” before launching into an attack that prompted Velde to quip "
            "the hearing sounded like a “broken record.”"
        ],
        KARL_AND_DANA,
        [("very good", "Dana Pell", "cue", "person"), ("broken record.", "Karl Velde", "cue", "person")],
        id="prompted-another-to-quip",
    ),
    pytest.param(
        ["Pell will continue to push for “fair pay for every nurse.”"],
        KARL_AND_DANA,
        [("fair pay for every nurse.", "Dana Pell", "cue", "person")],
        id="continue-to-with-no-reporter-is-the-subjects",
    ),
    pytest.param(
        ["“We will win,” Pell continued."],
        KARL_AND_DANA,
        [("We will win", "Dana Pell", "cue", "person")],
        id="continued-after-a-quotation-is-a-cue",
    ),
    pytest.param(
        ["Karl Velde moved the firm to L.A. He said the move was “long overdue.”"],
        KARL_AND_DANA,
        [("long overdue.", "Karl Velde", "pronoun", "person")],
        id="a-he-after-dotted-initials-still-opens-a-sentence",
    ),
    pytest.param(
        ["Karl Velde opened an office in L.A. Pell called it “a coup for the firm.”"],
        KARL_AND_DANA,
        [("a coup for the firm.", "Dana Pell", "cue", "person")],
        id="a-name-after-a-place-in-initials",
    ),
]


@pytest.mark.parametrize(("paragraphs", "names", "expected"), GUARDS)
def test_the_clauses_own_speaker_stays(paragraphs: list[str], names: Names, expected: list[QuoteKindRow]) -> None:
    assert quote_kind_rows(paragraphs, names) == expected


SENTENCE_OPENINGS = [
    pytest.param("Sen. K.D. Velde left early. He said so.", ["Sen. K.D.", "He said s"], id="initials-open-a-name"),
    pytest.param("George H.W. Pell spoke. Velde left.", ["George H.", "Velde lef"], id="initials-inside-a-name"),
    pytest.param("They flew to L.A. He said so.", ["They flew", "He said s"], id="an-opener-after-initials"),
    pytest.param("They flew to L.A. The trip ended.", ["They flew", "The trip "], id="the-after-initials"),
    pytest.param("Gov. Ann Lee spoke. Velde left.", ["Gov. Ann ", "Velde lef"], id="a-listed-title-as-before"),
]


@pytest.mark.parametrize(("text", "openings"), SENTENCE_OPENINGS)
def test_where_the_quote_stages_sentences_open(text: str, openings: list[str]) -> None:
    assert [text[at : at + 9] for at in sentence_starts(text, 0, len(text))] == openings
