"""Photo credits as entity spans: "Susan Walsh/AP" is a photographer (PERSON) and an agency (ORG).

The small NER model reads a whole credit as one PERSON; a credit has its own grammar (``photographer/agency``,
``... via agency``, ``name for outlet``), so it is parsed here instead.
"""

from __future__ import annotations

import re

from newsprep.extract.entities.lexicon import (
    CREDIT_PREFIXES,
    LINK_WORDS,
    NON_ENTITY_CREDIT_WORDS,
    ORG_PHRASES,
    ORG_WORDS,
)
from newsprep.model import NerSpan
from newsprep.text import NAME_PARTICLES, ORG_HEADS, alternatives, word_set

# Separators inside a credit; the group names say which side of the credit follows.
_SEPARATOR = re.compile(
    r"(?P<slash>\s*/\s*)|(?P<agency>\s+(?:via|for)\s+)|(?P<list>\s*[,;|&]\s*|\s+and\s+)", re.IGNORECASE
)
_EDGE = " \t\"'“”‘’()[]{}.,:;—–-"
_CREDIT_PARTICLES = NAME_PARTICLES - word_set("del della den di ibn y")
"""The particles a photographer's name may hold in a credit (the rule has always left out these six of the list)."""
_NAME_TOKEN = re.compile(r"^(?:[A-Z][\w'’.-]*|[A-Z]\.|(?:" + alternatives(sorted(_CREDIT_PARTICLES)) + r")[-']?\w*)$")


def credit_spans(credit: str, *, offset: int, caption_idx: int) -> list[NerSpan]:
    """Spans for the people and organisations named in ``credit``; ``offset`` is where it starts in the text."""
    spans: list[NerSpan] = []
    agency_side = False
    has_slash = "/" in credit
    pos = 0
    pieces: list[tuple[int, int, bool]] = []
    for sep in _SEPARATOR.finditer(credit):
        pieces.append((pos, sep.start(), agency_side))
        if sep.group("slash") or sep.group("agency"):
            agency_side = True
        pos = sep.end()
    pieces.append((pos, len(credit), agency_side))
    for start, end, is_agency in pieces:
        start, end = _trim_piece(credit, start, end)
        if start >= end:
            continue
        text = credit[start:end]
        label = _classify(text, agency_side=is_agency, has_slash=has_slash)
        if label is not None:
            spans.append(NerSpan("caption", caption_idx, offset + start, offset + end, text, label))
    return spans


def _trim_piece(credit: str, start: int, end: int) -> tuple[int, int]:
    while start < end and credit[start] in _EDGE:
        start += 1
    while end > start and credit[end - 1] in _EDGE and not _ends_with_initial(credit[start:end]):
        end -= 1
    lowered = credit[start:end].casefold()
    for prefix in CREDIT_PREFIXES:
        if lowered.startswith(prefix):
            return _trim_piece(credit, start + len(prefix), end)
    if lowered.startswith("the "):
        return _trim_piece(credit, start + 4, end)
    return start, end


def _ends_with_initial(text: str) -> bool:
    # "Inc." or "Jr." keep their period; a lone trailing period after a long word does not.
    last = text.rsplit(" ", 1)[-1]
    return last.endswith(".") and (len(last) <= 4 or last.count(".") > 1)


def _classify(text: str, *, agency_side: bool, has_slash: bool) -> str | None:
    words = text.split()
    if not words or not any(ch.isupper() for ch in text):
        return None
    if all(w.strip(_EDGE).casefold() in NON_ENTITY_CREDIT_WORDS for w in words):
        return None
    if any(w[0].islower() and w.casefold() not in LINK_WORDS and not _NAME_TOKEN.match(w) for w in words):
        return None
    looks_like_person = (
        2 <= len(words) <= 4
        and all(_NAME_TOKEN.match(w) for w in words)
        and not any(w.strip(_EDGE).casefold() in ORG_WORDS | ORG_HEADS for w in words)
        and not any(len(w) > 1 and w.isupper() and "." not in w for w in words)
        and not any(phrase in " ".join(words).casefold() for phrase in ORG_PHRASES)
    )
    if looks_like_person and (not agency_side or not has_slash):
        return "PERSON"
    return "ORG"
