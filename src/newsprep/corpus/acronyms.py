"""Acronyms an article defines: "the Federal Bureau of Investigation (FBI)" makes "FBI" that bureau's name.

Pure functions of one document's text and the organisation names found in it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsprep.corpus.names import name_words

_DEFINED = re.compile(r"\(\s*([A-Z][A-Za-z.&]{1,11})\s*\)")
_NOT_INITIALLED = frozenset({"of", "for", "and", "the", "on", "in", "to", "at", "a", "an", "&"})


def spells(acronym: str, name: str) -> bool:
    """Whether the acronym's letters are the initials of the name's words, in order ("FBI", "Federal Bureau of
    Investigation"; "NASA", "National Aeronautics and Space Administration"), small words optional."""
    letters = [ch for ch in acronym.casefold() if ch.isalpha()]
    words = [w for w in re.split(r"[\s-]+", name.casefold()) if w]
    if len(letters) < 2 or len(words) < 2:
        return False

    def match(li: int, wi: int) -> bool:
        if li == len(letters):
            return all(w in _NOT_INITIALLED for w in words[wi:])
        if wi == len(words):
            return False
        word = words[wi]
        if word[0] == letters[li] and match(li + 1, wi + 1):
            return True
        return word in _NOT_INITIALLED and match(li, wi + 1)

    return match(0, 0)


def defined_acronyms(text: str, names: Iterable[str]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """The acronyms the text defines right after one of ``names`` ("... Investigation (FBI)"): acronym words to the
    name's words. An acronym defined for two different names in one text is left out."""
    candidates = sorted({n for n in names if len(n.split()) > 1}, key=lambda n: (-len(n), n))
    found: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for match in _DEFINED.finditer(text):
        acronym = match.group(1)
        before = text[: match.start()].rstrip()
        before = before[:-2] if before.endswith(("'s", "\u2019s")) else before
        for name in candidates:
            if before.endswith(name) and spells(acronym, name):
                found.setdefault(name_words(acronym), set()).add(name_words(name))
                break
    return {acronym: next(iter(names_)) for acronym, names_ in found.items() if len(names_) == 1}
