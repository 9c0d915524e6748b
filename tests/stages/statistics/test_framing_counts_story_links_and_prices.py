"""Statistics round 17 (issue 17): constructions read on the goose dev set (`goose-statistics-dev`, web news pages of
2010-2013), each found in more than one article of the readable text, tested on invented sentences.

- a writer's framing count before a colon takes 'respects', 'ways' and 'options' too ('bolder than expected in two
  respects: first, ...'), and the colon may come after a copula that only announces the list ('your three best
  options are going to be: ...'): no entry, as 'Two questions: ...' was;
- a web page's link to another of its stories, kept by the extraction ('(MORE: 14 Best Photos of the Quake)', '(See
  photos of the flood.)', a line 'READ MORE: ...'), names a story: no entry in it;
- a price in cents with its sign against the number ('99¢', '27c') is money, as '27.4p' is in pence;
- measures: a price in brackets right after a product's name ('Quill Notes ($4 iOS, Mac)', 'the Sport Pack
  ($3,200)') is the price of that product, as a deal's '($29, regular $45)' was its sale price.

Guards: counts of options or ways the story reports stay; brackets that are no link keep their figures; a small c in
a model's name or a class and a capital C stay as they were; bracketed figures that are no price (a company's sales, a
poll's shares) keep their phrases; years, ages, ranks, list numbers and versions stay out.
"""

from __future__ import annotations

import pytest

from newsprep.extract.statistics import extract_statistics
from tests.stages.builders import FoundStatistics, found_statistics, make_article


@pytest.mark.parametrize(
    "sentence",
    [
        "The ruling went further than expected in two respects: first, it covers more firms.",
        "Your three best options are going to be: a tent, a van or a hut.",
        "The plan helps in three ways: it cuts costs, saves time and adds jobs.",
        "Your two best options are: a tent or a van.",
    ],
    ids=["respects", "options after 'are going to be'", "ways", "options after 'are'"],
)
def test_a_framing_count_before_a_colon_is_no_entry(sentence: str) -> None:
    assert found_statistics(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Voters had two options at the polls.", [("two", 2.0, "options")]),
        ("There are four ways to the summit.", [("four", 4.0, "ways")]),
        ("The board weighed 12 options: six on cost and six on time.", [("12", 12.0, "options")]),
        ("Your two best options are a tent and a van.", [("two", 2.0, "options")]),
    ],
    ids=["no colon", "no colon, ways", "more than five", "no colon after the copula"],
)
def test_framing_count_guards(sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence)[: len(expected)] == expected


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("The fence went up on Friday.", "(MORE: 'Aftershocks': 14 Best Photos of the Quake)"),
        ("Crews worked all night. (See photos of the 40 homes the flood reached.) The river fell by noon.",),
        ("READ MORE: 12 towns that rebuilt after the storm",),
        ("The dam held. (RELATED: 9 ways to keep a basement dry)",),
    ],
    ids=["MORE in brackets, its own line", "See in brackets", "a READ MORE line", "RELATED in brackets"],
)
def test_a_link_to_another_story_holds_no_statistic(paragraphs: tuple[str, ...]) -> None:
    assert found_statistics(*paragraphs) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Officers arrested 14 people (see below).", [("14", 14.0, "people")]),
        ("The road (about 40 km long) reopened.", [("40", 40.0, "km")]),
        ("The fee: 12 dollars, up 14 percent.", [("12 dollars", 12.0, "usd"), ("14 percent", 14.0, "percent")]),
        ("Sales rose 5% (See the chart) in May.", [("5%", 5.0, "percent")]),
    ],
    ids=["a lower-case 'see'", "a bracket that is no link", "a colon that is no link", "'See' and no sentence"],
)
def test_link_guards(sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The store stopped renting films for 99¢ on the box.", [("99¢", 0.99, "usd")]),
        ("Unleaded was 27c cheaper than a week before.", [("27c", 0.27, "usd")]),
        ("Bread rose 4c to $2.45 a loaf.", [("4c", 0.04, "usd"), ("$2.45", 2.45, "usd")]),
    ],
    ids=["the cent sign", "a small c", "beside dollars"],
)
def test_a_price_in_cents_with_its_sign_glued_is_money(sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The new Zephyr 5c sold well.", []),
        ("The kiln hit 41C on Monday.", [("41C", 41.0, "degrees celsius")]),
        ("Patients with type 2c were seen first.", []),
        ("He sold 12 cakes.", [("12", 12.0, "cakes")]),
    ],
    ids=["a model's name", "a capital C is a temperature (as before)", "a class", "a plain count"],
)
def test_glued_cents_guards(sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence) == expected


def _measures(sentence: str) -> list[str | None]:
    return [statistic.measures for statistic in extract_statistics(make_article(sentence))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("For notes, try Quill Notes ($4 iOS, Mac), a tidy app.", ["price of Quill Notes"]),
        ("- Graphwise ($3 unlocked, Android) draws curves.", ["price of Graphwise"]),
        ("Our test car had the Sport Pack ($3,200), which adds wheels.", ["price of Sport Pack"]),
    ],
    ids=["with its platforms", "a list item", "a car's option"],
)
def test_a_price_in_brackets_after_a_name_is_that_products_price(sentence: str, expected: list[str | None]) -> None:
    assert _measures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Acme Corp ($5 billion in sales) grew.", ["sales"]),
        ("Labour (45%) led the Greens (12%).", ["Labour", "Greens"]),
        ("The Orla Lamp ($29, regular $45) is back.", ["sale price of Orla Lamp", "regular price of Orla Lamp"]),
    ],
    ids=["a company's sales", "a poll's shares", "a deal (as before)"],
)
def test_bracketed_price_guards(sentence: str, expected: list[str | None]) -> None:
    assert _measures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In 2012 the firm hired 40 staff.", [("40", 40.0, "staff")]),
        ("Jo Bell, 45, said the shop would close.", []),
        ("The album reached No. 3 in May.", []),
        ("1. Ditch the diet", []),
        ("Version 2 of the app is out.", []),
    ],
    ids=["a year", "an age", "a rank", "a list number", "a version"],
)
def test_what_the_guide_leaves_out_stays_out(sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence) == expected
