"""Issue 17, detection round 2, beside the back-references: a number word counted by the words before it ('room for
eight', 'Of the 12 riders ..., seven were Dutch') or by a count earlier in its sentence ('nine tax bands, up from
three'); counts that only announce a list or measure a phrase ('two things matter', 'about 30 words') are no
statistics; one-word multipliers ('fourfold', 'triple the budget') are. Invented sentences; each case fails on main
24d912f but the guards, which hold what must not change."""

from __future__ import annotations

import pytest

from tests.stages.builders import found_statistics

# (rule, sentence, the statistics as (text, value, unit))
CASES = [
    ("seating for a number word", "The van offers seating for four.", [("four", 4.0, "count")]),
    ("room for a number word", "The cabin has room for five, the maker says.", [("five", 5.0, "count")]),
    ("space for up to a number word", "The hall has space for up to nine.", [("nine", 9.0, "count")]),
    (
        "a group the sentence opens with",
        "Of the 12 riders who finished the stage, seven were Dutch.",
        [("12", 12.0, "riders"), ("seven", 7.0, "count")],
    ),
    (
        "a group the sentence opens with, 'only'",
        "Of the nine boats inspected, only two passed.",
        [("nine", 9.0, "boats"), ("two", 2.0, "count")],
    ),
    (
        "a count earlier in the sentence names what the number word counts",
        "The plan has nine tax bands, up from three in 2010.",
        [("nine", 9.0, "bands"), ("three", 3.0, "count")],
    ),
    (
        "a count earlier in the sentence, 'including'",
        "The band played a dozen gigs this spring, including five in Leeds.",
        [("a dozen", 12.0, "gigs"), ("five", 5.0, "count")],
    ),
    ("a count of things announcing a list", "Two things matter to every saver.", []),
    ("a count of things, digits", "Here are 10 things to pack for a hike.", []),
    ("a phrase measured in words", "Her motto runs to about 30 words.", []),
    ("a phrase measured in words, a number word", "The chorus ends on three words everyone sings.", []),
    ("a multiplier in one word", "Rents saw a fourfold rise since 1990.", [("fourfold", 4.0, "times")]),
    ("a multiplier in digits and 'fold'", "Cases show a 10-fold jump.", [("10-fold", 10.0, "times")]),
    ("a multiplying verb before 'the'", "The mayor hopes to triple the budget for parks.", [("triple", 3.0, "times")]),
    # guards
    ("guard: a verb of doubling over time", "Sales doubled in May.", []),
    ("guard: a double standard", "Critics saw a double standard.", []),
    ("guard: words ending in 'fold'", "The plan will unfold as the manifold cools.", []),
    (
        "guard: a number word after 'every' divides: the whole is a share (round 3)",
        "One of every six riders is a student.",
        [("One of every six", 16.666667, "percent")],
    ),
    (
        "guard: a number word before a singular noun",
        "The lake covers 12 square miles and hosts a three time winner.",
        [("12", 12.0, "square miles")],  # the whole unit since statistics round 22
    ),
    (
        "guard: the whole a share is counted out of",
        "The team took seven games out of nine this year.",
        [("seven", 7.0, "games")],
    ),
    ("guard: a number word alone after another phrase", "The panel picked two.", []),
    ("guard: 'of the' inside a sentence", "Most of the boats passed, and two failed.", []),
    ("guard: a long text's words", "The manuscript runs to 120,000 words.", [("120,000", 120000.0, "words")]),
    ("guard: a count of tips", "The guide lists 15 tips for new runners.", [("15", 15.0, "tips")]),
    ("guard: a count of seats", "The stadium added 4,000 seats.", [("4,000", 4000.0, "seats")]),
]


@pytest.mark.parametrize(("rule", "sentence", "expected"), CASES, ids=[case[0] for case in CASES])
def test_detection_round2(rule: str, sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert found_statistics(sentence) == expected, rule
