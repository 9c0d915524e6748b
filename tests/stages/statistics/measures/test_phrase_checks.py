"""Measures round 25 of issue 17: a ``measures`` phrase never says the unit again. A phrase that opened on the
statistic's own unit of measure ('milligrams a day' for 400 milligrams, 'feet above flood stage' for 6 feet) repeated
it; the contract names what is measured ('speed of wind', not 'miles a hour'). ``unit_openings``:

- 'UNIT of X' is X, up to a second predicate ('500 ml of water and weighed' -> 'water');
- a length above or below a mark is a height or a depth ('height above flood stage');
- a distance said by where or until when is a distance ('300 miles on the test cycle' -> 'distance on the test
  cycle');
- any other phrase opening on the unit names nothing: none ('400 milligrams a day'), and a temperature's rule then
  says 'temperature' for degrees.

``is_a_measure`` (and so ``benchmarks/measures_check.py``) refuses a phrase opening on the unit. Counted nouns,
'times', 'points' and a game's 'yards' open their phrases by the convention and stay.

Invented sentences; each case fails on base 6b899eb, the guards hold what must not change."""

from __future__ import annotations

import pytest

from newsprep.extract.statistics.measures.phrase_checks import is_a_measure
from tests.stages.builders import measure_of

# each case: the sentence, the statistic's text, its measure; the id names the rule
MEASURES = [
    pytest.param("Adults may take 400 milligrams a day.", "400", None, id="unit opening: a rate of time says nothing"),
    pytest.param(
        "He drank 500 ml of water and weighed 80 kg.", "500", "water", id="unit of: the substance, not the verb"
    ),
    pytest.param("Most diners eat about 2,900 milligrams of salt a day.", "2,900", "salt", id="unit of: the substance"),
    pytest.param(
        "The lake crested at 12 feet on Friday, some 3 feet above flood stage.",
        "3",
        "height above flood stage",
        id="above a mark: a height",
    ),
    pytest.param(
        "The wreck was found, some 40 feet below the surface.",
        "40",
        "depth below the surface",
        id="below a mark: a depth",
    ),
    pytest.param(
        "In Europe you are looking at up to 410 km on the WLTP cycle.",
        "410",
        "distance on the WLTP cycle",
        id="travelled on: a distance",
    ),
    pytest.param(
        "By noon the thermometer showed 31 degrees in the shade.",
        "31",
        "temperature",
        id="degrees with nothing named: a temperature",
    ),
    pytest.param("The fleet hauled 90 tons and sailed home.", "90", None, id="unit then a verb: nothing named"),
]

GUARDS = [
    pytest.param(
        "Crews rescued 63 people from rooftops.", "63", "people rescued from rooftops", id="guard: a counted noun"
    ),
    pytest.param("The launch was delayed three times.", "three times", "times launch delayed", id="guard: times"),
    pytest.param("Okoro scored 34 points on Sunday.", "34", "points by Okoro", id="guard: points"),
    pytest.param("The goose was tracked for 300 miles.", "300", "distance tracked", id="guard: distance named already"),
    pytest.param("Temperatures climbed to 45 degrees on Tuesday.", "45", "Temperatures", id="guard: a level's subject"),
]

PHRASES = [
    pytest.param("milligrams a day", "milligrams", False, id="the unit opening"),
    pytest.param("ml of water", "ml", False, id="an abbreviation"),
    pytest.param("foot of the hill", "feet", False, id="a singular"),
    pytest.param("miles an hour", "miles per hour", False, id="a compound unit's first word"),
    pytest.param("people injured", "people", True, id="guard: a counted noun opens its phrase"),
    pytest.param("times launch delayed", "times", True, id="guard: times"),
    pytest.param("height above flood stage", "feet", True, id="guard: the measure named"),
]


@pytest.mark.parametrize(("sentence", "number", "expected"), MEASURES)
def test_measure_of_a_phrase_that_opened_on_its_unit(sentence: str, number: str, expected: str | None) -> None:
    assert measure_of(sentence, number) == expected


@pytest.mark.parametrize(("sentence", "number", "expected"), GUARDS)
def test_measure_that_must_not_change(sentence: str, number: str, expected: str | None) -> None:
    assert measure_of(sentence, number) == expected


@pytest.mark.parametrize(("phrase", "unit", "expected"), PHRASES)
def test_a_phrase_opening_on_its_unit_is_no_measure(phrase: str, unit: str, expected: bool) -> None:
    assert is_a_measure(phrase, unit) is expected
