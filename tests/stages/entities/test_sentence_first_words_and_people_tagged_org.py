"""Issue 17, entities round e2: causes read on `goose-entities-dev` (web news of 2010-2013 nobody had written entity
rules on), each in more than one page, one test each on invented sentences (each fails on base 7840af5), and guards.

The spans given are the ones the small model (en_core_web_sm) gives on these sentences.
"""

from __future__ import annotations

import pytest

from tests.stages.builders import article_from
from tests.stages.entities.test_entities import body_spans, entity_set

# --- a sentence's first word taken into the name after it -------------------------------------------------------


OPENER_CASES = [
    pytest.param(
        "Farmer Dana Kessler said the harvest was lost. Kessler, a farmer, had no help.",
        [("Farmer Dana Kessler", "ORG"), ("Kessler", "PERSON", 1)],
        {("Dana Kessler", "PERSON")},
        id="role-noun-org",
    ),
    pytest.param(
        "Grocer Lucy Marchetti said her shop would close. No other grocer is left.",
        [("Grocer Lucy Marchetti", "PERSON")],
        {("Lucy Marchetti", "PERSON")},
        id="role-noun-person",
    ),
    pytest.param(
        "Are Brian Tolliver and Mark Oduya really leaving the league? Tolliver said they are not.",
        [("Are Brian Tolliver", "ORG"), ("Mark Oduya", "PERSON"), ("Tolliver", "PERSON", 1)],
        {("Brian Tolliver", "PERSON"), ("Mark Oduya", "PERSON")},
        id="question-verb",
    ),
]


OPENER_GUARDS = [
    pytest.param(
        "Mary Ann Rivera said the road would open, as mary had said.",
        [("Mary Ann Rivera", "PERSON")],
        {("Mary Ann Rivera", "PERSON")},
        id="first-word-a-given-name",
    ),
    pytest.param(
        "Ould Ann Rivera said so. Reporters met Ould Ann Rivera, who spoke ould words.",
        [("Ould Ann Rivera", "PERSON"), ("Ould Ann Rivera", "PERSON", 1)],
        {("Ould Ann Rivera", "PERSON")},
        id="word-written-in-another-name",
    ),
    pytest.param(
        "Reporters asked whether Grocer Lucy Marchetti would run, the grocer said.",
        [("Grocer Lucy Marchetti", "PERSON")],
        {("Grocer Lucy Marchetti", "PERSON")},
        id="not-at-a-sentence-start",
    ),
    pytest.param(
        "Grocer Lucy Marchetti left. Kessler, a grocer, said so.",
        [("Grocer Lucy Marchetti", "ORG"), ("Kessler", "PERSON")],
        {("Grocer Lucy Marchetti", "ORG"), ("Kessler", "PERSON")},
        id="org-whose-surname-no-person-bears",
    ),
    pytest.param(
        "Clients of Halvard Morgan Stanley left. Halvard Morgan Stanley said little to halvard clients.",
        [("Halvard Morgan Stanley", "ORG"), ("Halvard Morgan Stanley", "ORG", 1)],
        {("Halvard Morgan Stanley", "ORG")},
        id="org-written-twice",
    ),
]


# --- a person's full name the model tagged ORG, a role noun beside it ---------------------------------------------


ROLE_CASES = [
    pytest.param(
        "On the ridge, dairy farmer Lana Hartwell said only eight workers showed up.",
        [("Lana Hartwell", "ORG")],
        {("Lana Hartwell", "PERSON")},
        id="role-noun-before",  # the model's own span on this sentence
    ),
    pytest.param(
        "Shannon Dorsey, an analyst at Dorsey Capital, said the choice was good. Dorsey also praised the board.",
        [("Shannon Dorsey", "ORG"), ("Dorsey Capital", "ORG")],
        {("Shannon Dorsey", "PERSON"), ("Dorsey Capital", "ORG")},
        id="apposition-after",  # the model's labels on a real page's sentence of this shape
    ),
    pytest.param(
        "Reporters reached Corinne Ashby, a senior economist, on Friday.",
        [("Corinne Ashby", "ORG")],
        {("Corinne Ashby", "PERSON")},
        id="apposition-with-an-adjective",
    ),
]


ROLE_GUARDS = [
    pytest.param(
        "Morgan Stanley, a bank, cut its forecast.",
        [("Morgan Stanley", "ORG")],
        {("Morgan Stanley", "ORG")},
        id="apposition-no-role",
    ),
    pytest.param(
        "Clients of analyst firm Grace Capital left.",
        [("Grace Capital", "ORG")],
        {("Grace Capital", "ORG")},
        id="organisation-word",
    ),
    pytest.param(
        "Analysts at Halvard Orren, a lawyer said, were paid late.",
        [("Halvard Orren", "ORG")],
        {("Halvard Orren", "ORG")},
        id="first-word-no-given-name",
    ),
    pytest.param(
        "The farmer Lana Hartwell Dairy Cooperative said milk prices fell.",
        [("Lana Hartwell Dairy Cooperative", "ORG")],
        {("Lana Hartwell Dairy Cooperative", "ORG")},
        id="four-words",
    ),
]


@pytest.mark.parametrize(("body", "spans", "expected"), OPENER_CASES + OPENER_GUARDS + ROLE_CASES + ROLE_GUARDS)
def test_the_entities_of_invented_sentences(
    body: str, spans: list[tuple[str, str]], expected: set[tuple[str, str]]
) -> None:
    """Each ``*_CASES`` entry failed on base 7840af5; each ``*_GUARDS`` entry is what must not change."""
    assert entity_set(article_from(body), body_spans(body, spans)) == expected
