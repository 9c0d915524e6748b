"""Measures round 24 of issue 17: constructions a blind set of invented news in the held-out set's genres showed
failing (``tests/fixtures/statistics-business``: a market close, quarterly results, a trade release, a drug trial, a
bird survey, crime figures, a poll, a basketball game), each also failing or half-read in other folders:

- a bare count or a share of a group a sentence opens with ('Of the 62 species studied,', 'Among homeowners,'),
  then a verb in the past with no auxiliary, is the group doing what the verb says: 'species declined',
  'homeowners backed the measure' (``actions.group_done_by``; the passive 'five were picked' was read
  already);
- a number right after a verb of averaging whose clause gives only that verb or nothing ('Jet fuel, the biggest
  cost, averaged $2.61 a gallon'; 'Okoro ... and is averaging 27.4 points a game') is the average of the sentence's
  subject, past its asides or its first predicate (``averages``).

Invented sentences; each case fails on base 1fa7f2b, the guards hold what must not change."""

from __future__ import annotations

import pytest

from tests.stages.builders import measure_of

# each case: the sentence, the statistic's text, its measure; the id names the rule
MEASURES = [
    pytest.param(
        "Of the 62 species studied, 41 declined over the period.",
        "41",
        "species declined over the period",
        id="group done by: a bare count, an active verb",
    ),
    pytest.param(
        "Of the 40 schools inspected, 12 failed the review.",
        "12",
        "schools failed the review",
        id="group done by: a verb and its object",
    ),
    pytest.param(
        "Of the 80 ponds sampled, 30 dried out, 22 showed no change and nine flooded.",
        "22",
        "ponds showed no change",
        id="group done by: the second count of a list",
    ),
    pytest.param(
        "Among homeowners, 49 per cent backed the measure.",
        "49 per cent",
        "homeowners backed the measure",
        id="group done by: a share",
    ),
    pytest.param(
        "Diesel, the fleet's biggest cost after wages, averaged $3.90 a gallon.",
        "$3.90",
        "average of Diesel",
        id="averaged: the subject past an aside",
    ),
    pytest.param(
        "Mendes, the team's top scorer, is averaging 22.5.",
        "22.5",
        "average of Mendes",
        id="averaged: a progressive, no unit",
    ),
    pytest.param(
        "Ortiz scored 31 points on Friday and is averaging 26.2 this season.",
        "26.2",
        "average of Ortiz",
        id="averaged: after a first predicate",
    ),
]

GUARDS = [
    pytest.param(
        "Of the 12 referees at the tournament, five were picked by the league.",
        "five",
        "referees picked by the league",
        id="guard: the passive after an opening group",
    ),
    pytest.param(
        "Of the 140 posts cut, 62 are teaching jobs.",
        "62",
        "cut",
        id="guard: a copula and a noun is no doing",
    ),
    pytest.param(
        "In March, 120 patients recovered fully.",
        "120",
        "patients recovered fully",
        id="guard: an opening phrase of time is no group",
    ),
    pytest.param(
        "Vance is averaging 29.6 points per game this season.",
        "29.6",
        "points per game",
        id="guard: an average whose clause names its unit stays",
    ),
    pytest.param(
        "The rate on a 30-year fixed mortgage averaged 7.31% last week.",
        "7.31%",
        "rate on a 30-year fixed mortgage",
        id="guard: an average with its subject in the clause",
    ),
    pytest.param(
        "The camera shot an average of 60 frames per second.",
        "60",
        "frames per second",
        id="guard: 'an average of' is a named quantity",
    ),
]


@pytest.mark.parametrize(("sentence", "number", "expected"), MEASURES)
def test_measure_of_a_business_genre_construction(sentence: str, number: str, expected: str | None) -> None:
    assert measure_of(sentence, number) == expected


@pytest.mark.parametrize(("sentence", "number", "expected"), GUARDS)
def test_measure_that_must_not_change(sentence: str, number: str, expected: str | None) -> None:
    assert measure_of(sentence, number) == expected
