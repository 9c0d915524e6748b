"""Issue 17, entities round e14: an organisation the text names by its acronym and once by the capitalised words the
acronym spells, the model tagging only the acronym, is one ORG named by its full name.

Seen on readable real text in two sources (goose's pages of two outlets): a parks agency named in full before its
spokesperson and by its three letters later, and a city's hospital named in full once and by its three letters
twice; over the aeb, Lee, PolNeAR and web pages the shape (no span on the words) occurs there and nowhere else.

Each ``CASES`` entry fails on base 0a92ee9; each ``GUARDS`` entry passes on it and here. Every sentence and name is
invented; the spans given are what the small model gives text of this shape.
"""

from __future__ import annotations

import pytest

from tests.stages.builders import article_from
from tests.stages.entities.test_entities import body_spans, entity_set

Wanted = list[tuple[str, str] | tuple[str, str, int]]

CASES = [
    pytest.param(
        '"We will take the time we need," Marrow Valley Trust spokeswoman Ina Holt said. A report from the MVT '
        "said the bridge was sound.",
        [("Ina Holt", "PERSON"), ("MVT", "ORG")],
        {("Marrow Valley Trust", "ORG"), ("Ina Holt", "PERSON")},
        id="the-full-name-before-a-role",
    ),
    pytest.param(
        "She was taken by ambulance to the Dunmore General Infirmary twice. Later she said the DGI staff were kind, "
        "and she left the DGI on Sunday.",
        [("DGI", "ORG"), ("DGI", "ORG", 1)],
        {("Dunmore General Infirmary", "ORG")},
        id="the-full-name-once-the-acronym-twice",
    ),
    pytest.param(
        "The Bureau of Coastal Maps opened a new office. The BCM said it would hire forty people.",
        [("BCM", "ORG")],
        {("Bureau of Coastal Maps", "ORG")},
        id="a-link-word-inside-and-the-sentences-the",
    ),
]

GUARDS = [
    pytest.param(
        "The Marrow Valley Trust said the MVT would sell the land.",
        [("Marrow Valley Trust", "ORG"), ("MVT", "ORG")],
        {("Marrow Valley Trust", "ORG")},
        id="the-model-tagged-the-full-name",
    ),
    pytest.param(
        "Officials in Dunmore General said the DGI was full.",
        [("Dunmore", "GPE"), ("DGI", "ORG")],
        {("Dunmore", "GPE"), ("DGI", "ORG")},
        id="a-span-on-the-words-keeps-them",
    ),
    pytest.param(
        "Marrow Valley Trust Director Lena Ott said the MVT would sell the land.",
        [("Lena Ott", "PERSON"), ("MVT", "ORG")],
        {("Lena Ott", "PERSON"), ("MVT", "ORG")},
        id="the-words-run-into-a-title",
    ),
    pytest.param(
        "Visitors at Grand Harbour Market said the MVT would sell the land.",
        [("MVT", "ORG")],
        {("MVT", "ORG")},
        id="words-that-spell-another-acronym",
    ),
    pytest.param(
        "The Pell Grant was raised, and a PG spokesman said so.",
        [("PG", "PERSON")],
        {("PG", "PERSON")},
        id="an-acronym-no-organisation",
    ),
]


@pytest.mark.parametrize(("body", "spans", "expected"), [*CASES, *GUARDS])
def test_acronyms_spelled_out(body: str, spans: Wanted, expected: set[tuple[str, str]]) -> None:
    assert entity_set(article_from(body), body_spans(body, spans)) == expected
