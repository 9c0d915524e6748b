"""Measures round 18 of issue 17: counts and amounts the stage left without a phrase, or with a lone noun, though the
sentence says what they are. The whole of a series after an owner ('six of his last nine games') keeps its series
word, and an owner before 'will have' owns the count (``counts``); a count that does what a passive verb
before it says is its doer ('a meeting attended by 300 parents', ``agents``); an amount told per a base
keeps the base ('a bonus of $30 per kilogram of leaf', ``bases``); and an amount before the noun it prices
stops before the verb of that noun's clause ('the $60 lamp often goes on sale' -> 'lamp', ``money``).
Invented sentences; each case fails on main 77d6c41 but the guards marked below, which hold what must not change."""

from __future__ import annotations

import pytest

from newsprep.extract.statistics.measures.agents import passive_agent_count
from newsprep.extract.statistics.measures.bases import with_rate_base
from tests.stages.builders import measure_of

# each case: the sentence, the statistic's text, its measure; the id names the rule
MEASURES = [
    pytest.param(
        "The Otters have won seven of their last eight matches.",
        "eight",
        "last matches",
        id="series: the whole of a series after an owner",
    ),
    pytest.param("Vance has scored in six of his last nine games.", "nine", "last games", id="series: after 'his'"),
    pytest.param("The club won 11 of its last 14 games.", "14", "last games", id="series: the part has no noun"),
    pytest.param("The new line will have 19 stations.", "19", "stations of new line", id="owner: before 'will have'"),
    pytest.param("The tower would have 40 floors.", "40", "floors of tower", id="owner: before 'would have'"),
    pytest.param(
        "The board voted after a long meeting attended by more than 300 parents.",
        "300",
        "parents attending long meeting",
        id="agent: the doer of a passive verb",
    ),
    pytest.param(
        "Dorset won the final on Sunday, watched by 31,000 fans.",
        "31,000",
        "fans watching",
        id="agent: no noun phrase before the verb in its clause",
    ),
    pytest.param(
        "The ballots were checked by two clerks.",
        "two",
        "clerks checking ballots",
        id="agent: the subject of 'were checked'",
    ),
    pytest.param(
        "Organisers praised Friday's gala screened by 2 million households.",
        "2 million",
        "households screening gala",
        id="agent: a time in 's owns nothing",
    ),
    pytest.param(
        "Growers will receive a bonus of $30 per kilogram of green leaf.",
        "$30",
        "bonus per kilogram of green leaf",
        id="base: after 'per', with its 'of'",
    ),
    pytest.param(
        "Each coach was refitted at a cost of $2.1 million per coach, the operator said.",
        "$2.1 million",
        "cost per coach",
        id="base: one noun",
    ),
    pytest.param(
        "The new data moves the estimate from about $3,900 to $9,100 per life saved.",
        "$3,900",
        "estimate per life saved",
        id="base: lent to the start of a range",
    ),
    pytest.param(
        "The $60 desk lamp frequently drops in price.",
        "$60",
        "desk lamp",
        id="priced thing: the clause's verb after it is cut",
    ),
    pytest.param("A $5 coffee is a luxury.", "$5", "coffee", id="priced thing: before 'is'"),
    pytest.param("The $8 map was a bargain.", "$8", "map", id="priced thing: before 'was'"),
    pytest.param(
        "The firm's $2 million plan will fund new parks.",
        "$2 million",
        "firm's plan",
        id="priced thing: after an owner, before a modal",
    ),
    # guards: these pass on main too
    pytest.param(
        "The $500 fee charged to clients was illegal.",
        "$500",
        "fee charged to clients",
        id="guard: a participle before a preposition says which fee",
    ),
    pytest.param(
        "Turnover missed the $3.1 billion brokers had predicted.",
        "$3.1 billion",
        "brokers had predicted",
        id="guard: a clause whose object is the amount",
    ),
    pytest.param(
        "Pellmar opened its $40 million scheme to pave rural lanes.",
        "$40 million",
        "scheme to pave rural lanes",
        id="guard: no verb of the clause after the noun",
    ),
    pytest.param("The team has won three of its past five games.", "five", "past games", id="guard: 'past' series"),
    pytest.param("The Otters have lost five of their last seven.", "seven", "Otters lost", id="guard: no noun"),
    pytest.param("The city has 1.2 million residents.", "1.2 million", "residents of city", id="guard: 'has'"),
    pytest.param("The motion carried by 21 votes.", "21", None, id="guard: a margin, no doer"),
    pytest.param("The Otters trailed by 6 points at half-time.", "6", "Otters deficit", id="guard: a margin in points"),
    pytest.param(
        "Staff numbers increased by 420 nurses over the winter.",
        "420",
        "increase in Staff numbers",
        id="guard: a change, no doer",
    ),
    pytest.param("The fort was raided by four rival gangs.", "four", "rival gangs", id="guard: a phrase already"),
    pytest.param("The firm earned $1.20 per share.", "$1.20", "earnings per share", id="guard: a base already"),
    pytest.param("Unemployment was 9 per cent in March.", "9 per cent", "Unemployment", id="guard: 'per cent'"),
]


@pytest.mark.parametrize(("sentence", "number", "measure"), MEASURES)
def test_measure(sentence: str, number: str, measure: str | None) -> None:
    assert measure_of(sentence, number) == measure


@pytest.mark.parametrize(
    ("before", "noun", "phrase"),
    [
        (["a", "meeting", "attended", "by"], "parents", "parents attending meeting"),
        (["the", "cargo", "was", "carried", "by"], "trucks", "trucks carrying cargo"),
        (["a", "plan", "backed", "by"], "voters", "voters backing plan"),
        (["on", "Sunday,", "watched", "by"], "fans", "fans watching"),
        (["the", "plan", "agreed", "by"], "members", None),  # no stem to add '-ing' to
        (["the", "bill", "passed", "by"], "votes", None),  # a margin
        (["payrolls", "grew", "by"], "workers", None),
        (["payrolls", "expanded", "by"], "workers", None),  # a change
        (["the", "road", "lengthened", "by"], "metres", None),  # a measure
        (["led", "by"], "people", None),  # too short for a regular participle
        (["a", "meeting", "attended"], "parents", None),  # no 'by'
    ],
)
def test_passive_agent_count(before: list[str], noun: str, phrase: str | None) -> None:
    assert passive_agent_count(before, noun) == phrase


@pytest.mark.parametrize(
    ("phrase", "right", "based"),
    [
        ("bonus", ["per", "kilogram", "of", "green", "leaf"], "bonus per kilogram of green leaf"),
        ("fee", ["per", "night"], "fee per night"),
        ("fee", ["per", "cent"], "fee"),
        ("fee", ["a", "night"], "fee"),  # only 'per'
        ("nightly fee", ["per", "night"], "nightly fee"),  # a longer phrase says what it is
        ("fee", ["per"], "fee"),
        ("fee", ["per", "the", "night"], "fee"),
        (None, ["per", "night"], None),
    ],
)
def test_with_rate_base(phrase: str | None, right: list[str], based: str | None) -> None:
    assert with_rate_base(phrase, right) == based
