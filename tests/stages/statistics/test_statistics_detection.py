"""Issue 17, detection round: which numbers are statistics, with which value and unit. Sub-headings are read (they
are paragraphs of the article, and a listing's heading is where its price is); a plural unit hyphened to its number;
megapixels; a range of multipliers; a scale or a period hyphened to an amount ('$4-billion', '$12-a-month'); the
second end of an age range, an age after "I'm" or opening a sentence; a race's distance; a model's edition, a list's
title and a sound system's channels; a group named by its age, an address on a numbered street, a camel-cased
product's model number, a college savings plan's name, a part of a thing ('the upper half'), a guess ('one or two'), a
whole said for emphasis, a ranking's first few, a label line ('Step 3'), a date with dots and a split decimal.
Invented sentences; each case fails on main 00e6c4e but the guards, which hold what must not change."""

from __future__ import annotations

import pytest

from newsprep.extract.statistics import extract_statistics
from newsprep.model import CleanArticle, Paragraph
from tests.stages.builders import found_statistics, make_article

# (rule, sentence, the statistics as (text, value, unit))
FOUND = [
    (
        "a plural unit hyphened: inches",
        "The van is 190-inches long.",
        [("190-inches", 190.0, "inches")],
    ),
    (
        "a plural unit hyphened, a decimal",
        "The display grew to 6.1-inches.",
        [("6.1-inches", 6.1, "inches")],
    ),
    ("a percent hyphened", "The pack fills to 70-percent in an hour.", [("70-percent", 70.0, "percent")]),
    ("megapixels glued", "The phone has a 16MP camera.", [("16MP", 16.0, "megapixels")]),
    ("megapixels hyphened", "It adds a 10-megapixel front shooter.", [("10-megapixel", 10.0, "megapixels")]),
    (
        "a range of multipliers",
        "Keep 20 to 25 times your salary in savings.",
        [("20", 20.0, "times"), ("25 times", 25.0, "times")],
    ),
    ("a multiplier before a possessive", "She earns 12 times her old pay.", [("12 times", 12.0, "times")]),
    ("a scale hyphened to an amount", "The firm signed a $4-billion deal.", [("$4-billion", 4e9, "usd")]),
    (
        "an amount by the period, hyphened",
        "The mill became a $90-million-a-year exporter.",
        [("$90-million", 9e7, "usd")],
    ),
    ("a price by the month, hyphened", "It includes the $12-a-month plan.", [("$12", 12.0, "usd")]),
    # guards
    ("guard: a singular unit before a noun is a compound", "The van has 19-inch wheels.", []),
    ("guard: a measured compound", "It has a 2,000-mile range.", [("2,000-mile", 2000.0, "miles")]),
    ("guard: an edition word before a plural noun", "Sales of 40 Pro models rose.", [("40", 40.0, "models")]),
    ("guard: a percent opening a sentence", "At 40 percent, the rate is high.", [("40 percent", 40.0, "percent")]),
    ("guard: a count after an adverb opening a sentence", "Nearly 40 died in the storm.", [("40", 40.0, "count")]),
    ("guard: a count of plans", "The state offers 12 plans.", [("12", 12.0, "plans")]),
    ("guard: a share that is half", "Half of the voters backed it.", [("Half", 50.0, "percent")]),
    ("guard: a doubling", "Turnout rose 100 percent in the county.", [("100 percent", 100.0, "percent")]),
    ("guard: a short line with a count of things", "Marchers filled 40 streets", [("40", 40.0, "streets")]),
    ("guard: a decimal", "The index rose to 2019.5 points.", [("2019.5", 2019.5, "points")]),
    ("guard: a scale hyphened to a bare number", "A 3-million-member union backed it.", []),
    ("guard: a scale glued to an amount", "The club paid £42million for him.", [("£42million", 42e6, "gbp")]),
]

NOT_STATISTICS = [
    ("the second end of an age range", "For workers between the ages of 18 and 24, jobs are scarce."),
    ("an age after I'm", "I'm 81 and still drive."),
    ("an age opening a sentence", "At 17, she joined the navy."),
    ("a race's distance", "She won the 400 meter freestyle title on Sunday."),
    ("a race's distance, metres", "He was third in the 800 metre run."),
    ("a model's edition", "The screen on the 14 Pro Max glows brighter."),
    ("a list's title", "He made the 30 Under 30 roster this spring."),
    ("a sound system's channels", "The den has 7.1 surround audio."),
    ("a group named by its age", "The grant helps voters under 25 find work."),
    ("a group named by its age, capitalised", "Voters over 65 backed the measure."),
    ("an address with an ordinal street", "The shop is at 212 West 44th Street."),
    ("a product's model number, one camel-cased word", "ZoomPods 2 sold out fast."),
    ("a college savings plan's name", "Read more about 529 college savings plans."),
    ("a college savings plan's name, short", "Parents can open 529 accounts online."),
    ("a part of a thing, not a share", "The storm tore off the upper half of the sign."),
    ("a part of a thing, top", "Paint only the top half of the door."),
    ("a guess at a small amount", "Expect one or two guards at the gate."),
    ("a whole said for emphasis, before an adjective", "I am 100 percent sure of it, he said."),
    ("a whole said for emphasis, after a pronoun", "The coach backs him 100%."),
    ("the first few of a ranking after 'the'", "Here are the 8 best cheap laptops for school."),
    ("a line that labels what follows", "Step 3"),
    ("a line that labels what follows, hyphened word", "Wi-Fi 6"),
    ("a date written with dots", "Doors open 2019.04.05 at the hall."),
    ("a decimal split by a stray space", "The kit adds a 2. 5mm plug."),
]


@pytest.mark.parametrize(("rule", "sentence", "expected"), FOUND, ids=[case[0] for case in FOUND])
def test_found(rule: str, sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert found_statistics(sentence) == expected, rule


@pytest.mark.parametrize(("rule", "sentence"), NOT_STATISTICS, ids=[case[0] for case in NOT_STATISTICS])
def test_not_statistics(rule: str, sentence: str) -> None:
    assert extract_statistics(make_article(sentence)) == (), rule


def test_sub_headings_are_read() -> None:
    heading, body = "Zoomer kettle for $45", "It boils a litre in a minute."
    text = f"{heading}\n\n{body}"
    paragraphs = (
        Paragraph(0, "heading", heading, 0, len(heading)),
        Paragraph(1, "body", body, len(heading) + 2, len(text)),
    )
    stats = extract_statistics(CleanArticle("T", None, (), text, paragraphs, ()))
    assert [(s.text, s.value, s.unit, s.paragraph_idx) for s in stats] == [("$45", 45.0, "usd", 0)]
    assert text[stats[0].char_start : stats[0].char_end] == "$45"
