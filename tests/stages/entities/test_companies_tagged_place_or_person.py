"""Issue 17, entities round e13: a company the small model tags as a place or a person, where the text writes what
only a company has (its executives, shares or stock, or an apposition naming a kind of company).

Seen on readable real text in four sources: a web tech page (a telecom tagged GPE before ``executives``), a web
business page (a film studio tagged PERSON before ``, the computer-animation company``), an aeb page (a marketing
firm tagged GPE after ``the CEO of``), a Lee story (a broadcaster tagged PERSON before ``shares rose``) and a PolNeAR
story (a coal company tagged PERSON before ``'s executives``).

Each ``CASES`` entry fails on base 41a57a2; each ``GUARDS`` entry passes on it and here. Every sentence and name is
invented; the spans given are what the small model gives text of this shape.
"""

from __future__ import annotations

import pytest

from tests.stages.builders import article_from
from tests.stages.entities.test_entities import body_spans, entity_set

Wanted = list[tuple[str, str] | tuple[str, str, int]]

CASES = [
    pytest.param(
        "Quorvix executives showed off a new streaming box on Tuesday. Quorvix plans to sell it in the spring.",
        [("Quorvix", "GPE"), ("Quorvix", "GPE", 1)],
        {("Quorvix", "ORG")},
        id="a-place-with-executives-is-a-company",
    ),
    pytest.param(
        "He also ran Brindlewood, the computer-animation company that made the first long cartoon by machine.",
        [("Brindlewood", "PERSON")],
        {("Brindlewood", "ORG")},
        id="a-person-in-apposition-with-a-kind-of-company",
    ),
    pytest.param(
        "Mara Oteng served as the CEO of Zentrio, a mobile marketing company based in the north.",
        [("Mara Oteng", "PERSON"), ("Zentrio", "GPE")],
        {("Mara Oteng", "PERSON"), ("Zentrio", "ORG")},
        id="the-ceo-of-a-place-names-a-company",
    ),
    pytest.param(
        "On the stock exchange, Vantaro shares rose five cents after the merger news.",
        [("Vantaro", "PERSON")],
        {("Vantaro", "ORG")},
        id="shares-that-rose-are-a-companys",
    ),
    pytest.param(
        "Ridgeback Coal's executives met the county board twice in May.",
        [("Ridgeback Coal", "PERSON")],
        {("Ridgeback Coal", "ORG")},
        id="a-two-word-name-with-its-executives",
    ),
    pytest.param(
        "Ridgeback Coal's executives met the county board. Ridgeback said the mine would stay open. Later "
        "Ridgeback and Coal fought over the lease.",
        [("Ridgeback Coal", "PERSON"), ("Ridgeback", "PERSON", 1), ("Coal", "PERSON", 1)],
        {("Ridgeback Coal", "ORG")},
        id="the-companys-short-form-tagged-a-person-joins-it",
    ),
    pytest.param(
        "Okoro Foods shares rose on Friday. Bayo Okoro founded the firm, and Okoro said he would stay on.",
        [("Okoro Foods", "GPE"), ("Bayo Okoro", "PERSON"), ("Okoro", "PERSON", 2)],
        {("Okoro Foods", "ORG"), ("Bayo Okoro", "PERSON")},
        id="a-company-named-for-its-founder-whose-surname-stays-a-person",
    ),
]

GUARDS = [
    pytest.param(
        '"We will keep playing," Okafor said in a statement. Dele Okafor leads the band.',
        [("Okafor", "PERSON"), ("Dele Okafor", "PERSON")],
        {("Dele Okafor", "PERSON")},
        id="a-person-said-in-a-statement",
    ),
    pytest.param(
        "Lindqvist spokesman Tor Berg said the senator would vote no.",
        [("Lindqvist", "PERSON"), ("Tor Berg", "PERSON")],
        {("Lindqvist", "PERSON"), ("Tor Berg", "PERSON")},
        id="a-person-has-a-spokesman",
    ),
    pytest.param(
        "Ferrand shares his view of the match in a column every week.",
        [("Ferrand", "PERSON")],
        {("Ferrand", "PERSON")},
        id="shares-as-a-verb",
    ),
    pytest.param(
        "With Sonda Loop, the company built a speaker that plays in the rain.",
        [("Sonda Loop", "PERSON")],
        {("Sonda Loop", "PERSON")},
        id="the-company-without-a-modifier-is-another-names",
    ),
    pytest.param(
        "Texas executives met in Austin to plan the fair.",
        [("Texas", "GPE"), ("Austin", "GPE")],
        {("Texas", "GPE"), ("Austin", "GPE")},
        id="a-known-place-keeps-its-label",
    ),
    pytest.param(
        "Velmora executives flew to the coast. Rents in Velmora have doubled since spring.",
        [("Velmora", "GPE"), ("Velmora", "GPE", 1)],
        {("Velmora", "GPE")},
        id="a-name-written-after-in-stays-a-place",
    ),
    pytest.param(
        "Marcus Hale's executives were in the room. Marcus Hale runs the chain.",
        [("Marcus Hale", "PERSON"), ("Marcus Hale", "PERSON", 1)],
        {("Marcus Hale", "PERSON")},
        id="a-given-name-first-stays-a-person",
    ),
]


@pytest.mark.parametrize(("body", "spans", "expected"), [*CASES, *GUARDS])
def test_companies_tagged_place_or_person(body: str, spans: Wanted, expected: set[tuple[str, str]]) -> None:
    assert entity_set(article_from(body), body_spans(body, spans)) == expected
