"""Measures round 31 of issue 17: what the freshest sets' measure phrases miss.

Every failing phrase of the two freshest readable sets (the samples four small releases ship, mediacloud's test pages)
was put under a cause and each cause counted over every readable set, fixture folder and 309 readable pages. Four
causes seen in two or more sources, and turning no ok phrase wrong, are built:

- a hedge between a number and what it counts or is a share of ('the 2,000 or so chairs', '10% or more of lessons'),
  which hid the counted noun from the clause rules (``measures._hedge_end``);
- a 'since' clause or time at the phrase's end ('devices shipped since it launched'): since when something has run
  is not what it measures (``tidying.without_since_clause``);
- a level a forecast chain puts something at ('The repair bill is expected to reach more than $12 million'),
  which read as nothing or as the chain's last verb ('projected to reach'); the reader names the chain's subject
  (``projections.projected_subject``);
- where rain or snow fell, told by 'in' or 'at' and a named place after the amount ('9 inches of snow fell in parts
  of Vermont') (``falls.fall_place``).

Invented sentences; each case fails on base 5dc05bf, the guards hold what must not change (a unit after the hedge, a
hedge with nothing after it, a 'since' that opens the sentence, a projection of a pronoun, a change told after the
projection's verb; the goal of a verb of dumping, a common noun or a time after 'in')."""

from __future__ import annotations

import pytest

from newsprep.extract.statistics.measures.falls import fall_place
from newsprep.extract.statistics.measures.projections import projected_subject, says_only_a_projection
from newsprep.extract.statistics.measures.tidying import without_since_clause
from tests.stages.builders import measure_of

# each case: the sentence, the statistic's text, its measure; the id names the shape
MEASURES = [
    pytest.param(
        "The volunteers spent an hour stacking the 2,000 or so chairs in rows.",
        "2,000",
        "chairs stacked in rows",
        id="or so, a count's noun",
    ),
    pytest.param("Police arrested 40 or so protesters on Friday.", "40", "protesters arrested", id="or so, a verb"),
    pytest.param(
        "About 300 or more fans waited outside the stadium.",
        "300",
        "fans waited outside the stadium",
        id="or more, a count",
    ),
    pytest.param(
        "Some 40% or more of the tenants have left the estate.",
        "40%",
        "tenants left the estate",
        id="or more of, a share",
    ),
    pytest.param(
        "More than 30 billion Bluetooth devices have shipped since it launched in 1999.",
        "30 billion",
        "Bluetooth devices shipped",
        id="since a clause",
    ),
    pytest.param(
        "The refinery has run at 60% of capacity since a pump failure in May.",
        "60%",
        "share of capacity",
        id="since an event",
    ),
    pytest.param(
        "Crews have rescued 140 people from flooded homes since midnight.",
        "140",
        "people rescued from flooded homes",
        id="since a time",
    ),
    pytest.param(
        "The repair bill is expected to reach more than $12 million.",
        "$12 million",
        "repair bill",
        id="expected to reach more than",
    ),
    pytest.param(
        "Snowfall totals for the northern valleys are expected to reach 5 to 8 inches.",
        "5",
        "Snowfall totals for the northern valleys",
        id="expected to reach, a range",
    ),
    pytest.param(
        "According to a new study, flood damage is expected to be between $4 billion and $6 billion by 2040.",
        "$4 billion",
        "flood damage",
        id="expected to be between, after a comma",
    ),
    pytest.param(
        "The regional solar market was valued at $1.2 billion in 2024, and is projected to reach $3.4 billion by 2031.",
        "$3.4 billion",
        "regional solar market",
        id="and is projected to reach",
    ),
    pytest.param(
        "Up to 9 inches of snow fell in parts of Vermont overnight.",
        "9",
        "snow in parts of Vermont",
        id="snow fell in a part of a place",
    ),
    pytest.param(
        "Storms dropped 300 inches of snow at the summit of Mount Ellery by March.",
        "300",
        "snow at the summit of Mount Ellery",
        id="snow at a place",
    ),
    pytest.param(
        "About 80 mm of rain fell in the Dunmore valley on Sunday.",
        "80",
        "rainfall in the Dunmore valley",
        id="rain fell in a valley",
    ),
]

GUARDS = [
    pytest.param(
        "The ferry may anchor 12 or more miles off the coast.", "12", "ferry anchor", id="a unit after the hedge"
    ),
    pytest.param(
        "Workers would accept a pay cut of 10% or more.",
        "10%",
        "Workers would accept a pay",
        id="nothing after the hedge",
    ),
    pytest.param("Since 2019, 40 shops have closed.", "40", "shops closed", id="since opens the sentence"),
    pytest.param("Humidity is expected to climb to 30 percent by Thursday.", "30 percent", "Humidity", id="climb to"),
    pytest.param("It is expected to reach $5 million.", "$5 million", "reach", id="a pronoun names nothing"),
    pytest.param("A projected 400 jobs will go.", "400", "jobs projected", id="projected as an adjective"),
    pytest.param("The storm dumped 6 inches of rain on parts of Kent.", "6", "rainfall", id="the goal of dumping"),
    pytest.param("Crews cleared 40 inches of snow in the city.", "40", "snow", id="in a common noun"),
    pytest.param("Port Ellis recorded 16.8 inches of rain in 36 hours.", "16.8", "rainfall", id="in a time"),
]


@pytest.mark.parametrize(("sentence", "number", "measure"), MEASURES + GUARDS)
def test_measure(sentence: str, number: str, measure: str) -> None:
    assert measure_of(sentence, number) == measure


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        pytest.param("devices shipped since it launched", "devices shipped", id="a clause"),
        pytest.param("share of capacity since a fire", "share of capacity", id="an event"),
        pytest.param("jobs added since March", "jobs added", id="a month"),
        pytest.param("since the launch", "since the launch", id="opens on since"),
        pytest.param("devices shipped", "devices shipped", id="no since"),
        pytest.param(None, None, id="no phrase"),
    ],
)
def test_without_since_clause(phrase: str | None, expected: str | None) -> None:
    assert without_since_clause(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "before", "expected"),
    [
        pytest.param(None, "The bill is likely to be over", "bill", id="likely to be, a qualifier"),
        pytest.param("reach", "Sales are forecast to reach", "Sales", id="forecast to reach"),
        pytest.param("projected to reach", "The market is projected to reach", "market", id="the chain's words"),
        pytest.param(None, "In May, the deficit was expected to be between", "deficit", id="after a comma"),
        pytest.param(None, "The fleet grew to 40 in 2020, and is expected to reach", "fleet", id="joined by and"),
        pytest.param(None, "It is expected to reach", None, id="a pronoun"),
        pytest.param(None, "A projected to reach", None, id="no auxiliary"),
        pytest.param(None, "The market is expected to grow to", None, id="no verb of reaching"),
        pytest.param("market size", "The market is projected to reach", None, id="a phrase that names something"),
    ],
)
def test_projected_subject(phrase: str | None, before: str, expected: str | None) -> None:
    assert projected_subject(phrase, before.split()) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        pytest.param("reach", True, id="the verb"),
        pytest.param("expected to be", True, id="the chain"),
        pytest.param("sales reach", False, id="a noun"),
        pytest.param(None, False, id="no phrase"),
    ],
)
def test_says_only_a_projection(phrase: str | None, expected: bool) -> None:
    assert says_only_a_projection(phrase) is expected


@pytest.mark.parametrize(
    ("phrase", "after", "expected"),
    [
        pytest.param(
            "snow fell", " inches of snow fell in parts of Vermont.", "snow in parts of Vermont", id="fell in"
        ),
        pytest.param("rainfall", " mm of rain in Leeds.", "rainfall in Leeds", id="in a town"),
        pytest.param(
            "snow",
            " inches of snow at the summit of Mount Ellery by March",
            "snow at the summit of Mount Ellery",
            id="at",
        ),
        pytest.param(
            "rainfall",
            " mm of rain could fall in the Dunmore valley",
            "rainfall in the Dunmore valley",
            id="could fall",
        ),
        pytest.param("rainfall", " inches of rain on parts of Kent", None, id="on: a goal"),
        pytest.param("rainfall", " mm of rain to the Dunmore valley", None, id="to: a goal"),
        pytest.param("snow", " inches of snow in the city", None, id="a common noun"),
        pytest.param("rainfall", " inches of rain in 36 hours", None, id="a time"),
        pytest.param("rainfall inland", " inches of rain in Kent", None, id="a phrase that says more"),
        pytest.param("water", " litres of water in Kent", None, id="not a fall"),
        pytest.param(None, " inches of rain in Kent", None, id="no phrase"),
    ],
)
def test_fall_place(phrase: str | None, after: str, expected: str | None) -> None:
    assert fall_place(phrase, after) == expected
