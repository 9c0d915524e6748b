"""Issue 17, detection round 2: a number word after 'the', 'all', 'their'... is a statistic when it is the first
mention of its count ('the three victims were taken to hospital'), not when it restates a count the article gave
before, stands for a group it has named, names the two sides of a relation ('the two countries') or is followed by
the names of its members. Invented sentences, both ways: on the whole stage and on ``points_back`` alone."""

from __future__ import annotations

import pytest

from newsprep.extract.statistics.detection.back_references import (
    LOOKBACK_CHARS,
    after_demonstrative,
    counted_before,
    earlier_text,
    named_as_group_before,
    names_listed_after,
    points_back,
    restates_amount,
    restates_count,
)
from tests.stages.builders import found_statistics

# (case, paragraphs, the statistics as (text, value, unit))
FIRST_MENTIONS = [
    (
        "the count's first mention",
        ["A bus left the road near Dorrow on Sunday.", "The three victims were taken to hospital."],
        [("three", 3.0, "victims")],
    ),
    (
        "all N, first mention",
        ["Inspectors visited all six plants in the valley."],
        [("six", 6.0, "plants")],
    ),
    (
        "a possessive's count, first mention",
        ["The chain closed its nine stores in the north."],
        [("nine", 9.0, "stores")],
    ),
    (
        "the same number before, counting something else",
        ["Four people died in the fire.", "The four firefighters who answered the call were praised."],
        [("Four", 4.0, "people"), ("four", 4.0, "firefighters")],
    ),
    (
        "a partitive's whole",
        ["Two of the three ingredients were rare, the chef said."],
        [("Two", 2.0, "ingredients"), ("three", 3.0, "ingredients")],
    ),
    (
        "two of something that is no side of a relation",
        ["The museum restored the two murals in its lobby."],
        [("two", 2.0, "murals")],
    ),
    (
        "'the two' as a pronoun in an earlier paragraph points at another pair",
        ["The two met in 2010.", "At the fair, the two visiting judges spoke first."],
        [("two", 2.0, "judges")],
    ),
]

BACK_REFERENCES = [
    (
        "the same count of the same noun restated",
        ["Crews fitted four diesel pumps to the barge.", "Those four pumps will run for a week."],
        [("four", 4.0, "pumps")],
    ),
    (
        "restated in digits first, in words after",
        ["The council approved 3 parks.", "Work on all three parks starts in May."],
        [("3", 3.0, "parks")],
    ),
    (
        "restated with a singular noun first",
        ["She wrote two mystery novels, then a play.", "Only the two novels still sell."],
        [("two", 2.0, "novels")],
    ),
    (
        "restated, a noun between number and head",
        ["The lab tested five cheap phone chargers.", "Each of the five chargers overheated."],
        [("five", 5.0, "chargers")],
    ),
    (
        "a group first called 'the four'",
        ["A pilot, a medic, a cook and a robot crew it, and the four set off; each of the four travellers changes."],
        [],
    ),
    ("two countries", ["Talks went on for a year. Then the two countries agreed on a trade deal."], []),
    ("their two nations", ["The leaders pledged their two nations to the treaty."], []),
    ("the two men", ["Reyes backed Molina in 2019.", "Since then the two men have fallen out."], []),
    ("two major parties", ["The bill would bind the two major parties."], []),
    (
        "the group's members named right after",
        ["The two visiting speakers, retired pilot Dana Orr and engineer Lee Voss, spoke first."],
        [],
    ),
    (
        "the group's members named after a dash",
        ["The four firms — Astra, Lumen, Veld and Corvid — won contracts."],
        [],
    ),
    ("'the two that' stands for named things", ["The two that remained were closed."], []),
]


@pytest.mark.parametrize(
    ("case", "paragraphs", "expected"),
    FIRST_MENTIONS + BACK_REFERENCES,
    ids=[c[0] for c in FIRST_MENTIONS + BACK_REFERENCES],
)
def test_first_mentions_are_statistics_back_references_are_not(
    case: str, paragraphs: list[str], expected: list[tuple[str, float, str]]
) -> None:
    assert found_statistics(*paragraphs) == expected, case


@pytest.mark.parametrize(
    ("earlier", "value", "head", "expected"),
    [
        ("Crews fitted four new pumps.", 4.0, "pumps", True),
        ("Crews fitted 4 pumps.", 4.0, "pumps", True),
        ("The state hired one nurse and four more staff to run pump tests.", 4.0, "pumps", False),
        ("Crews fitted fourteen pumps.", 4.0, "pumps", False),
        ("Crews fitted 4.5 tonnes of pumps.", 4.0, "pumps", False),
        ("She adopted two puppies.", 2.0, "puppies", True),
        ("She adopted two puppy and a cat.", 2.0, "puppies", True),
        ("Sales reached 2.5 million units.", 2.5, "units", True),
    ],
)
def test_counted_before(earlier: str, value: float, head: str, expected: bool) -> None:
    assert counted_before(earlier, value, head) is expected


@pytest.mark.parametrize(
    ("text_before", "expected"),
    [
        ("Ana and Ben trained for years, and the two set off in May. Both of", True),
        ("The two, who met at school, opened a bakery. Later", True),
        ("The two bakeries opened in May. Later", False),
        ("The twofold rise surprised them. Later", False),
    ],
)
def test_named_as_group_before(text_before: str, expected: bool) -> None:
    assert named_as_group_before(text_before, len(text_before), "two") is expected


@pytest.mark.parametrize(
    ("text_after", "expected"),
    [
        (", Dana Orr and Lee Voss, spoke first.", True),
        (" — Astra, Lumen, Veld and Corvid — won contracts.", True),
        (", former pilot Dana Orr and retired engineer Lee Voss, spoke.", True),
        (" were taken to hospital, police said.", False),
        (", which opened in May, and the old mill closed.", False),
    ],
)
def test_names_listed_after(text_after: str, expected: bool) -> None:
    assert names_listed_after(text_after) is expected


def _read(paragraphs: list[str]) -> str | None:
    """What the stage passes after reading ``paragraphs``: ``earlier_text`` built one paragraph at a time."""
    earlier: str | None = None
    for paragraph in paragraphs:
        earlier = earlier_text(earlier, paragraph)
    return earlier


def test_points_back_reads_only_earlier_text() -> None:
    """The same count later in the article does not make a first mention a restatement."""
    assert not points_back(None, "Only the ", 9, number_word="three", value=3.0, noun_phrase="towers")
    earlier = _read(["Three towers stood on the hill."])
    assert points_back(earlier, "Only the ", 9, number_word="three", value=3.0, noun_phrase="towers")


def test_points_back_reads_a_bounded_stretch_before() -> None:
    """A count far beyond ``LOOKBACK_CHARS`` is not searched: the work per number word stays bounded in a huge file."""
    far = ["Three towers stood on the hill.", *(["The wind rose over the plain."] * (LOOKBACK_CHARS // 20))]
    assert not points_back(_read(far), "Only the ", 9, number_word="three", value=3.0, noun_phrase="towers")
    assert points_back(_read(far[:1] + far[-3:]), "Only the ", 9, number_word="three", value=3.0, noun_phrase="towers")


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["One."], "One."),
        (["One.", "Two."], "One.\nTwo."),
        (["a" * LOOKBACK_CHARS, "Two."], "a" * (LOOKBACK_CHARS - 5) + "\nTwo."),
    ],
)
def test_earlier_text_joins_and_bounds(paragraphs: list[str], expected: str) -> None:
    assert _read(paragraphs) == expected


def test_the_judges_read_only_the_text_before_the_offset() -> None:
    """Each judge takes the paragraph and the number's offset: what follows the number is never read as before it."""
    text = "Of the 14 judges, 14 judges sat; those judges and that $240, the two, set off; a fee of $240."
    pos = text.index("14")
    assert not restates_count(None, text, pos, value=14.0, noun_phrase="judges")
    assert restates_count(None, text, text.index("14 judges sat"), value=14.0, noun_phrase="judges")
    assert not after_demonstrative(text, pos)
    assert after_demonstrative(text, text.index("judges and"))
    assert not restates_amount(None, text, text.index("$240"), "$240")
    assert not named_as_group_before(text, pos, "two")
    assert named_as_group_before(text, len(text), "two")
