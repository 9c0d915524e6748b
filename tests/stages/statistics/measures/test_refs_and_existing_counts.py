"""Round 12 of issue 17: levers for the failure kinds that recur in text the rules were not written on (the first
sights of six fresh dev sets, classed in benchmarks/history/measures.md): a unit that names its dimension (megapixels
are a camera's resolution), what there will be, a share told after its noun phrase with 'with', places within counted
places, a weight after a verb of weighing, a retail price spelled out; and money taken in is never raised by a
time. Invented sentences; each case fails on main 24d912f but the guards marked below, which hold what must not
change."""

from __future__ import annotations

import pytest

from newsprep.extract.statistics.measures.owners import says_there_is
from newsprep.extract.statistics.measures.refs import share_told_with
from tests.stages.builders import measure_of

# (rule, sentence, the statistic's text, its measure)
MEASURES = [
    (
        "megapixels are the camera's resolution",
        "The Zorix 5 has a 48MP main camera.",
        "48MP",
        "main camera resolution",
    ),
    (
        "also written out and hyphened",
        "It packs a 7-megapixel selfie camera.",
        "7-megapixel",
        "selfie camera resolution",
    ),
    (
        "guard: an MP is a member of parliament",
        "Twelve MPs voted against the bill.",
        "Twelve",
        "MPs voted against the bill",
    ),
    ("what there will be, contracted", "Next spring, there’ll be four ferries.", "four", "ferries next spring"),
    ("and before a colon", "In Asia, there'll be two trims: a sedan and a wagon.", "two", "trims in Asia"),
    ("and with 'would be'", "By then, there would be six ferries.", "six", "ferries by then"),
    ("guard: what there was stays main's", "Last week, there were nine auctions.", "nine", "auctions last week"),
    (
        "a share told with 'with' at its clause's end sizes the noun phrase before the comma",
        "The levy won thin approval from shop owners, with about 12 percent.",
        "12 percent",
        "thin approval from shop owners",
    ),
    (
        "across one preposition",
        "Mora drew little backing in the suburbs, with only 9 percent.",
        "9 percent",
        "little backing in the suburbs",
    ),
    (
        "guard: a share with its own noun after it stays main's",
        "Ruiz won the county, with 52 percent of the vote.",
        "52 percent",
        "share of vote",
    ),
    ("guard: a lead with 'with' stays a poll share", "Pell leads the field with 27%.", "27%", "share for Pell"),
    (
        "places that hold other counted places share their event",
        "Students staged a sit-in at 30 schools in 9 states.",
        "9",
        "states with sit-in",
    ),
    (
        "guard: the inner places stay main's",
        "Students staged a sit-in at 30 schools in 9 states.",
        "30",
        "schools with sit-in",
    ),
    ("guard: places with no event say nothing of one", "He rents 3 flats in 2 towns.", "2", None),
    (
        "money taken in after an opening time and a pronoun is not raised by the time",
        "The fund pulled in $9 million in June, and in July it pulled in $13 million.",
        "$13 million",
        "money raised",
    ),
    (
        "guard: a named subject stays the holder",
        "The fund has pulled in $9 million.",
        "$9 million",
        "money raised by fund",
    ),
    (
        "a weight after a verb of weighing is its subject's",
        "The bear weighed nearly 600 pounds.",
        "600",
        "weight of bear",
    ),
    ("across a modal", "The parcel would weigh 12 kilograms.", "12", "weight of parcel"),
    ("and no holder after a pronoun", "At two metres tall, he weighs 95 kilograms.", "95", "weight"),
    ("guard: an amount of a substance stays main's", "Crews moved 300 tons of steel.", "300", "steel"),
    ("an RRP is the retail price", "The kettle's RRP is £40.", "£40", "kettle's retail price"),
    ("and an MSRP", "The Zorix S has an MSRP of $32,000.", "$32,000", "retail price"),
]


@pytest.mark.parametrize(("rule", "sentence", "number", "expected"), MEASURES, ids=[m[0] for m in MEASURES])
def test_round_12_measures(rule: str, sentence: str, number: str, expected: str | None) -> None:
    assert measure_of(sentence, number) == expected, rule


@pytest.mark.parametrize(
    ("left", "expected"),
    [
        (["there", "were"], True),
        (["there’ll", "be"], True),
        (["there", "will", "be"], True),
        (["there's"], True),
        (["there", "were", "about"], True),
        (["they", "will", "be"], False),
        (["there", "will"], False),
    ],
)
def test_says_there_is_reads_only_forms_of_there_be(left: list[str], expected: bool) -> None:
    assert says_there_is(left) is expected


def test_share_told_with_needs_a_comma_with_and_nothing_after() -> None:
    assert share_told_with("Pell has support from young voters, with just ", []) == "support from young voters"
    assert share_told_with("Pell has support from young voters, with just ", ["of", "them"]) is None
    assert share_told_with("Pell has support from young voters with ", []) is None
    assert share_told_with("Pell has support from young voters, at ", []) is None
