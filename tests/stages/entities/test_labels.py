"""Issue 17 (and 16), entities round e8: the NER label a name ends up with.

- A name of two or more words the model tagged a place (GPE, LOC or FAC) that ends in an organisation's head word
  (``the Orlen Islands Wildlife Trust``, ``Cedarbrook High School``) is published ORG by the entities stage, so the
  ``entities`` table and the quote stage (``the trust said``) agree; until round e8 only the quote stage relabelled it,
  and only for the noun of the attribution. A known place stays a place (``Soviet Union``).
- A person's name the model tagged ORG (a given name and one or two capitalised words, no organisation's word) is a
  PERSON, at every mention, when the text sets it off after a role (``a non-executive director, Wilma Osterby,``),
  calls it by a person's role (``Board member Tobias Vrana``) or describes it as a person after it (``, a ferry master
  on ...``, ``, whose grandson ...``, ``, 43,``), and no mention stands where an organisation does (``the``, ``at``
  before it; an organisation noun after it).

Each ``CASES`` entry fails on base 1c44c97; each ``GUARDS`` entry passes on it and here. Every name is invented; the
spans given are what the small model gives text of this shape.
"""

from __future__ import annotations

import pytest

from newsprep.extract.entities import resolve_entities
from newsprep.extract.quotes import extract_quotes
from tests.stages.builders import article_from
from tests.stages.entities.test_entities import body_spans, entity_set

CASES = [
    # A: a place-tagged name ending in an organisation's head word
    pytest.param(
        "The Orlen Islands Wildlife Trust manages the colonies.",
        [("Orlen Islands Wildlife Trust", "GPE")],
        {("Orlen Islands Wildlife Trust", "ORG")},
        id="a-trust-tagged-gpe-is-an-org",
    ),
    pytest.param(
        "Funding for the Marrowby Rivers Trust was cut in March.",
        [("Marrowby Rivers Trust", "LOC")],
        {("Marrowby Rivers Trust", "ORG")},
        id="a-trust-tagged-loc-is-an-org",
    ),
    pytest.param(
        "The Red Cross opened a shelter at Cedarbrook Valley High School on Friday.",
        [("Cedarbrook Valley High School", "FAC")],
        {("Cedarbrook Valley High School", "ORG")},
        id="a-school-tagged-fac-is-an-org",
    ),
    pytest.param(
        "Members of the Velmont City Council voted on Monday.",
        [("Velmont City Council", "GPE")],
        {("Velmont City Council", "ORG")},
        id="a-council-tagged-gpe-is-an-org",
    ),
    # B: a person's name tagged ORG, with a person's role or description around it
    pytest.param(
        "In a letter to the chair, a non-executive director, Wilma Osterby, wrote that she objected.",
        [("Wilma Osterby", "ORG")],
        {("Wilma Osterby", "PERSON")},
        id="a-name-set-off-after-a-role",
    ),
    pytest.param(
        "Board member Tobias Vrana voted against the plan.",
        [("Tobias Vrana", "ORG")],
        {("Tobias Vrana", "PERSON")},
        id="a-name-after-a-role-noun-member",
    ),
    pytest.param(
        "Their son, Hugo Varnell, a ferry master on the island route, described a careful mother.",
        [("Hugo Varnell", "ORG")],
        {("Hugo Varnell", "PERSON")},
        id="a-name-described-as-a-person-after-it",
    ),
    pytest.param(
        "Among them was Greta Calvera, whose grandson was pulled out alive on Monday.",
        [("Greta Calvera", "ORG")],
        {("Greta Calvera", "PERSON")},
        id="a-name-with-whose-after-it",
    ),
    pytest.param(
        "Police shot Dana Whitcombe, 43, outside his home. Dana Whitcombe had no weapon.",
        [("Dana Whitcombe", "ORG"), ("Dana Whitcombe", "ORG", 1)],
        {("Dana Whitcombe", "PERSON")},
        id="an-age-after-a-name-makes-every-mention-a-person",
    ),
    pytest.param(
        "Among the crew was Nadia Felsberg, now 24 and a deckhand. Felsberg said she would stay.",
        [("Nadia Felsberg", "ORG"), ("Felsberg", "PERSON")],
        {("Nadia Felsberg", "PERSON")},
        id="the-surname-joins-the-full-name-once-it-is-a-person",
    ),
    pytest.param(
        "The port's chief executive, Marta de Vossberg, met the unions.",
        [("Marta de Vossberg", "ORG")],
        {("Marta de Vossberg", "PERSON")},
        id="a-name-with-a-particle",
    ),
]

GUARDS = [
    pytest.param(
        "Trade with the Soviet Union collapsed in 1991.",
        [("Soviet Union", "GPE")],
        {("Soviet Union", "GPE")},
        id="a-known-place-ending-in-union-stays-a-place",
    ),
    pytest.param(
        "Tourists crowded into Harlow Court for the parade.",
        [("Harlow Court", "GPE")],
        {("Harlow Court", "GPE")},
        id="a-head-that-ends-surnames-too-stays-a-place",
    ),
    pytest.param(
        "The concert moved to Marlow Hall after the storm.",
        [("Marlow Hall", "GPE")],
        {("Marlow Hall", "FAC")},
        id="a-facility-head-still-makes-a-facility",
    ),
    pytest.param(
        "Analysts at Morgan Hallam said the results were weak.",
        [("Morgan Hallam", "ORG")],
        {("Morgan Hallam", "ORG")},
        id="a-firm-after-at-stays-an-org",
    ),
    pytest.param(
        "Morgan Hallam said profits rose. Its shares fell.",
        [("Morgan Hallam", "ORG")],
        {("Morgan Hallam", "ORG")},
        id="a-verb-of-saying-alone-proves-no-person",
    ),
    pytest.param(
        "Shoppers went to Greta Harlan, a low brick building across from the elevator.",
        [("Greta Harlan", "ORG")],
        {("Greta Harlan", "ORG")},
        id="a-description-holding-a-building-word-is-no-persons",
    ),
    pytest.param(
        "Staff of the Dana Whitcombe company, a maker of boats, were laid off.",
        [("Dana Whitcombe", "ORG")],
        {("Dana Whitcombe", "ORG")},
        id="a-name-before-an-organisation-noun-stays-an-org",
    ),
    pytest.param(
        "The complaint was filed by farmer Tobias Vrana on Monday.",
        [("Tobias Vrana", "ORG")],
        {("Tobias Vrana", "PERSON")},
        id="a-role-noun-before-the-name-as-before",
    ),
]


@pytest.mark.parametrize(("body", "spans", "expected"), CASES + GUARDS)
def test_the_label_a_name_ends_up_with(
    body: str, spans: list[tuple[str, str] | tuple[str, str, int]], expected: set[tuple[str, str]]
) -> None:
    assert entity_set(article_from(body), body_spans(body, spans)) == expected


SPEAKER_CASES = [
    pytest.param(
        "Rafaela Montiel led the study. The Orlen Islands Wildlife Trust, which manages the colonies, backed it.\n\n"
        "“These birds cannot fly any further,” the trust said in a statement.",
        [("Rafaela Montiel", "PERSON"), ("Orlen Islands Wildlife Trust", "GPE")],
        ("Orlen Islands Wildlife Trust", "ORG"),
        id="the-trust-tagged-a-place-speaks-as-the-published-org",
    ),
    pytest.param(
        "In a letter to the chair, a non-executive director, Wilma Osterby, wrote that the budget was "
        "“not one I can sign.”\n\nReached by phone, Osterby said she had raised it twice.",
        [("Wilma Osterby", "ORG"), ("Osterby", "ORG")],
        ("Wilma Osterby", "PERSON"),
        id="the-director-tagged-org-speaks-as-the-published-person",
    ),
]


@pytest.mark.parametrize(("body", "spans", "speaker"), SPEAKER_CASES)
def test_the_speaker_and_the_entities_table_agree(
    body: str, spans: list[tuple[str, str]], speaker: tuple[str, str]
) -> None:
    """NER's spans through the entities stage, then the quote stage on its mentions: the speaker is the entity the
    ``entities`` table publishes, under the label it publishes."""
    article = article_from(body)
    entities, mentions = resolve_entities(article, body_spans(body, spans))
    quotes = extract_quotes(article, mentions)
    assert speaker in {(e.text, e.label) for e in entities}
    assert [q.speaker for q in quotes] == [speaker[0]]
