"""Issue 17, entities round e5: names that are no entity of the article, read on `goose-entities-dev` and counted over
all readable text: a common word a sentence's start capitalised (one-word names on goose, aeb and PolNeAR pages), a
work's title after its kind (a film, a series, a book: goose and aeb pages), a line linking to another story and a
sentence asking the reader to follow an outlet on a social site (page furniture on goose and aeb pages). One test
each on invented sentences (each case fails on base 1e93519), and guards for what must not change.

The spans given are what the small model gives text of this shape: a capitalised word at a sentence's start as a
one-word ORG, PERSON or place, and the outlets and sites of a furniture line as ORGs or PERSONs. The social sites a
follow request names are a closed list (``newsprep.text.social``), so those cases name real sites; every other name is
invented.
"""

from __future__ import annotations

import pytest

from tests.stages.builders import article_from
from tests.stages.entities.test_entities import body_spans, entity_set

NOT_ENTITY_CASES = [
    pytest.param(
        "Ann Lee sells spices.\n\nGarlic bread sold out, she said, and the garlic stall shut early.",
        [("Ann Lee", "PERSON"), ("Garlic", "PERSON")],
        {("Ann Lee", "PERSON")},
        id="common-noun-opening-a-sentence-as-person",
    ),
    pytest.param(
        "Harvests fell in Delford. Drought hit the hills, and a second drought is feared.",
        [("Delford", "GPE"), ("Drought", "ORG")],
        {("Delford", "GPE")},
        id="common-noun-opening-a-sentence-as-org",
    ),
    pytest.param(
        "Norvale Mining cut jobs, Ann Lee said.\n\n(MORE: Ten Towns Where Tom Brask Found Gold)",
        [("Norvale Mining", "ORG"), ("Ann Lee", "PERSON"), ("Ten Towns", "ORG"), ("Tom Brask", "PERSON")],
        {("Norvale Mining", "ORG"), ("Ann Lee", "PERSON")},
        id="link-line-to-another-story",
    ),
    pytest.param(
        "Prices rose, Ann Lee said.\n\nMore from Chirper and Norvale Daily Search: get more saving tips",
        [("Ann Lee", "PERSON"), ("Chirper", "PERSON"), ("Norvale Daily Search", "ORG")],
        {("Ann Lee", "PERSON")},
        id="more-from-sites-line",
    ),
    pytest.param(
        "Rates held, Ann Lee said.\n\nGet Norvale Money On Twitter, Facebook, and Pixo! Tips? Write to us.",
        [("Ann Lee", "PERSON"), ("Norvale Money On Twitter, Facebook", "ORG")],
        {("Ann Lee", "PERSON")},
        id="follow-the-outlet-line",
    ),
    pytest.param(
        "Rates held.\n\nAnn Lee writes for the Delford Ledger. Subscribe to her RSV feed; follow her on Twitter.",
        [("Ann Lee", "PERSON"), ("Delford Ledger", "ORG"), ("RSV", "ORG"), ("Twitter", "PERSON")],
        {("Ann Lee", "PERSON"), ("Delford Ledger", "ORG")},
        id="follow-the-writer-sentence",
    ),
    pytest.param(
        "Ann Lee is a reporter for Norvale Daily. Follow her on Twitter.",
        [("Ann Lee", "PERSON"), ("Norvale Daily", "ORG"), ("Twitter", "PERSON")],
        {("Ann Lee", "PERSON"), ("Norvale Daily", "ORG")},
        id="the-employer-before-the-follow-sentence",
    ),
    pytest.param(
        "Follow Ann Lee on Instagram for more, the editor said.",
        [("Ann Lee", "PERSON"), ("Instagram", "PERSON")],
        {("Ann Lee", "PERSON")},
        id="the-contributor-in-a-follow-line",
    ),
    pytest.param(
        "Ann Lee starred in the horror film Harbor Night Calling. Tom Brask wrote the comedy series Dana Wells.",
        [("Ann Lee", "PERSON"), ("Harbor Night Calling", "PERSON"), ("Tom Brask", "PERSON"), ("Dana Wells", "PERSON")],
        {("Ann Lee", "PERSON"), ("Tom Brask", "PERSON")},
        id="titles-after-a-kind-of-work",
    ),
    pytest.param(
        "Tom Brask cited his book “Delford” in the talk.",
        [("Tom Brask", "PERSON"), ("Delford", "GPE")],
        {("Tom Brask", "PERSON")},
        id="a-quoted-title-after-a-kind-of-work",
    ),
]


NOT_ENTITY_GUARDS = [
    pytest.param(
        "Garlic said it would open a shop. The garlic stall shut early.",
        [("Garlic", "ORG")],
        {("Garlic", "ORG")},
        id="a-name-that-acts",
    ),
    pytest.param(
        "Ledger magazine named Ann Lee its editor. The ledger of votes was shown.",
        [("Ledger", "ORG"), ("Ann Lee", "PERSON")],
        {("Ledger", "ORG"), ("Ann Lee", "PERSON")},
        id="a-publication-before-its-kind",
    ),
    pytest.param(
        "Harvest spokesman Tom Brask spoke. The harvest was poor.",
        [("Harvest", "ORG"), ("Tom Brask", "PERSON")],
        {("Harvest", "ORG"), ("Tom Brask", "PERSON")},
        id="a-body-before-its-staff",
    ),
    pytest.param(
        "Ann Rose paints. Rose later took the rose garden prize.",
        [("Ann Rose", "PERSON"), ("Rose", "PERSON", 1)],
        {("Ann Rose", "PERSON")},
        id="a-surname-in-a-full-name",
    ),
    pytest.param(
        "Drought left. A deal with Drought followed, and the drought ended.",
        [("Drought", "ORG"), ("Drought", "ORG", 1)],
        {("Drought", "ORG")},
        id="capitalised-inside-a-sentence-elsewhere",
    ),
    pytest.param(
        "Prices rose in Delford. Norvale Mining said the price of tin would fall.",
        [("Delford", "GPE"), ("Norvale Mining", "ORG")],
        {("Delford", "GPE"), ("Norvale Mining", "ORG")},
        id="no-lower-case-use",
    ),
    pytest.param(
        "Related costs rose: Norvale Mining paid more, Ann Lee said.",
        [("Norvale Mining", "ORG"), ("Ann Lee", "PERSON")],
        {("Norvale Mining", "ORG"), ("Ann Lee", "PERSON")},
        id="a-link-label-without-its-colon",
    ),
    pytest.param(
        "Ann Lee posted the video on Twitter, where Norvale Mining answered.",
        [("Ann Lee", "PERSON"), ("Twitter", "PERSON"), ("Norvale Mining", "ORG")],
        {("Ann Lee", "PERSON"), ("Twitter", "ORG"), ("Norvale Mining", "ORG")},
        id="a-site-outside-a-follow-request",
    ),
    pytest.param(
        "The novel Ann Lee wrote sold well, and the film Tom Brask made did not.",
        [("Ann Lee", "PERSON"), ("Tom Brask", "PERSON")],
        {("Ann Lee", "PERSON"), ("Tom Brask", "PERSON")},
        id="a-clause-after-a-kind-of-work",
    ),
    pytest.param(
        "Polls show Ann Lee ahead. They play Delford. The book by Tom Brask sold.",
        [("Ann Lee", "PERSON"), ("Delford", "GPE"), ("Tom Brask", "PERSON")],
        {("Ann Lee", "PERSON"), ("Delford", "GPE"), ("Tom Brask", "PERSON")},
        id="verbs-and-a-by-after-a-kind-of-work",
    ),
    pytest.param(
        "Ann Lee wrote the film Harbor Days. Ann Lee said so.",
        [("Ann Lee", "PERSON"), ("Ann Lee", "PERSON", 1)],
        {("Ann Lee", "PERSON")},
        id="the-author-is-no-title",
    ),
]


@pytest.mark.parametrize(("body", "spans", "expected"), NOT_ENTITY_CASES + NOT_ENTITY_GUARDS)
def test_the_entities_of_invented_sentences(
    body: str, spans: list[tuple[str, str]], expected: set[tuple[str, str]]
) -> None:
    """Each ``NOT_ENTITY_CASES`` entry fails on base 1e93519; each ``NOT_ENTITY_GUARDS`` entry is what must not
    change."""
    assert entity_set(article_from(body), body_spans(body, spans)) == expected
