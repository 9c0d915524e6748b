"""Words before a name that describe it and are no part of it: a lower-case modifier, a prefix hyphened to it.

The model runs a span over the adjective or determiner in front of a name (``the state Tax Board``, ``this Harbour
House``, ``an earlier Zephyr Pad``) and reads a name with a prefix hyphened to it (``anti-Valdoran``,
``pro-Brannigan``) as a name of its own. A name's own first word is capitalised, or a name
particle (``de``, ``van``, ``al``...), or written with a capital inside (``eBay``): a leading lower-case word that is
none of these is a modifier, and the prefix says "against", "for", "not" or "after" the name, which is the entity.
Each rule reads the span's own characters only.
"""

from __future__ import annotations

import re

from newsprep.text import NAME_PARTICLES
from newsprep.text.tokens import CHUNKS

_PREFIX = re.compile(r"(?:anti|pro|non|un|ultra|post|pre|neo)-(?=[A-Z])")
"""A lower-case prefix hyphened to a capitalised name ("anti-", "non-"); "Post-" or "Anti-" with a capital opens a
name of its own ("Anti-Fraud Office"), and "al-" or "el-" are particles, not prefixes."""


def drop_leading_modifiers(text: str, start: int, end: int) -> int:
    """The span's start after its leading lower-case words, and after the prefix of a one-word name; ``start`` if
    its first word is a name particle or holds a capital, and never past its last word.

    A prefixed word before more words (``pro-Brannigan Forward Fund``, ``post-Orlan Accord``) is left whole: the
    hyphen may join the prefix to the first word or to the whole name, and its characters do not say which."""
    tokens = list(CHUNKS.finditer(text, start, end))
    if tokens and tokens[0].group() in NAME_PARTICLES:
        return start
    while len(tokens) > 1 and _is_modifier(tokens[0].group()):
        tokens.pop(0)
    start = tokens[0].start() if tokens else start
    prefix = _PREFIX.match(text, start, end) if len(tokens) == 1 else None
    return prefix.end() if prefix is not None else start


def _is_modifier(word: str) -> bool:
    return word.isalpha() and word.islower() and word not in NAME_PARTICLES
