"""Issue 17, entities round e13: a name written after ``a``, ``an`` or a possessive pronoun, closing its noun phrase
there, is a product or a thing one has, no entity.

Seen on readable real text in two sources: aeb's technology and shopping pages (a laptop, a games console, a store
card, a car's sound system after ``a``, ``an``, ``your``, ``its``... tagged PERSON or ORG) and goose's web pages (a
streaming box after ``an``, a test after ``your``, a team's player after ``a``).

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
        "By next winter you will have a Lumora Box in the living room.",
        [("Lumora Box", "ORG")],
        set(),
        id="a-product-after-a",
    ),
    pytest.param(
        "Players rarely quit on an Orbix, and that says a lot about the game.",
        [("Orbix", "PERSON")],
        set(),
        id="a-console-after-an",
    ),
    pytest.param(
        "You can now push your Veltabook to the limit while it charges.",
        [("Veltabook", "PERSON")],
        set(),
        id="a-laptop-after-your",
    ),
    pytest.param(
        "He wore a Harrier badge while a Harrier, and later coached the Harriers' rivals. Grell Corp. makes the Velta "
        "Pro. Grell Corp. said the Velta Pro sells well.",
        [("Harrier", "ORG", 1), ("Grell Corp.", "ORG"), ("Grell Corp.", "ORG", 1)],
        {("Grell Corp.", "ORG")},
        id="one-of-a-teams-players",
    ),
]

GUARDS = [
    pytest.param(
        "A Corvana spokesman said the plant would reopen. Corvana employs 300 people.",
        [("Corvana", "ORG"), ("Corvana", "ORG", 1)],
        {("Corvana", "ORG")},
        id="a-name-modifying-a-noun",
    ),
    pytest.param(
        "She called in to an Orlen and Vey town hall on policing.",
        [("Orlen", "ORG"), ("Vey", "ORG")],
        {("Orlen", "ORG"), ("Vey", "ORG")},
        id="names-joined-by-and-before-a-noun",
    ),
    pytest.param(
        "The premier met all the ministers of his Harbour Party on Wednesday.",
        [("Harbour Party", "ORG")],
        {("Harbour Party", "ORG")},
        id="an-organisations-head-ends-the-name",
    ),
    pytest.param(
        "Nobody on the panel compared him to a Tomas Reyna, the aide said.",
        [("Tomas Reyna", "PERSON")],
        {("Tomas Reyna", "PERSON")},
        id="a-given-name-opens-the-name",
    ),
    pytest.param(
        "Nobody on the panel compared him to a Tavo Reyna, the aide said.",
        [("Tavo Reyna", "PERSON")],
        {("Tavo Reyna", "PERSON")},
        id="a-persons-full-name-whatever-the-given-name",
    ),
    pytest.param(
        "Com certeza a Suvenia vai ficar com a casa.",
        [("Suvenia", "ORG")],
        {("Suvenia", "ORG")},
        id="a-romance-languages-a-is-no-article",
    ),
    pytest.param(
        "Oggi trovate molti sconti su a Zentrova: i dischi in vinile della settimana, scelti con cura "
        "dalla nostra redazione per chi ama la musica degli anni settanta e ottanta. Ogni disco ha il suo prezzo, "
        "la sua storia e un link diretto. Il primo della lista: Songs of the Harbour, ristampa del 1979 in edizione "
        "limitata, con copertina apribile e libretto originale.",
        [("Zentrova", "ORG")],
        {("Zentrova", "ORG")},
        id="an-english-title-in-a-text-in-another-language",
    ),
    pytest.param(
        "Critics fear a China that leads every market.",
        [("China", "GPE")],
        {("China", "GPE")},
        id="a-known-place",
    ),
    pytest.param(
        "The judge, a Dunmore, Ohio, native, once stood at the bench for forty years.",
        [("Dunmore", "GPE"), ("Ohio", "GPE")],
        {("Dunmore", "GPE"), ("Ohio", "GPE")},
        id="a-place-before-its-state",
    ),
]


@pytest.mark.parametrize(("body", "spans", "expected"), [*CASES, *GUARDS])
def test_counted_or_owned_names(body: str, spans: Wanted, expected: set[tuple[str, str]]) -> None:
    assert entity_set(article_from(body), body_spans(body, spans)) == expected
