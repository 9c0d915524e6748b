"""Measures round 17 of issue 17: words a reader keeps that the stage cut. A clause in '-ing' right after a counted noun
('passed two bylaws restricting leaf blowers in parks') stays after the verb before the count (``counts``); an
owner in 's right before a share or an amount that is its limit or target ("the central bank's 2% target") goes
before the noun (``owners.possessed_level``); and a level told for an earlier time ('up from 5,100 a year
earlier') keeps the time (``earlier``). Invented sentences; each case fails on main 99cb851 but the guards
marked below, which hold what must not change."""

from __future__ import annotations

import pytest

from newsprep.extract.statistics.measures.earlier import with_earlier_time
from newsprep.extract.statistics.measures.owners import possessed_level
from tests.stages.builders import measure_of

# each case: the sentence, the statistic's text, its measure; the id names the rule
MEASURES = [
    pytest.param(
        "The council passed two bylaws restricting leaf blowers in parks.",
        "two",
        "bylaws passed restricting leaf blowers in parks",
        id="doing: a clause in -ing after the counted noun",
    ),
    pytest.param(
        "The closure has left 420 staff seeking other work.",
        "420",
        "staff left seeking other work",
        id="doing: after 'left'",
    ),
    pytest.param(
        "Inflation stayed above the central bank's 2% target.",
        "2%",
        "central bank's target",
        id="owner: a share that is an owner's target",
    ),
    pytest.param(
        "Bad loans rose past the regulator's 5 per cent ceiling.",
        "5 per cent",
        "regulator's ceiling",
        id="owner: a ceiling",
    ),
    pytest.param(
        "Complaints rose to 6,000, up from 5,100 a year earlier.",
        "5,100",
        "Complaints a year earlier",
        id="earlier: a level lent by its neighbour keeps its own time",
    ),
    pytest.param(
        "Yields fell to 37 bushels an acre, down from 47 bushels last year.",
        "47",
        "Yields last year",
        id="earlier: after the unit word",
    ),
    pytest.param(
        "The mortgage rate averaged 7.3% last week, up from 6.9% a year ago.",
        "6.9%",
        "mortgage rate a year ago",
        id="earlier: the second level's time, not the first's",
    ),
    pytest.param(
        "Staff numbers fell to 900, against 1,150 in the previous quarter.",
        "1,150",
        "Staff numbers in the previous quarter",
        id="earlier: after 'against'",
    ),
    # guards: these pass on main too
    pytest.param(
        "The state opened 42 shelters housing roughly 5,600 people.",
        "42",
        "shelters opened",
        id="guard: a clause in -ing that goes on to another number",
    ),
    pytest.param(
        "Police arrested 12 people during a raid.", "12", "people arrested during a raid", id="guard: 'during'"
    ),
    pytest.param("The firm laid off 300 employees.", "300", "employees laid off", id="guard: nothing after the noun"),
    pytest.param("Prices climbed past last year's 4% peak.", "4%", "peak", id="guard: a time owns nothing"),
    pytest.param("Shares fell below Friday's 3% floor.", "3%", "floor", id="guard: a day owns nothing"),
    pytest.param(
        "Growth beat the bank's 2% inflation target.", "2%", "inflation target", id="guard: a phrase of two words"
    ),
    pytest.param("Profit fell 11% from a year earlier.", "11%", "fall in Profit", id="guard: the start of a change"),
    pytest.param("Sales rose 4% this year.", "4%", "rise in Sales", id="guard: 'this year' is the time of now"),
    pytest.param(
        "The mortgage rate averaged 7.3% last week, up from 6.9% a year ago.",
        "7.3%",
        "mortgage rate",
        id="guard: a level of now keeps its phrase",
    ),
    pytest.param(
        "Global sales totalled 10.3 million vehicles last year.", "10.3 million", "Global sales", id="guard: 'totalled'"
    ),
    pytest.param(
        "The district had 52,300 pupils five years ago.", "52,300", None, id="guard: a time is no phrase alone"
    ),
]


@pytest.mark.parametrize(("sentence", "number", "measure"), MEASURES)
def test_measure(sentence: str, number: str, measure: str | None) -> None:
    assert measure_of(sentence, number) == measure


@pytest.mark.parametrize(
    ("before", "right", "phrase", "owned"),
    [
        (["above", "the", "central", "bank's"], ["target"], "target", "central bank's target"),
        (["under", "Orwell", "Foods’s"], ["budget"], "budget", "Orwell Foods’s budget"),
        (["under", "the", "board's", "nearly"], ["cap"], "cap", "board's cap"),  # the qualifier before the number
        (["under", "a", "board's"], ["cap"], "cap", "cap"),  # neither 'the' nor a name
        (["past", "today's"], ["high"], "high", "high"),
        (["it's"], ["lower"], "lower", "lower"),
        (["the", "bank's"], ["inflation", "target"], "inflation target", "inflation target"),
        (["the", "bank's"], ["target"], "goal", "goal"),  # the phrase is not the noun after the number
        (["the", "bank's"], ["target"], None, None),
    ],
)
def test_possessed_level(before: list[str], right: list[str], phrase: str | None, owned: str | None) -> None:
    assert possessed_level(before, right, phrase) == owned


@pytest.mark.parametrize(
    ("before", "number", "after", "phrase", "timed"),
    [
        ("up from ", "190", " five years ago.", "patients waiting", "patients waiting five years ago"),
        ("against ", "16 percent", " the year before, she said.", "online share", "online share the year before"),
        ("down from ", "47", " bushels last season", "yield", "yield last season"),
        ("compared with about ", "540", " in the previous quarter", "customers", "customers in the previous quarter"),
        ("from ", "5,100", ", a year earlier", "complaints", "complaints"),  # another clause
        ("up ", "11%", " from a year earlier", "fall in profit", "fall in profit"),
        ("from ", "4%", " this year", "rise in sales", "rise in sales"),
        ("totalled ", "35", " last year", "sales", "sales"),  # a level of now, no comparison
        ("from ", "35", " last year", "bonus last year", "bonus last year"),
        ("from ", "35", " last year", None, None),
    ],
)
def test_with_earlier_time(before: str, number: str, after: str, phrase: str | None, timed: str | None) -> None:
    text = before + number + after
    assert with_earlier_time(phrase, text, (len(before), len(before + number)), len(text)) == timed
