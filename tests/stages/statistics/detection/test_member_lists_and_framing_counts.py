"""Statistics round 16 (issue 17): constructions read on the two fresh dev sets (`lee-statistics-dev5`,
`np4k-statistics-dev`), each found in more than one article and corpus of the readable text, tested on invented
sentences.

- a count whose members are all named right after it, set off by a dash typed as a spaced hyphen or two ('seven
  countries - A, B ... and G -', 'all three airports -- A, B and C --'), is no entry, as with a real dash or a comma;
- a count before its noun in scare quotes ('five “guest judges”', 'three "pilot schemes" a year') counts that noun,
  and its clause goes on after the closing mark ('pilot schemes in the north', not null);
- a temperature glued to a capital C ('the kiln hit 41C') is an entry in degrees ('degrees celsius' since statistics
  round 36, which names the scale);
- a year dating the first amount of a change ('from $2 billion in 2019 to $3 billion') is no range's low end in
  dollars (a guard of the guide's years: one sentence of the readable text has the construction, its 'roughly' kept
  it out);
- a small count of the writer's framing nouns before a colon ('Two questions: who pays? And when?', 'shaped by two
  factors: cost and time') announces the list after it, as 'two things to know' does: no entry;
- 'the two teams', 'the two groups' (and clubs, squads, companies, firms) point at the sides the article has named,
  as 'the two countries' and 'the two men' did: no entry;
- measures: a temperature whose clause names nothing ("it's 31 degrees") measures 'temperature' (new module
  ``temperatures``), not null; an angle keeps its own phrase.

Guards: names, versions, years, ages, ranks and list numbers stay as they were; a count with examples after a dash
stays; a capital C before a noun names a rating or a model.
"""

from __future__ import annotations

import pytest

from newsprep.extract.statistics import extract_statistics
from tests.stages.builders import FoundStatistics, found_statistics, make_article


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Aid reaches 12 million people in seven countries - Arland, Belmar, Corvia, Dessa, Elmont, Farrow and "
            "Gale - the agency said.",
            [("12 million", 12000000.0, "people")],
        ),
        ("Winds hit all three city airports -- Kenner, Lodi and Marsh -- on Monday.", []),
        ("The firm hired two engineers - Ana Roe and Lee Voss - last week.", []),
    ],
    ids=["spaced hyphen", "two hyphens after 'all'", "two people"],
)
def test_a_count_whose_members_are_named_after_a_typed_dash_is_no_entry(
    sentence: str, expected: FoundStatistics
) -> None:
    assert found_statistics(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Winds hit three city airports -- Kenner and Lodi among them -- on Monday.",
            [("three", 3.0, "airports")],
        ),
        ("Prices rose in five states - Arland, Belmar and Corvia among them.", [("five", 5.0, "states")]),
        ("The club signed four players - two from Arland and two from Belmar.", [("four", 4.0, "players")]),
        ("Sales fell in four regions - Arland, Belmar and Corvia - this year.", [("four", 4.0, "regions")]),
        ("Sales fell 5 - 7 percent in the north.", [("5", 5.0, "percent"), ("7 percent", 7.0, "percent")]),
    ],
    ids=["examples with 'among them'", "examples, no closing dash", "not names", "fewer names than counted", "range"],
)
def test_a_count_with_examples_or_other_words_after_a_dash_stays(sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence)[: len(expected)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The show hired five “guest judges,” three of whom were chefs.", [("five", 5.0, "judges")]),
        ('The council runs three "pilot schemes" in the north each spring.', [("three", 3.0, "schemes")]),
    ],
    ids=["curly quotes", "straight quotes"],
)
def test_a_count_before_its_noun_in_scare_quotes_counts_it(sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('She said "2019 was a hard year" for the club.', []),
        ('Rell won the "Best Picture" award in 2019.', []),
    ],
    ids=["a quotation opening on a year", "a title"],
)
def test_quotation_guards(sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The kiln hit 41C, and the glaze cracked.", [("41C", 41.0, "degrees celsius")]),
        (
            "The orchard baked all week, with the mercury at 38C. Then the rain came.",
            [("38C", 38.0, "degrees celsius")],
        ),
        (
            "The pump trips at 65C — earlier than the 90C that old chips hit.",
            [("65C", 65.0, "degrees celsius"), ("90C", 90.0, "degrees celsius")],
        ),
        ("It was 31C on Monday.", [("31C", 31.0, "degrees celsius")]),
    ],
    ids=["before a comma", "before a full stop", "before a dash and 'that'", "before 'on'"],
)
def test_a_temperature_glued_to_a_capital_c_is_in_degrees(sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He bought a Type 4C cable and a 12C battery.", []),
        ("The bus left from gate 5C at noon.", []),
        ("They met in Room 12C on Friday.", []),
        ("It was 31 degrees on Monday.", [("31", 31.0, "degrees")]),
    ],
    ids=["a rating or a model before a noun", "a gate", "a room", "degrees written apart (as before)"],
)
def test_celsius_guards(sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The club was founded in 1998 on Route 66.", []),
        ("Rell finished in the top 10 twice.", []),
        ("Lee Voss, 34, said the plan worked.", []),
        ("The app's version 2 shipped in May.", []),
        ("4. Ana Mendes 9 rebounds.", [("9", 9.0, "rebounds")]),
    ],
    ids=["a year and a name", "a rank", "an age", "a version", "a list number"],
)
def test_what_the_guide_leaves_out_stays_out(sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Debt rose from $2 billion in 2019 to $3 billion.",
            [("$2 billion", 2000000000.0, "usd"), ("$3 billion", 3000000000.0, "usd")],
        ),
        (
            "Revenue fell from €4 billion in 2020 to €3.1 billion in 2021.",
            [("€4 billion", 4000000000.0, "eur"), ("€3.1 billion", 3100000000.0, "eur")],
        ),
    ],
    ids=["dollars", "euros, both years"],
)
def test_a_year_dating_a_change_is_no_range_end(sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It costs $2,000 to $3,000 a month.", [("$2,000", 2000.0, "usd"), ("$3,000", 3000.0, "usd")]),
        ("Members grew from 1,200 in 2019 to 1,500 in 2021.", [("1,200", 1200.0, "count"), ("1,500", 1500.0, "count")]),
        ("Prices fell from 2000 to $3,000 in a year.", [("2000", 2000.0, "usd"), ("$3,000", 3000.0, "usd")]),
    ],
    ids=["a range of amounts", "counts with years (as before)", "a bare low end not after 'in' (as before)"],
)
def test_range_guards(sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence) == expected


def _measures(sentence: str) -> list[str | None]:
    return [statistic.measures for statistic in extract_statistics(make_article(sentence))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Wind, then hail, and by noon just 28 degrees. Nobody went out.", ["temperature"]),
        ("The pump trips at 65C — earlier than the 90C that old chips hit.", ["pump trips", "temperature"]),
    ],
    ids=["a clause with no noun", "after 'the', before 'that'"],
)
def test_a_temperature_with_no_holder_measures_temperature(sentence: str, expected: list[str | None]) -> None:
    assert _measures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Temperatures in Dunmore reached 112 degrees on Thursday.", ["Temperatures in Dunmore"]),
        ("The screen tilts 30 degrees.", ["screen tilts"]),
        ("The bracket holds the panel at an angle of 40 degrees.", ["angle"]),
        ("Wind, then hail, and by noon just 28 percent. Nobody went out.", ["by noon"]),
    ],
    ids=["a temperature with its holder (as before)", "an angle's phrase", "an angle (as before)", "not degrees"],
)
def test_temperature_measure_guards(sentence: str, expected: list[str | None]) -> None:
    assert _measures(sentence) == expected


def test_the_clause_of_a_scare_quoted_noun_goes_on_after_its_closing_mark() -> None:
    measures = _measures("The council will run three “pilot schemes” of street lighting in the north.")
    assert measures == ["pilot schemes of street lighting in the north"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Two questions: Who pays for the bridge? And when will Voss decide?",
        "Her choice was shaped by two factors: the cost of fuel and the length of the route.",
        "There are three reasons: cost, time and scope.",
    ],
    ids=["questions opening a sentence", "factors after a verb", "reasons"],
)
def test_a_count_announcing_the_list_after_its_colon_is_no_entry(sentence: str) -> None:
    assert found_statistics(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The panel asked 12 questions: six on cost and six on time.", [("12", 12.0, "questions")]),
        ("The panel asked 12 questions during the hearing.", [("12", 12.0, "questions")]),
        ("There are two reasons for the delay.", [("two", 2.0, "reasons")]),
        ("He faces three charges: fraud, theft and bribery.", [("three", 3.0, "charges")]),
    ],
    ids=["a larger count before a colon", "no colon", "no colon, small", "another noun"],
)
def test_counts_of_questions_and_reasons_that_stay(sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence)[:1] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Arland beat Belmar in May. After the ceremony, the two teams took the field.",
        "Police named Red Hand and Blue Line. Talks between the two groups broke down on Friday.",
        "Talks between Corvo and Dessa Ltd went on. The two companies agreed to merge.",
    ],
    ids=["teams", "groups", "companies"],
)
def test_the_two_sides_named_before_are_no_entry(sentence: str) -> None:
    assert found_statistics(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The museum restored the two murals in its lobby.", [("two", 2.0, "murals")]),
        ("Roe and their two children moved north.", [("two", 2.0, "children")]),
        ("The three teams met in May.", [("three", 3.0, "teams")]),
        ("The league added two teams in May.", [("two", 2.0, "teams")]),
    ],
    ids=["another noun (as before)", "'their' (as before)", "three (as before)", "no 'the'"],
)
def test_counts_of_two_that_stay(sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence) == expected
