"""Issue 17, entities round e9: causes a blind set of invented news in new genres found
(``tests/fixtures/entities-genres``).

- A company's legal form ends its name: a span ending in one (``Halvorsen Line AS``, ``Velde Salvage B.V.``) or
  followed by one the model left out (``Kessler Druckmann`` + ``PC``) is an ORG that holds it; an ``of <Place>``
  after the form is the company's seat (``Nordstjernan Impact AB of Stockholm``); the name written later without its
  form is the company too (``Halvorsen Line said``), and so is its first word where the model took it for a place
  (``Corvana`` of ``Corvana Technologies Corp.``).
- A title-case headline's span of any label is cut to the name the body gives when the words cut off are a
  headline's: a verb, a linking word, a word the body writes in lower case (``Judge Orders Brightwell To Pay``).
- A person's name the model tagged ORG is found by round e8's rule when its given name is hyphenated (``Anne-Marie``)
  or its words hold accents.

Each ``CASES`` entry fails on base 6b899eb; each ``GUARDS`` entry passes on it and here. Every name is invented; the
spans given are what the small model gives text of this shape.
"""

from __future__ import annotations

import pytest

from newsprep.model import NerSpan
from tests.stages.builders import article_from
from tests.stages.entities.test_entities import body_spans, entity_set, find

Wanted = list[tuple[str, str] | tuple[str, str, int]]

CASES = [
    # A: legal forms
    pytest.param(
        "The ship was operated by Torvik Line AS, a shipping company based in Bergen.",
        [("Torvik Line AS", "PERSON"), ("Bergen", "GPE")],
        {("Torvik Line AS", "ORG"), ("Bergen", "GPE")},
        id="a-norwegian-form-makes-an-org",
    ),
    pytest.param(
        "A salvage firm, Mollema Berging B.V., was on its way.",
        [("Mollema Berging B.V.", "PERSON")],
        {("Mollema Berging B.V.", "ORG")},
        id="a-dutch-form-makes-an-org",
    ),
    pytest.param(
        "Corvel was represented by Haskell Brandt PC. Its lawyers filed on Monday.",
        [("Corvel", "ORG"), ("Haskell Brandt", "PERSON")],
        {("Corvel", "ORG"), ("Haskell Brandt PC", "ORG")},
        id="a-form-after-the-span-joins-it",
    ),
    pytest.param(
        "The round was led by Vinterhav Kapital AB of Uppsala, with two banks.",
        [("Vinterhav Kapital AB of Uppsala", "ORG")],
        {("Vinterhav Kapital AB", "ORG")},
        id="of-a-place-after-the-form-is-the-seat",
    ),
    pytest.param(
        "The ship was run by Torvik Line AS. Torvik Line said in a statement that it was grateful.",
        [("Torvik Line AS", "ORG"), ("Torvik Line", "PERSON", 1)],
        {("Torvik Line AS", "ORG")},
        id="the-name-without-its-form-is-the-company",
    ),
    pytest.param(
        "Ostrava Dynamics Corp. sued in 2022. Ostrava said the chips were copied.",
        [("Ostrava Dynamics Corp.", "ORG"), ("Ostrava", "GPE", 1)],
        {("Ostrava Dynamics Corp.", "ORG")},
        id="a-companys-first-word-tagged-a-place-is-the-company",
    ),
    # C: hyphenated and accented given names in round e8's rule
    pytest.param(
        "Its lead trial lawyer, Anne-Marie Quellec, told jurors the emails were clear.",
        [("Anne-Marie Quellec", "ORG")],
        {("Anne-Marie Quellec", "PERSON")},
        id="a-hyphenated-given-name",
    ),
    pytest.param(
        "The band's manager, Elena Ibáñez-Roca, said demand had surprised them.",
        [("Elena Ibáñez-Roca", "ORG")],
        {("Elena Ibáñez-Roca", "PERSON")},
        id="accented-name-words",
    ),
]

GUARDS = [
    pytest.param(
        "Ann Lee said she would go as far as the company let her.",
        [("Ann Lee", "PERSON")],
        {("Ann Lee", "PERSON")},
        id="lower-case-as-is-no-legal-form",
    ),
    pytest.param(
        "Taiwan Harbour Manufacturing Co. makes the chips in Taiwan.",
        [("Taiwan Harbour Manufacturing Co.", "ORG"), ("Taiwan", "GPE", 1)],
        {("Taiwan Harbour Manufacturing Co.", "ORG"), ("Taiwan", "GPE")},
        id="a-known-place-opening-a-companys-name-stays-a-place",
    ),
    pytest.param(
        "Ford Motor Co. said sales rose. Ford told analysts he was pleased.",
        [("Ford Motor Co.", "ORG"), ("Ford", "PERSON", 1)],
        {("Ford Motor Co.", "ORG"), ("Ford", "PERSON")},
        id="a-first-word-tagged-person-stays-a-person",
    ),
    pytest.param(
        "She bought a Quillon PC for the office.",
        [("Quillon", "ORG")],
        {("Quillon", "ORG")},
        id="one-word-and-a-form-after-it-stays-the-maker",
    ),
    pytest.param(
        "Marta Kowal, 43, said she would stay.",
        [("Marta Kowal", "PERSON")],
        {("Marta Kowal", "PERSON")},
        id="a-person-stays-a-person",
    ),
]


@pytest.mark.parametrize(("body", "spans", "expected"), [*CASES, *GUARDS])
def test_legal_forms_and_given_names(body: str, spans: Wanted, expected: set[tuple[str, str]]) -> None:
    assert entity_set(article_from(body), body_spans(body, spans)) == expected


HEADLINE_CASES = [
    pytest.param(
        "Judge Orders Brightvale To Pay Corlan $210 Million",
        "Orders Brightvale To",
        "PERSON",
        "A jury ordered Brightvale Systems Inc. to pay. Brightvale said it would appeal.",
        [("Brightvale Systems Inc.", "ORG"), ("Brightvale", "ORG", 1)],
        {("Brightvale Systems Inc.", "ORG")},
        id="a-verb-and-a-linking-word-cut-off",
    ),
    pytest.param(
        "Universities In Hull And Lille Join Carmaker On Battery Work",
        "Lille Join Carmaker",
        "ORG",
        "Teams in Lille will work with the carmaker. Lille is the second site.",
        [("Lille", "GPE"), ("Lille", "GPE", 1)],
        {("Lille", "GPE")},
        id="a-plural-verb-and-a-lower-case-word-cut-off",
    ),
]

HEADLINE_GUARDS = [
    pytest.param(
        "Mayor Lee Drops Bid For Second Term In Dorrance",
        "Lee Drops Bid",
        "PERSON",
        "Mayor Ann Lee said on Monday she would not run again.",
        [("Ann Lee", "PERSON")],
        {("Ann Lee", "PERSON")},
        id="round-e2s-person-cut-stands",
    ),
    pytest.param(
        "Bank Of Velmora Raises Rates Again After Long Pause",
        "Bank Of Velmora",
        "ORG",
        "The Bank of Velmora raised its rate. The bank said prices in Velmora were rising.",
        [("Bank of Velmora", "ORG"), ("Velmora", "GPE", 1)],
        {("Bank of Velmora", "ORG"), ("Velmora", "GPE")},
        id="a-name-the-body-gives-whole-stays-whole",
    ),
]


@pytest.mark.parametrize(
    ("title", "title_span", "label", "body", "body_wanted", "expected"), [*HEADLINE_CASES, *HEADLINE_GUARDS]
)
def test_headline_spans_cut_to_a_body_name(
    title: str, title_span: str, label: str, body: str, body_wanted: Wanted, expected: set[tuple[str, str]]
) -> None:
    spans: list[NerSpan] = [*body_spans(body, body_wanted), find(title, title_span, label, source="title")]
    assert entity_set(article_from(body, title=title), spans) == expected
