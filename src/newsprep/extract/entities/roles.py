"""A person's full name the model tagged ORG, where a role noun says it is a person's (issue 17, entities round e2).

The small model tags some two-word names ORG (a given name and a surname it does not know, or one an organisation in
the same sentence bears). The text around the name often says what the person is: a lower-case role noun right before
it (``dairy farmer Ann Lee said``) or an apposition after it headed by one (``Ann Lee, an analyst at ...``). Such a
name is a PERSON when it opens with a given name and holds no organisation's word.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from newsprep.extract.entities.lexicon import ORG_WORDS, ORGANISATION_WORDS, PERSON_ROLE_NOUNS
from newsprep.extract.entities.places import PLACE_KEYS
from newsprep.extract.entities.source_text import SourceKey, text_of
from newsprep.model import NerSpan
from newsprep.text.given_names import is_given_name

_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_ROLE_BEFORE = re.compile(r"(?:^|\s)([a-z][a-z-]*) $")
_APPOSITION_AFTER = re.compile(r", (?:a|an|the) ((?:[a-z][a-z-]*)(?: [a-z][a-z-]*){0,2})")
"""``, an analyst``, ``, a senior analyst``, ``, the dairy farmer``: the apposition's first three words, its head
among them."""
_ORGANISATION_WORDS = ORGANISATION_WORDS | ORG_WORDS


def people_tagged_org(spans: Sequence[NerSpan], texts: Mapping[SourceKey, str]) -> list[NerSpan]:
    """Each ORG span of two or three capitalised words, the first a given name, none an organisation's word or a
    place, right after a lower-case role noun or before an apposition a role noun heads, relabelled PERSON."""
    result = []
    for span in spans:
        if (
            span.label == "ORG"
            and _a_persons_name(span.text)
            and _role_around(text_of(texts, span), span.char_start, span.char_end)
        ):
            span = replace(span, label="PERSON")
        result.append(span)
    return result


def _a_persons_name(name: str) -> bool:
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(_NAME_WORD.fullmatch(w) for w in words) or not is_given_name(words[0]):
        return False
    return not any(w.casefold() in _ORGANISATION_WORDS or w.casefold() in PLACE_KEYS for w in words)


def _role_around(text: str, start: int, end: int) -> bool:
    before = _ROLE_BEFORE.search(text, max(0, start - 30), start)
    if before is not None and before.group(1) in PERSON_ROLE_NOUNS:
        return True
    after = _APPOSITION_AFTER.match(text, end, end + 60)
    return after is not None and any(word in PERSON_ROLE_NOUNS for word in after.group(1).split())
