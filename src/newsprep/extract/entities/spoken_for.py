"""An organisation a spokesperson speaks for, tagged PERSON by the small model (speakers round 48, issues 16 and 17).

``A spokeswoman for <Two Words> said``: the model often reads an unfamiliar two-word name as a person's, and the
quote stage then gives the spokesperson's words to a "person" that is a company, and lets a later he/she go to it.
A spokesperson speaks for a person too (``a spokesman for Senator Ruiz``, ``a spokeswoman for Ana Ruiz``), so the
name is re-typed only where the text never makes it a person's: it opens with no given name, no title stands before
any of its mentions, and the article never names it by one of its words alone as a person (``Ruiz said``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from newsprep.extract.entities.labels import name_key
from newsprep.extract.entities.roles import is_a_given_name
from newsprep.extract.entities.source_text import SourceKey
from newsprep.model import NerSpan
from newsprep.text import PERSON_TITLES, after_spokesperson_for

_REACH = 40
"""Characters read back from a name's start for a title before it."""
_TITLES = frozenset(title.casefold() for title in PERSON_TITLES)
"""Compared without case: news writes an office before a name in lower case too (``former governor <Name>``)."""


def organisations_spoken_for(spans: Sequence[NerSpan], texts: dict[SourceKey, str]) -> list[NerSpan]:
    """``spans`` with every span of a name a spokesperson speaks for, which the text never makes a person's,
    labelled ORG."""
    spoken_for = {
        name_key(s.text)
        for s in spans
        if s.label == "PERSON" and after_spokesperson_for(texts.get((s.source, s.caption_idx), ""), s.char_start)
    }
    organisations = {key for key in spoken_for if not _written_as_a_person(key, spans, texts)}
    return [replace(s, label="ORG") if name_key(s.text) in organisations else s for s in spans]


def _written_as_a_person(key: str, spans: Sequence[NerSpan], texts: dict[SourceKey, str]) -> bool:
    """One word (a surname or a given name), a given name first, a title before a mention, or one of the name's
    words tagged PERSON alone elsewhere in the article."""
    words = key.split()
    if len(words) < 2 or is_a_given_name(words[0]):
        return True
    mentions = [s for s in spans if name_key(s.text) == key]
    if any(_after_title(texts.get((s.source, s.caption_idx), ""), s.char_start) for s in mentions):
        return True
    return any(s.label == "PERSON" and name_key(s.text) in words for s in spans)


def _after_title(text: str, start: int) -> bool:
    before = text[max(0, start - _REACH) : start].split()
    return bool(before) and before[-1].strip(",").casefold() in _TITLES
