"""Round 5 of issue 17: measures a reader names with a word the clause only implies (a size's adjective, an area,
a substance, a copula's subject, a run of results, a rate), and what is a statistic in sports, tech and listings
text; invented sentences, each failing on round 4's code."""

from __future__ import annotations

import pytest

from newsprep.extract.statistics import extract_statistics
from newsprep.extract.statistics.measures.sizes import rate_measure
from newsprep.extract.statistics.measures.tidying import without_number_words, without_pronoun_opening
from newsprep.extract.statistics.measures.word_classes import as_participle
from tests.stages.builders import make_article, measure_of

# (rule, sentence, the statistic's text, its measure)
SHAPES = [
    ("a length by its adjective", "The new ferry measures roughly 90 feet long.", "90", "length of new ferry"),
    (
        "a width after a length",
        "The ferry will be 90 feet long, 20 feet wide and 12 feet high.",
        "20",
        "width of ferry",
    ),
    (
        "a height after a length",
        "The ferry will be 90 feet long, 20 feet wide and 12 feet high.",
        "12",
        "height of ferry",
    ),
    ("an area", "The island covers a lovely 40 square miles.", "40", "area of island"),
    ("an area in acres", "The ranch spans 900 acres of grassland.", "900", "area of ranch"),
    (
        "a substance in a unit of length",
        "The sculpture uses 500 meters of cable woven from old tires.",
        "500",
        "cable",
    ),
    ("a substance by weight", "The barge carried 30 tons of grain to the port.", "30", "grain"),
    ("a copula's subject across modifiers", "Its top speed is a governed 130 mph.", "130", "top speed"),
    (
        "an irregular past as participle",
        "She threw four touchdowns in the opener.",
        "four",
        "touchdowns thrown in the opener",
    ),
    (
        "a place's count keeps no present verb",
        "Painters from twelve different nations show their work at the fair.",
        "twelve",
        "different nations",
    ),
    ("a gerund's distance", "Kim finished passing for 210 yards.", "210", "yards passing by Kim"),
    (
        "a distance delivered on a charge",
        "The truck will deliver close to 300 miles on a single charge.",
        "300",
        "truck range on a single charge",
    ),
    ("a run of wins", "Dallas has won four in a row.", "four", "Dallas wins in a row"),
    ("a run of losses", "The slumping Owls have lost six straight.", "six", "slumping Owls straight losses"),
    ("a part of a run", "Dallas has won four in a row and seven of nine.", "seven", "Dallas wins"),
    (
        "no number word in a phrase",
        "The artists hung ninety lanterns of four meters apiece.",
        "four",
        "artists hung lanterns",
    ),
    (
        "an adjective before a count, nothing after",
        "We thank our loyal 120 suppliers - we love them.",
        "120",
        "loyal suppliers",
    ),
    ("fuel economy", "The hybrid gets 52 miles per gallon on the highway.", "52", "fuel economy"),
    ("a frame rate written against its number", "The console runs the game at 60fps.", "60fps", "frame rate"),
    ("an amount written against its number", "The phone ships with 16GB of memory.", "16GB", "memory"),
    (
        "a fine's reason",
        "The company was fined $2 million for violating safety rules.",
        "$2 million",
        "fine for violating safety rules",
    ),
    ("a fine's payer", "The regulator fined the bank $40 million.", "$40 million", "bank fine"),
    ("a donation", "The couple donated $5 million to the hospital.", "$5 million", "donation to hospital"),
    (
        "an allocation",
        "Congress allocated $12 billion for border security.",
        "$12 billion",
        "allocation for border security",
    ),
    ("a vehicle's load", "A boat carrying 50 migrants capsized off the coast.", "50", "migrants on boat"),
    ("a load between commas", "The plane, carrying 180 passengers, landed safely.", "180", "passengers on plane"),
    ("a holder's participle", "The plant, employing 300 people, will close.", "300", "employees of plant"),
    ("a union's members", "The union represents 45,000 nurses.", "45,000", "nurses represented by union"),
    (
        "a change stated as more than",
        "The airline flew 4.3 million passengers in August, 6% more than a year earlier.",
        "6%",
        "rise in airline passengers",
    ),
    ("a change stated as lower than", "Exports totaled $2 billion, 3% lower than forecast.", "3%", "fall in Exports"),
    (
        "a change after an appositive",
        "Brent crude, the global benchmark, slipped 1.2% to $61.40.",
        "1.2%",
        "fall in Brent crude",
    ),
    (
        "a level after an appositive",
        "Brent crude, the global benchmark, slipped 1.2% to $61.40.",
        "$61.40",
        "Brent crude",
    ),
    (
        "a compared share with its own group",
        "About 61% of owners like the plan, compared with 7% of renters.",
        "7%",
        "share of renters",
    ),
    (
        "a film's gross",
        "The film grossed $120 million in its opening weekend.",
        "$120 million",
        "gross in opening weekend",
    ),
    (
        "money taken from someone",
        "Prosecutors say he stole $600,000 from clients.",
        "$600,000",
        "money stolen from clients",
    ),
    (
        "a clause after a count's noun ends it",
        "The storm packed winds of 130 mph when it hit land.",
        "130",
        "winds of storm",
    ),
    (
        "a size's subject before an aside",
        "The bridge, which opened in 1937, is 1.7 miles long.",
        "1.7",
        "length of bridge",
    ),
    ("an area a verb says", "Crews fought the blaze, which has burned 10,000 acres.", "10,000", "area burned"),
    ("a change after a relative aside", "The index, which tracks 500 large firms, rose 0.5%.", "0.5%", "rise in index"),
    (
        "a holder before a relative aside",
        "The firm, which employs 12,000 people, reported a loss.",
        "12,000",
        "employees of firm",
    ),
    ("money from a source", "The city received $5 million from the state.", "$5 million", "money received from state"),
    ("an offer per share", "The buyer offered $45 a share for the company.", "$45", "offer per share"),
]


@pytest.mark.parametrize(("rule", "sentence", "number", "measures"), SHAPES, ids=[s[0] for s in SHAPES])
def test_measure_names_the_shape(rule: str, sentence: str, number: str, measures: str | None) -> None:
    assert measure_of(sentence, number) == measures


def test_a_part_of_the_count_before_it_counts_the_same_noun() -> None:
    stats = extract_statistics(
        make_article("The goalie made 31 saves, including 12 in the second period when it rained.")
    )
    assert [(s.text, s.measures) for s in stats][1] == ("12", "saves in the second period")


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Ravens 3, Colts 1: Lee scored twice and the Ravens won.", []),
        ("Hawks 5, Red Owls 2: Kim made 30 saves.", ["30"]),
        ("For details call +44 (0)20 765 43-210 today.", []),
        ("The rover shoots video at 60fps or 30fps.", ["60fps", "30fps"]),
        ("The drone flies 4km and the chip runs at 3.2GHz.", ["4km", "3.2GHz"]),
        ("The 256GB tablet and the 42mm watch are on sale.", []),
        ("Dallas has won four in a row.", ["four"]),
        ("The part number is X5mm.", []),
    ],
)
def test_what_is_a_statistic_in_results_listings_and_specifications(sentence: str, found: list[str]) -> None:
    """A result line's score and an international phone number are no statistics; a unit written against its number
    and a run of results are."""
    assert [s.text for s in extract_statistics(make_article(sentence))] == found


def test_the_units_written_against_a_number_are_named_in_full() -> None:
    units = {s.text: s.unit for s in extract_statistics(make_article("It streams at 60fps and stores 16GB of video."))}
    assert units == {"60fps": "frames per second", "16GB": "gigabytes"}


@pytest.mark.parametrize(
    ("phrase", "said"),
    [
        ("eighty lanterns", "lanterns"),
        ("lanterns over two bridges", "lanterns over bridges"),
        ("3 of charges", "charges"),
        ("S&P 500 futures", "S&P 500 futures"),
        ("2021 Zephyr SUV range", "2021 Zephyr SUV range"),
        ("Fantastic Four sales", "Fantastic Four sales"),
        ("two", "two"),
        (None, None),
    ],
)
def test_a_spelled_out_number_is_never_in_a_phrase(phrase: str | None, said: str | None) -> None:
    assert without_number_words(phrase) == said


@pytest.mark.parametrize(
    ("phrase", "said"),
    [
        ("we’re talking", None),
        ("there’ll", None),
        ("there will be new versions", "new versions"),
        ("it is a record high", "a record high"),
        ("top speed", "top speed"),
    ],
)
def test_a_phrase_never_opens_with_a_pronoun(phrase: str, said: str | None) -> None:
    assert without_pronoun_opening(phrase) == said


@pytest.mark.parametrize(
    ("phrase", "said"),
    [
        ("miles per gallon", "fuel economy"),
        ("kilometers per liter of petrol", "fuel economy"),
        ("miles per charge", "range per charge"),
        ("miles per hour", "miles per hour"),
        ("points per game", "points per game"),
    ],
)
def test_a_distance_per_fuel_or_charge_is_named(phrase: str, said: str) -> None:
    assert rate_measure(phrase) == said


def test_an_irregular_past_reads_as_its_participle() -> None:
    assert [as_participle(w) for w in ("threw", "stole", "killed", "won,")] == ["thrown", "stolen", "killed", "won"]
