"""A phrase that says nothing, and what a reader writes instead (measures round 15 of issue 17).

When the clause's verb and its modifiers stand between the number and the thing it measures, the words the other
rules keep can be adverbs, auxiliaries and function words only: 'The screen's pixel density goes ever so slightly
from 401 to 412ppi' -> 'ever so'; 'A fleet of six ferries will eventually be increased to 14' -> 'will eventually';
'you are essentially getting it for $499' -> 'essentially getting'. No reader writes these (the audit's 'no noun'
rows, ``benchmarks/statistics_audit.py``). A reader names the subject of the clause ('screen's pixel density',
'fleet of six ferries'); when the clause opens on a pronoun or has no subject before its verb, the text does not
say, and the measure is None.
"""

from __future__ import annotations

from newsprep.extract.statistics.measures.holders import opening_subject
from newsprep.extract.statistics.measures.tidying import without_number_words
from newsprep.extract.statistics.measures.word_class_unions import FUNCTION_OR_PREPOSITION
from newsprep.extract.statistics.measures.word_classes import (
    AUXILIARIES,
    FUNCTION,
    MODALS,
    PREPOSITIONS,
    SUBORDINATORS,
    bare_word,
)
from newsprep.text import word_set

VERB_ADVERBS = word_set(
    "ever so even eventually soon well essentially indeed really quite rather very too almost nearly never not "
    "again yet somewhat fairly pretty slightly shortly routinely roughly merely barely hardly simply apparently "
    "allegedly actually finally"
)
"""Adverbs that only say how much, how surely or when of the verb ('ever so slightly', 'will soon'); a list, not
every -ly word: 'viewed favorably', 'cast early' and 'supply' keep theirs."""

EMPTY_WORDS = FUNCTION | AUXILIARIES | MODALS | PREPOSITIONS | SUBORDINATORS | VERB_ADVERBS


def _says_no_thing(word: str) -> bool:
    """A function word, an auxiliary or an adverb of the verb."""
    return bare_word(word) in EMPTY_WORDS


_FUNCTION_PREPOSITION_OR_SUBORDINATOR = FUNCTION | PREPOSITIONS | SUBORDINATORS


def _is_verb_modifier(word: str) -> bool:
    """An auxiliary or an adverb, not a preposition or particle that may finish the phrase ('sign up')."""
    return _says_no_thing(word) and bare_word(word) not in _FUNCTION_PREPOSITION_OR_SUBORDINATOR


def says_nothing(phrase: str | None) -> bool:
    """Adverbs, auxiliaries and function words only; a verb in -ing after them ('essentially getting', 'to be
    aiming') is the clause's verb, not a noun. A lone -ing word ('dressing', 'rating') may be a noun: not this."""
    words = phrase.split() if phrase else []
    if len(words) > 1 and words[-1][:1].islower() and bare_word(words[-1]).endswith("ing"):
        words = words[:-1]
    return bool(words) and all(_says_no_thing(word) for word in words)


def without_empty_tail(phrase: str | None) -> str | None:
    """'the clinic's waiting list will soon' -> 'clinic's waiting list': the auxiliaries and adverbs after what is
    measured belong to the verb the phrase stopped before."""
    words = phrase.split() if phrase else []
    cut = len(words)
    while cut > 1 and _is_verb_modifier(words[cut - 1]) and not says_nothing(" ".join(words[: cut - 1])):
        cut -= 1
    while words[cut:] and cut > 1 and bare_word(words[cut - 1]) in FUNCTION_OR_PREPOSITION:
        cut -= 1  # 'writers to so': the word before the adverb went with it
    return " ".join(words[:cut]) if words[cut:] else phrase


def subject_for_empty(phrase: str | None, sentence_before: list[str]) -> str | None:
    """``phrase`` without an empty tail, or when it says nothing the noun phrase that opens the sentence up to its
    first verb, or None."""
    if not says_nothing(phrase):
        return without_empty_tail(phrase)
    subject = without_number_words(opening_subject(sentence_before, possessives=True))  # 'fleet of six ferries'
    return subject if subject and not says_nothing(subject) else None
