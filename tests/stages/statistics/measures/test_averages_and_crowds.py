"""Measures round 30 of issue 17: the measure after a number's own lead-in ('an average of', 'a total of', 'a rate of').

Counted over every matched statistic of the readable dev sets and fixture folders whose number follows 'a/an/the
<noun> of', grouped by the lead-in's noun: most lead-ins already read right or fail once, each in its own way. Two
shapes fail in two sets each and turn no ok phrase wrong:

- the level a change took something to, told as an average ('Gas prices rose 9 cents to an average of $3.41' ->
  'overnight to an average', 'national average'), which the reader writes as the average of what moved
  (``averages.averaged_level``);
- a bare count after 'a crowd of', read as 'crowd' alone where the sentence names the ground or hall after it ('A
  crowd of 16,420, the largest of the season, watched at Harbour Centre') (``crowds.crowd_place``).

Invented sentences; each case fails on base e9a256a, the guards hold what must not change (an average no change
reached, an average after a comma, a pronoun subject, a level told without 'an average of'; a crowd with no place
after it, a time after 'at', a crowd of a counted noun, a longer crowd phrase)."""

from __future__ import annotations

import pytest

from newsprep.extract.statistics.measures.averages import averaged_level
from newsprep.extract.statistics.measures.crowds import crowd_place
from tests.stages.builders import measure_of

# each case: the sentence, the statistic's text, its measure; the id names the shape
MEASURES = [
    pytest.param(
        "Heating oil prices rose 11 cents last week to an average of $3.95 a gallon.",
        "$3.95",
        "average of Heating oil prices",
        id="rose ... to an average of",
    ),
    pytest.param(
        "Egg prices fell 8% over the year, to a national average of $2.90 a dozen.",
        "$2.90",
        "national average of Egg prices",
        id="fell ..., to a national average of",
    ),
    pytest.param(
        "Officials said bus fares rose 4% to an average of $2.75 a ride.",
        "$2.75",
        "average of bus fares",
        id="the subject of a reported clause",
    ),
    pytest.param(
        "House prices in the region climbed 3% to a median of $412,000 in March.",
        "$412,000",
        "median of House prices in the region",
        id="to a median of",
    ),
    pytest.param(
        "Wages rose to an average of $31 an hour.", "$31", "average of Wages", id="rose to an average of, no amount"
    ),
    pytest.param("A crowd of 12,400 watched at Pellow Park.", "12,400", "crowd at Pellow Park", id="crowd, watched at"),
    pytest.param(
        "A crowd of 12,400, the biggest of the year, watched at Pellow Park on Sunday.",
        "12,400",
        "crowd at Pellow Park",
        id="crowd, past an aside",
    ),
    pytest.param(
        "A sellout crowd of 9,050 gathered at the Rovers' ground for the derby.",
        "9,050",
        "sellout crowd at the Rovers' ground",
        id="crowd, a possessive place",
    ),
    pytest.param(
        "A crowd of 7,200 at Ashby Road saw the hosts win.", "7,200", "crowd at Ashby Road", id="crowd, at straight on"
    ),
]

GUARDS = [
    pytest.param(
        "Heating oil prices rose 11 cents last week to $3.95 a gallon.",
        "$3.95",
        "Heating oil prices",
        id="a level with no lead-in",
    ),
    pytest.param(
        "Heating oil prices rose 11 cents last week to an average of $3.95 a gallon.",
        "11 cents",
        "rise in Heating oil prices",
        id="the change itself",
    ),
    pytest.param(
        "Attendance fell to 1.62 million last year, an average of 20,000 a game.",
        "20,000",
        "average",
        id="an average after a comma, no 'to'",
    ),
    pytest.param("It rose 5 cents to an average of $3.10 a gallon.", "$3.10", "average", id="a pronoun names nothing"),
    pytest.param(
        "Jet fuel, the second-largest cost, averaged $2.61 a gallon.",
        "$2.61",
        "average of Jet fuel",
        id="the averaging verb (round 24)",
    ),
    pytest.param("In front of a crowd of 8,000, the visitors scored first.", "8,000", "crowd", id="crowd, no place"),
    pytest.param("A crowd of 5,000 watched at the weekend.", "5,000", "crowd", id="crowd, a time after 'at'"),
    pytest.param(
        "A crowd of 3,000 protesters gathered outside the town hall.",
        "3,000",
        "protesters gathered outside the town hall",
        id="a crowd of a counted noun",
    ),
    pytest.param(
        "Town's average home crowd of 4,800 is the league's fifth highest.",
        "4,800",
        "Town's average home crowd",
        id="crowd, no 'at'",
    ),
]


@pytest.mark.parametrize(("sentence", "number", "measure"), MEASURES + GUARDS)
def test_measure(sentence: str, number: str, measure: str) -> None:
    assert measure_of(sentence, number) == measure


@pytest.mark.parametrize(
    ("phrase", "before", "expected"),
    [
        pytest.param("average", "Prices rose 2% to an average of", "average of Prices", id="rose to an average"),
        pytest.param(
            "national average", "Prices fell 5%, to a national average of", "national average of Prices", id="adj"
        ),
        pytest.param(
            "overnight to an average", "Prices rose overnight to an average of", "average of Prices", id="clause"
        ),
        pytest.param("average", "The grant amounts to an average of", None, id="no change reached it"),
        pytest.param("average", "Prices rose 2%, an average of", None, id="no 'to'"),
        pytest.param("average", "Volume was 9 billion, compared with an average of", None, id="a comparison"),
        pytest.param("average", "It rose 2% to an average of", None, id="a pronoun subject"),
        pytest.param("price", "Prices rose 2% to an average of", None, id="a phrase that says more"),
        pytest.param(None, "Prices rose 2% to an average of", None, id="no phrase"),
    ],
)
def test_averaged_level(phrase: str | None, before: str, expected: str | None) -> None:
    assert averaged_level(phrase, before.split()) == expected


@pytest.mark.parametrize(
    ("phrase", "after", "expected"),
    [
        pytest.param("crowd", " watched at Elm Park.", "crowd at Elm Park", id="a verb, then at"),
        pytest.param("crowd", " at the Hawks' arena, a sellout,", "crowd at the Hawks' arena", id="possessive"),
        pytest.param("crowd", ", a record, watched at Elm Park", "crowd at Elm Park", id="an aside"),
        pytest.param("crowd", " at Elm Park saw the win", "crowd at Elm Park", id="stops at the verb after"),
        pytest.param("crowd", " watched at the weekend.", None, id="a time"),
        pytest.param("crowd", ", the biggest of the season.", None, id="no place"),
        pytest.param("crowd", " were turned away at Elm Park.", None, id="two words before 'at'"),
        pytest.param("attendance", " at Elm Park.", None, id="another noun"),
        pytest.param(None, " at Elm Park.", None, id="no phrase"),
    ],
)
def test_crowd_place(phrase: str | None, after: str, expected: str | None) -> None:
    assert crowd_place(phrase, after) == expected
