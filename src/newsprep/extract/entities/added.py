"""Spans added by rule where the small model misses names that news writing marks by its form.

A dateline ("TAIPEI, Taiwan —") names places; a contributor line ("Jane Roe contributed reporting") names
people; an honorific ("Councilwoman Teresa Reyes") is followed by a name; a parenthesised acronym
("Competition and Markets Authority (CMA)") follows the organisation it abbreviates.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsprep.extract.entities.lexicon import HONORIFICS, LINK_WORDS, PORTFOLIO_WORDS
from newsprep.extract.entities.source_text import SourceKey
from newsprep.model import CleanArticle, MentionSource, NerSpan
from newsprep.text import PERSON_TITLES
from newsprep.text.tokens import CHUNKS

_DATELINE = re.compile(r"^([A-Z][A-Z.'’\- ]*[A-Z.])(?:, ([A-Z][\w.'’\- ]{1,40}?))?(?=\s[—–-]\s|\s?[—–])")
_CONTRIBUTORS = re.compile(r"^(.{3,160}?) contributed\b", re.MULTILINE)
_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*|[A-Z]\.|Jr\.|Sr\.|II|III")
_DEFINED_ACRONYM = re.compile(r"[(\[]([A-Z][A-Za-z&]{1,9})[)\]]")
_MAX_LONG_FORM_WORDS = 10
_HONORIFIC_END = re.compile(r"(?:" + "|".join(re.escape(h) for h in sorted(HONORIFICS)) + r")(?!\S)")
"""An honorific ending a chunk (``CHUNKS``: the text between spaces); one that also starts it is a chunk that is an
honorific, found without cutting the text into chunks. Starting with the words, the pattern is searched for by their
first letters, several times as fast as from a look-behind."""


def added_spans(article: CleanArticle, texts: dict[SourceKey, str]) -> list[NerSpan]:
    spans = _dateline_spans(article) + _contributor_spans(article.clean_text)
    for (source, caption_idx), text in texts.items():
        spans += _honorific_spans(text, source, caption_idx)
        spans += _defined_long_forms(text, source, caption_idx)
    return spans


def _dateline_spans(article: CleanArticle) -> list[NerSpan]:
    text = article.clean_text
    if article.dateline and text.startswith(article.dateline):
        parts = [(m.start(), m.end()) for m in re.finditer(r"[^,]+", article.dateline)]
    else:
        match = _DATELINE.match(text)
        if match is None:
            return []
        parts = [match.span(g) for g in (1, 2) if match.group(g)]
    spans = []
    for start, end in parts:
        while start < end and text[start] == " ":
            start += 1
        if start < end and text[start].isupper():
            spans.append(NerSpan("body", None, start, end, text[start:end], "GPE"))
    return spans


def _contributor_spans(text: str) -> list[NerSpan]:
    if " contributed" not in text:  # every line _CONTRIBUTORS matches holds it; most texts do not
        return []
    spans = []
    for line in _CONTRIBUTORS.finditer(text):
        for name in re.finditer(r"[^,]+?(?=,|\s+and\s+|$)", line.group(1)):
            start, end = line.start(1) + name.start(), line.start(1) + name.end()
            raw = text[start:end]
            stripped = raw.strip().removeprefix("and ").strip()
            start += raw.find(stripped) if stripped else 0
            words = stripped.split()
            if 2 <= len(words) <= 4 and all(_NAME_WORD.fullmatch(w) for w in words):
                spans.append(NerSpan("body", None, start, start + len(stripped), stripped, "PERSON"))
    return spans


def _honorific_spans(text: str, source: MentionSource, caption_idx: int | None) -> list[NerSpan]:
    """ "Councilwoman Teresa Reyes", "Sen. Tom Brandt": the capitalised words after an honorific."""
    spans = []
    for honorific in _HONORIFIC_END.finditer(text):
        if honorific.start() and not text[honorific.start() - 1].isspace():
            continue  # inside a chunk ('ProMr.'): no space in it, so no chunk starts within it either
        words = _Following(text, honorific.end())
        j = 0
        while (word := words.get(j)) is not None and (
            word.group().casefold() in PERSON_TITLES
            or word.group().casefold() in PORTFOLIO_WORDS
            or word.group() in ("of", "for")
        ):
            j += 1
        k, end = j, 0
        while (word := words.get(k)) is not None and k - j < 3:
            token = word.group().rstrip(",;:")
            token = re.sub(r"['’]s?$", "", token)
            if not _NAME_WORD.fullmatch(token) or token.casefold() in PERSON_TITLES:
                break
            end = word.start() + len(token)
            k += 1
            if token != word.group():
                break
        if k > j and (first := words.get(j)) is not None:
            start = first.start()
            spans.append(NerSpan(source, caption_idx, start, end, text[start:end], "PERSON"))
    return spans


class _Following:
    """The text's chunks (``CHUNKS``) after an offset, read only as far as they are asked for: a text is not cut
    into all its words for the few after each honorific."""

    def __init__(self, text: str, offset: int) -> None:
        self._chunks = CHUNKS.finditer(text, offset)
        self._read: list[re.Match[str]] = []

    def get(self, idx: int) -> re.Match[str] | None:
        while len(self._read) <= idx:
            chunk = next(self._chunks, None)
            if chunk is None:
                return None
            self._read.append(chunk)
        return self._read[idx]


def spells(acronym: str, words: Sequence[str]) -> bool:
    """Whether the words' leading letters spell the acronym: "KEMRI" from "Kenya Medical Research Institute".

    Each capitalised word gives one or more of its first letters; a link word ("of", "and") may give its
    first letter or nothing.
    """
    letters = acronym.replace(".", "").casefold()
    cleaned = [w.strip("()[],.’'") for w in words]
    cleaned = [w for w in cleaned if w]
    if not letters or not cleaned or len(cleaned) > _MAX_LONG_FORM_WORDS or not cleaned[0][:1].isupper():
        return False

    def match(pos: int, idx: int) -> bool:
        if idx == len(cleaned):
            return pos == len(letters)
        word = cleaned[idx]
        if word.casefold() in LINK_WORDS and match(pos, idx + 1):
            return True
        if not word[0].isupper() and word.casefold() not in LINK_WORDS:
            return False
        low = word.casefold()
        n = 1
        while n <= len(low) and pos + n <= len(letters) and letters[pos : pos + n] == low[:n]:
            if match(pos + n, idx + 1):
                return True
            n += 1
        return False

    return match(0, 0)


def _defined_long_forms(text: str, source: MentionSource, caption_idx: int | None) -> list[NerSpan]:
    """The capitalised words just before "(CMA)" that spell it form the organisation's long name."""
    spans = []
    for definition in _DEFINED_ACRONYM.finditer(text):
        acronym = definition.group(1)
        before = list(CHUNKS.finditer(text, max(0, definition.start() - 200), definition.start()))
        for n in range(2, min(len(before), _MAX_LONG_FORM_WORDS) + 1):
            chosen = before[-n:]
            if spells(acronym, [w.group() for w in chosen]):
                start, end = chosen[0].start(), chosen[-1].end()
                long_form = text[start:end].rstrip(",")
                spans.append(NerSpan(source, caption_idx, start, start + len(long_form), long_form, "ORG"))
                spans.append(NerSpan(source, caption_idx, definition.start(1), definition.end(1), acronym, "ORG"))
                break
    return spans
