"""Speakers, round 59 (issue 16): letters after a person's name that are no part of it, an honour, a counsel's rank,
a seat or a degree (``Nadia Whitlock OBE``, ``Martin Fairley QC``), leave the entity and the quote's speaker
(``entities.post_nominals``; the model kept such letters in a PERSON span on a British site's feature and in five
stories of an Australian broadcaster).

- A PERSON span ends before its post-nominals, one or several, with or without a comma.
- A span that is an order alone (``received an OBE``), or a rank or a seat right after a capitalised word (``Simon
  Pardew KC`` with only ``KC`` tagged), is no entity (the model tagged an honour ORG in a sixth Australian story and in
  an invented honours list).
- Not a generational suffix (``Jr.``, ``III``: part of the name by the annotation guides), not a lone rank after a
  lower-case word or a comma (``Columbia, SC``), not an ORG span (``Scottish Labour MP``).

And two opening marks side by side (``""It was ...," she said``, ``“”This ...``) are one opening mark, not a
quotation opening on a nested one that swallows its own attribution (``spans.marks``; seen on a CNN page, a Yahoo page
and a second CNN page of three scraped corpora).

Every sentence and name is invented; the spans given are what the small model gives text of this shape. The rule
tests fail on the base code (308ab7b), the guards pass on it.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from newsprep.extract.entities import resolve_entities
from newsprep.extract.quotes import extract_quotes
from tests.stages.builders import QuoteRow, article_from, people, quote_rows
from tests.stages.entities.test_entities import body_spans

Wanted = tuple[str, str] | tuple[str, str, int]


def entities_of(body: str, wanted: Sequence[Wanted]) -> set[tuple[str, str]]:
    entities, _ = resolve_entities(article_from(body), body_spans(body, wanted))
    return {(e.text, e.label) for e in entities}


RULES = [
    pytest.param(
        "Nadia Whitlock OBE leads the study at a London university.",
        [("Nadia Whitlock OBE", "PERSON")],
        {("Nadia Whitlock", "PERSON")},
        id="an-honour-after-a-name",
    ),
    pytest.param(
        "The inquiry is led by Martin Fairley QC, a former judge.",
        [("Martin Fairley QC", "PERSON")],
        {("Martin Fairley", "PERSON")},
        id="a-counsel-rank-after-a-name",
    ),
    pytest.param(
        "The appeal was argued by Dana Okafor CBE KC on Monday.",
        [("Dana Okafor CBE KC", "PERSON")],
        {("Dana Okafor", "PERSON")},
        id="two-post-nominals",
    ),
    pytest.param(
        "The clinic is run by Lena Hartwell, Ph.D. and two nurses.",
        [("Lena Hartwell, Ph.D.", "PERSON")],
        {("Lena Hartwell", "PERSON")},
        id="a-degree-after-a-comma",
    ),
    pytest.param(
        "The post was shared by Owen Marsh MP on Tuesday.",
        [("Owen Marsh MP", "PERSON")],
        {("Owen Marsh", "PERSON")},
        id="a-seat-after-a-name",
    ),
    pytest.param(
        "The skipper received an OBE for services to sailing.",
        [("OBE", "ORG")],
        set(),
        id="an-honour-received-is-no-organisation",
    ),
    pytest.param(
        "Prosecuting, Ruth Aske KC asked the witness. For the defence, Simon Pardew KC asked him again.",
        [("Ruth Aske KC", "PERSON"), ("KC", "ORG", 1)],
        {("Ruth Aske", "PERSON")},
        id="a-rank-tagged-alone-after-an-untagged-name",
    ),
]


GUARDS = [
    pytest.param(
        "Raymond Okafor Jr. testified on Friday.",
        [("Raymond Okafor Jr.", "PERSON")],
        {("Raymond Okafor Jr.", "PERSON")},
        id="a-generational-suffix-stays",
    ),
    pytest.param(
        "Bradley Whitcombe III spoke for the family.",
        [("Bradley Whitcombe III", "PERSON")],
        {("Bradley Whitcombe III", "PERSON")},
        id="a-numeral-suffix-stays",
    ),
    pytest.param(
        "The candidate of Scottish Labour MP groups was named.",
        [("Scottish Labour MP", "ORG")],
        {("Scottish Labour MP", "ORG")},
        id="an-org-span-stays",
    ),
    pytest.param(
        "The letters QC follow his name.",
        [("QC", "ORG")],
        {("QC", "ORG")},
        id="a-lone-rank-after-a-lower-case-word-stays",
    ),
    pytest.param(
        "The plant is near Columbia, SC and employs 400 people.",
        [("Columbia", "GPE"), ("SC", "GPE")],
        {("Columbia", "GPE"), ("SC", "GPE")},
        id="a-state-after-a-comma-stays",
    ),
    pytest.param(
        "Doctor Ada Holm MD examined the patients.",
        [("Doctor Ada Holm", "PERSON")],
        {("Ada Holm", "PERSON")},
        id="a-span-the-model-ended-at-the-name",
    ),
]


@pytest.mark.parametrize(("body", "wanted", "expected"), RULES + GUARDS)
def test_post_nominals_leave_the_person(body: str, wanted: Sequence[Wanted], expected: set[object]) -> None:
    assert entities_of(body, wanted) == expected


def test_the_quote_speaker_is_the_name_without_its_honour() -> None:
    body = (
        "Nadia Whitlock OBE, who leads the study, said parents were worried. "
        "“Children learn from what they watch,” Nadia Whitlock OBE said."
    )
    article = article_from(body)
    spans = body_spans(body, [("Nadia Whitlock OBE", "PERSON"), ("Nadia Whitlock OBE", "PERSON", 1)])
    entities, mentions = resolve_entities(article, spans)
    (quote,) = extract_quotes(article, mentions)
    assert (quote.speaker, quote.speaker_kind) == ("Nadia Whitlock", "person")
    assert quote.speaker_entity_id == entities[0].entity_id


BOARD = people("Tobias Renner", "Mara Quist")

DOUBLED_OPENERS = [
    pytest.param(
        [
            "The board said it was pleased with the choice.",
            '""Mara\'s ten years at the firm have been marked by sound judgment," Tobias Renner said.',
        ],
        [("Mara's ten years at the firm have been marked by sound judgment", "Tobias Renner", "cue")],
        id="a-doubled-straight-opener-at-a-paragraph-start",
    ),
    pytest.param(
        ["““We were worn out by the end,” Mara Quist said of the season."],
        [("We were worn out by the end", "Mara Quist", "cue")],
        id="a-doubled-curly-opener",
    ),
    pytest.param(
        ["After the vote, Tobias Renner weighed in. “”This was a very unfair count,” he said."],
        [("This was a very unfair count", "Tobias Renner", "pronoun")],
        id="an-opener-and-a-closer-glued-to-a-word-inside-a-paragraph",
    ),
]

DOUBLED_GUARDS = [
    pytest.param(
        ['Mara Quist said the form\'s name field was left "" on purpose. "We check every one," she said.'],
        [("We check every one", "Mara Quist", "pronoun")],
        id="an-empty-pair-of-marks-is-no-quotation",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), DOUBLED_OPENERS + DOUBLED_GUARDS)
def test_a_doubled_opening_mark_is_one(paragraphs: list[str], expected: list[QuoteRow]) -> None:
    assert quote_rows(paragraphs, BOARD) == expected
