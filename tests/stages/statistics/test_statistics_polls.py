"""Round 6 of issue 17: what a number measures in a story about a poll or a race (a candidate's support, a lead in
points, respondents who said something, approval), changes 'by X to Y' and around a dashed aside; invented sentences,
each failing on round 5's code (main 7487638) but the two guards marked below."""

from __future__ import annotations

import pytest

from newsprep.extract.statistics import extract_statistics
from tests.stages.builders import make_article, measure_of

HEAD_TO_HEAD = "In the new survey, Ruiz leads Cole by 48 percent to 41 percent among likely voters."
FOUR_WAY = "In the poll, Cole received 35 percent support, independent Ana Diaz 4 percent and Tom Lee 2 percent."
AVERAGES = (
    "Across polling averages, the Ledger Index puts Ruiz ahead by 3 points, VoteWatch 2.5 points and Civic Count 1.8 "
    "points."
)
FORECAST = "The lender nudged up its outlook for Peru by 0.2 percentage points to 2.1 percent."

# (rule, sentence, the statistic's text, its measure)
POLLS = [
    ("head to head: the first share", HEAD_TO_HEAD, "48 percent", "support for Ruiz"),
    ("head to head: the second share", HEAD_TO_HEAD, "41 percent", "support for Cole"),
    (
        "head to head without 'by'",
        "The county poll shows Ruiz is leading Cole 47.5 percent to 43.2 percent.",
        "47.5 percent",
        "support for Ruiz",
    ),
    (
        "head to head after a pronoun",
        "Among older voters, Ruiz's edge is wider: she leads Cole by 52% to 40%.",
        "52%",
        "support for Ruiz",
    ),
    (
        "a share that would vote for someone",
        "Among registered voters, 31% would vote for Dana Ruiz.",
        "31%",
        "support for Dana Ruiz",
    ),
    (
        "a share that backs a titled candidate",
        "In the poll, 6% would back Libertarian candidate Sam Pike.",
        "6%",
        "support for Sam Pike",
    ),
    (
        "backed by a share",
        "In the poll, Ruiz was backed by 40 percent of those surveyed.",
        "40 percent",
        "support for Ruiz",
    ),
    ("a share of support received", "Cole received 35 percent support in the state.", "35 percent", "support for Cole"),
    (
        "a share drawn in a poll",
        "In the latest poll of voters, Cole drew 35 percent.",
        "35 percent",
        "support for Cole",
    ),
    ("a gapped list of shares", FOUR_WAY, "4 percent", "support for Ana Diaz"),
    ("a gapped list's last share", FOUR_WAY, "2 percent", "support for Tom Lee"),
    ("a lead in points", "In the last poll, Ruiz led Cole by 6 points among likely voters.", "6 points", "Ruiz lead"),
    ("a lead restated", "In the June poll, that lead was 4 points.", "4 points", "lead"),
    (
        "a lead after an adverb",
        "The state poll has Ruiz still ahead by 2.4 percentage points.",
        "2.4 percentage points",
        "Ruiz lead",
    ),
    ("a lead in a source", AVERAGES, "3 points", "Ruiz lead in Ledger Index"),
    ("a gapped list of leads", AVERAGES, "2.5 points", "lead in VoteWatch"),
    (
        "a lead written as a compound",
        "According to the survey, Moss had a twelve-point lead over Ruiz among older voters.",
        "twelve-point",
        "Moss lead over Ruiz",
    ),
    (
        "respondents who said something",
        "The poll of voters found that 12 percent said they were undecided.",
        "12 percent",
        "saying they were undecided",
    ),
    ("a share of the vote won", "Ruiz won 52 percent of the vote in the runoff.", "52 percent", "vote for Ruiz"),
    ("a margin of victory", "Ruiz won the election by 12 points.", "12 points", "Ruiz margin of victory"),
    (
        "a share that approves of someone",
        "In the survey, 41% approve of the way Governor Ruiz is handling the drought.",
        "41%",
        "approval of Governor Ruiz",
    ),
    (
        "a share that disapproves of something",
        "Only 38 percent of residents disapprove of the new budget plan.",
        "38 percent",
        "disapproval of new budget plan",
    ),
    ("a poll's sample", "The poll reached a sample of 1,200 adults by telephone.", "1,200", "adults surveyed"),
    ("a survey's panel", "The survey used a panel of 640 respondents.", "640", "respondents surveyed"),
    (
        "a mark names no measure, what reached it does",
        "Online donations have sailed past the $2 billion mark this year.",
        "$2 billion",
        "Online donations",
    ),
    (
        "a clause around a dashed aside",
        "Analysts say rich economies - among them Norway, Chile and Korea - should grow 1.4 percent.",
        "1.4 percent",
        "growth in rich economies",
    ),
    (
        "a change by an adjective and a number",
        "Officials say grain harvests should expand by a modest 2.2 percent.",
        "2.2 percent",
        "growth in grain harvests",
    ),
    ("a phrasal change by a number", FORECAST, "0.2 percentage points", "rise in outlook for Peru"),
    ("the level after a change by a number", FORECAST, "2.1 percent", "outlook for Peru"),
    (
        "a cut by a number",
        "The agency trimmed its estimate for farm output by 3% to $40 billion.",
        "3%",
        "cut in estimate for farm output",
    ),
]


@pytest.mark.parametrize(("rule", "sentence", "number", "expected"), POLLS, ids=[case[0] for case in POLLS])
def test_poll_measures(rule: str, sentence: str, number: str, expected: str) -> None:
    assert measure_of(sentence, number) == expected, rule


def _units(sentence: str) -> dict[str, str]:
    return {s.text: s.unit for s in extract_statistics(make_article(sentence))}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The survey of 900 voters has a margin of error of 3.5 points.",
            {"900": "voters", "3.5 points": "percentage points"},
        ),
        ("In the new poll, Ruiz holds a 9-point lead.", {"9-point": "percentage points"}),
        # guards (pass on main too): no poll, no race: a game's points and a plan's compound stay as they were
        ("The Hawks led by 7 points at halftime.", {"7": "points"}),
        ("The mayor unveiled a ten-point plan.", {}),
        # a year that dates a level is no count
        ("The plan cuts emissions to 30 percent below 2005 levels.", {"30 percent": "percent"}),
        # a change in points and a level in percent are not a range
        (FORECAST, {"0.2 percentage points": "percentage points", "2.1 percent": "percent"}),
    ],
)
def test_points_in_a_poll_are_percentage_points(sentence: str, expected: dict[str, str]) -> None:
    assert _units(sentence) == expected


def test_a_glued_amount_is_no_measure() -> None:
    """'raised $6.4million to $4.5million': the other amount, written against its scale, is a number, not a phrase."""
    from newsprep.extract.statistics.measures.phrase_checks import is_a_measure

    assert not is_a_measure("$6.4million", "usd")
    assert is_a_measure("money raised", "usd")


def test_a_change_and_its_level_are_no_range() -> None:
    assert [s.range_id for s in extract_statistics(make_article(FORECAST))] == [None, None]


def test_poll_paragraphs_and_gapped_lists() -> None:
    from newsprep.extract.statistics.measures.polls import gapped_measure, is_poll_paragraph

    assert is_poll_paragraph("The survey has a margin of error of 3 points.")
    assert not is_poll_paragraph("The Hawks led by 7 points at halftime.")
    text = "Cole drew 35% support, Diaz 4% and Lee 2%."
    assert gapped_measure(text, text.index(" support"), "support for Cole", text.index("4%")) == "support for Diaz"
    assert gapped_measure(text, text.index(" support"), "cost of repairs", text.index("4%")) is None
    assert gapped_measure(text, text.index(" support"), None, text.index("4%")) is None
