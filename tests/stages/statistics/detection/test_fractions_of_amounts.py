"""Statistics round 18: what the trafilatura dev set (web news of 2019-2020) showed the stage misses, each kind written
as a general construction and tested both ways on invented sentences.

- a fraction that sizes one amount against another: 'half as much power as in 1998', 'a third as many staff as';
- a fraction before a comparative with what it is compared to already named ('its costs are a third lower.'), as
  'a third lower than' was;
- an amount the article gave before, after a 'that' that opens a reported clause ('a survey found that 12 percent
  of ...'), is a plain repeat, an entry; after a demonstrative 'that' ('who pays for that $240?') it stays out;
- 'just one' before a noun after a verb says how few, as 'only one' does ('signed just one big contract'; not after
  a copula: 'there was just one problem'); a 'one' whose noun is
  followed by a colon frames what comes after it ('there was just one snag: ...'), no count;
- measures: what 'half as much' counts is the noun before the second 'as' ('half as much power as' -> 'power'), as
  'twice as much water as' gives 'water';
- a change by a fraction followed by a deadline or a group ('down by nearly half by 2035', 'by a third among
  pupils'), as 'cut by half since 2015' was.
"""

from __future__ import annotations

import pytest

from tests.stages.builders import FoundStatistics, found_statistics, measure_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The old mill now makes half as much power as in 1998.", [("half", 50.0, "percent")]),
        ("The depot has a third as many drivers as the one in Tarnow.", [("a third", 33.333333, "percent")]),
        ("Fern Valley ships about a quarter as much timber as before.", [("a quarter", 25.0, "percent")]),
        (
            "Orvane is greener than its rival, as its waste is about a third lower.",
            [("a third", 33.333333, "percent")],
        ),
        ("Bus fares in Lindow are a quarter higher, the council said.", [("a quarter", 25.0, "percent")]),
        ("Kestrel Mills wants its waste down by nearly half by 2035.", [("half", 50.0, "percent")]),
        ("The new drops reduced colds by a third among pupils in Lindow.", [("a third", 33.333333, "percent")]),
    ],
    ids=[
        "half as much ... as",
        "a third as many ... as",
        "a quarter as much ... as",
        "a third lower, then a stop",
        "a quarter higher, then a comma",
        "by half by a year",
        "by a third among a group",
    ],
)
def test_a_fraction_that_sizes_a_comparison_or_change_is_a_share(sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Dana Pell said it half as a joke.", []),
        ("She gave a third more money to the fund.", []),
        ("He sought a third term as mayor.", []),
        ("The walk took about half an hour.", []),
        ("The harvest was roughly a third less than last year.", [("a third", 33.333333, "percent")]),
        ("Costs fell by a third.", [("a third", 33.333333, "percent")]),
        ("He ran half as far.", []),
    ],
    ids=[
        "half as a manner",
        "a third more, a noun after",
        "a third term",
        "half an hour",
        "a third less than (as before)",
        "by a third (as before)",
        "half as far, no second amount",
    ],
)
def test_other_fractions_stay_as_they_were(sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        ("The old mill now makes half as much power as in 1998.", "half", "power"),
        ("The depot has a third as many drivers as the one in Tarnow.", "a third", "drivers"),
    ],
    ids=["half as much power as", "a third as many drivers as"],
)
def test_a_fraction_as_much_as_measures_its_noun(sentence: str, number: str, expected: str) -> None:
    assert measure_of(sentence, number) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Tern Bay holds 12 percent of the reefs.\n\nA survey estimated that 12 percent of the coast was wild.",
            [("12 percent", 12.0, "percent"), ("12 percent", 12.0, "percent")],
        ),
        (
            "Rents rose 4% in May.\n\nThe agency found that 4% of the flats were empty.",
            [("4%", 4.0, "percent"), ("4%", 4.0, "percent")],
        ),
        ("A fee of $240 a year is due.\n\nWho pays for that $240?", [("$240", 240.0, "usd")]),
        ("A fee of $240 a year is due.\n\nShe paid this $240 in May.", [("$240", 240.0, "usd")]),
    ],
    ids=["estimated that, a repeat", "found that, a repeat", "that $240 (as before)", "this $240 (as before)"],
)
def test_a_repeat_after_a_reported_that_is_an_entry(body: str, expected: FoundStatistics) -> None:
    assert found_statistics(body) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Kestrel Farm signed just one big contract last year.", [("one", 1.0, "count")]),
        ("The coach dropped just one player from the side.", [("one", 1.0, "count")]),
        ("There was just one snag: the lift broke.", []),
        ("There was only one snag: the lift broke.", []),
        ("The talk took just one minute.", []),
        ("There was just one problem with the plan.", []),
        ("There's just one bakery in Lindow.", []),
        ("She is just one of the reasons.", []),
        ("We need just one more.", []),
        ("The side allowed only one shot on goal.", [("one", 1.0, "count")]),
    ],
    ids=[
        "just one contract",
        "just one change",
        "just one snag, a colon",
        "only one snag, a colon",
        "a time",
        "after a copula",
        "after there's",
        "one of",
        "one more",
        "only one shot (as before)",
    ],
)
def test_just_one_is_how_few(sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence) == expected
