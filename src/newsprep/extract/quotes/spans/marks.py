"""Quote marks: which marks open and close, and the quoted spans they enclose, per paragraph.

Only double marks delimit quotations; single marks (‘ ’ ') are apostrophes or nested quotes and stay inside the
outer quotation. Pairing never fails: a stray closer is dropped, an opener left open runs to the paragraph end
(the convention for a quotation that continues in the next paragraph), and a paragraph whose marks cannot nest
is paired left to right. Where a text joined its paragraphs into one (a corpus that keeps one line per article), a
straight opener after a sentence's end while a quotation is open is that convention seen inside one paragraph: the
open quotation ends before it and a new one opens.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum

from newsprep.text import quotation_sentence_rules, sentence_breaks

OPENING_MARKS = frozenset("“„«")
CLOSING_MARKS = frozenset("”»")
STRAIGHT_MARKS = frozenset('"＂')
DOUBLE_MARKS = OPENING_MARKS | CLOSING_MARKS | STRAIGHT_MARKS
_DOUBLE_MARK = re.compile("[" + "".join(sorted(DOUBLE_MARKS)) + "]")
"""Finds the double marks in C: a paragraph is not walked character by character."""
MASK = "■"
"""Stands in for every character of a quotation in the masked text, so cue words inside quotes are not seen."""

_OPEN_BEFORE = frozenset("([{—–-/…")
_CLOSE_AFTER = frozenset(".,;:!?)]}—–-…’'")
_TERMINAL = frozenset(".!?")


class Role(Enum):
    OPEN = "open"
    CLOSE = "close"
    EITHER = "either"


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """One quoted span; ``start``/``end`` bound the words between the marks, whitespace trimmed."""

    open_at: int
    close_at: int | None
    start: int
    end: int

    @property
    def outer_end(self) -> int:
        """End of the span including its closing mark."""
        return self.end if self.close_at is None else self.close_at + 1


def mark_role(text: str, i: int) -> Role:
    """Whether the double mark at ``text[i]`` opens or closes, from its glyph and the characters around it."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    looks_open = (before.isspace() or before in _OPEN_BEFORE or before in DOUBLE_MARKS) and not after.isspace()
    looks_close = not before.isspace() and (after.isspace() or after in _CLOSE_AFTER or after in DOUBLE_MARKS)
    ch = text[i]
    if ch in OPENING_MARKS:
        # A curly opener glued to a word and followed by a space is a typo for a closer.
        return Role.CLOSE if looks_close and not looks_open else Role.OPEN
    if ch in CLOSING_MARKS:
        return Role.OPEN if looks_open and not looks_close else Role.CLOSE
    if looks_open and not looks_close:
        return Role.OPEN
    if looks_close and not looks_open:
        return Role.CLOSE
    return Role.EITHER


def _trimmed(text: str, open_at: int, close_at: int | None, stop: int) -> QuoteSpan | None:
    start, end = open_at + 1, stop
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start or not any(ch.isalnum() for ch in text[start:end]):
        return None
    return QuoteSpan(open_at, close_at, start, end)


_SENTENCE_END_BEFORE = re.compile(r"[.!?][’')\]]?[ \t]+$")


def joined_paragraph_openers(text: str, marks: Sequence[tuple[int, Role]]) -> frozenset[int]:
    """Straight openers right after a sentence's end (``... at all. "In fact``): where a text joined a quotation's
    paragraphs into one, each such mark opens the quotation's next paragraph, the one before left unclosed."""
    if any(text[pos] not in STRAIGHT_MARKS for pos, _ in marks):
        return frozenset()
    return frozenset(
        pos
        for pos, role in marks
        if role is Role.OPEN and _SENTENCE_END_BEFORE.search(text, max(0, pos - 4), pos) is not None
    )


MAX_OPEN_PARAGRAPH_SENTENCES = 4
"""A quotation's paragraph left open at the next one's mark runs to this many sentences at most (a joined text's
paragraphs of quotation run to one or two); one running longer lost its closing mark and ran on into narration."""
_SENTENCE_END = re.compile(r"[.!?][’')\]]?(?=[ \t]+[A-Z])")


def _lost_closing_mark(text: str, open_at: int, stop: int) -> int | None:
    """Where a quotation left open at a joined paragraph's mark (``stop``) closes when its own closing mark was lost:
    after its first sentence, when it would otherwise run on past ``MAX_OPEN_PARAGRAPH_SENTENCES``; else None (a
    paragraph of the quotation, left open)."""
    ends = list(_SENTENCE_END.finditer(text, open_at + 1, stop))
    return ends[0].end() if len(ends) >= MAX_OPEN_PARAGRAPH_SENTENCES else None


Pair = tuple[int, int | None, int | None]
"""An opening mark, its closing mark (None: left open) and where a quotation left open stops (None: the paragraph's
end)."""


def _pair_nested(marks: list[tuple[int, Role]], breaks: frozenset[int] = frozenset()) -> tuple[list[Pair], bool]:
    """Pair marks allowing one level of “nested “double” quotes”; False when nesting is left open. A mark in
    ``breaks`` met with no nested quotation open starts a new quotation and leaves the open one unclosed (its span
    then stops before that mark), or closes it when no mark follows (a closer printed after the space)."""
    pairs: list[Pair] = []
    open_at: int | None = None
    depth = 0
    for n, (pos, role) in enumerate(marks):
        if open_at is None:
            if role is not Role.CLOSE:
                open_at, depth = pos, 0
        elif pos in breaks and not depth:
            if n == len(marks) - 1:
                pairs.append((open_at, pos, None))
                open_at = None
            else:
                pairs.append((open_at, None, pos))
                open_at = pos
        elif role is Role.OPEN:
            depth += 1
        elif depth:
            depth -= 1
        else:
            pairs.append((open_at, pos, None))
            open_at = None
    if open_at is not None:
        if depth:
            return pairs, False
        pairs.append((open_at, None, None))
    return pairs, True


def _pair_flat(marks: list[tuple[int, Role]]) -> list[Pair]:
    """Fallback: pair marks left to right, first with second, third with fourth."""
    positions = [pos for pos, _ in marks]
    pairs: list[Pair] = [(a, b, None) for a, b in zip(positions[::2], positions[1::2], strict=False)]
    if len(positions) % 2:
        pairs.append((positions[-1], None, None))
    return pairs


def find_quote_spans(text: str, start: int, end: int) -> list[QuoteSpan]:
    """Quoted spans in the paragraph ``text[start:end]``, in order, never overlapping."""
    marks = _without_doubled_openers(
        _without_inch_signs(
            text, [(m.start(), mark_role(text, m.start())) for m in _DOUBLE_MARK.finditer(text, start, end)]
        )
    )
    if not marks:
        return []
    pairs, nested_ok = _pair_nested(marks, joined_paragraph_openers(text, marks))
    if not nested_ok:
        pairs = _pair_flat(marks)
    spans: list[QuoteSpan] = []
    for open_at, lone_close, stop in pairs:
        close_at = lone_close if lone_close is not None or stop is None else _lost_closing_mark(text, open_at, stop)
        span = _trimmed(text, open_at, close_at, close_at if close_at is not None else stop or end)
        if span is not None and not _is_nickname(text, span):
            spans.append(span)
    return spans


def _without_inch_signs(text: str, marks: list[tuple[int, Role]]) -> list[tuple[int, Role]]:
    """``a 70"+ TV``, ``the 5" gauge``: a mark glued to a number that no quotation before it leaves open is the sign of
    inches or seconds, not a quote mark (``“it rose 40"`` ... is a closer: a quotation is open)."""
    kept: list[tuple[int, Role]] = []
    for pos, role in marks:
        after_number = pos > 0 and text[pos - 1].isdigit()
        if after_number and role is not Role.OPEN and len(kept) % 2 == 0:
            continue
        kept.append((pos, role))
    return kept


def _without_doubled_openers(marks: list[tuple[int, Role]]) -> list[tuple[int, Role]]:
    """``""It was ...," she said``, ``“”This is ...,” he said``: two opening marks side by side are one, printed
    twice (speakers round 59: three pages of three scraped corpora, two at a paragraph's start); read as a quotation
    opening on a nested one, the quotation swallowed its own attribution. No quotation opens on an empty one."""
    return [
        (pos, role)
        for n, (pos, role) in enumerate(marks)
        if not (role is Role.OPEN and n + 1 < len(marks) and marks[n + 1] == (pos + 1, Role.OPEN))
    ]


_NICKNAME = re.compile(r"[A-Z][\w’'\-]*")
_NAME_BEFORE = re.compile(r"(?<![\w’'\-])[A-Z][\w’'\-]*\.? $")
_NAME_AFTER = re.compile(r" [A-Z][\w’'\-]+")


def _is_nickname(text: str, span: QuoteSpan) -> bool:
    """``Marcia "Cia" Delacroix``: one capitalised word in quote marks between a name's words is part of the name,
    not a quotation (the attribution grammar then reads the name whole)."""
    return (
        span.close_at is not None
        and _NICKNAME.fullmatch(text, span.start, span.end) is not None
        and _NAME_BEFORE.search(text, max(0, span.open_at - 40), span.open_at) is not None
        and _NAME_AFTER.match(text, span.close_at + 1) is not None
    )


def masked(text: str, spans: list[QuoteSpan]) -> str:
    """``text`` with every quotation (marks included) replaced by ``MASK``; a quotation that ends a sentence
    keeps its final stop so sentence boundaries after it are still found."""
    chars = list(text)
    for span in spans:
        for i in range(span.open_at, span.outer_end):
            chars[i] = MASK
        inner = text[span.start : span.end].rstrip("’')")
        if span.close_at is not None and inner and inner[-1] in _TERMINAL:
            chars[span.close_at] = inner[-1]
    return "".join(chars)


_DASH_ASIDE = re.compile(r"(?P<open>[ \t][—–])[ \t][^—–\n■.!?;:“”\"]{1,80}?(?P<close>[ \t][—–])[ \t]")
"""An aside between two spaced dashes in one clause: ``its secretary — Ruth Ambler — said``."""


def dash_asides_as_commas(mask: str) -> str:
    """``mask`` with each aside between a pair of spaced dashes set off by commas instead (the same length), so an
    appositive name or clause reads as it does between commas: ``its secretary,  Ruth Ambler,  said``."""
    chars = list(mask)
    for aside in _DASH_ASIDE.finditer(mask):
        for group in ("open", "close"):
            at = aside.start(group)
            chars[at : at + 2] = [",", " "]
    return "".join(chars)


_SENTENCES = quotation_sentence_rules(also_opening=MASK)
"""A masked quotation may open a sentence."""


def sentence_starts(masked_text: str, start: int, end: int) -> list[int]:
    """Offsets where sentences begin in ``masked_text[start:end]`` (the first is ``start``)."""
    return [start, *(match.end() for match in sentence_breaks(masked_text, _SENTENCES, start, end))]


def subject_after_quotation(
    text: str, tokens: Sequence[tuple[int, int, str]], opens_subject: Callable[[str], bool], limit: int = 15
) -> int | None:
    """The first token (below ``limit``) right after a quotation in the masked text that ``opens_subject``: where an
    opening adverbial that ends in a quotation closes (``After calling the bridge “older than the town,” she was
    ...``: the comma that closes it is inside the quotation, masked)."""
    return next(
        (
            i
            for i in range(1, min(len(tokens), limit))
            if MASK in text[tokens[i - 1][1] : tokens[i][0]] and opens_subject(tokens[i][2])
        ),
        None,
    )
