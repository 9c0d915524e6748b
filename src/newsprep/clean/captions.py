"""Find photo captions in a scraped article and tell them apart from body text.

Scrapes repeat each photo's caption and credit around the "hide caption" / "toggle caption" buttons, or put
the caption right after an "Enlarge this image" link. A caption is recognised by that structure (the block
that repeats around the markers, or the block next to an "Enlarge" marker), never by the words it contains.
The button phrases come from the outlet profiles a page matches (NPR's ``npr.toml``): a page of another outlet has
none, and its lines are never peeled.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from newsprep.text import NAME_PARTICLES, sentence_breaks, word_set
from newsprep.text.sentences import CAPTION_SENTENCES

MarkerKind = Literal["hide", "toggle", "enlarge", ""]  # "" for ordinary text lines
Buttons = tuple[tuple[MarkerKind, str], ...]
"""Caption-button phrases by kind, from the matched profiles (NPR's: "hide caption", "toggle caption", "enlarge
this image"); a page no profile with buttons matches has none."""


@dataclass(frozen=True, slots=True)
class _ButtonPatterns:
    whole: re.Pattern[str]
    trailing: re.Pattern[str] | None
    leading: re.Pattern[str] | None
    phrase_kinds: tuple[tuple[re.Pattern[str], MarkerKind], ...]
    """Each phrase's own case-blind pattern and kind: a marker's kind is that of the phrase whose pattern it matched."""
    gate: re.Pattern[str] | None
    """Any phrase's longest word in lower case, when every phrase is ASCII (``may_hold_button``), else None."""


def _phrase_pattern(phrases: list[str]) -> str:
    return "(" + "|".join(r"\s+".join(re.escape(word) for word in p.split()) for p in phrases) + ")"


@lru_cache(maxsize=16)
def _button_patterns(buttons: Buttons) -> _ButtonPatterns:
    phrases = [phrase for _, phrase in buttons]
    # NPR nests the hide button inside the caption element, so some scrapes glue it to the caption line; the
    # enlarge link is glued before it.
    trailing = [phrase for kind, phrase in buttons if kind in ("hide", "toggle")]
    leading = [phrase for kind, phrase in buttons if kind == "enlarge"]
    return _ButtonPatterns(
        whole=re.compile(r"[\W_]*" + _phrase_pattern(phrases) + r"[\W_]*", re.IGNORECASE),
        trailing=re.compile(r"^(?P<body>.*?\S)\s+(?P<marker>" + _phrase_pattern(trailing)[1:] + "$", re.IGNORECASE)
        if trailing
        else None,
        leading=re.compile(r"^(?P<marker>" + _phrase_pattern(leading)[1:] + r"\s+(?P<body>\S.*)$", re.IGNORECASE)
        if leading
        else None,
        phrase_kinds=tuple((re.compile(_phrase_pattern([phrase]), re.IGNORECASE), kind) for kind, phrase in buttons),
        gate=_gate(phrases) if all(map(str.isascii, phrases)) else None,
    )


def _gate(phrases: list[str]) -> re.Pattern[str]:
    longest = {max(phrase.lower().split(), key=len) for phrase in phrases if phrase.split()}
    return re.compile("|".join(map(re.escape, sorted(longest))) if longest else "(?!)")


def may_hold_button(text: str, gate: re.Pattern[str] | None) -> bool:
    """Whether a button pattern may match ``text``: False only when the lower-cased text holds no phrase's longest
    word, which each of the three patterns (a phrase whole, leading or trailing) needs.

    Exact for ASCII phrases (``gate`` is None otherwise: True): under ``re.IGNORECASE`` a character matches an ASCII
    letter when its one-character lower case is that letter, or when it is 'ı' or 'ſ' (re's own equivalences of 'i'
    and 's'). ``str.lower`` gives that lower case for every character but 'İ', which it lower-cases to two; so a text
    holding 'ı' or 'ſ', or lower-casing to another length, goes to the patterns. Most lines hold no phrase: the gate
    spares them three case-blind matches, the trailing one tried at every character (fixed cost round 24)."""
    if gate is None or "ı" in text or "ſ" in text:
        return True
    lowered = text.lower()
    return len(lowered) != len(text) or gate.search(lowered) is not None


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
class Line:
    """One non-empty input line: either a marker (``marker`` set) or a unit of text (stripped)."""

    text: str
    marker: MarkerKind = ""

    @property
    def key(self) -> str:
        return text_key(self.text)


@dataclass(frozen=True, slots=True)
class FoundCaption:
    """A photo caption found in the line list: where it first appears and how often its text occurred."""

    first_line: int
    text: str
    credit: str | None
    occurrences: int


@lru_cache(maxsize=4096)
def text_key(text: str) -> str:
    """Comparison key: case and runs of whitespace do not make two copies of a caption differ.

    Kept per text: reading the lines around a photo's buttons asks each line's key again and again (43,893 asks
    for 2,392 texts on a 500-article corpus, fixed cost round 24)."""
    return " ".join(text.split()).casefold()


def split_marker_lines(raw_lines: list[str], buttons: Buttons = ()) -> list[Line]:
    """Strip each line, drop blank ones, and separate caption-button markers (``buttons``) from text."""
    patterns = _button_patterns(buttons) if buttons else None
    lines: list[Line] = []
    for raw in raw_lines:
        text = raw.strip()
        if patterns is None:
            lines.extend([Line(text)] if text else [])
        else:
            lines.extend(_peel_markers(text, patterns))
    return lines


def _marker(phrase: str, patterns: _ButtonPatterns) -> Line:
    """The marker's kind: that of the phrase whose own pattern matches it, by the same case-blind matching that found
    it (a case-folded lookup would miss 'hıde caption': re takes 'ı' and 'İ' for 'i', 'ſ' for 's')."""
    return Line(phrase, next(kind for pattern, kind in patterns.phrase_kinds if pattern.fullmatch(phrase)))


def _peel_markers(text: str, patterns: _ButtonPatterns) -> list[Line]:
    """One line as [leading markers..., text, trailing markers...], peeling until nothing is left to peel."""
    if not may_hold_button(text, patterns.gate):
        return [Line(text)] if text else []
    head: list[Line] = []
    tail: list[Line] = []
    while text:
        whole = patterns.whole.fullmatch(text)
        lead = patterns.leading.match(text) if patterns.leading else None
        trail = patterns.trailing.match(text) if patterns.trailing else None
        if whole:
            head.append(Line(text, _marker(whole.group(1), patterns).marker))
            text = ""
        elif lead:
            head.append(_marker(lead.group("marker"), patterns))
            text = lead.group("body").strip()
        elif trail:
            tail.insert(0, _marker(trail.group("marker"), patterns))
            text = trail.group("body").strip()
        else:
            break
    return [*head, *([Line(text)] if text else []), *tail]


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
