"""The words around a statistic: its sentence, approximation qualifier and who reports it (``measures``: what)."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from newsprep.extract.statistics.words.lexicon import FINDING_VERBS, QUALIFIERS, SOURCE_VERBS, one_of
from newsprep.text import STATISTICS_SENTENCES, WEEKDAYS, sentence_breaks, word_set

MAX_SOURCE_WORDS = 8
CONTEXT_CHARS = 400
"""Words further than this from a number are never read for it (a sentence can be a whole run-on paragraph)."""

_QUALIFIER = re.compile(rf"\b({one_of(QUALIFIERS)})\s+$", re.IGNORECASE)
_QUALIFIER_AFTER = re.compile(r"^\s+(or\s+(?:more|so|less|fewer))\b", re.IGNORECASE)
_CAPS = r"[A-Z][\w&’'.-]*(?:\s+(?:(?:of|for|on|and|the|de|in)\s+)*[A-Z][\w&’'.-]*)*"
_ACCORDING = re.compile(r"\baccording\s+to\s+(?P<src>[^,;:()—–“”\"]+)", re.IGNORECASE)
_BY = re.compile(rf"\bby\s+(?:the\s+)?(?P<src>{_CAPS})")
_REPORTING_VERB = rf"(?:{one_of(FINDING_VERBS)})"
_STUDY_BEFORE = re.compile(
    r"\b(?:poll|polls|survey|surveys|study|studies|report|analysis|census|data|commissioned|conducted|published"
    r"|released|compiled|estimates?|research|figures)\b",
    re.IGNORECASE,
)
_REPORTED_AFTER = re.compile(rf"\s*,?\s*{_REPORTING_VERB}\b")
_SAID = re.compile(rf"(?<![\w’'.-])(?P<src>{_CAPS})\s+(?:{one_of(SOURCE_VERBS)})\b")
_NOT_SOURCES = WEEKDAYS | word_set(
    "it they he she we i you officials experts the a an this that these those there here then in on at last"
)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence boundaries in a paragraph; a break after 'U.S.' or 'Mr.' is not taken."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in sentence_breaks(text, STATISTICS_SENTENCES):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def sentence_index(spans: list[tuple[int, int]], at: int) -> int:
    """Which of a paragraph's ``sentence_spans`` holds the offset ``at`` (0 for the first)."""
    return max(0, bisect_right(spans, (at, len(spans) and spans[-1][1] + 1)) - 1)


def sentence_at(spans: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """The sentence holding ``start``, cut to ``CONTEXT_CHARS`` either side so run-on text stays linear."""
    s_start, s_end = spans[sentence_index(spans, start)]
    return max(s_start, start - CONTEXT_CHARS), min(s_end, end + CONTEXT_CHARS)


def qualifier_of(text: str, start: int, end: int) -> str | None:
    m = _QUALIFIER.search(text[max(0, start - 30) : start])
    if m:
        return re.sub(r"\s+", " ", m.group(1).lower())
    after = _QUALIFIER_AFTER.match(text[end : end + 16])
    return re.sub(r"\s+", " ", after.group(1).lower()) if after else None


def _clip_reporter(phrase: str) -> str | None:
    phrase = re.split(r"\s+(?:that|which|who|and\s+(?:said|says))\b|\.\s", phrase.strip())[0]
    words = phrase.strip().rstrip(".").split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if not words or len(words) > MAX_SOURCE_WORDS:
        return None
    return " ".join(words)


def reporter_of(text: str, sentence: tuple[int, int]) -> str | None:
    """Who reports the number: 'according to X', 'a poll by X found', 'X said'."""
    s_start, s_end = sentence
    return _reporter_in(text[s_start:s_end])


@lru_cache(maxsize=256)
def _reporter_in(sentence_text: str) -> str | None:
    """``reporter_of`` a sentence: read once for all the numbers of the sentence, not once per number."""
    m = _ACCORDING.search(sentence_text)
    if m:
        return _clip_reporter(m.group("src"))
    for m in _BY.finditer(sentence_text):
        reported = _REPORTED_AFTER.match(sentence_text, m.end()) is not None
        if reported or _STUDY_BEFORE.search(sentence_text[: m.start()]):
            return _clip_reporter(m.group("src"))
    for m in _SAID.finditer(sentence_text):
        src = m.group("src")
        words = src.split()
        if words[0].lower() == "the":
            words = words[1:]
        if not words or " ".join(words).lower() in _NOT_SOURCES:
            continue
        at_start = not sentence_text[: m.start()].strip()
        if at_start and len(words) == 1 and not words[0].isupper():
            continue
        return _clip_reporter(" ".join(words))
    return None
