"""Issue 17, detection round 3: counts after 'the'/'these' that point back (digits that restate an earlier count of
the same noun, any count after a demonstrative, an amount after 'that' given before), counts that open a title-case
title, ages set off by a horizontal bar, 'one of every nine' as a share, a change by a fraction ('up by a third'),
'half a percentage point', a dot that groups thousands ('1.000 lamps'), 'the four most recent surveys' as a count,
not a ranking, and 'there are two: A and B'. Invented sentences; each case fails on main afaa0ed but the guards,
which hold what must not change."""

from __future__ import annotations

import pytest

from newsprep.extract.statistics.detection.back_references import after_demonstrative, restates_count
from newsprep.extract.statistics.detection.titles import is_title_count
from newsprep.extract.statistics.numbers.quantities import QUANTITY, Quantity, quantity_from
from tests.stages.builders import found_statistics

Expected = list[tuple[str, float, str]]

# (rule, paragraphs, the statistics as (text, value, unit))
CASES: list[tuple[str, tuple[str, ...], Expected]] = [
    (
        "digits after 'the' restating a count of the same noun",
        ("The appeal goes before 14 judges in March.", "Of the 14 judges who will sit, nine were named by governors."),
        [("14", 14.0, "judges"), ("nine", 9.0, "count")],
    ),
    (
        "digits after 'its' restating a run of games",
        ("The club stretched its winning run to 12 games.", "Rovers are 10-0-2 in its last 12 games."),
        [("12", 12.0, "games")],
    ),
    (
        "a number word after 'these' points back",
        ("Rail, bus and ferry lines each carry riders.", "Fares rose on these three kinds of lines."),
        [],
    ),
    (
        "digits after 'those' point back",
        ("Some 40 stalls stood on the quay.", "By noon those 40 stalls had sold out."),
        [("40", 40.0, "stalls")],
    ),
    ("a count opening a title-case title", ("7 Ways to Keep Your Garden Green Through Winter:",), []),
    ("a title with a verb capitalised", ("12 Growers Share Their Best Advice On Frost.",), []),
    (
        "an age set off by a horizontal bar",
        ("Okafor, 52 ― a baker and a choir singer ― opened the stall.",),
        [],
    ),
    (
        "'one of every N' is a share",
        ("About one of every eight riders is new.",),
        [("one of every eight", 12.5, "percent")],
    ),
    ("a dot grouping thousands", ("The hall seats 2.000 guests.",), [("2.000", 2000.0, "guests")]),
    ("a dot grouping thousands in an amount", ("Tickets cost €1.000 each.",), [("€1.000", 1000.0, "eur")]),
    (
        "an amount after 'that' the article already gave",
        ("Parents would need to save $240 a month.", "Where is that $240 supposed to come from?"),
        [("$240", 240.0, "usd")],
    ),
    ("a change by a fraction", ("Bus fares rose by a third from 2015 to 2020.",), [("a third", 33.333333, "percent")]),
    ("a change by half", ("The council cut the grant by half.",), [("half", 50.0, "percent")]),
    (
        "half a percentage point",
        ("The bank trimmed its forecast by half a percentage point.",),
        [("half a percentage point", 0.5, "percentage points")],
    ),
    (
        "'the N most recent' selects by time and counts",
        ("The index averages the four most recent surveys.",),
        [("four", 4.0, "surveys")],
    ),
    ("'the N latest' counts", ("Buyers can pick from the three latest handsets.",), [("three", 3.0, "handsets")]),
    ("a word ending in 'est' that is no superlative", ("The 4 interest payments fell due.",), [("4", 4.0, "payments")]),
    (
        "'there are N' before a colon counts what the sentence before named",
        ("Few mayors here are women.", "Today there are two: Ana Ruiz and Jo Park."),
        [("two", 2.0, "count")],
    ),
    # guards
    ("guard: a label before a colon", ("Step three: stir the sauce.",), []),
    ("guard: a time of day", ("The bus leaves at 3:30 daily.",), []),
    ("guard: the first few of a ranking", ("The 8 best budget tablets are listed below.",), []),
    ("guard: half of a time", ("The ride grew by half an hour.",), []),
    ("guard: a third before a noun", ("She won a third term in May.",), []),
    (
        "guard: 'the' and an amount already given prices another thing",
        ("The shop sells a $99 lamp.", "It also sells the $99 Brightline desk fan."),
        [("$99", 99.0, "usd"), ("$99", 99.0, "usd")],
    ),
    ("guard: 'this' and a new amount", ("Riders pay a fare.", "This $5 fee covers a day."), [("$5", 5.0, "usd")]),
    ("guard: a decimal to three places", ("The rod is 1.125 inches thick.",), [("1.125", 1.125, "inches")]),
    ("guard: a rate to three places of zeros", ("The note pays 4.000%.",), [("4.000%", 4.0, "percent")]),
    (
        "guard: 'the' and digits with no earlier count of the noun",
        ("The ferry firm named a new board.", "The 14 directors met on Friday."),
        [("14", 14.0, "directors")],
    ),
    (
        "guard: the same number of another noun before",
        ("The fleet has 30 buses.", "The 30 drivers voted to strike."),
        [("30", 30.0, "buses"), ("30", 30.0, "drivers")],
    ),
    (
        "guard: a plain count repeated without 'the'",
        ("The vote drew 300 delegates.", "Another 300 delegates came by bus."),
        [("300", 300.0, "delegates"), ("300", 300.0, "delegates")],
    ),
    (
        "guard: a sentence that opens with a count and a name",
        ("40 Harbor City police officers joined the search on Monday.",),
        [("40", 40.0, "officers")],
    ),
    (
        "guard: a capitalised run with no small word capitalised",
        ("12 Northfield Valley Dairy Cooperative farms closed.",),
        [("12", 12.0, "farms")],
    ),
    (
        "guard: a count that opens a plain sentence",
        ("15 riders took part, and all of them finished.",),
        [("15", 15.0, "riders")],
    ),
    ("guard: an age after a comma", ("Okafor, 52, opened the stall.",), []),
    ("guard: 'one in every N'", ("One in every five homes is empty.",), [("One in every five", 20.0, "percent")]),
]


@pytest.mark.parametrize(("rule", "paragraphs", "expected"), CASES, ids=[case[0] for case in CASES])
def test_detection_round3(rule: str, paragraphs: tuple[str, ...], expected: Expected) -> None:
    assert found_statistics(*paragraphs) == expected, rule


def _first_quantity(text: str) -> Quantity | None:
    for start in range(len(text)):
        match = QUANTITY.match(text, start)
        if match is not None and match.group("num1") is not None:
            return quantity_from(match, 1, mentions_yuan=False)
    raise AssertionError(text)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("5 Tips to Stay Warm While Camping With Your Kids", True),
        ("Nine Readers Tell Us How They Save", True),
        ("5 tips to stay warm while camping", False),
        ("We found 5 Tips to Stay Warm With Your Kids", False),  # not where the paragraph opens
        ("5 Tips Inside", False),  # too short to tell
        ("300 New Mexico State Police cars", False),
    ],
)
def test_is_title_count(line: str, expected: bool) -> None:
    quantity = _first_quantity(line)
    assert quantity is not None
    assert is_title_count(line, quantity) is expected


@pytest.mark.parametrize(
    ("text_before", "expected"),
    [("Fares rose on these ", True), ("By noon those ", True), ("Fares rose on the ", False), ("thoseX ", False)],
)
def test_after_demonstrative(text_before: str, expected: bool) -> None:
    assert after_demonstrative(text_before, len(text_before)) is expected


@pytest.mark.parametrize(
    ("earlier", "before", "noun_phrase", "expected"),
    [
        ("The appeal goes before 14 judges.", "Of the ", "judges", True),
        ("The appeal goes before fourteen judges.", "Of the ", "judges", True),
        ("The appeal goes before 14 judges.", "Of the ", "lawyers", False),
        ("The appeal goes before 15 judges.", "Of the ", "judges", False),
        (None, "It named 14 appeal judges; of the ", "judges", True),
    ],
)
def test_restates_count(earlier: str | None, before: str, noun_phrase: str, expected: bool) -> None:
    value = 14.0
    assert restates_count(earlier, before, len(before), value=value, noun_phrase=noun_phrase) is expected
