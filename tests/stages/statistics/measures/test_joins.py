"""Measures round 14 of issue 17: rules for the rows where two annotators agree on a statistic's `measures` and the
stage agrees with neither (`benchmarks/measures_agreement.py` over five dev sets), each a construction seen in
several articles: a phrase that runs on past an 'and' opening the next clause ('of the co-op members and see the
merger as a lifeline'), a count's noun joined by 'and' to a compound noun ('nurses and farm hands'), and a count of
the dead told as 'the deaths of N people' with a place after it. Invented sentences; each case fails on main f95847f
but the guards marked below, which hold what must not change."""

from __future__ import annotations

import pytest

from tests.stages.builders import measure_of

# each case: the sentence, the statistic's text, its measure; the id names the rule
MEASURES = [
    pytest.param(
        "Dairy farmers, who are nearly 60 percent of the co-op members and see the merger as a lifeline, back it.",
        "60 percent",
        "co-op members",
        id="'and' before a present verb",
    ),
    pytest.param(
        "Rents rose at three times the rate of wages and at a quickening pace.",
        "three times",
        "rate compared with wages",
        id="'and' before a preposition",
    ),
    pytest.param(
        "Divers lifted three sailors from the hull and could not reach the others.",
        "three",
        "sailors lifted from the hull",
        id="'and' before an auxiliary",
    ),
    pytest.param(
        "The guards said 12 inmates fled over the wall and then hid in the woods near Brill.",
        "12",
        "inmates fled over the wall",
        id="'and then'",
    ),
    pytest.param(
        "Crews rescued 63 people from rooftops and flooded cars.",
        "63",
        "people rescued from rooftops and flooded cars",
        id="guard: 'and' before an adjective in -ed",
    ),
    pytest.param(
        "The storm cut power to 150 locations in and around Marlow on Sunday.",
        "150",
        "locations in and around Marlow",
        id="guard: two prepositions",
    ),
    pytest.param(
        "Police said 707 people were shot and killed by officers last year.",
        "707",
        "people shot and killed by officers",
        id="guard: two participles",
    ),
    pytest.param(
        "About 300 nurses and farm hands joined the march in Brill.",
        "300",
        "nurses and farm hands",
        id="a compound noun joined by 'and'",
    ),
    pytest.param(
        "The guild says 9,000 weavers and their children face a hard spring.",
        "9,000",
        "weavers and their children",
        id="a second noun with a determiner",
    ),
    pytest.param(
        "About 300 nurses and porters joined the march.",
        "300",
        "nurses and porters",
        id="guard: a one-word second noun",
    ),
    pytest.param(
        "He described the deaths of 21 hikers in the Velder Gorge as an accident.",
        "21",
        "deaths of hikers in the Velder Gorge",
        id="the deaths of a count with a place",
    ),
    pytest.param(
        "The coroner reviewed the deaths of at least six sailors of the Marlow fleet.",
        "six",
        "deaths of sailors of the Marlow fleet",
        id="the deaths of a qualified count",
    ),
    pytest.param(
        "The court heard about the arrest of 36 smugglers in Marlow.",
        "36",
        "smugglers arrested",
        id="guard: another event before 'of'",
    ),
]


@pytest.mark.parametrize(("sentence", "number", "expected"), MEASURES)
def test_round_14_agreed_measures(sentence: str, number: str, expected: str | None) -> None:
    assert measure_of(sentence, number) == expected


def test_joined_clause_cut_needs_an_opening_word() -> None:
    from newsprep.extract.statistics.measures.joins import without_joined_clause  # new in this round

    assert without_joined_clause("growers and see the plan") == "growers"
    assert without_joined_clause("soldiers and police") == "soldiers and police"
    assert without_joined_clause("Ann and then Lee") == "Ann"
    assert without_joined_clause(None) is None


def test_joined_noun_length_counts_the_second_noun() -> None:
    from newsprep.extract.statistics.measures.joins import joined_noun_length  # new in this round

    assert joined_noun_length(["and", "porters", "joined"]) == 2
    assert joined_noun_length(["and", "farm", "hands", "joined"]) == 3
    assert joined_noun_length(["and", "their", "families", "are"]) == 3
    assert joined_noun_length(["and", "killed", "two"]) == 0
    assert joined_noun_length(["and", "thousands"]) == 0
