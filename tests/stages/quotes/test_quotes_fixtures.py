"""extract_quotes on the annotated quote fixtures (one article per shape), and on arbitrary marks and mentions."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsprep.clean import clean_article
from newsprep.extract.entities import resolve_entities
from newsprep.extract.quotes import extract_quotes
from newsprep.extract.quotes.descriptions.as_written import description_as_written
from newsprep.model import CleanArticle, Mention, NerSpan
from tests.stages.builders import (
    PROPERTY,
    article_from,
    articles_with_spans,
    check_quotes,
    hostile_text,
    make_article,
    make_mentions,
)
from tests.stages.quotes.test_quotes import FIXTURES


def _gold_mentions(article: CleanArticle, gold: dict[str, object]) -> tuple[Mention, ...]:
    """Mentions as the entities stage would give them for the annotated speakers (a described speaker, ``a senior
    official``, is no entity)."""
    names: dict[str, tuple[str, str]] = {}
    for quote in gold["quotes"]:  # type: ignore[attr-defined]
        if quote["speaker"] and description_as_written(quote["speaker"]) != quote["speaker"]:
            label = (
                "ORG"
                if re.search(
                    r"Ministry|Institute|Association|Department|Company|Works|Center|Union|Club|Office|Services|Group|Council|Foundation|Board|Chamber|Therapeutics|Authority|District",
                    quote["speaker"],
                )
                else "PERSON"
            )
            for form in (quote["speaker"], *quote["speaker_alts"]):
                names.setdefault(form, (quote["speaker"], label))
    return make_mentions(article, names)


def _fixture(slug: str) -> tuple[CleanArticle, dict[str, object]]:
    raw = (FIXTURES / "raw" / f"{slug}.txt").read_text(encoding="utf-8")
    _title, _, body = raw.partition("\n")
    paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
    gold = json.loads((FIXTURES / "gold" / f"{slug}.json").read_text(encoding="utf-8"))
    return make_article(*paragraphs), gold


SLUGS = sorted(p.stem for p in (FIXTURES / "gold").glob("*.json"))


@pytest.mark.parametrize("slug", SLUGS)
def test_golden_fixture(slug: str) -> None:
    article, gold = _fixture(slug)
    quotes = extract_quotes(article, _gold_mentions(article, gold))
    expected = gold["quotes"]
    assert [q.text for q in quotes] == [g["text"] for g in expected]  # type: ignore[attr-defined]
    assert [q.kind for q in quotes] == [g["kind"] for g in expected]  # type: ignore[attr-defined]
    assert [q.part_count for q in quotes] == [len(g["parts"]) for g in expected]  # type: ignore[attr-defined]
    for quote, g in zip(quotes, expected, strict=True):  # type: ignore[call-overload]
        assert quote.speaker in ({g["speaker"], *g["speaker_alts"]} if g["speaker"] else {None})
    extracted = {q.text for q in quotes}
    assert not extracted & set(gold["not_quotes"])  # type: ignore[call-overload]


MARKY_TEXT = st.lists(
    st.sampled_from([*"“”\"‘’'„«» abcXYZ.,:;?!—-\n", "said ", "says ", "Ann Lee ", "she ", "VOSS: ", "\n\n"]),
    max_size=120,
).map("".join)


_ARTICLES = st.one_of(MARKY_TEXT.map(article_from), hostile_text().map(clean_article))


@PROPERTY
@given(articles_with_spans(_ARTICLES))
def test_arbitrary_marks_and_mentions_never_raise_and_offsets_hold(case: tuple[CleanArticle, list[NerSpan]]) -> None:
    article, spans = case
    _, mentions = resolve_entities(article, spans)
    for join in (True, False):
        quotes = extract_quotes(article, mentions, join_split_quotes=join)
        assert quotes == extract_quotes(article, mentions, join_split_quotes=join)
        check_quotes(article, quotes)
