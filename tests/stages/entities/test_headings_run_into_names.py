"""Issue 17, entities round e12: three causes of wrong entities on real news, each seen in two sources or more.

A page's title-case heading line in its body, run into one name by the model.

Pages repeat their headline as the first line of the body, or set section headings in title case ("Corvana Growers
Flee Valley As Water Rule Starts"); the small model reads such a line as it reads a headline and runs a name into
the verbs and common words after it, publishing the whole line or most of it as an organisation or a person. The
title's own spans were already cut (``headlines.cut_headline_spans``); the body's heading lines now are too, against
the names the rest of the body gives. A line holding a colon is a label and its text (a video link's caption), left
as it is.

A US state written both in full and as a dateline abbreviates it (``DOTHAN, Ala. --`` and ``Alabama``): one
place, named by its full name, not two (a state after a city in the text was already dropped as the city's
qualifier; a dateline's state is its own span).

The wire in brackets after a dateline's place (``HARTWELL (AP)``, ``Calif. (AP)``, ``(CNN)``) defines no place: it
was joined to the place as a definition; a place's acronym spells it, a wire's does not.

Each ``CASES`` entry fails on base e4b2fc2; each ``GUARDS`` entry passes on it and here. Every sentence and name is
invented; the spans given are what the small model gives text of this shape.
"""

from __future__ import annotations

import pytest

from tests.stages.builders import article_from
from tests.stages.entities.test_entities import body_spans, entity_set

Wanted = list[tuple[str, str] | tuple[str, str, int]]

CASES = [
    pytest.param(
        "Corvana Growers Flee Valley As Water Rule Starts\n\n"
        "Many growers in Corvana flee the valley as the new water rule starts this week.",
        [("Corvana Growers Flee Valley As Water Rule Starts", "ORG"), ("Corvana", "GPE", 1)],
        {("Corvana", "GPE")},
        id="a-repeated-headline-run-into-one-org",
    ),
    pytest.param(
        "The harbour board met on Monday.\n\nMayor Teodora Vasquez Signs Harbor Budget\n\n"
        "Teodora Vasquez signed the harbor budget after a long debate.",
        [("Teodora Vasquez Signs Harbor Budget", "PERSON"), ("Teodora Vasquez", "PERSON", 1)],
        {("Teodora Vasquez", "PERSON")},
        id="a-section-heading-running-a-name-into-its-verb",
    ),
    pytest.param(
        "DOTHAN, Ala. — Farm workers in Alabama say the new rules hurt. Alabama officials disagree.",
        [("Alabama", "GPE"), ("Alabama", "GPE", 1)],
        {("Dothan", "GPE"), ("Alabama", "GPE")},
        id="a-datelines-state-abbreviation-and-the-state-one-place",
    ),
    pytest.param(
        "FRESNO, Calif. — A California transit chief spoke. California lawmakers agreed.",
        [("California", "GPE"), ("California", "GPE", 1)],
        {("Fresno", "GPE"), ("California", "GPE")},
        id="a-wire-datelines-state-abbreviation",
    ),
    pytest.param(
        "HARTWELL (AP) — Lawmakers in Hartwell met on Monday.",
        [("HARTWELL", "GPE"), ("AP", "ORG"), ("Hartwell", "GPE")],
        {("Hartwell", "GPE"), ("AP", "ORG")},
        id="the-wire-after-a-datelines-place-is-its-own-organisation",
    ),
]

GUARDS = [
    pytest.param(
        "FRESNO, Calif. (AP) — California officials met.\n\nCopyright 2019 Associated Press. All rights reserved.",
        [("Calif.", "GPE"), ("AP", "ORG"), ("California", "GPE"), ("Associated Press", "ORG")],
        {("California", "GPE"), ("Associated Press", "ORG")},
        id="the-wire-after-a-datelines-state-defines-no-place",
    ),
    pytest.param(
        "Corvana Workers Quit Town as the toll law takes effect, officials said.\n\nWorkers in Corvana left.",
        [("Corvana Workers Quit Town", "ORG"), ("Corvana", "GPE", 1)],
        {("Corvana Workers Quit Town", "ORG"), ("Corvana", "GPE")},
        id="a-sentence-is-no-heading",
    ),
    pytest.param(
        "Tamsin Oyelaran Harbour Trust\n\nThe Tamsin Oyelaran Harbour Trust gave funds to the port.",
        [("Tamsin Oyelaran Harbour Trust", "ORG"), ("Tamsin Oyelaran Harbour Trust", "ORG", 1)],
        {("Tamsin Oyelaran Harbour Trust", "ORG")},
        id="a-heading-that-is-a-whole-name-stays",
    ),
    pytest.param(
        "Video: Corvana Growers Flee Valley As Water Rule Starts\n\n"
        "Many growers in Corvana flee the valley as the new water rule starts this week.",
        [("Corvana Growers Flee Valley As Water Rule Starts", "ORG"), ("Corvana", "GPE", 1)],
        {("Corvana Growers Flee Valley As Water Rule Starts", "ORG"), ("Corvana", "GPE")},
        id="a-label-line-with-a-colon-is-no-heading",
    ),
    pytest.param(
        "Teodora Vasquez Signs Harbor Budget\n\nThe budget passed.",
        [("Teodora Vasquez", "PERSON")],
        {("Teodora Vasquez", "PERSON")},
        id="a-name-already-cut-on-its-heading-stays",
    ),
    pytest.param(
        "SEATTLE, Wash. — Crews flew to Washington for the talks.",
        [("Washington", "GPE")],
        {("Seattle", "GPE"), ("Wash.", "GPE"), ("Washington", "GPE")},
        id="the-state-of-washington-is-not-the-capital",
    ),
    pytest.param(
        "FRANKFORT, Ky. — Officials met on Monday.",
        [],
        {("Frankfort", "GPE"), ("Ky.", "GPE")},
        id="an-abbreviation-alone-keeps-its-form",
    ),
    pytest.param(
        "A grower near Dothan, Ala., said crews left. Alabama officials disagree.",
        [("Dothan", "GPE"), ("Ala.", "GPE"), ("Alabama", "GPE")],
        {("Dothan", "GPE"), ("Alabama", "GPE")},
        id="a-state-after-a-city-in-the-text-is-dropped-as-before",
    ),
]


@pytest.mark.parametrize(("body", "spans", "expected"), [*CASES, *GUARDS])
def test_heading_lines_dateline_states_and_wires(body: str, spans: Wanted, expected: set[tuple[str, str]]) -> None:
    assert entity_set(article_from(body), body_spans(body, spans)) == expected
