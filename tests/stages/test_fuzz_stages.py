"""Fuzzing every stage with arbitrary unicode: never raises, offsets always slice, idx unique, same in = same out.

Inputs mix any UTF-8-encodable text (NULs, BOMs, zero-width and astral characters; no lone surrogates, which a
decoded file cannot hold) with the pieces the stages react to: every kind of quote mark, balanced or not, CR/LF
mixes, artifact phrases, numbers, names, and very long single lines. Each test is bounded by ``EXAMPLES`` so the
file runs in well under a minute in CI; the number is in the module so reports can quote it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from newsprep.clean import clean_article
from newsprep.extract import extract_article
from newsprep.extract.entities import entity_id, resolve_entities
from newsprep.extract.quotes import extract_quotes
from newsprep.extract.statistics import extract_statistics
from newsprep.ingest import DecodedText, Reject, decode_raw
from newsprep.model import CleanArticle, Mention, NerSpan, Quote, Statistic

EXAMPLES = 400
"""Hypothesis examples per stage test (six stage tests: 2,400 examples in all)."""
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

QUOTE_MARKS = "“”‘’\"'„‟«»‹›「」"
_UNICODE = st.characters(codec="utf-8")  # every code point but the lone surrogates
_PIECES = st.sampled_from(
    [
        *QUOTE_MARKS,
        "\x00",
        "\r\n",
        "\r",
        "\n",
        "\n\n",
        "\r\n\r\n",
        " ",
        "\t",
        "\u00a0",
        "\u200b",
        "\ufeff",
        "said ",
        " says ",
        "told reporters",
        "according to ",
        "Ann Lee",
        "Dr. Jo O’Neil",
        "NPR's ",
        "WASHINGTON — ",
        "VOSS: ",
        "hide caption",
        "toggle caption",
        "Enlarge this image",
        "Getty Images",
        "AP",
        "12%",
        "3.5 million",
        "$40",
        "1,200 people",
        "twenty-five",
        "between 3 and 4",
        "U.S.",
        ".",
        ",",
        "—",
        "é",
        "記事",
        "🙂",
        "\u0301",
    ]
)
TEXTS = st.one_of(
    st.text(_UNICODE, max_size=300),
    st.lists(st.one_of(_PIECES, st.text(_UNICODE, max_size=8)), max_size=80).map("".join),
    # A very long line (a few thousand characters): regexes and loops must stay linear and correct on it.
    st.builds(lambda piece, n, tail: piece * n + tail, _PIECES, st.integers(300, 3000), st.text(_UNICODE, max_size=20)),
)
_ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "latin-1", "cp1252")
RAW_BYTES = st.one_of(
    st.binary(max_size=2000),
    st.builds(lambda text, enc: text.encode(enc, errors="replace"), TEXTS, st.sampled_from(_ENCODINGS)),
)
ARTICLES = TEXTS.map(clean_article)
_LABELS = st.sampled_from(["PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "DATE", "CARDINAL", "odd"])


def _source_text(article: CleanArticle, source: str, caption_idx: int | None) -> str | None:
    if source == "title":
        return article.title
    if source == "body":
        return article.clean_text
    if caption_idx is not None and 0 <= caption_idx < len(article.captions):
        caption = article.captions[caption_idx]
        return caption.mention_text
    return None


@st.composite
def articles_with_spans(draw: st.DrawFn) -> tuple[CleanArticle, list[NerSpan]]:
    """A cleaned article and NER-like spans at random offsets (in range or not, reversed, empty, mislabelled)."""
    article = draw(ARTICLES)
    spans: list[NerSpan] = []
    for _ in range(draw(st.integers(0, 10))):
        source = draw(st.sampled_from(["title", "body", "caption"]))
        caption_idx = draw(st.integers(-1, len(article.captions))) if source == "caption" else None
        size = len(_source_text(article, source, caption_idx) or "")
        start = draw(st.integers(-2, size + 2))
        end = draw(st.integers(-2, size + 2))
        sliced = (_source_text(article, source, caption_idx) or "")[max(start, 0) : max(end, 0)]
        text = draw(st.one_of(st.just(sliced), st.text(_UNICODE, max_size=10)))
        spans.append(NerSpan(source, caption_idx, start, end, text, draw(_LABELS)))  # type: ignore[arg-type]
    return article, spans


def _check_mentions(article: CleanArticle, mentions: Sequence[Mention]) -> None:
    for mention in mentions:
        source = _source_text(article, mention.source, mention.caption_idx)
        assert source is not None, mention
        assert mention.text and source[mention.char_start : mention.char_end] == mention.text, mention
        assert mention.entity_id == entity_id(mention.label, mention.entity_text)


def _check_quotes(article: CleanArticle, quotes: Sequence[Quote]) -> None:
    text = article.clean_text
    assert [q.idx for q in quotes] == list(range(len(quotes)))
    for quote in quotes:
        assert quote.text.strip()
        assert 0 <= quote.char_start < quote.char_end <= len(text)
        assert 0 <= quote.paragraph_idx < len(article.paragraphs)
        if quote.part_count == 1:
            assert text[quote.char_start : quote.char_end] == quote.text
        else:
            span = text[quote.char_start : quote.char_end]
            words = quote.text.split()
            assert span.startswith(words[0]) and span.endswith(words[-1])


def _check_statistics(article: CleanArticle, statistics: Sequence[Statistic]) -> None:
    assert [s.idx for s in statistics] == list(range(len(statistics)))
    for stat in statistics:
        assert stat.text and article.clean_text[stat.char_start : stat.char_end] == stat.text
        assert math.isfinite(stat.value)
        assert 0 <= stat.paragraph_idx < len(article.paragraphs)


@FUZZ
@given(RAW_BYTES, st.sampled_from([10, 1000, 50_000_000]))
@example(b"\xef\xbb\xbf\xef\xbb\xbf", 10)  # found by this test: a second BOM was kept as text
def test_fuzz_decode_raw_any_bytes(data: bytes, max_bytes: int) -> None:
    result = decode_raw(data, source_path="in [x] é.txt", max_bytes=max_bytes)
    assert result == decode_raw(data, source_path="in [x] é.txt", max_bytes=max_bytes)
    if isinstance(result, Reject):
        assert result.reason and "in [x] é.txt" in result.detail
    else:
        assert isinstance(result, DecodedText)
        assert result.text.strip() and "\r" not in result.text and not result.text.startswith("\ufeff")
        assert len(data) <= max_bytes


@FUZZ
@given(TEXTS)
def test_fuzz_clean_article_any_text(text: str) -> None:
    article = clean_article(text)
    assert article == clean_article(text)
    assert article.clean_text == "\n\n".join(p.text for p in article.paragraphs)
    assert [p.idx for p in article.paragraphs] == list(range(len(article.paragraphs)))
    for paragraph in article.paragraphs:
        assert article.clean_text[paragraph.char_start : paragraph.char_end] == paragraph.text
    assert [c.idx for c in article.captions] == list(range(len(article.captions)))
    assert all(c.text and c.occurrences >= 1 for c in article.captions)


@FUZZ
@given(articles_with_spans())
def test_fuzz_resolve_entities_random_spans(case: tuple[CleanArticle, list[NerSpan]]) -> None:
    article, spans = case
    entities, mentions = resolve_entities(article, spans)
    assert (entities, mentions) == resolve_entities(article, spans)
    _check_mentions(article, mentions)
    ids = [e.entity_id for e in entities]
    assert len(set(ids)) == len(ids)
    assert {m.entity_id for m in mentions} == set(ids)
    assert sum(e.mention_count for e in entities) == len(mentions)


@FUZZ
@given(articles_with_spans())
def test_fuzz_extract_quotes_any_marks(case: tuple[CleanArticle, list[NerSpan]]) -> None:
    article, spans = case
    _, mentions = resolve_entities(article, spans)
    for join in (True, False):
        quotes = extract_quotes(article, mentions, join_split_quotes=join)
        assert quotes == extract_quotes(article, mentions, join_split_quotes=join)
        _check_quotes(article, quotes)


@FUZZ
@given(ARTICLES)
def test_fuzz_extract_statistics_any_text(article: CleanArticle) -> None:
    statistics = extract_statistics(article)
    assert statistics == extract_statistics(article)
    _check_statistics(article, statistics)


@FUZZ
@given(articles_with_spans())
def test_fuzz_extract_article_all_extractors(case: tuple[CleanArticle, list[NerSpan]]) -> None:
    article, spans = case
    extraction = extract_article(article, spans)
    assert extraction == extract_article(article, spans)
    _check_mentions(article, extraction.mentions)
    _check_quotes(article, extraction.quotes)
    _check_statistics(article, extraction.statistics)
    assert len({e.entity_id for e in extraction.entities}) == len(extraction.entities)
