"""Statistics round 30 of issue 17: causes counted over every readable set's misses and extras, each seen in two or
more articles.

- a level below zero keeps its sign: a minus glued to the digits after a word ('averaged -0.5 percent', 'fell to
  -8 degrees') or the word 'minus' ('as low as minus 25 degrees'); not a change's direction ('closed -0.4%', 'rose
  -2%'), a table's column of changes after another number, a margin ('plus or minus 3.5', '+/- 2.5'), a name's number
  spaced off after a capital ('COVID -19') or a dash spaced on both sides;
- the last of a list of counts out of the group a sentence opens with ('Of those tested, 31 were positive and four
  had no result') counts as the first does ('Of the 12 riders ..., seven were Dutch' was read already);
- 'one' after 'and' and before a preposition, where a count earlier in the sentence names what it counts ('Eight
  people were treated for burns and one for a broken arm'), is the last of a list of counts, as 'three in Quebec
  and one in Manitoba' is; not a duration ('three years in Oslo and one in Bergen'), 'one of' or a share ('one in
  five');
- a bare number after 'the ratio is' / 'the index was' is a ratio's or an index's value, not a person's age ('Her
  father, who is 71,' stays an age);
- 'a half' added to a whole ('a game and a half', 'a spoon and a half of sugar', 'four and a half') is part of a mixed
  amount, not a share in percent.

Invented sentences. The cases fail on the base (07a079a), the guards pass on both.
"""

from __future__ import annotations

import pytest

from newsprep.extract.statistics import extract_statistics
from tests.stages.builders import make_article

Row = tuple[str, float, str | None]

# (sentence, every row: text, value, unit)
CASES = [
    pytest.param(
        "Mortgage rates averaged 4.2 percent in the 2000s and -0.5 percent since 2015.",
        [("4.2 percent", 4.2, "percent"), ("-0.5 percent", -0.5, "percent")],
        id="a glued minus after 'and'",
    ),
    pytest.param(
        "The pump still runs at temperatures as low as minus 25 degrees.",
        [("minus 25", -25.0, "degrees")],
        id="the word minus",
    ),
    pytest.param(
        "Overnight the reading fell to -8 degrees at the airport.",
        [("-8", -8.0, "degrees")],
        id="a glued minus after 'to'",
    ),
    pytest.param(
        "The bond's yield was -0.3% in March.",
        [("-0.3%", -0.3, "percent")],
        id="a glued minus after 'was'",
    ),
    pytest.param(
        "Of those tested, 31 were positive and four had no result.",
        [("31", 31.0, "count"), ("four", 4.0, "count")],
        id="the last of a list of counts after 'Of those'",
    ),
    pytest.param(
        "Of the 48 farms surveyed, 19 grew wheat, 11 kept sheep and nine grew barley.",
        [("48", 48.0, "farms"), ("19", 19.0, "count"), ("11", 11.0, "sheep"), ("nine", 9.0, "count")],
        id="the last of a longer list of counts after 'Of the'",
    ),
    pytest.param(
        "Eight people were treated for burns and one for a broken arm.",
        [("Eight", 8.0, "people"), ("one", 1.0, "count")],
        id="'and one for' after a count",
    ),
    pytest.param(
        "We had 24 rebounds in the first half and one in the second half.",
        [("24", 24.0, "rebounds"), ("one", 1.0, "count")],
        id="'and one in' after a count",
    ),
    pytest.param(
        "Five people died in Leon and one in Tula.",
        [("Five", 5.0, "people"), ("one", 1.0, "count")],
        id="'and one in' a place after a count and its verb",
    ),
    pytest.param(
        "The hazard ratio was 0.81, with a narrow spread.",
        [("0.81", 0.81, "count")],
        id="a ratio's value before a comma",
    ),
    pytest.param(
        "In the north the ratio is 3.6.",
        [("3.6", 3.6, "count")],
        id="a ratio's value before a stop",
    ),
    pytest.param(
        "The Hawks moved within a game and a half of first place.",
        [],
        id="a game and a half of: a mixed amount, no share",
    ),
    pytest.param(
        "Stir in a spoon and a half of sugar.",
        [],
        id="a spoon and a half of: a mixed amount, no share",
    ),
]

GUARDS = [
    pytest.param(
        "The survey has an error margin of plus or minus 3.5 percentage points.",
        [("3.5 percentage points", 3.5, "percentage points")],
        id="guard: plus or minus, a margin",
    ),
    pytest.param(
        "Its error margin is +/- 2.5 percent.",
        [("2.5 percent", 2.5, "percent")],
        id="guard: +/-, a margin",
    ),
    pytest.param(
        "Harlow 112.40 -3.10 -2.68%",
        [("2.68%", 2.68, "percent")],
        id="guard: a table's column of changes",
    ),
    pytest.param(
        "The index closed -0.4% on Friday.",
        [("0.4%", 0.4, "percent")],
        id="guard: a sign after a verb of change",
    ),
    pytest.param(
        "Prices rose -2% in a year, the agency said.",
        [("2%", 2.0, "percent")],
        id="guard: a sign after 'rose'",
    ),
    pytest.param(
        "Shares of the airline tumbled -6% after the warning.",
        [("6%", 6.0, "percent")],
        id="guard: a sign after any change verb the measures know ('tumbled')",
    ),
    pytest.param(
        "Output was higher -1.5% on the quarter.",
        [("1.5%", 1.5, "percent")],
        id="guard: a sign after a direction word ('higher')",
    ),
    pytest.param(
        "Of the 12 riders who finished, seven were Dutch.",
        [("12", 12.0, "riders"), ("seven", 7.0, "count")],
        id="guard: the first count after 'Of the'",
    ),
    pytest.param(
        "Of the staff, most stayed and four left.",
        [],
        id="guard: no count opens the list",
    ),
    pytest.param(
        "About 30% said yes, and one in five said no.",
        [("30%", 30.0, "percent"), ("one in five", 20.0, "percent")],
        id="guard: 'and one in five' is a share",
    ),
    pytest.param(
        "She spent three years in Oslo and one in Bergen.",
        [],
        id="guard: 'and one in' after a duration",
    ),
    pytest.param(
        "The firm is one of the biggest and one of the oldest.",
        [],
        id="guard: 'and one of'",
    ),
    pytest.param(
        "The debt index was 48.2 in June.",
        [("48.2", 48.2, "count")],
        id="guard: an index's value before more words",
    ),
    pytest.param(
        "Her father, who is 71, still works.",
        [],
        id="guard: an age after 'who is'",
    ),
    pytest.param(
        "The former coach was 64.",
        [],
        id="guard: an age after 'was'",
    ),
    pytest.param(
        "Most of the members are retired, and a quarter could not drive.",
        [("a quarter", 25.0, "percent")],
        id="guard: a share after ', and'",
    ),
    pytest.param(
        "About a half of the staff left.",
        [("a half", 50.0, "percent")],
        id="guard: 'a half of' with no whole before it",
    ),
]

UNSIGNED = [
    pytest.param("COVID -19 cases rose by 12 percent.", id="guard: a name's number spaced off after a capital"),
    pytest.param("The rest - 40 in all - were sent home.", id="guard: a dash spaced on both sides"),
]


def _rows(sentence: str) -> list[Row]:
    return [(s.text, s.value, s.unit) for s in extract_statistics(make_article(sentence))]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_round30_case(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), GUARDS)
def test_round30_guard(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected


@pytest.mark.parametrize("sentence", UNSIGNED)
def test_round30_no_sign_read(sentence: str) -> None:
    assert all(value >= 0 for _, value, _ in _rows(sentence))
