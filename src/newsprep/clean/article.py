"""Clean one scraped article: headline, body paragraphs, captions, dateline, sub-headings, contributors.

Input is the decoded text (headline on the first non-empty line, then one block per line, blank lines
between). Text is kept as written: only the edges of each line are trimmed and artifact lines removed.
"""

from __future__ import annotations

import re

from newsprep.clean.caption_markers import Buttons, split_marker_lines
from newsprep.clean.captions import find_captions
from newsprep.clean.embeds import widget_lines, without_media_links
from newsprep.clean.follow_lines import follow_lines
from newsprep.clean.furniture import find_furniture
from newsprep.clean.labelled_captions import find_labelled_captions
from newsprep.clean.profiles import Profile, builtin_profiles
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
_PLACE_AFTER_NAME = re.compile(
    r"\s+in\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*)*(?:,\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*)*)?(?=\s+and\s|,|$)"
)
"""' in Carson City, Nevada' after a name on a contributor line: where the person reported from, not their name."""
_POSSESSIVE_LEAD = re.compile(r"^[A-Z][\w.]*['’]s\s+")
_HEADING_MAX_WORDS = 14
_HEADING_MAX_CHARS = 100
_HEADING_MAX_NUMBERS = 2
_FINAL_PUNCTUATION = ".!?:;,…\"”’'»)]}-—–"
_OPENING_MARKS = "\"“‘'([{—–-•*"


def clean_article(text: str, profiles: tuple[Profile, ...] | None = None) -> CleanArticle:
    """Turn one decoded article into a CleanArticle; never raises, whatever the string.

    ``profiles`` are the outlet profiles to try (default: the built-in ones); every one whose marks the page carries
    is applied, and their names, joined by '+', are the article's ``outlet``.
    """
    raw_lines = text.splitlines()
    title_at = next((i for i, line in enumerate(raw_lines) if line.strip()), len(raw_lines))
    title = raw_lines[title_at].strip() if title_at < len(raw_lines) else ""
    body = raw_lines[title_at + 1 :]
    matched = tuple(p for p in (builtin_profiles() if profiles is None else profiles) if p.matches(body))
    # outlet furniture by the matched profiles; embedded posts' widget lines and follow lines on any page
    furniture = [
        any(taken) for taken in zip(find_furniture(body, matched), widget_lines(body), follow_lines(body), strict=True)
    ]
    buttons: Buttons = tuple(button for p in matched for button in p.buttons)
    kept = [without_media_links(line) for line, gone in zip(body, furniture, strict=True) if not gone]
    lines = split_marker_lines(kept, buttons)
    taken, found = find_captions(lines)
    found = sorted([*found, *find_labelled_captions(lines, taken, matched)], key=lambda c: c.first_line)
    texts = [line.text for line, gone in zip(lines, taken, strict=True) if not gone]
    kinds, contributors = _classify(texts, matched)
    paragraphs, clean_text = _assemble(texts, kinds)
    captions = tuple(
        Caption(idx=i, text=c.text, credit=c.credit, occurrences=c.occurrences) for i, c in enumerate(found)
    )
    return CleanArticle(
        title=title,
        dateline=_find_dateline(paragraphs, matched),
        contributors=contributors,
        clean_text=clean_text,
        paragraphs=paragraphs,
        captions=captions,
        outlet="+".join(p.name for p in matched) or None,
    )


def _assemble(texts: list[str], kinds: list[ParagraphKind]) -> tuple[tuple[Paragraph, ...], str]:
    paragraphs: list[Paragraph] = []
    pos = 0
    for idx, (para, kind) in enumerate(zip(texts, kinds, strict=True)):
        paragraphs.append(Paragraph(idx=idx, kind=kind, text=para, char_start=pos, char_end=pos + len(para)))
        pos += len(para) + 2
    return tuple(paragraphs), "\n\n".join(texts)


def _classify(texts: list[str], profiles: tuple[Profile, ...]) -> tuple[list[ParagraphKind], tuple[str, ...]]:
    kinds: list[ParagraphKind] = ["body"] * len(texts)
    contributors: list[str] = []
    clauses = tuple(clause for p in profiles for clause in p.contributor_clauses)
    for i, para in enumerate(texts):
        names = contributor_names(para) or clause_contributor_names(para, clauses)
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
    # Rows of a results table ("14 Dana Kessler 2190 0 2") are short and unpunctuated too.
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


def clause_contributor_names(text: str, clauses: tuple[re.Pattern[str], ...]) -> tuple[str, ...]:
    """Names from a contributor line a profile describes, one clause per ';' ("Reporting by A in X; Editing by B");
    empty unless every clause fits one of ``clauses`` and every name is a name."""
    if not clauses or len(text) > 400:
        return ()
    names: list[str] = []
    for part in text.split(";"):
        match = next((m for c in clauses if (m := c.fullmatch(part.strip())) is not None), None)
        if match is None:
            return ()
        listed = _PLACE_AFTER_NAME.sub("", match.group("names").strip().rstrip(","))
        for raw in _NAME_SPLIT.split(listed):
            words = raw.split()
            if not words or len(words) > 5 or not all(w[0].isupper() for w in words):
                return ()
            names.append(raw.strip())
    return tuple(names)


def _find_dateline(paragraphs: tuple[Paragraph, ...], profiles: tuple[Profile, ...]) -> str | None:
    first_body = next((p for p in paragraphs if p.kind == "body"), None)
    if first_body is None:
        return None
    for form in (form for p in profiles for form in p.datelines):
        opened = form.match(first_body.text)
        if opened is not None:
            place = opened.groupdict().get("place")
            return place.strip() if place and place.strip() else None
    match = _DATELINE.match(first_body.text)
    if match is None:
        return None
    place = match.group("place").strip()
    return place if sum(ch.isalpha() for ch in place) >= 2 else None
