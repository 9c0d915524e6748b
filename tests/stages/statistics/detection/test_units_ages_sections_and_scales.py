"""Statistics detection round 5: what a fresh dev set (aeb-statistics-dev5) showed the stage gets wrong on text no
rule was written on, each kind written as a general construction and tested both ways on invented sentences.

- power written against its number with a capital W ('a 65W port') is a statistic in watts, unless the watts are
  part of a product's name (capitalised words up to a verb or a stop: 'the 40W Zephyr Desk Lamp is ...'); a speed
  in km/h written against it is one too, as '250kph' was;
- a bare number after a person and 'was' ('since she was 14 (...)') is an age, whatever punctuation follows;
- a number after the section sign ('§ 12') names a law's section; a capitalised hyphened name's number at the
  start of a sentence ('Wi-Fi 7, the next standard') names a version, as 'iPadOS 15' does;
- a date written day first with dots ('01.03.2021') is a date;
- a scaled value is the printed number times its scale, to six decimals ('8.3 million' is 8300000).
"""

from __future__ import annotations

import pytest

from tests.stages.builders import found_statistics


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The brick has a 65W port and a 20W port.", [("65W", 65.0, "watts"), ("20W", 20.0, "watts")]),
        ("It pushes 100W to a laptop.", [("100W", 100.0, "watts")]),
        ("Rivals offer dual 25W USB-C ports.", [("25W", 25.0, "watts")]),
        ("The old adapter gave 45W, barely enough.", [("45W", 45.0, "watts")]),
        ("A 140W Lumo Dock powers both screens.", [("140W", 140.0, "watts")]),
        ("The tram runs at 70km/h.", [("70km/h", 70.0, "kilometers per hour")]),
    ],
    ids=["ports", "bare", "before acronyms and a noun", "before a comma", "before a brand and a noun", "km/h"],
)
def test_power_and_speed_written_against_the_number(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert found_statistics(sentence) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("The $35 40W Zephyr Desk Lamp is bright.",), [("$35", 35.0, "usd")]),
        (("Brightway 90W USB-C Travel Charger",), []),
        (("I bought the 30W Pocket Charger for a trip.",), []),
        (("The oil is sold as 5W-30 in most shops.",), []),
    ],
    ids=["a product's name before 'is'", "a heading", "a name before 'for'", "an oil grade"],
)
def test_watts_in_a_product_name_are_no_statistic(
    paragraphs: tuple[str, ...], expected: list[tuple[str, float, str]]
) -> None:
    assert found_statistics(*paragraphs) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "I have fixed bikes since I was 15 (my first was a moped).",
        "When she was 9, she won her first race.",
        "They moved here when we were 12; the town was smaller.",
        "He started racing when he turned 16.",
    ],
    ids=["a bracket after", "a comma after", "a semicolon after", "turned"],
)
def test_a_number_after_a_person_and_was_is_an_age(sentence: str) -> None:
    assert found_statistics(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The team was 14 points behind at half time.", [("14", 14.0, "points")]),
        ("She was 3 seconds off the record and 12 places back.", [("12", 12.0, "places")]),
        ("The vote was 52 percent in favour.", [("52 percent", 52.0, "percent")]),
    ],
    ids=["points", "a duration and places", "a percent"],
)
def test_was_before_a_counted_noun_is_no_age(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert found_statistics(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The rule is set out in § 12 of the code.",
        "Wi-Fi 7, the next standard, is still rare.",
        "Wi-Fi 7 is still rare.",
        "Your tablet needs iPadOS 15 for the new features.",
        "The law takes effect on 01.03.2021 across the region.",
        "Entries close 15.11.2019 at noon.",
    ],
    ids=[
        "section sign",
        "a hyphened name's version",
        "a version before a verb",
        "a system's version",
        "a dotted date",
        "a dotted date again",
    ],
)
def test_names_sections_versions_and_dotted_dates_are_no_statistics(sentence: str) -> None:
    assert found_statistics(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Smith-Jones 25 points led the scoring.", [("25", 25.0, "points")]),
        ("New Wi-Fi 7 routers cost 40% more.", [("40%", 40.0, "percent")]),
        ("Prices rose 1.5 percent in March.", [("1.5 percent", 1.5, "percent")]),
        ("The council has 12.5 million euros left.", [("12.5 million euros", 12500000.0, "eur")]),
    ],
    ids=["a hyphened surname opens the sentence", "a version mid-sentence", "a decimal", "a decimal with a scale"],
)
def test_guards_beside_the_new_rules(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert found_statistics(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The city's population is 8.3 million.", [("8.3 million", 8_300_000.0, "count")]),
        (
            "The fund lost $2.3-4.1 billion.",
            [("$2.3", 2_300_000_000.0, "usd"), ("4.1 billion", 4_100_000_000.0, "usd")],
        ),
    ],
    ids=["a scaled count", "a scaled range"],
)
def test_a_scaled_value_is_the_printed_number_times_its_scale(
    sentence: str, expected: list[tuple[str, float, str]]
) -> None:
    """Exactly: a table's reader sees 8300000, not the float product 8300000.000000001."""
    assert [(text, repr(value), unit) for text, value, unit in found_statistics(sentence)] == [
        (text, repr(value), unit) for text, value, unit in expected
    ]
