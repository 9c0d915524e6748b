"""What a statistic measures when the number before it says it (a list's verb, a change after a level, a running
total, a conversion, a comparison), and the words that are never in a measure; invented sentences."""

from __future__ import annotations

import pytest

from newsprep.extract.statistics import extract_statistics
from tests.stages.builders import make_article, measure_of

# (rule, sentence, the measure of each statistic in order): numbers whose measure their neighbour says
NEIGHBOURS = [
    ("a conversion", "The moon has a diameter of 1,900 miles (3,060 km).", ["diameter", "diameter"]),
    ("a list's verb", "The raid killed 12 soldiers and 3 civilians.", ["soldiers killed", "civilians killed"]),
    (
        "a list's verb, three items",
        "Agents seized two pistols, four rifles and 300 rounds of ammunition.",
        ["pistols seized", "rifles seized", "rounds seized"],
    ),
    (
        "a list after its verb",
        "The county has recorded 1,532 cases and 41 deaths.",
        ["cases recorded", "deaths recorded"],
    ),
    (
        "a list before its verb",
        "Seven people and two dogs were rescued from the river.",
        ["people rescued from the river", "dogs rescued from the river"],
    ),
    (
        "a change after a count",
        "The bakery sold 1.1 million loaves in May, down 4% from a year earlier.",
        ["loaves sold", "fall in loaves sold"],
    ),
    ("a change after a level", "Net income was $1.2 billion, up 9%.", ["Net income", "rise in Net income"]),
    (
        "people named by what happened",
        "The blast left 3 dead and 12 wounded.",
        ["people dead in blast", "people wounded in blast"],
    ),
    (
        "a running total",
        "The clinic reported 45 new cases on Sunday, bringing the total to 1,230.",
        ["new cases", "total new cases"],
    ),
    (
        "a change after a close",
        "The fund's shares closed at $45.20, down 3.1%.",
        ["fund's shares close", "fall in fund's shares"],
    ),
    ("the two ends of 'from ... to'", "Test scores rose from 5425 to 5641.", ["Test scores", "Test scores"]),
    (
        "a comparison after a time",
        "The jobless rate fell to 3.6% in October from 3.8%.",
        ["jobless rate", "jobless rate"],
    ),
    (
        "no comparison across a clause",
        "Earbuds sell for $150 and holiday pricing on thermostats starts from $139.",
        ["price of Earbuds", None],  # round 9: the subject of 'sell for' is what the price buys
    ),
]


@pytest.mark.parametrize(("rule", "sentence", "measures"), NEIGHBOURS, ids=[n[0] for n in NEIGHBOURS])
def test_measure_said_by_the_number_before(rule: str, sentence: str, measures: list[str | None]) -> None:
    assert [s.measures for s in extract_statistics(make_article(sentence))] == measures


@pytest.mark.parametrize(
    ("sentence", "number", "not_in_measure"),
    [
        ("Home prices rose 4.1% from a year earlier, down from a 4.6% gain in May.", "4.6%", "4.1"),
        ("Attendance fell to 12,000 from 15,000 a year earlier.", "15,000", "12,000"),
        ("Sales grew 1.8 percent and margins grew 3.5 percent.", "3.5 percent", "1.8"),
        ("The airline carried 3.2 million passengers in June, up 8% from a year ago.", "8%", "3.2"),
        # '―' (U+2015) opens an aside like an em dash: the aside's words are not the measure
        ("Inspectors said two of the five rules ― noise and dust ― were broken.", "two", "noise"),
        # a fallback phrase never holds another number (a table row of scores)
        ("Rovers 14 11 6 15 — 46", "46", "15"),
        ("Rovers 14 11 6 15 — 46", "11", "14"),
    ],
)
def test_words_never_in_the_measure(sentence: str, number: str, not_in_measure: str) -> None:
    """Another number in the clause (a comparison's other side, a table's other cells) or an aside."""
    assert not_in_measure not in (measure_of(sentence, number) or "")
