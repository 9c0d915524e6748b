"""An organisation's name the model cut at its ``of`` or ``for`` (issue 17, entities round e4 on the goose pages).

Names like ``<Place> Reserve Bank of <City>`` or ``<Adjective> Committee for an <Adjective> <Noun>`` continue past
the organisation's head word with ``of`` or ``for``. The small model often stops at the head and tags the rest on its
own (the city as a GPE) or not at all, so the organisation is published under a shorter name than the one the
article writes and the place becomes an entity of its own. ``join_names_cut_at_of`` joins the continuation back when
the text itself shows one name: the span ends in an institution's head word (not a company's legal form) and the
words after ``of``/``for`` are a place the model tagged or a short run of capitalised words no other name holds.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from newsprep.extract.entities.lexicon import INSTITUTION_HEADS
from newsprep.extract.entities.source_text import SourceKey, source_key, text_of
from newsprep.model import NerSpan
from newsprep.text import PERSON_TITLES

_CONNECTIVE = re.compile(r" (of|for)(?: (?:an|a|the))? ")
"""What continues a name past its head: ``of``, ``for``, ``for an``, ``of the``."""
_CAPITALISED_RUN = re.compile(r"[A-Z][A-Za-z&-]*(?: [A-Z][A-Za-z&-]*){1,3}(?![\w'’.])")
"""Two to four capitalised words ending at a space, a comma or the like: no possessive (``for Ann's help``) and no
period (a sentence may end there). One capitalised word alone is too often a day or a person (``for Monday``)."""
_PLACE_LABELS = frozenset({"GPE", "LOC"})


def join_names_cut_at_of(spans: Sequence[NerSpan], texts: Mapping[SourceKey, str]) -> list[NerSpan]:
    """Spans in text order, each ORG ending in an institution's head word (``Bank``, ``Committee``,
    ``lexicon.INSTITUTION_HEADS``) followed by ``of``/``for`` (and an article) extended over what continues it: a GPE
    or LOC span right after a plain ``of`` (``Bank of <City>``: that place span is dropped), or two to four
    capitalised words no span but an ORG or place touches, none a person's title (``Committee for an Open Ballot``)."""
    result: list[NerSpan] = []
    skip_until: dict[SourceKey, int] = {}
    for k, span in enumerate(spans):
        key = source_key(span)
        if span.char_start < skip_until.get(key, -1):
            continue  # inside a name joined just before
        joined = _joined(span, spans[k + 1 :], text_of(texts, span)) if _ends_in_head(span) else None
        if joined is None:
            result.append(span)
            continue
        result.append(joined)
        skip_until[key] = joined.char_end
    return result


def _ends_in_head(span: NerSpan) -> bool:
    words = span.text.split()
    return span.label == "ORG" and bool(words) and words[-1].casefold() in INSTITUTION_HEADS and words[-1][:1].isupper()


def _joined(span: NerSpan, later: Sequence[NerSpan], text: str) -> NerSpan | None:
    connective = _CONNECTIVE.match(text, span.char_end)
    if connective is None:
        return None
    start = connective.end()
    following = _spans_near(span, later, reach=start + 120)
    nxt = following[0] if following else None
    plain_of = connective.group() == " of "  # "Bank of <City>"; "of the <City> region" is a place the name is in
    if nxt is not None and nxt.char_start == start and nxt.label in _PLACE_LABELS and plain_of:
        end = nxt.char_end
    else:
        run = _CAPITALISED_RUN.match(text, start)
        if run is None or any(w.casefold() in PERSON_TITLES for w in run.group().split()):
            return None
        end = run.end()
        inside = [s for s in following if s.char_start < end]
        if any(s.char_end > end or s.label not in _PLACE_LABELS | {"ORG"} for s in inside):
            return None
    return replace(span, char_end=end, text=text[span.char_start : end])


def _spans_near(span: NerSpan, later: Sequence[NerSpan], *, reach: int) -> list[NerSpan]:
    """The later spans of the same text starting before ``reach`` (only the next few are read: this runs once per
    candidate, and the spans are in text order)."""
    key = source_key(span)
    near: list[NerSpan] = []
    for other in later:
        if source_key(other) != key:
            continue
        if other.char_start >= reach:
            break
        near.append(other)
    return near
