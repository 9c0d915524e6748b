"""Statistics detection round 11: numbers the stage published in one spelling and dropped in another that the
annotation guide counts the same, each written as a general construction and tested both ways on invented sentences.

- a box score's line with the player's full name opening it ('Kira Dalton 14 points.') counts as the surname alone
  does ('Dalton 14 points.');
- millimetres and centimetres glued to a number before 'of' ('1.6mm of depth') are the size, as '1.6 mm of depth'
  written apart and '1.6mm thick' are;
- a unit glued to a range's second end ('from 401 to 412ppi', '5 to 10mm') is both ends' unit, as it is written apart
  ('401 ppi to 412 ppi'); 'ppi' glued on is read as a density, as '326 ppi' apart is a count;
- four digits the sentence calls a score ('scored 1040', 'a final score of 1875', 'scores jumped from 1310 to 1390')
  are counts, not years.

Guards: names and versions holding numbers, years, ranks, list numbers and pence stay as they were.
"""

from __future__ import annotations

import pytest

from newsprep.extract.statistics import extract_statistics
from tests.stages.builders import FoundStatistics, found_statistics, make_article


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Kira Dalton 14 points.", [("14", 14.0, "points")]),
        ("Kira Dalton 14 points and 3 steals.", [("14", 14.0, "points"), ("3", 3.0, "steals")]),
        ("Harbour (2-0): Ana Mendes-Roy 9 rebounds.", [("9", 9.0, "rebounds")]),
        ("Pell won. Oto Vasq 3 goals, 2 assists.", [("3", 3.0, "goals"), ("2", 2.0, "assists")]),
    ],
    ids=["full name opens the line", "two counts", "after a colon, a hyphened surname", "a second sentence"],
)
def test_a_box_score_count_after_a_full_name(sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Dalton 14 points.", [("14", 14.0, "points")]),
        ("Windows Phone 8 users were angry.", []),
        ("Galaxy Note 9 owners say the battery is weak.", []),
        ("The fans met Kira Dalton 14 times last year.", []),
        ("In Team Blue 9 players were hurt.", []),
        ("Apollo Mission 11 landed on time.", []),
    ],
    ids=[
        "the surname alone (as before)",
        "a product's version runs on",
        "a model before its verb",
        "a name inside the sentence",
        "an opener before a name",
        "no counted noun after",
    ],
)
def test_names_holding_numbers_stay_names(sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The pad gives 1.6mm of press depth.", [("1.6mm", 1.6, "millimeters")]),
        ("The storm left 2.5cm of hail on the road.", [("2.5cm", 2.5, "centimeters")]),
        ("The pad gives 1.6 mm of press depth.", [("1.6", 1.6, "mm")]),
        ("The shell is 7.9mm thick.", [("7.9mm", 7.9, "millimeters")]),
    ],
    ids=["mm before of", "cm before of", "written apart (as before)", "before a dimension (as before)"],
)
def test_millimetres_glued_before_of_are_a_size(sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The panel's density rose from 401 to 412ppi.",
            [("401", 401.0, "pixels per inch"), ("412ppi", 412.0, "pixels per inch")],
        ),
        (
            "Forecasters expect 5 to 10mm of rain.",
            [("5", 5.0, "millimeters"), ("10mm", 10.0, "millimeters")],
        ),
        (
            "The charger grew from 20 to 45W this year.",
            [("20", 20.0, "watts"), ("45W", 45.0, "watts")],
        ),
        ("The tablet has a 264ppi screen.", [("264ppi", 264.0, "pixels per inch")]),
    ],
    ids=["ppi on the high end", "mm on a range", "watts on the high end", "ppi on one number"],
)
def test_a_unit_glued_to_a_range_end_is_both_ends_unit(sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence) == expected


def test_a_glued_range_is_one_range_and_a_change_is_two_numbers() -> None:
    ranged = extract_statistics(make_article("Forecasters expect 5 to 10mm of rain."))
    changed = extract_statistics(make_article("The panel's density rose from 401 to 412ppi."))
    assert [s.range_id for s in ranged] == [1, 1]
    assert [s.range_id for s in changed] == [None, None]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The video went from 720 to 1080p.", [("720", 720.0, "count")]),
        ("The snack costs 20 to 30p.", []),
        ("The A320 to 350ppi claim was wrong.", []),
    ],
    ids=["a video's lines", "pence stay one number at a time", "a model's name before the range"],
)
def test_glued_range_guards(sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The chip scored 1040 in the single-core test.", [("1040", 1040.0, "count")]),
        ("The tablet posted a final score of 1875.", [("1875", 1875.0, "count")]),
        (
            "Both rigs' scores jumped from 1310 to 1390.",
            [("1310", 1310.0, "count"), ("1390", 1390.0, "count")],
        ),
    ],
    ids=["scored", "a score of", "scores rose from one to the other"],
)
def test_four_digits_called_a_score_are_counts(sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The team scored in 2019 and 2020.", []),
        ("Test scores from 2019 to 2021 were flat.", []),
        ("The club was founded in 1998.", []),
        ("Rell scored the top 10 results.", []),
        ("She ranked No. 3 in the world.", []),
        ("4. Ana Mendes 9 rebounds.", [("9", 9.0, "rebounds")]),
    ],
    ids=["a year after a preposition", "years with no change", "a year", "a rank", "a rank's number", "a list number"],
)
def test_years_and_ranks_stay_out(sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence) == expected
