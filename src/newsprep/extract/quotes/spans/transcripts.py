"""Paragraphs and transcript turns: the paragraph bounds a quote is looked for in, and the upper-case speaker labels
that open a transcript's paragraphs (``VOSS: ...``), each turn a whole-paragraph quote, and each further paragraph of
a turn another. Pure."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from newsprep.extract.quotes.spans.marks import DOUBLE_MARKS, QuoteSpan
from newsprep.extract.quotes.speaker_value import Speaker
from newsprep.model import CleanArticle
from newsprep.text import word_set
from newsprep.text.given_names import is_given_name

_TURN = re.compile(
    r"[\"“„]?\s*(?P<label>[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,3})"
    r"(?:,\s*(?P<role>[A-Z][A-Z.'’\-]*(?: [A-Z][A-Z.'’\-]*){0,4}))?:\s+(?=\S)"
)
_SALUTATIONS = word_set("dear")
"""``DEAR ADVISER:``, ``DEAR TIRED:``: an advice column's letters and answers open with the one addressed, not a
speaker's label, however often it repeats."""


@dataclass(frozen=True, slots=True)
class Paragraph:
    idx: int
    start: int
    end: int


def paragraphs_of(article: CleanArticle) -> list[Paragraph]:
    """Paragraph bounds clamped to the text; the text split on blank lines when paragraphs are missing."""
    size = len(article.clean_text)
    found = [
        Paragraph(p.idx, max(0, p.char_start), min(size, p.char_end))
        for p in article.paragraphs
        if p.kind != "contributor" and max(0, p.char_start) < min(size, p.char_end)
    ]
    if found or (not article.paragraphs and not size):
        return found
    bounds, pos = [], 0
    for idx, block in enumerate(article.clean_text.split("\n\n")):
        if block.strip():
            bounds.append(Paragraph(idx, pos, pos + len(block)))
        pos += len(block) + 2
    return bounds


def turn_labels(text: str, paragraphs: Sequence[Paragraph]) -> dict[int, re.Match[str]]:
    """Transcript turns: upper-case speaker labels opening paragraphs (``VOSS:``), once the article shows it is a
    transcript: a label used twice, or one with a role (``RENATA OKAFOR, HOST:``)."""
    matches = {p.idx: m for p in paragraphs if (m := _TURN.match(text, p.start, p.end)) is not None}
    matches = {
        idx: m
        for idx, m in matches.items()
        if sum(ch.isalpha() for ch in m.group("label")) >= 2 and m.group("label").split()[0].lower() not in _SALUTATIONS
    }
    labels = [m.group("label") for m in matches.values()]
    is_transcript = len(set(labels)) < len(labels) or any(m.group("role") for m in matches.values())
    return matches if is_transcript else {}


def turns_going_on(text: str, paragraphs: Sequence[Paragraph], turns: dict[int, re.Match[str]]) -> dict[int, int]:
    """A transcript's turn of several paragraphs: each paragraph with no label of its own, between a labelled turn
    and the next one, goes on with the turn before it (paragraph -> the labelled paragraph it continues). A
    bracketed stage line (``(SOUNDBITE OF MUSIC)``) ends the turn; the paragraphs after the last label are not
    taken (a page's furniture follows a transcript there). Only a person's turn goes on (``_person_labels``): a page
    whose repeated labels are its furniture (``READ MORE:``, ``ADD TO CART:``) is no interview."""
    going_on: dict[int, int] = {}
    pending: list[int] = []
    current: int | None = None
    people = _person_labels(text, turns.values())
    for p in paragraphs:
        if p.idx in turns:
            if current is not None:
                going_on.update(dict.fromkeys(pending, current))
            current, pending = (p.idx if turns[p.idx].group("label") in people else None), []
        elif current is not None:
            opening = text[p.start : p.end].lstrip(' "“„\n')[:1]
            if opening in ("(", "[") or not any(ch.isalnum() for ch in text[p.start : p.end]):
                current, pending = None, []
            else:
                pending.append(p.idx)
    return going_on


def _person_labels(text: str, turns: Iterable[re.Match[str]]) -> set[str]:
    """The labels that name a person: with a role (``RENATA OKAFOR, HOST``), opening with a given name (``MARK
    BANNERMAN``), written as a name in the text (``Ellesa Throwden reports.``), or the surname of such a label
    (``OKAFOR`` after ``RENATA OKAFOR``)."""
    matches = list(turns)
    people = {
        m.group("label")
        for m in matches
        if m.group("role") or is_given_name(m.group("label").split()[0].title()) or m.group("label").title() in text
    }
    surnames = {label.split()[-1] for label in people if " " in label}
    return people | {m.group("label") for m in matches if m.group("label") in surnames}


def going_on_span(text: str, paragraph: Paragraph) -> QuoteSpan:
    """The whole paragraph, no label and no marks: the words of the turn it continues."""
    body = text[paragraph.start : paragraph.end].rstrip()
    start = paragraph.start + len(body) - len(body.lstrip())
    return QuoteSpan(start, None, start, paragraph.start + len(body))


def turn_span(text: str, paragraph: Paragraph, match: re.Match[str]) -> QuoteSpan | None:
    start, end = match.end(), paragraph.end
    body = text[start:end].rstrip()
    opened = text[paragraph.start] in DOUBLE_MARKS
    if opened and body and body[-1] in DOUBLE_MARKS and sum(ch in DOUBLE_MARKS for ch in body) % 2 == 1:
        body = body[:-1].rstrip()
    if not any(ch.isalnum() for ch in body):
        return None
    return QuoteSpan(start - 1, None, start, start + len(body))


def turn_name(speaker: Speaker) -> Speaker:
    """``RENATA OKAFOR`` -> ``Renata Okafor`` unless the mentions knew the name already."""
    if speaker.name is not None and speaker.name.isupper():
        return Speaker(speaker.name.title(), speaker.mention, True)
    return speaker
