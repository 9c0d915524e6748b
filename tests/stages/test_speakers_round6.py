"""Speakers and quote spans, round 6 (issue 16): which quotes are the two parts of one split quote. Every sentence
here is invented."""

from __future__ import annotations

import pytest

from tests.stages.test_quotes import quotes_of, summary

PELL = {"Dana Pell": ("Dana Pell", "PERSON"), "Pell": ("Dana Pell", "PERSON")}


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        pytest.param(
            "“The bridge will close,” Pell said, adding that repairs would take “several more weeks.”",
            [
                ("The bridge will close", "Dana Pell", "direct", 1),
                ("several more weeks.", "Dana Pell", "partial", 1),
            ],
            id="participle-clause",
        ),
        pytest.param(
            "“We need a new plan,” Pell said, arguing that the town deserves a “grown-up” budget.",
            [
                ("We need a new plan", "Dana Pell", "direct", 1),
                ("grown-up", "Dana Pell", "partial", 1),
            ],
            id="embedded-term",
        ),
        pytest.param(
            "Farmers “lost the whole harvest,” Pell said, and still “paid for the seed out of pocket.”",
            [
                ("lost the whole harvest", "Dana Pell", "partial", 1),
                ("paid for the seed out of pocket.", "Dana Pell", "partial", 1),
            ],
            id="coordinated-clause",
        ),
    ],
)
def test_a_quote_inside_the_clause_after_an_attribution_is_not_a_second_part(
    paragraph: str, expected: list[tuple[str, str | None, str, int]]
) -> None:
    assert summary(quotes_of([paragraph], PELL)) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "The council did “far too little,” Pell said on the radio. “Without a new budget the pool stays shut.”",
        "The shelters are “running out of beds,” says Dana Pell. “We turned away nine families last week.”",
    ],
)
def test_a_partial_quote_and_the_sentence_quoted_after_its_attribution_are_two_quotes(paragraph: str) -> None:
    quotes = quotes_of([paragraph], PELL)
    assert [(q.part_count, q.speaker) for q in quotes] == [(1, "Dana Pell"), (1, "Dana Pell")]


@pytest.mark.parametrize(
    "paragraph",
    [
        "“The bridge will close,” Pell said. “Repairs take weeks.”",
        "“The bridge will close,” Pell said on Monday, “and repairs take weeks.”",
        "“The bridge,” Pell said, “will close for repairs.”",
    ],
)
def test_a_split_quote_is_still_one_quote(paragraph: str) -> None:
    quotes = quotes_of([paragraph], PELL)
    assert [(q.part_count, q.speaker) for q in quotes] == [(2, "Dana Pell")]


@pytest.mark.parametrize(
    "paragraph",
    [
        "“We need change,” said the Vermont businessman, who has never held office.",
        "The Vermont businessman, arguing for a “common-sense” budget, spoke for an hour.",
    ],
)
def test_a_place_describing_a_speaker_is_not_the_speaker(paragraph: str) -> None:
    names = {"Vermont": ("Vermont", "GPE"), "Dana Pell": ("Dana Pell", "PERSON")}
    quotes = quotes_of(["Dana Pell spoke on Monday.", paragraph], names)
    assert [q.speaker for q in quotes] == [None]
