"""Names counted or owned: a product or a thing, no entity (issue 17, entities round e13).

A person, an organisation or a place is named, not counted: news writes ``a`` or ``an`` before a capitalised name,
or ``your``, ``his``, ``its`` before it, when the name is a thing one has or buys (``pick up an Orbix``, ``push your
Velta Pro to the limit``, ``you passed your QRT``, ``a Harrier`` for one of a team's players), and the small model
tags such names PERSON or ORG. The mention goes when the name closes its noun phrase there (punctuation, a line's end
or a function word after it: ``an Orbix in the den``); a name that modifies a noun after it (``a Corvana spokesman``,
``an Orlen and Vey town hall``) is no product. The same name elsewhere keeps its own mentions.

Left as they are: a name the gazetteer knows as a place (``a China that leads``); a person's name of two words or
more (``a <Given> <Surname>``: a kind of person, but that person named); a name an organisation's head ends (``his
Harbour Party``); a name a given name opens; a name followed by a comma and a capital (``a Dunmore, Ohio, native``: a
place and its state); and any name in a text that writes ``the`` less than once in 50 words (the Romance
languages' ``a``, to or the, stands before names as the English article does not).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from newsprep.extract.entities.labels import name_key
from newsprep.extract.entities.places import PLACE_KEYS
from newsprep.extract.entities.roles import is_a_given_name
from newsprep.extract.entities.source_text import SourceKey, source_key, text_of
from newsprep.model import NerSpan
from newsprep.text import ORG_HEADS

_LABELS_OF_NAMED_THINGS = frozenset({"PERSON", "ORG", "GPE", "LOC"})
_COUNTED_OR_OWNED_BEFORE = re.compile(r"(?:^|[\s(“\"])(?:[Aa]n?|[Yy]our|[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Ii]ts) $")
"""An indefinite article or a possessive pronoun right before the name."""
_REACH = 8
_NOUN_PHRASE_END = re.compile(
    r"(?:[.;:!?)”\"’]|,(?! [A-Z])|\s*$|\n"
    r"| (?:in|on|at|for|with|to|that|which|is|was|will|can|from|of|as|by|but)\b)"
)
"""What closes a noun phrase after a name: punctuation (a comma not before a capital), a line's end, or a
preposition, a relative pronoun or a verb; ``and`` and ``or`` are left out (``an Orlen and Vey town hall``)."""


def drop_counted_or_owned_names(spans: Sequence[NerSpan], texts: Mapping[SourceKey, str]) -> list[NerSpan]:
    """Without each person, organisation or place mention written right after ``a``, ``an`` or a possessive pronoun
    and closing its noun phrase there, in an English text: a product or a thing one has, no entity."""
    counted = [s for s in spans if _counted_or_owned(s, text_of(texts, s))]
    if not counted:  # most articles: no text is read whole
        return list(spans)
    english = {key: _in_english(text) for key, text in texts.items()}
    dropped = {id(s) for s in counted if english.get(source_key(s), False)}
    return [s for s in spans if id(s) not in dropped]


_THE = re.compile(r"\b[Tt]he\b")
_WORDS_PER_THE = 50
"""English writes ``the`` about once in 16 words; a text in another language quoting English titles (``the Moon``)
writes it far less often than once in 50."""


def _in_english(text: str) -> bool:
    """Whether the text writes ``the`` as English does: the Romance languages' ``a`` (to, the) stands before names as
    the English article never does (``su a <Shop>``, ``certeza a <Name>``)."""
    return len(_THE.findall(text)) * _WORDS_PER_THE >= len(text.split())


def _counted_or_owned(span: NerSpan, text: str) -> bool:
    if span.label not in _LABELS_OF_NAMED_THINGS or (span.label == "PERSON" and " " in span.text.strip()):
        return False  # a person's full name after "a" is a kind of person ("a <Given> <Surname>"), still a person
    if not _COUNTED_OR_OWNED_BEFORE.search(text[max(0, span.char_start - _REACH) : span.char_start]):
        return False
    if _NOUN_PHRASE_END.match(text, span.char_end) is None:
        return False
    words = span.text.split()
    return not (
        not words or words[-1].casefold() in ORG_HEADS or name_key(span.text) in PLACE_KEYS or is_a_given_name(words[0])
    )
