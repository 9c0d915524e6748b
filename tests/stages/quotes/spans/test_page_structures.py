"""Speakers, round 46 (issue 16): quotes attributed by a page's structure, found on ``tests/fixtures/quotes-structures``
(eight invented pages annotated blind: a live blog, a Q&A, a podcast transcript, a press conference, a social-media
round-up, a trial's testimony, a debate, a conference panel).

- A live blog's entry opens with its clock time and a dash or a colon (``18:52 — <Surname> was not impressed.``,
  ``6.52pm: ...``, ``10:05 GMT - ...``): the sentence's subject is the phrase after the stamp, so a quote paragraph
  after the entry is that subject's (``previous_sentence``), and an entry ending in a colon (``18:17 — <Name>, leader
  of the opposition group:``) introduces the next paragraph's quote (``colon``). A full name after the stamp was
  found before (a name in the paragraph before the quote): those cases are guards.

Every sentence here is invented; the rule tests fail on the base code (a1f4818), the guards pass on it."""

from __future__ import annotations

import pytest

from tests.stages.builders import Names, QuoteRow, people, quote_rows

RULES = [
    pytest.param(
        [
            "18:40 — Ada Brennick has proposed an amendment.",
            "18:52 — Brennick was not impressed by the reply.",
            "“Two days a week is a closure with extra steps.”",
        ],
        people("Ada Brennick"),
        [("Two days a week is a closure with extra steps.", "Ada Brennick", "previous_sentence")],
        id="a-24-hour-stamp-and-a-dash-then-a-surname",
    ),
    pytest.param(
        [
            "18:17 — Tobin Wrexley, leader of the opposition group:",
            "“They are the only warm room some residents sit in all day.”",
        ],
        people("Tobin Wrexley"),
        [("They are the only warm room some residents sit in all day.", "Tobin Wrexley", "colon")],
        id="a-stamped-entry-of-a-name-and-a-colon",
    ),
]

GUARDS = [
    pytest.param(
        [
            "6.52pm: Colm Darrow looked up from his notes.",
            '"We have not saved the other three branches."',
        ],
        people("Colm Darrow"),
        [("We have not saved the other three branches.", "Colm Darrow", "previous_sentence")],
        id="a-12-hour-stamp-then-a-full-name-found-before-too",
    ),
    pytest.param(
        [
            "10:05 GMT - Nadia Fenwick, the opposition leader, rose slowly.",
            "“The leader talks about buildings. These are not buildings.”",
        ],
        people("Nadia Fenwick"),
        [("The leader talks about buildings. These are not buildings.", "Nadia Fenwick", "previous_sentence")],
        id="a-stamp-with-a-time-zone-then-a-full-name-found-before-too",
    ),
    pytest.param(
        [
            "Brennick was not impressed by the reply.",
            "“Two days a week is a closure with extra steps.”",
        ],
        people("Ada Brennick"),
        [("Two days a week is a closure with extra steps.", "Ada Brennick", "previous_sentence")],
        id="the-same-entry-with-no-stamp-as-before",
    ),
    pytest.param(
        [
            "Tobin Wrexley, leader of the opposition group:",
            "“They are the only warm room some residents sit in all day.”",
        ],
        people("Tobin Wrexley"),
        [("They are the only warm room some residents sit in all day.", "Tobin Wrexley", "colon")],
        id="a-name-and-a-colon-with-no-stamp-as-before",
    ),
    pytest.param(
        [
            "18.5 percent of the budget was cut, Ada Brennick said.",
            "“It is a closure with extra steps.”",
        ],
        people("Ada Brennick"),
        [("It is a closure with extra steps.", "Ada Brennick", "previous_sentence")],
        id="a-decimal-figure-opening-a-sentence-is-no-stamp",
    ),
]


@pytest.mark.parametrize(("paragraphs", "names", "expected"), RULES)
def test_speakers_of_stamped_live_blog_entries(paragraphs: list[str], names: Names, expected: list[QuoteRow]) -> None:
    assert quote_rows(paragraphs, names) == expected


@pytest.mark.parametrize(("paragraphs", "names", "expected"), GUARDS)
def test_structure_speakers_that_must_not_change(paragraphs: list[str], names: Names, expected: list[QuoteRow]) -> None:
    assert quote_rows(paragraphs, names) == expected
