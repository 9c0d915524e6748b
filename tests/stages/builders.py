"""What the stage tests share: the article builder, hostile text for the property tests, and the invariants every
stage's output keeps (offsets slice their text, positions count from zero, values are finite).

Each stage's property test lives with that stage's tests and draws from ``hostile_text`` mixed with the pieces its
stage reacts to; every test is bounded by ``PROPERTY_EXAMPLES`` so the fast tier stays fast.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from newsprep.extract.entities import entity_id
from newsprep.extract.quotes import extract_quotes
from newsprep.extract.statistics import extract_statistics
from newsprep.model import Caption, CleanArticle, Mention, NerSpan, Paragraph, Quote, Statistic

PROPERTY_EXAMPLES = 300
"""Hypothesis examples per property test (reports quote the number)."""
PROPERTY = settings(max_examples=PROPERTY_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def make_article(
    *paragraphs: str, title: str = "Headline", captions: Sequence[tuple[str, str | None]] = ()
) -> CleanArticle:
    """A CleanArticle whose body paragraphs are ``paragraphs``, joined by a blank line as clean_article does, with
    ``(caption, credit)`` captions."""
    built, pos = [], 0
    for idx, text in enumerate(paragraphs):
        built.append(Paragraph(idx, "body", text, pos, pos + len(text)))
        pos += len(text) + 2
    found = tuple(Caption(idx, text, credit, 1) for idx, (text, credit) in enumerate(captions))
    return CleanArticle(title, None, (), "\n\n".join(paragraphs), tuple(built), found)


FoundStatistics = list[tuple[str, float, str]]
"""What a detection test compares: each statistic the stage finds as (text, value, unit), in text order."""


def found_statistics(*paragraphs: str) -> FoundStatistics:
    """The statistics the stage finds in an article of ``paragraphs`` (``make_article``), as (text, value, unit)."""
    return [(s.text, s.value, s.unit) for s in extract_statistics(make_article(*paragraphs))]


Names = dict[str, tuple[str, str]]
"""Surface forms as the entities stage resolves them: {surface: (canonical name, label)}."""


def make_mentions(article: CleanArticle, names: Names) -> tuple[Mention, ...]:
    """Every occurrence of each surface form, as the entities stage would resolve it: {surface: (entity, label)}."""
    found = []
    for surface, (entity, label) in names.items():
        for match in re.finditer(rf"\b{re.escape(surface)}\b", article.clean_text):
            found.append(Mention(entity, entity, label, "body", None, match.start(), match.end(), match.group()))
    # Keep the longest mention where surface forms overlap ("Ryan Hass" over "Hass").
    found.sort(key=lambda m: (m.char_start, -(m.char_end - m.char_start)))
    kept: list[Mention] = []
    for mention in found:
        if not kept or mention.char_start >= kept[-1].char_end:
            kept.append(mention)
    return tuple(kept)


def quotes_of(paragraphs: Sequence[str], names: Names | None = None) -> tuple[Quote, ...]:
    """The quotes of an article of ``paragraphs`` whose entity mentions are ``names``."""
    article = make_article(*paragraphs)
    return extract_quotes(article, make_mentions(article, names or {}))


QuoteRow = tuple[str, str | None, str]
"""A quote's text, speaker and attribution."""


def quote_rows(paragraphs: Sequence[str], names: Names | None = None) -> list[QuoteRow]:
    """Each quote of ``quotes_of(paragraphs, names)`` as (text, speaker, attribution)."""
    return [(q.text, q.speaker, q.attribution) for q in quotes_of(paragraphs, names)]


QuoteKindRow = tuple[str, str | None, str, str | None]
"""A quote's text, speaker, attribution and speaker_kind."""


def quote_kind_rows(paragraphs: Sequence[str], names: Names | None = None) -> list[QuoteKindRow]:
    """Each quote of ``quotes_of(paragraphs, names)`` as (text, speaker, attribution, speaker_kind)."""
    return [(q.text, q.speaker, q.attribution, q.speaker_kind) for q in quotes_of(paragraphs, names)]


def quote_speakers(paragraphs: Sequence[str], names: Names | None = None) -> list[str | None]:
    """The speaker of each quote of ``quotes_of(paragraphs, names)``, in text order."""
    return [q.speaker for q in quotes_of(paragraphs, names)]


SpeakerRow = tuple[str, str | None]
"""A quote's text and speaker."""


def speaker_rows(paragraphs: Sequence[str], names: Names | None = None) -> list[SpeakerRow]:
    """Each quote of ``quotes_of(paragraphs, names)`` as (text, speaker)."""
    return [(q.text, q.speaker) for q in quotes_of(paragraphs, names)]


def people(*full_names: str) -> Names:
    """Each person by the full name and by the surname alone, both resolved to the full name."""
    return {form: (name, "PERSON") for name in full_names for form in (name, name.split()[-1])}


def organisations(*names: str) -> Names:
    """Each organisation by its name as written."""
    return {name: (name, "ORG") for name in names}


def speakers_in(names: Names) -> Callable[[Sequence[str]], list[tuple[str, str | None]]]:
    """A reader of (text, speaker) for each quote of an article of ``paragraphs``, with ``names`` resolved: the
    speakers tests' one question, asked the same way in every round's file."""

    def found(paragraphs: Sequence[str]) -> list[tuple[str, str | None]]:
        return [(q.text, q.speaker) for q in quotes_of(paragraphs, names)]

    return found


def measure_of(sentence: str, number: str) -> str | None:
    """The ``measures`` of the one statistic whose text is ``number`` in an article of ``sentence``."""
    stats = [s for s in extract_statistics(make_article(sentence)) if s.text == number]
    assert len(stats) == 1, [s.text for s in extract_statistics(make_article(sentence))]
    return stats[0].measures


def article_from(
    body: str, *, title: str = "Headline", captions: Sequence[tuple[str, str | None]] = ()
) -> CleanArticle:
    """The article whose ``clean_text`` is ``body``: its blank lines separate the paragraphs."""
    return make_article(*(body.split("\n\n") if body else ()), title=title, captions=captions)


QUOTE_MARKS = "“”‘’\"'„‟«»‹›「」"
_UNICODE = st.characters(codec="utf-8")  # every code point but the lone surrogates, which a decoded file cannot hold
_HOSTILE_PIECES = [
    *QUOTE_MARKS,
    *("\x00", "\r\n", "\r", "\n", "\n\n", "\r\n\r\n", " ", "\t", "\u00a0", "\u200b", "\ufeff"),
    *("said ", " says ", "told reporters", "according to ", "Ann Lee", "Dr. Jo O’Neil", "NPR's ", "WASHINGTON — "),
    *("VOSS: ", "hide caption", "toggle caption", "Enlarge this image", "Getty Images", "AP"),
    *("12%", "3.5 million", "$40", "1,200 people", "twenty-five", "between 3 and 4", "U.S.", ".", ",", "—"),
    *("é", "記事", "🙂", "\u0301"),
]


def hostile_text(*stage_pieces: str, max_size: int = 300) -> st.SearchStrategy[str]:
    """Any text (NULs, BOMs, zero-width and astral characters, every kind of quote mark, CR/LF mixes, very long
    lines), mixed with the pieces a stage reacts to."""
    pieces = st.sampled_from([*_HOSTILE_PIECES, *stage_pieces])
    return st.one_of(
        st.text(_UNICODE, max_size=max_size),
        st.lists(st.one_of(pieces, st.text(_UNICODE, max_size=8)), max_size=80).map("".join),
        # A very long line: regexes and loops must stay linear and correct on it.
        st.builds(
            lambda piece, n, tail: piece * n + tail, pieces, st.integers(300, 3000), st.text(_UNICODE, max_size=20)
        ),
    )


_LABELS = st.sampled_from(["PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "DATE", "CARDINAL", "odd"])


def source_text(of: CleanArticle, source: str, caption_idx: int | None) -> str | None:
    """The text a span's offsets index (title, body or one caption), or None for a caption the article lacks."""
    if source == "title":
        return of.title
    if source == "body":
        return of.clean_text
    if caption_idx is not None and 0 <= caption_idx < len(of.captions):
        return of.captions[caption_idx].mention_text
    return None


@st.composite
def articles_with_spans(
    draw: st.DrawFn, articles: st.SearchStrategy[CleanArticle]
) -> tuple[CleanArticle, list[NerSpan]]:
    """An article and NER-like spans at random offsets (in range or not, reversed, empty, mislabelled)."""
    drawn = draw(articles)
    spans: list[NerSpan] = []
    for _ in range(draw(st.integers(0, 10))):
        source = draw(st.sampled_from(["title", "body", "caption"]))
        caption_idx = draw(st.integers(-1, len(drawn.captions))) if source == "caption" else None
        text = source_text(drawn, source, caption_idx) or ""
        start, end = draw(st.integers(-2, len(text) + 2)), draw(st.integers(-2, len(text) + 2))
        written = draw(st.one_of(st.just(text[max(start, 0) : max(end, 0)]), st.text(_UNICODE, max_size=10)))
        spans.append(NerSpan(source, caption_idx, start, end, written, draw(_LABELS)))  # type: ignore[arg-type]
    return drawn, spans


def check_mentions(of: CleanArticle, mentions: Sequence[Mention]) -> None:
    for mention in mentions:
        source = source_text(of, mention.source, mention.caption_idx)
        assert source is not None, mention
        assert mention.text and source[mention.char_start : mention.char_end] == mention.text, mention
        assert mention.entity_id == entity_id(mention.label, mention.entity_text)


def check_quotes(of: CleanArticle, quotes: Sequence[Quote]) -> None:
    text = of.clean_text
    assert [q.idx for q in quotes] == list(range(len(quotes)))
    assert [q.char_start for q in quotes] == sorted(q.char_start for q in quotes)
    for quote in quotes:
        assert quote.text.strip() and quote.part_count >= 1
        assert 0 <= quote.char_start < quote.char_end <= len(text)
        assert 0 <= quote.paragraph_idx < max(len(of.paragraphs), 1)
        if quote.part_count == 1:
            assert text[quote.char_start : quote.char_end] == quote.text
        else:
            span, words = text[quote.char_start : quote.char_end], quote.text.split()
            assert span.startswith(words[0]) and span.endswith(words[-1])


def check_statistics(of: CleanArticle, statistics: Sequence[Statistic]) -> None:
    assert [s.idx for s in statistics] == list(range(len(statistics)))
    for stat in statistics:
        assert stat.text and of.clean_text[stat.char_start : stat.char_end] == stat.text
        assert math.isfinite(stat.value)
        assert 0 <= stat.paragraph_idx < len(of.paragraphs)
        assert stat.range_id is None or stat.range_id >= 1
        assert stat.unit and stat.unit.replace(" ", "").isalpha() and stat.unit.islower()
