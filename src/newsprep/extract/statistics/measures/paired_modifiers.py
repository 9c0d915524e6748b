"""A count whose noun opens on two modifiers joined by 'and'/'or' ('300 state and federal agents', '1,500 coal- and
gas-fired plants'): the number's own reading finds no noun after it (its first word is no noun), so the count had no
measure. ``paired_modifier_noun`` gives the whole noun phrase, which the count rules then read as its noun."""

from __future__ import annotations

from newsprep.extract.statistics.measures.word_classes import CASUALTIES, FUNCTION, bare_word
from newsprep.extract.statistics.words import is_plural_noun

_JOINERS = frozenset({"and", "or"})
_QUANTIFIERS = frozenset({"many", "more", "most", "several", "other", "few", "both", "all", "some", "no"})
"""'left eight dead and many people injured': a second count's quantifier, no modifier of this count's noun."""
_MAX_HEAD_WORDS = 2
"""Words after the second modifier up to the plural head: 'gas-fired power plants' (one noun before the head)."""


def _is_modifier(word: str) -> bool:
    """A lower-case word that can stand before a noun: 'state', 'poker', 'coal-' (a hyphen-ended half of a compound
    shared with the next modifier, 'coal- and gas-fired'), never a function word or a plural noun (which would be
    a list of two nouns, 'soldiers and police')."""
    bare = bare_word(word)
    if not word[:1].islower() or word.endswith((",", ";", ":", ".")):
        return False
    if word.endswith("-") and bare.isalpha():
        return True
    if bare in FUNCTION or bare in _QUANTIFIERS or bare in CASUALTIES:
        return False  # 'eight dead and many people injured': a bare casualty count, then another count
    return bare.replace("-", "").isalpha() and not is_plural_noun(bare)


def paired_modifier_noun(right: list[str]) -> tuple[str, list[str]] | None:
    """'300 state and federal agents raided the farm': ('state and federal agents', the words after it), when the
    words after a count are a modifier, 'and'/'or', a second modifier and, within two words, a plural noun; None
    otherwise ('four inches and make it', 'soldiers and police', '200 and 300')."""
    if len(right) < 4 or bare_word(right[1]) not in _JOINERS or not _is_modifier(right[0]):
        return None
    if not _is_modifier(right[2]) or right[2].endswith("-"):
        return None
    for head_at in range(3, min(3 + _MAX_HEAD_WORDS, len(right))):
        word = right[head_at]
        if is_plural_noun(bare_word(word)) and word[:1].islower():
            noun = " ".join([*right[:head_at], word.rstrip(",;:.")])
            return noun, right[head_at + 1 :]
        if not _is_modifier(word):
            return None
    return None
