"""Statistics detection round 4: the conventions written into the contract (``StatisticsSchema``'s docstring, the data
dictionary and ``benchmarks/annotations/README.md``), each with invented sentences, both ways.

- a price in cents or pence is money in the currency's main unit;
- a count whose members are all named right after it says nothing the names do not;
- a tally of tries ('went 3 for 4'), like a score or a vote tally, is a result, not two statistics;
- and the conventions the stage already kept, pinned here as the contract words them: a share 'N out of M' is a
  percent, a size that classes a product and a count joined to its noun are no statistics, a power or an output is
  one, durations are none, a count restated after 'the' is not counted twice.
"""

from __future__ import annotations

import pytest

from newsprep.extract.statistics import extract_statistics
from newsprep.extract.statistics.detection.back_references import all_members_named_after
from newsprep.extract.statistics.numbers.minor_units import cent_priced, in_main_unit, nearest_cent_currency
from tests.stages.builders import found_statistics, make_article


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("Brent crude fell 62 cents to $68.40 a barrel.",), [("62 cents", 0.62, "usd"), ("$68.40", 68.4, "usd")]),
        (("A loaf rose 12 cents to €1.30.",), [("12 cents", 0.12, "eur"), ("€1.30", 1.3, "eur")]),
        (("A first-class stamp now costs 85 pence.",), [("85 pence", 0.85, "gbp")]),
        (("Tips added 75 cents a cup.",), [("75 cents", 0.75, "usd")]),
        (("The fare is C$4.", "A transfer costs 75 cents more."), [("C$4", 4.0, "cad"), ("75 cents", 0.75, "cad")]),
        (("Fares rose 45 to 50 cents.",), [("45", 0.45, "usd"), ("50 cents", 0.5, "usd")]),
    ],
    ids=["dollars", "euros nearby", "pence", "no currency given", "the article's currency", "a range"],
)
def test_a_price_in_cents_is_money(paragraphs: tuple[str, ...], expected: list[tuple[str, float, str]]) -> None:
    assert found_statistics(*paragraphs) == expected


def test_a_surname_pence_is_no_money() -> None:
    assert found_statistics("By 2 Pence had spoken.") == [("2", 2.0, "count")]


def test_cents_keep_their_measure_and_offsets() -> None:
    article = make_article("Heating oil was down 3 cents at $2.10 a gallon.")
    first = extract_statistics(article)[0]
    assert (first.measures, article.clean_text[first.char_start : first.char_end]) == ("fall in Heating oil", "3 cents")


@pytest.mark.parametrize(
    ("value", "unit", "currency", "expected"),
    [
        (62.0, "cents", None, (0.62, "usd")),
        (85.0, "pence", "eur", (0.85, "gbp")),
        (40.0, "pens", "usd", (40.0, "pens")),
    ],
)
def test_in_main_unit(value: float, unit: str, currency: str | None, expected: tuple[float, str]) -> None:
    amount = in_main_unit(value, unit, currency)
    assert (amount.value, amount.unit) == expected


def test_nearest_cent_currency() -> None:
    assert nearest_cent_currency(50, cent_priced([(0, "usd"), (60, "eur"), (52, "gbp")])) == "eur"
    assert nearest_cent_currency(50, cent_priced([(0, "usd"), (110, "eur")])) == "usd"
    assert nearest_cent_currency(50, cent_priced([(0, "jpy")])) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Prosecutors charged two local developers, Ann Roe and Lee Voss, with fraud.",
        "Two donors, retired banker Ann Roe and hedge-fund manager Lee Voss, gave most of it.",
        "The film opens in three countries, Peru, Chile and Spain.",
        "Four bidders — Astra, Lumen, Veld and Corvid — remain.",
    ],
)
def test_a_count_of_members_named_right_after_is_no_statistic(sentence: str) -> None:
    assert found_statistics(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("At least two counties, Marsh and Alder, ran out of ballots.", "two"),
        ("The film opens in 14 countries, including Peru, Chile and Spain.", "14"),
        ("Three firms, Acme, Birch and Cole among them, bid.", "Three"),
        ("Two firms, Acme, Birch and Cole, bid.", "Two"),
        ("Police arrested 12 people, including Ann Roe and Lee Voss.", "12"),
    ],
    ids=["at least", "including", "among them", "more names than the count", "examples"],
)
def test_a_count_the_names_do_not_exhaust_stays(sentence: str, count: str) -> None:
    assert [text for text, _, _ in found_statistics(sentence)] == [count]


@pytest.mark.parametrize(
    ("text_after", "value", "expected"),
    [
        (", Ann Roe and Lee Voss, with fraud.", 2.0, True),
        (", Ann Roe and Lee Voss, with fraud.", 3.0, False),
        (" — Astra, Lumen, Veld and Corvid — remain.", 4.0, True),
        (", Astra, Lumen, and Veld, bid.", 3.0, True),
        (", including Peru and Chile.", 2.0, False),
        (" were charged with fraud.", 2.0, False),
    ],
)
def test_all_members_named_after(text_after: str, value: float, expected: bool) -> None:
    counted = "Police named two suspects"
    assert all_members_named_after(counted + text_after, len(counted), value) is expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Rey went 3 for 4 at the plate.",
        "She shot 5-for-12 from the field.",
        "The board voted 7-4 to close the pool.",
        "The Owls won 3-2 and are 6-5-1 this season.",
    ],
    ids=["a tally of tries", "hyphened", "a vote tally", "a score and a record"],
)
def test_results_are_no_statistics(sentence: str) -> None:
    assert found_statistics(sentence) == []


def test_a_price_of_two_for_an_amount_stays() -> None:
    assert found_statistics("Shirts are 2 for $5 this week.") == [("2", 2.0, "count"), ("$5", 5.0, "usd")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("About eight out of 10 voters said it would not matter.", [("eight out of 10", 80.0, "percent")]),
        ("One in four riders pays cash.", [("One in four", 25.0, "percent")]),
        ("Eight of 10 judges agreed.", [("Eight", 8.0, "judges")]),
        ("It has a 180-horsepower engine.", [("180-horsepower", 180.0, "horsepower")]),
        ("The plant is a 1,000-megawatt one.", [("1,000-megawatt", 1000.0, "megawatts")]),
        ("The city hired five companies.", [("five", 5.0, "companies")]),
        ("They bought a 40-acre site.", [("40-acre", 40.0, "acres")]),
    ],
    ids=["a share out of 10", "a share in four", "a count of a group", "power", "output", "a first count", "area"],
)
def test_what_the_contract_counts(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert found_statistics(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The car rides on 19-inch wheels.",
        "A 13-inch screen sits in the dash.",
        "Under the bonnet sits a 2.0-liter engine.",
        "The cafe sells 12-ounce cups.",
        "A three-judge panel heard the 52-count complaint.",
        "The band announced a 12-city tour.",
        "The club ended a nine-game streak.",
        "It covers the lap in 58 seconds.",
    ],
    ids=["wheels", "a screen", "an engine", "a cup", "a panel", "a tour", "a streak", "a duration"],
)
def test_what_the_contract_does_not_count(sentence: str) -> None:
    assert found_statistics(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Drink 12 ounces (350 ml) of water first.", [("12", 12.0, "ounces"), ("350", 350.0, "ml")]),
        (
            "Drink 8–12 ounces (250–350 ml) of water first.",
            [("8", 8.0, "ounces"), ("12", 12.0, "ounces"), ("250", 250.0, "ml"), ("350", 350.0, "ml")],
        ),
    ],
    ids=["a conversion", "a range and its conversion"],
)
def test_a_conversion_in_brackets_is_its_own_row(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert found_statistics(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("The keeper allowed only one goal all month.", True),
        ("Only one bridge stayed open.", True),
        ("They clinched it with one league match remaining.", True),
        ("With one seat left, the vote was close.", True),
        ("He is the only one who can fix it.", False),
        ("Only one of the bridges stayed open.", False),
        ("There was just one problem.", False),
        ("The hearing took only one day.", False),
        ("With one week left, she led.", False),
        ("They spoke with one voice.", False),
    ],
)
def test_one_counts_when_the_sentence_is_about_how_many(sentence: str, counted: bool) -> None:
    assert [text.lower() for text, _, _ in found_statistics(sentence)] == (["one"] if counted else [])


def test_a_count_restated_after_the_is_counted_once() -> None:
    found = found_statistics(
        "The city hired five bus companies in May.", "The five companies were picked from eight bids."
    )
    assert found == [("five", 5.0, "companies"), ("eight", 8.0, "bids")]
