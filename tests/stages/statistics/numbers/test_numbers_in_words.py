"""Statistics round 29 of issue 17: numbers and shares written in words, from a blind set
(``tests/fixtures/statistics-words``).

- a share with its group's noun between its numbers ('one charity in eight', 'one pupil in twelve') is a share in
  percent, as 'one in eight charities' is; not 'one study in 24 adults' (a noun after the denominator: the 24 count
  the adults). Its phrase reads the noun as 'one in eight charities' would;
- 'a hundred and fifty' is one number, as 'one hundred and fifty' is (not 'a hundred' and a second number 'fifty');
- 'eighty-five miles an hour' is one number word before a compound unit, not a range from eighty to five;
- a fraction with no 'of' before a plural subject's verb ('a third would accept', 'Half were asked') is a share of
  the group the sentence names; a fraction before 'below' or 'above' ('a tenth below the level') is the size of a
  difference, as 'a tenth lower than' is;
- 'a crowd of six thousand' counts the people in the crowd, as 'a crew of six' does;
- a vote's tally ('approved by 42 votes to 11', 'by forty-two votes to eleven') is a result, no entry, as 'voted
  7-4' is.

Invented sentences. The cases fail on the base (a884e82), the guards pass on both.
"""

from __future__ import annotations

import pytest

from newsprep.extract.statistics import extract_statistics
from tests.stages.builders import make_article

Row = tuple[str, float, str | None]

# (sentence, every row: text, value, unit)
CASES = [
    pytest.param(
        "One bakery in five says it will close before spring.",
        [("One bakery in five", 20.0, "percent")],
        id="a share with its noun inside, a verb after",
    ),
    pytest.param(
        "Truancy fell last year to one student in twelve.",
        [("one student in twelve", 8.333333, "percent")],
        id="a share with its noun inside, at the sentence's end",
    ),
    pytest.param(
        "The report found one farm in four reporting losses.",
        [("one farm in four", 25.0, "percent")],
        id="a share with its noun inside, a participle after",
    ),
    pytest.param(
        "The trust employs a hundred and sixty nurses.",
        [("a hundred and sixty", 160.0, "nurses")],
        id="a hundred and sixty",
    ),
    pytest.param(
        "A hundred and twenty thousand people marched.",
        [("A hundred and twenty thousand", 120000.0, "people")],
        id="a hundred and twenty thousand",
    ),
    pytest.param(
        "Winds reached seventy-five miles an hour at the pier.",
        [("seventy-five", 75.0, "miles per hour")],
        id="a number word hyphened before a speed",
    ),
    pytest.param(
        "The park covers thirty-five square miles.",
        [("thirty-five", 35.0, "square miles")],
        id="a number word hyphened before an area",
    ),
    pytest.param(
        "Of the members polled, a third would strike.",
        [("a third", 33.333333, "percent")],
        id="a third would",
    ),
    pytest.param(
        "Half were given the new drug.",
        [("Half", 50.0, "percent")],
        id="Half were",
    ),
    pytest.param(
        "Sales are still a fifth below their peak.",
        [("a fifth", 20.0, "percent")],
        id="a fraction below a level",
    ),
    pytest.param(
        "They played before a crowd of nine thousand, a record.",
        [("nine thousand", 9000.0, "count")],
        id="a crowd of a number in words",
    ),
    pytest.param(
        "The plan was approved by 42 votes to 11.",
        [],
        id="a vote's tally in digits",
    ),
    pytest.param(
        "The assembly passed the bill by thirty votes to nine.",
        [],
        id="a vote's tally in words",
    ),
]

GUARDS = [
    pytest.param(
        "One study in 40 older adults found no effect.",
        [("40", 40.0, "adults")],
        id="guard: a noun after the denominator counts it",
    ),
    pytest.param(
        "He scored one goal in five games.",
        [("five", 5.0, "games")],
        id="guard: a count of games",
    ),
    pytest.param(
        "One in eight charities says it was a victim.",
        [("One in eight", 12.5, "percent")],
        id="guard: the share with its noun after",
    ),
    pytest.param(
        "The council will cut two hundred and twenty jobs.",
        [("two hundred and twenty", 220.0, "jobs")],
        id="guard: hundreds with a number word before",
    ),
    pytest.param(
        "About a hundred people came.",
        [("a hundred", 100.0, "people")],
        id="guard: a hundred alone",
    ),
    pytest.param(
        "The reserve covers twenty to thirty square miles.",
        [("twenty", 20.0, "square miles"), ("thirty", 30.0, "square miles")],
        id="guard: a range of number words before a compound unit",
    ),
    pytest.param(
        "The second half were better than the first.",
        [],
        id="guard: a period of a match",
    ),
    pytest.param(
        "A quarter was spent on rent.",
        [],
        id="guard: a quarter with a singular verb",
    ),
    pytest.param(
        "Her lead rose by 20 votes to 300.",
        [("20", 20.0, "votes"), ("300", 300.0, "count")],
        id="guard: a change and a level in votes",
    ),
    pytest.param(
        "Pruitt finished with 6,214 votes to 6,176 for Ostrowski.",
        [("6,214", 6214.0, "votes"), ("6,176", 6176.0, "count")],
        id="guard: two candidates' totals",
    ),
]

# (sentence, the statistic's text, its measures)
MEASURE_CASES = [
    pytest.param(
        "One bakery in five says it will close before spring.",
        "One bakery in five",
        "bakeries says it will close before spring",
        id="the noun inside a share read as the group it counts",
    ),
]

MEASURE_GUARDS = [
    pytest.param(
        "One in five bakeries says it will close before spring.",
        "One in five",
        "bakeries says it will close before spring",
        id="guard: the noun after the share",
    ),
]


def _measures(sentence: str, text: str) -> str | None:
    return next(s.measures for s in extract_statistics(make_article(sentence)) if s.text == text)


def _rows(sentence: str) -> list[Row]:
    return [(s.text, s.value, s.unit) for s in extract_statistics(make_article(sentence))]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_round29_case(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), GUARDS)
def test_round29_guard(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected


@pytest.mark.parametrize(("sentence", "text", "expected"), MEASURE_CASES)
def test_round29_measure_case(sentence: str, text: str, expected: str) -> None:
    assert _measures(sentence, text) == expected


@pytest.mark.parametrize(("sentence", "text", "expected"), MEASURE_GUARDS)
def test_round29_measure_guard(sentence: str, text: str, expected: str) -> None:
    assert _measures(sentence, text) == expected
