"""Unions of ``word_classes``' word classes that rules in several modules test a word against, built once at import.

A union written inside a rule (``bare_word(w) in FUNCTION | PREPOSITIONS``) was built again at every test, copying
every member of its classes (2 µs for three classes), often once per word of a clause; the classes never change after
import, so one set built here answers every test alike (fixed cost round 22)."""

from __future__ import annotations

from newsprep.extract.statistics.measures.word_classes import (
    AUXILIARIES,
    CHANGE_NOUNS,
    DETERMINERS,
    FUNCTION,
    MODALS,
    NUMBER_WORDS,
    PREPOSITIONS,
    RELATIVES,
    UP_DOWN,
)

FUNCTION_OR_PREPOSITION = FUNCTION | PREPOSITIONS
FUNCTION_OR_AUXILIARY = FUNCTION | AUXILIARIES
FUNCTION_AUXILIARY_OR_PREPOSITION = FUNCTION | AUXILIARIES | PREPOSITIONS
AUXILIARY_OR_MODAL = AUXILIARIES | MODALS
AUXILIARY_OR_RELATIVE = AUXILIARIES | RELATIVES
NUMBER_WORD_OR_DETERMINER = NUMBER_WORDS | DETERMINERS
CHANGE_OR_DIRECTION_WORD = frozenset(CHANGE_NOUNS.keys() | UP_DOWN.keys())
"""A change's noun or verb ('rise', 'fell') or a direction ('up', 'lower'): ``CHANGE_NOUNS``' and ``UP_DOWN``'s keys."""
