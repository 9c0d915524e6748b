"""Measures round 28 of issue 17: the words a reader writes that the number's clause holds in another form.

Counted over the failing phrases of the readable dev sets and fixture folders, most such words are added by the
reader (a period, 'yearly', beside a phrase that never names it) or already derived by the stage's own tables
(``word_classes.MONEY_NOUNS``, ``CHANGE_NOUNS``, ``sizes.SIZE_ADJECTIVES``). Three shapes held the clause's
own word where the readers of two or more sets wrote its derived form, and no reader kept the clause's:

- a money verb in the past tense left at the end of a money statistic's phrase ('each of whom spent about $112
  ashore' -> 'ashore spent'), now its noun first ('spending ashore');
- a length of rain ('16 inches of rain' -> 'rain'), now 'rainfall';
- a share or multiple told by 'effective' after its subject ('97 percent effective', 'as cost-effective as'), now
  'effectiveness'.

``derived_words`` holds the rules. Invented sentences; each case fails on base a884e82, the guards hold what
must not change (a count keeps its verb, a noun that ends a phrase, the money rules' own readings, 'money raised',
snow, a chance of rain, an adjective before its noun)."""

from __future__ import annotations

import pytest

from newsprep.extract.statistics.measures.derived_words import with_fall_noun, with_money_noun, with_quality_noun
from tests.stages.builders import measure_of

# each case: the sentence, the statistic's text, its measure; the id names the shape
MEASURES = [
    pytest.param(
        "Each of the 40,000 visitors spent about $85 downtown, the council said.",
        "$85",
        "spending downtown",
        id="spent, a place after the amount",
    ),
    pytest.param(
        "The film has now earned $310 million worldwide.", "$310 million", "earnings worldwide", id="earned, worldwide"
    ),
    pytest.param(
        "The county has spent $12 million repairing it since 2019.",
        "$12 million",
        "spending repairing",
        id="spent, a gerund after the amount",
    ),
    pytest.param(
        "The charity spent $2.1 million buying blankets last winter.",
        "$2.1 million",
        "spending buying blankets",
        id="spent, a gerund and its object",
    ),
    pytest.param(
        "The two firms have invested $50 million jointly.", "$50 million", "investment jointly", id="invested"
    ),
    pytest.param("Port Ellis recorded 9.2 inches of rain in two days.", "9.2", "rainfall", id="inches of rain"),
    pytest.param("Up to 120 mm of rain fell overnight.", "120", "rainfall overnight", id="rain fell"),
    pytest.param(
        "Forecasters warned that another 3 to 5 inches of rain could fall inland.",
        "5",
        "rainfall inland",
        id="rain could fall",
    ),
    pytest.param(
        "The vaccine is 91 percent effective, officials said.", "91 percent", "vaccine effectiveness", id="effective"
    ),
    pytest.param(
        "The new filter is four times as cost-effective as the old one.",
        "four times",
        "new filter cost-effectiveness as the old",
        id="as cost-effective as",
    ),
]

GUARDS = [
    pytest.param("About 412 people spent Tuesday night at the shelters.", "412", "people spent", id="a count's verb"),
    pytest.param("The club has sold 4,300 shirts so far.", "4,300", "shirts sold", id="a count sold"),
    pytest.param("Buyers spent $4.2 billion on toys last year.", "$4.2 billion", "spending on toys", id="spent on"),
    pytest.param("Starting pay rises to $19 an hour.", "$19", "Starting pay", id="a noun ending the phrase"),
    pytest.param("The fund raised $8 million overnight.", "$8 million", "overnight raised", id="money raised"),
    pytest.param("The team has lost $9 million so far this season.", "$9 million", "team losses", id="losses"),
    pytest.param(
        "The new data moves the estimate from about $3,900 to $9,100 per life saved.",
        "$9,100",
        "estimate per life saved",
        id="a participle after the amount",
    ),
    pytest.param("Nearly a foot of snow fell across the pass.", "a foot", "snow fell", id="snow"),
    pytest.param(
        "Forecasters gave a 20 percent chance of rain.", "20 percent", "chance of rain", id="a chance of rain"
    ),
    pytest.param(
        "She would set a 30 percent effective tax rate.", "30 percent", "effective tax rate", id="an adjective first"
    ),
]


@pytest.mark.parametrize(("sentence", "number", "expected"), MEASURES)
def test_the_derived_word_is_written(sentence: str, number: str, expected: str) -> None:
    assert measure_of(sentence, number) == expected


@pytest.mark.parametrize(("sentence", "number", "expected"), GUARDS)
def test_what_already_reads_its_measure_is_unchanged(sentence: str, number: str, expected: str) -> None:
    assert measure_of(sentence, number) == expected


@pytest.mark.parametrize(
    ("phrase", "before", "expected"),
    [
        ("ashore spent", "Each of whom spent about", "spending ashore"),
        ("worldwide earned", "The film has now earned", "earnings worldwide"),
        ("abroad borrowed", "The state borrowed", "borrowing abroad"),
        ("jointly invested", "They invested", "investment jointly"),
        ("estimate per life saved", "The data move the estimate from", "estimate per life saved"),  # after: 'per'
        ("spent", "She spent", "spent"),  # one word: nothing to reorder, and no measure on its own
        ("Starting pay", "Starting pay rises to", "Starting pay"),  # the present tense and nouns are left
        ("housing costs", "Rent and housing costs reached", "housing costs"),
        ("overnight raised", "The fund raised", "overnight raised"),  # 'money raised' is a phrase of its own
        ("Tom Grossed", "Tom Grossed", "Tom Grossed"),  # a capital: a name's word
        (None, "It spent", None),
    ],
)
def test_with_money_noun(phrase: str | None, before: str, expected: str | None) -> None:
    assert with_money_noun(phrase, before) == expected


@pytest.mark.parametrize(
    ("phrase", "unit", "expected"),
    [
        ("rain", "inches", "rainfall"),
        ("rain could fall inland", "inches", "rainfall inland"),
        ("heavy rain fell", "mm", "heavy rainfall"),
        ("rain gauges", "percent", "rain gauges"),  # not a length: not an amount of rain
        ("snow fell", "feet", "snow fell"),
        (None, "inches", None),
    ],
)
def test_with_fall_noun(phrase: str | None, unit: str, expected: str | None) -> None:
    assert with_fall_noun(phrase, unit) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("vaccine effective", "vaccine effectiveness"),
        ("cost-effective as cash", "cost-effectiveness as cash"),
        ("effective tax rate", "effective tax rate"),  # before its noun
        ("effectively free", "effectively free"),
        (None, None),
    ],
)
def test_with_quality_noun(phrase: str | None, expected: str | None) -> None:
    assert with_quality_noun(phrase) == expected
