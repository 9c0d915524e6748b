"""A speaker written with where it is (issue 16, round 28): ``the Harbor Command in Velden said``, ``police in Velden
said``. The phrase reader stops at the lower-case ``in`` and hands on the place alone, which is never the speaker
there: the one before the ``in`` speaks. Pure functions over the article's text and body mentions."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from newsprep.extract.quotes.grammar import Phrase, phrase_before
from newsprep.model import Mention

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_LOCATION_LEAD = re.compile(r"([^\W\d_][\w’'.\-]*)\s+(?:based\s+)?in\s+(?:the\s+)?$")
"""``Command in``, ``police based in``, ``officials in the``: a word, then ``in`` right before the place."""
_LOCATION_LEAD_CHARS = 40
_BODY_CHARS = 120
"""How far back the speaker before ``in <place>`` is read (``a spokesman for the Harbor Command in Velden``)."""


def body_before_place(
    text: str, mentions: Sequence[Mention], starts: Sequence[int], sentences: Sequence[int], start: int, end: int
) -> Phrase | None:
    """The speaker phrase before ``in <place>`` in the same sentence, when ``text[start:end]`` is only that place
    (``the Harbor Command in Velden said``: ``the Harbor Command``); None otherwise."""
    located = _place_after_in(text, mentions, starts, start, end)
    if located is None:
        return None
    sentence = bisect.bisect_right(sentences, located) - 1
    lo = max(sentences[sentence] if sentence >= 0 else 0, located - _BODY_CHARS)
    return phrase_before(text, lo, located)


def _place_after_in(text: str, mentions: Sequence[Mention], starts: Sequence[int], start: int, end: int) -> int | None:
    """Where the speaker before ``in`` ends, when ``text[start:end]`` names only a place (every name in it tagged a
    place, one at least) right after ``in`` (``the Harbor Command in Velden``); None otherwise."""
    inside = mentions[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
    if not inside or any(m.label not in PLACE_LABELS or m.char_end > end + 2 for m in inside):
        return None
    if text[start : inside[0].char_start].strip().lower() not in ("", "the"):
        return None  # "the town hall in Velden": more than a place's name
    lead = _LOCATION_LEAD.search(text, max(0, start - _LOCATION_LEAD_CHARS), start)
    return None if lead is None else lead.end(1)
