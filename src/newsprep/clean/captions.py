"""Find photo captions in a scraped article and tell them apart from body text.

Scrapes repeat each photo's caption and credit around the "hide caption" / "toggle caption" buttons, or put
the caption right after an "Enlarge this image" link. A caption is recognised by that structure (the block
that repeats around the markers, or the block next to an "Enlarge" marker), never by the words it contains.
``caption_markers`` peels the markers off the lines first, with the button phrases of the outlet profiles a page
matches (NPR's ``npr.toml``): a page of another outlet has none, and its lines are never peeled.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from newsprep.clean.caption_markers import Line, MarkerKind, text_key
from newsprep.text import NAME_PARTICLES, sentence_breaks, word_set
from newsprep.text.sentences import CAPTION_SENTENCES

_NAME_CONNECTORS = NAME_PARTICLES - word_set("al ben bin della den el ibn y") | word_set("of the and for via by &")
"""Lower-case words a credit's name may hold ("Courtesy of Ana de la Cruz", "Kim Bo for NPR"): the particles, less eight
this shape rule never had (issue 20 owns the cleaner), and the words that link a credit's parts."""
_CREDIT_LEADS = ("courtesy", "photo by", "photograph by", "photos by", "illustration by", "photo illustration")
_STRONG_CREDIT = re.compile(r"/|\b(?:for|via)\s+\S|^courtesy\b|\b(?:getty images|ap|afp|reuters|npr)$", re.IGNORECASE)
_ACRONYM = re.compile(r"[A-Z]{2,}")
_WINDOW_BEFORE = 4
_WINDOW_AFTER = 6
_MIN_LETTERS = 2


@dataclass(frozen=True, slots=True)
class FoundCaption:
    """A photo caption found in the line list: where it first appears and how often its text occurred."""

    first_line: int
    text: str
    credit: str | None
    occurrences: int


def looks_like_credit(text: str) -> bool:
    """Shape of a photo credit: short, no closing punctuation, a name, agency or 'Courtesy of ...'."""
    s = text.strip()
    if not s or len(s) > 90 or s[-1] in '.!?:;,"”’…':
        return False
    words = s.split()
    if len(words) > 10:
        return False
    if "/" in s or s.casefold().startswith(_CREDIT_LEADS) or re.search(r"\b(?:for|via)\s+\S", s):
        return True
    return all(
        w[0].isupper() or w[0].isdigit() or w.casefold() in _NAME_CONNECTORS or not w[1:].islower() for w in words
    )


def _has_words(text: str) -> bool:
    return sum(ch.isalpha() for ch in text) >= _MIN_LETTERS


def strip_credit(text: str, credit: str) -> str | None:
    """The caption without a credit glued to its end, or None when the credit is not at its end."""
    tokens = credit.split()
    if not tokens:
        return None
    pattern = r"\s+" + r"\s+".join(re.escape(t) for t in tokens) + r"\s*$"
    match = re.search(pattern, text, re.IGNORECASE)
    if match is None or match.start() == 0:
        return None
    return text[: match.start()].rstrip()


def split_glued_credit(text: str) -> tuple[str, str | None]:
    """Split 'Caption sentence. Name/Agency' when no separate credit line tells us the credit."""
    ends = sentence_breaks(text, CAPTION_SENTENCES)
    if not ends:
        return text, None
    tail = text[ends[-1].end() :].strip()
    if tail and looks_like_credit(tail) and (_STRONG_CREDIT.search(tail) or _ACRONYM.fullmatch(tail)):
        return text[: ends[-1].end()].rstrip(), tail
    return text, None


def find_captions(lines: list[Line]) -> tuple[list[bool], list[FoundCaption]]:
    """Mark every marker, caption and credit line as taken; return the marks and the captions found."""
    taken = [line.marker != "" for line in lines]
    claimed = [False] * len(lines)
    found: list[FoundCaption] = []
    i = 0
    while i < len(lines):
        if not lines[i].marker or claimed[i]:
            i += 1
            continue
        end = i
        while end < len(lines) and lines[end].marker:
            end += 1
        caption = _read_zone(lines, claimed, i, end)
        if caption is not None:
            found.append(caption)
        for k in range(i, end):
            claimed[k] = True
        i = end
    for idx, flag in enumerate(claimed):
        taken[idx] = taken[idx] or flag
    return taken, _merge_repeats(found)


def _read_zone(lines: list[Line], claimed: list[bool], start: int, end: int) -> FoundCaption | None:
    before = _neighbours(lines, claimed, start - 1, -1, _WINDOW_BEFORE)
    after = _neighbours(lines, claimed, end, 1, _WINDOW_AFTER)
    run = [line.marker for line in lines[start:end]]
    caption_at, credit_at = _choose_caption(lines, before, after, run)
    if caption_at is None:
        return None
    caption_text = lines[caption_at].text
    credit = lines[credit_at].text if credit_at is not None else None
    if credit is not None and text_key(credit) == text_key(caption_text):
        credit = None
    if credit is not None:
        caption_text = strip_credit(caption_text, credit) or caption_text
    else:
        caption_text, credit = split_glued_credit(caption_text)
    caption_key = text_key(caption_text)
    credit_key = text_key(credit) if credit else None

    def belongs(k: int) -> bool:
        key = lines[k].key
        if key in (credit_key, caption_key):
            return True
        return credit is not None and text_key(strip_credit(lines[k].text, credit) or "") == caption_key

    lo, hi = _grow(lines, claimed, start, end, belongs)
    occurrences = 0
    for k in range(lo, hi):
        claimed[k] = True
        if not lines[k].marker and lines[k].key != credit_key:
            occurrences += 1
    return FoundCaption(first_line=lo, text=caption_text, credit=credit, occurrences=max(occurrences, 1))


def _neighbours(lines: list[Line], claimed: list[bool], k: int, step: int, limit: int) -> list[int]:
    """Indices of the nearest unclaimed text lines in one direction, stopping at anything already claimed."""
    out: list[int] = []
    while 0 <= k < len(lines) and len(out) < limit and not claimed[k]:
        if not lines[k].marker:
            out.append(k)
        k += step
    return out


def _choose_caption(
    lines: list[Line], before: list[int], after: list[int], run: list[MarkerKind]
) -> tuple[int | None, int | None]:
    """Pick the caption line and the credit line of one photo around a run of markers."""
    # A copy counts as a repeat only when it sits on both sides of the buttons and has some words in it
    # (a "___" separator line repeats too, but is no caption).
    sides = {lines[k].key for k in before} & {lines[k].key for k in after}
    counts = Counter(lines[k].key for k in before + after if lines[k].key in sides and _has_words(lines[k].text))
    near = after + before  # the copies after the toggle are the surest anchor, so look there first
    repeated: dict[str, int] = {}
    for k in near:
        if counts[lines[k].key] >= 2:
            repeated.setdefault(lines[k].key, k)
    credit_at: int | None = None
    if len(repeated) >= 2:
        # Caption and credit both repeat: the credit has a credit's shape, is printed at least as often as
        # the caption and is the shorter line. The caption is the rest's line whose copies hug the buttons
        # most closely (a line the article itself repeats, such as an embedded tweet's signature, can sit
        # on both sides too, further out), the longest on a tie.
        ranked = sorted(
            repeated.values(),
            key=lambda k: (not looks_like_credit(lines[k].text), -counts[lines[k].key], len(lines[k].text)),
        )
        credit_at = ranked[0]
        return min(ranked[1:], key=lambda k: (_distance(lines, before, after, k), -len(lines[k].text))), credit_at
    if len(repeated) == 1:
        only = next(iter(repeated.values()))
        if not looks_like_credit(lines[only].text):
            # A credit glued to the caption line is confirmed by a copy of it standing alone nearby.
            glued = [k for k in near if k != only and strip_credit(lines[only].text, lines[k].text) is not None]
            return only, (glued[0] if glued and looks_like_credit(lines[glued[0]].text) else None)
        credit_at = only
    if "hide" in run and run[0] != "enlarge":
        return _caption_before(lines, before, after, credit_at)
    return _caption_after(lines, after, credit_at)


def _distance(lines: list[Line], before: list[int], after: list[int], k: int) -> int:
    """How far the nearest copies of line k's text stand from the buttons, counted in text lines on each side."""
    key = lines[k].key
    nearest_before = next(i for i, j in enumerate(before) if lines[j].key == key)
    nearest_after = next(i for i, j in enumerate(after) if lines[j].key == key)
    return nearest_before + nearest_after


def _caption_before(
    lines: list[Line], before: list[int], after: list[int], credit_at: int | None
) -> tuple[int | None, int | None]:
    """'Caption [Credit] hide caption toggle caption [Credit]': the caption sits just before the buttons."""
    if not before:
        return None, credit_at
    caption_at: int | None = None
    if looks_like_credit(lines[before[0]].text):
        if len(before) > 1 and not looks_like_credit(lines[before[1]].text):
            credit_at = before[0] if credit_at is None else credit_at
            caption_at = before[1]
    else:
        caption_at = before[0]
    if caption_at is not None and credit_at is None and after and looks_like_credit(lines[after[0]].text):
        credit_at = after[0]
    return caption_at, credit_at


def _caption_after(lines: list[Line], after: list[int], credit_at: int | None) -> tuple[int | None, int | None]:
    """'Enlarge this image [toggle caption] [Credit] Caption [Credit]': the caption follows the marker."""
    pos = 0
    if len(after) > 1 and looks_like_credit(lines[after[0]].text):
        credit_at = after[0] if credit_at is None else credit_at
        pos = 1
    if pos >= len(after) or looks_like_credit(lines[after[pos]].text):
        return None, credit_at
    caption_at = after[pos]
    if credit_at is None and pos + 1 < len(after) and looks_like_credit(lines[after[pos + 1]].text):
        credit_at = after[pos + 1]
    return caption_at, credit_at


def _grow(
    lines: list[Line], claimed: list[bool], start: int, end: int, belongs: Callable[[int], bool]
) -> tuple[int, int]:
    """Widen [start, end) over adjacent caption copies, credits and marker runs that lead to more copies."""
    lo = start
    while True:
        k = lo - 1
        while k >= 0 and lines[k].marker and not claimed[k]:
            k -= 1
        if k < 0 or claimed[k] or lines[k].marker or not belongs(k):
            break
        lo = k
    hi = end
    while True:
        k = hi
        while k < len(lines) and lines[k].marker and not claimed[k]:
            k += 1
        if k >= len(lines) or claimed[k] or not belongs(k):
            break
        hi = k + 1
    return lo, hi


def _merge_repeats(found: list[FoundCaption]) -> list[FoundCaption]:
    """One entry per photo: the same caption and credit found twice (top and bottom of a page) count together.

    A copy without a credit joins the credited entry; differing credits mean different photos.
    """
    merged: dict[tuple[str, str], FoundCaption] = {}
    for cap in sorted(found, key=lambda c: c.first_line):
        key = (text_key(cap.text), text_key(cap.credit or ""))
        same = [k for k in merged if k[0] == key[0] and (k[1] == key[1] or not k[1] or not key[1])]
        if not same:
            merged[key] = cap
            continue
        prev = merged.pop(same[0])
        credit = prev.credit or cap.credit
        merged[(key[0], text_key(credit or ""))] = FoundCaption(
            prev.first_line, prev.text, credit, prev.occurrences + cap.occurrences
        )
    return sorted(merged.values(), key=lambda c: c.first_line)
