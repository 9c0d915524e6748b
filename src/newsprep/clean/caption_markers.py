"""Caption-button markers split from a scraped article's text lines.

Scrapes print a photo's caption buttons ("hide caption", "toggle caption", "enlarge this image") as text, alone on
a line or glued to the caption line. The phrases come from the outlet profiles a page matches (NPR's ``npr.toml``);
each line is stripped, blank lines dropped, and the markers peeled off into lines of their own, so that
``captions`` can read a photo's caption by its place around the buttons.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

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


@dataclass(frozen=True, slots=True)
class Line:
    """One non-empty input line: either a marker (``marker`` set) or a unit of text (stripped)."""

    text: str
    marker: MarkerKind = ""

    @property
    def key(self) -> str:
        return text_key(self.text)


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
