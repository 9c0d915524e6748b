"""What a span's own punctuation shows about its bounds: a bracket it opens but never closes, a list's commas.

The model reads ``Lena Varga(c)`` or ``Office of Harbour Works (OHW)`` as running into the bracket, and two or three
names of a series (``Ames, Brodie and Cole``) as one. Both are read from the span's characters and the few after or
before it, never the whole article.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from newsprep.extract.entities.source_text import SourceKey, text_of
from newsprep.model import NerSpan

_OPENERS = "(["
_CLOSER_OF = {"(": ")", "[": "]"}

_SERIES_LABELS = frozenset({"ORG", "PERSON"})
"""A place's comma qualifies it ("Redmond, Wash."): places are left to ``_drop_place_qualifiers`` and resolution."""
_SERIES_GOES_ON = re.compile(r",? (?:and|or|&) |, (?=[A-Z])")
"""After a span, the next item of its series: ", and Cole", " and Cole", ", Cole"."""
_QUALIFIER_ITEM = re.compile(r"^(?:[A-Z][a-z]{0,4}\.|(?:[A-Z]\.){1,4}|[A-Z]{2,3})$")
"""A company's legal form or a person's suffix after a comma ("Inc.", "Jr.", "LLC"): part of one name, no item."""


def cut_at_open_bracket(text: str, start: int, end: int) -> int:
    """The span's end before a bracket it opens and does not close (``Varga(c`` -> ``Varga``); else ``end``.

    A name holds a whole bracket or none: the model stops inside one only when the bracket is a gloss after the name
    (a captain's mark, an acronym, a platform), so the name ends where the bracket opens.
    """
    for opener in _OPENERS:
        at = text.rfind(opener, start, end)
        if at != -1 and text.find(_CLOSER_OF[opener], at, end) == -1:
            end = at
    return end


def split_listed_names(spans: Sequence[NerSpan], texts: Mapping[SourceKey, str]) -> list[NerSpan]:
    """An ORG or PERSON span holding items of a series (``Ames, Brodie`` in ``Ames, Brodie and Cole``) as one span
    per item; an item of one letter names nothing and goes.

    The text must show a series: the span is written between the series' commas (", " before it) or the series goes
    on right after it (", and", " and", ", " and a capital). A name whose own words hold a series ("Mining and Energy
    Union" after its commas) or a legal form after the comma ("Brodie, Inc.") stays whole.
    """
    result: list[NerSpan] = []
    for span in spans:
        if span.label not in _SERIES_LABELS or ", " not in span.text:
            result.append(span)
            continue
        text = text_of(texts, span)
        items = span.text.split(", ")
        in_series = text[max(0, span.char_start - 2) : span.char_start] == ", " or bool(
            _SERIES_GOES_ON.match(text, span.char_end)
        )
        if not in_series or " and " in items[-1] or any(_QUALIFIER_ITEM.match(i) for i in items[1:]):
            result.append(span)
            continue
        offset = span.char_start
        for item in items:
            if len(item) > 1 and item[:1].isupper():
                result.append(replace(span, char_start=offset, char_end=offset + len(item), text=item))
            offset += len(item) + 2
    return result
