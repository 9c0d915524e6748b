"""Statistics detection round 12 (issue 17, after statistics round 16): constructions read on the fresh dev sets
(`np4k-statistics-dev`, `lee-statistics-dev5`) and the older ones, each found in more than one article and corpus of
the readable text, tested on invented sentences.

- an age told by comparison ('pupils as young as 7', 'patients older than 80') or as the bound of a group of people
  the stage's list of age groups did not name ('sold to buyers over 21', 'pupils under 16') is an age, no entry,
  when no plural noun follows the number;
- 'the previous two audits', 'the three preceding rounds': the places just before one in an order, a window the story
  looks back over (as 'the first three suspects' is a rank), no entry;
- a whole said of an effort or a stance ('our keeper played 100 percent', 'would recommend it at 100%', '100 per cent
  against the plan', '100% fit') is a figure of speech, as '100 percent sure' is: no entry.

Guards: a plural noun after the number keeps the count ('customers over 40 countries'); ages the guide already left
out stay out; 'five previous rulings' (no 'the') keeps its count; a whole of something named after 'of', a change of
100 percent and a share of a noun stay.
"""

from __future__ import annotations

import pytest

from tests.stages.builders import FoundStatistics, found_statistics


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The camp took in pupils as young as 7, its director said.", []),
        ("Visitors as old as 90 were at the fair.", []),
        ("Patients older than 80 were seen first.", []),
        ("From May the kiosks may sell cider to buyers over 21 only.", []),
        ("Pupils under 16 need a parent's consent to join.", []),
        ("The zoo lets in children under 12 for free.", []),
        ("Tickets for teens under 18 cost five dollars.", [("five dollars", 5.0, "usd")]),
        ("Vaccines reached patients older than 65 in 30 towns.", [("30", 30.0, "towns")]),
        ("The charity helped 12 children under 5 last year.", [("12", 12.0, "children")]),
    ],
    ids=[
        "as young as",
        "as old as",
        "older than",
        "buyers over",
        "pupils under",
        "children under",
        "teens under",
        "an age then a count",
        "a count then an age",
    ],
)
def test_an_age_told_by_comparison_or_bounding_a_group_is_no_entry(sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The firm has customers over 40 countries.", [("40", 40.0, "countries")]),
        ("The club picked boys over 6 feet tall.", [("6", 6.0, "feet")]),
        ("Doctors saw children under 2 kg at birth.", [("2", 2.0, "kg")]),
        ("The ship carried 40 passengers as old as its crew.", [("40", 40.0, "passengers")]),
        ("Voters under 25 backed the plan by 60%.", [("60%", 60.0, "percent")]),
        ("Nadia Brook, 45, said the fund lost $3 million.", [("$3 million", 3000000.0, "usd")]),
    ],
    ids=["a plural noun after it", "feet after it", "kg after it", "no number", "listed group", "name"],
)
def test_age_guards(sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Auditors found 4,000 errors across the previous two audits of the fund.", [("4,000", 4000.0, "errors")]),
        ("Rain stopped the three previous matches at the ground early.", []),
        ("The two preceding rounds of talks ended without a deal.", []),
    ],
    ids=["the previous two", "the three previous", "the two preceding"],
)
def test_the_previous_few_of_an_order_are_no_entry(sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The court struck down five previous orders.", [("five", 5.0, "orders")]),
        ("The firm opened 12 stores, more than the previous year.", [("12", 12.0, "stores")]),
        (
            "Profit rose to $9 million from the previous $7 million.",
            [
                ("$9 million", 9000000.0, "usd"),
                ("$7 million", 7000000.0, "usd"),
            ],
        ),
        ("The first three suspects were charged on Monday.", []),
    ],
    ids=["no 'the'", "no number after 'previous'", "an amount after 'previous'", "the first few (round 10)"],
)
def test_previous_guards(sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("“Our keeper played 100 percent today,” coach Ida Marsh said.", []),
        ("The team gave 100 percent.", []),
        ("Our panel tried the oven and would recommend it at 100%.", []),
        ("Ben Aldo told the council he is 100 per cent against the bypass.", []),
        ("She was 100% fit for the final.", []),
    ],
    ids=["played", "gave", "recommend it at", "against", "fit"],
)
def test_a_whole_said_of_an_effort_or_a_stance_is_no_entry(sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The players gave 100% of the prize to charity.", [("100%", 100.0, "percent")]),
        ("Turnout rose 100 percent in the city.", [("100 percent", 100.0, "percent")]),
        ("The plant runs on 100% solar power.", [("100%", 100.0, "percent")]),
        ("The team gave 40 percent more this year.", [("40 percent", 40.0, "percent")]),
    ],
    ids=["of after it", "a change", "a share of a noun", "not a whole"],
)
def test_whole_guards(sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence) == expected
