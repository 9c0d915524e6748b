"""Clean one scraped article: headline, body paragraphs, captions, dateline, sub-headings, contributors.

Input is the decoded text (headline on the first non-empty line, then one block per line, blank lines
between). Text is kept as written: only the edges of each line are trimmed and artifact lines removed.
"""

from __future__ import annotations

import re

from newsprep.clean.captions import find_captions, split_marker_lines
from newsprep.model import Caption, CleanArticle, Paragraph, ParagraphKind
from newsprep.text.sentences import CONTRIBUTOR_SENTENCES, sentences_of

__all__ = ["clean_article"]

_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z'’.\-]*(?:\s+[A-Z][A-Z'’.\-]*)*(?:,\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3})?)"
    r"(?:\s+\([^()]{1,30}\))?\s*(?:—|–|--|-)\s+\S"
)
_CONTRIBUTOR_SENTENCE = re.compile(
    r"^(?P<names>.+?)\s+contributed\s+(?:additional\s+|further\s+)?"
    r"(?:reporting|research|to\s+this\s+(?:report|story))\b[^.!?]*[.!?]?$"
)
_NAME_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")
_POSSESSIVE_LEAD = re.compile(r"^[A-Z][\w.]*['’]s\s+")
_HEADING_MAX_WORDS = 14
_HEADING_MAX_CHARS = 100
_HEADING_MAX_NUMBERS = 2
_FINAL_PUNCTUATION = ".!?:;,…\"”’'»)]}-—–"
_OPENING_MARKS = "\"“‘'([{—–-•*"


def clean_article(text: str) -> CleanArticle:
    """Turn one decoded article into a CleanArticle; never raises, whatever the string."""
    raw_lines = text.splitlines()
    title_at = next((i for i, line in enumerate(raw_lines) if line.strip()), len(raw_lines))
    title = raw_lines[title_at].strip() if title_at < len(raw_lines) else ""
    lines = split_marker_lines(raw_lines[title_at + 1 :])
    taken, found = find_captions(lines)
    texts = [line.text for line, gone in zip(lines, taken, strict=True) if not gone]
    kinds, contributors = _classify(texts)
    paragraphs, clean_text = _assemble(texts, kinds)
    captions = tuple(
        Caption(idx=i, text=c.text, credit=c.credit, occurrences=c.occurrences) for i, c in enumerate(found)
    )
    return CleanArticle(
        title=title,
        dateline=_find_dateline(paragraphs),
        contributors=contributors,
        clean_text=clean_text,
        paragraphs=paragraphs,
        captions=captions,
    )


def _assemble(texts: list[str], kinds: list[ParagraphKind]) -> tuple[tuple[Paragraph, ...], str]:
    paragraphs: list[Paragraph] = []
    pos = 0
    for idx, (para, kind) in enumerate(zip(texts, kinds, strict=True)):
        paragraphs.append(Paragraph(idx=idx, kind=kind, text=para, char_start=pos, char_end=pos + len(para)))
        pos += len(para) + 2
    return tuple(paragraphs), "\n\n".join(texts)


def _classify(texts: list[str]) -> tuple[list[ParagraphKind], tuple[str, ...]]:
    kinds: list[ParagraphKind] = ["body"] * len(texts)
    contributors: list[str] = []
    for i, para in enumerate(texts):
        names = contributor_names(para)
        if names:
            kinds[i] = "contributor"
            contributors.extend(n for n in names if n not in contributors)
    for i in range(1, len(texts) - 1):
        if kinds[i] == "body" and kinds[i - 1] == "body" and kinds[i + 1] == "body" and is_heading(texts[i]):
            kinds[i] = "heading"
    return kinds, tuple(contributors)


def is_heading(text: str) -> bool:
    """A sub-heading: a short line with no closing punctuation that does not open like a quote or list."""
    if len(text) > _HEADING_MAX_CHARS or len(text.split()) > _HEADING_MAX_WORDS:
        return False
    if text[-1] in _FINAL_PUNCTUATION or text[0] in _OPENING_MARKS:
        return False
    # Rows of a results table ("12 Alex Bowman 2257 1 0") are short and unpunctuated too.
    if sum(any(ch.isdigit() for ch in word) for word in text.split()) > _HEADING_MAX_NUMBERS:
        return False
    return text[0].isupper() or text[0].isdigit()


def contributor_names(text: str) -> tuple[str, ...]:
    """Names from 'A and B contributed reporting from Y.' lines; empty when the line is something else."""
    if "contributed" not in text or len(text) > 400:
        return ()
    names: list[str] = []
    for sentence in sentences_of(text, CONTRIBUTOR_SENTENCES):
        match = _CONTRIBUTOR_SENTENCE.match(sentence.strip())
        if match is None:
            return ()
        for raw in _NAME_SPLIT.split(match.group("names")):
            name = _POSSESSIVE_LEAD.sub("", raw.strip())
            words = name.split()
            if not words or len(words) > 5 or not all(w[0].isupper() for w in words if w[0].isalpha()):
                return ()
            if not words[0][0].isupper():
                return ()
            names.append(name)
    return tuple(names)


def _find_dateline(paragraphs: tuple[Paragraph, ...]) -> str | None:
    first_body = next((p for p in paragraphs if p.kind == "body"), None)
    if first_body is None:
        return None
    match = _DATELINE.match(first_body.text)
    if match is None:
        return None
    place = match.group("place").strip()
    return place if sum(ch.isalpha() for ch in place) >= 2 else None
