"""Where a phrase runs on past 'and' into the next clause (measures round 14 of issue 17).

A phrase read forward from the number stops at the clause's end, but 'and' can open a second clause (or a second
predicate of the same subject) without a comma: 'make up 80 percent of the growers and see the plan as a boon',
'killed in the raid and overran the post', 'rose at three times the rate of wages and at a quickening pace',
'managed two steps at a time and then rested'. What follows such an 'and' is no part of what the number measures:
both annotators of four dev sets (lee-statistics-dev3 and dev4, polnear-statistics-dev, aeb-statistics-dev) end
their phrase before it. 'and' between two nouns ('soldiers and police') or two participles ('shot and killed')
joins parts of one measure and stays.
"""

from __future__ import annotations

from newsprep.extract.statistics.measures.clause import is_verb
from newsprep.extract.statistics.measures.word_class_unions import FUNCTION_AUXILIARY_OR_PREPOSITION
from newsprep.extract.statistics.measures.word_classes import (
    AUXILIARIES,
    PAST_VERBS,
    PREPOSITIONS,
    STANDING_ADVERBS,
    VAGUE,
    VERB_ENDINGS,
    bare_word,
)
from newsprep.extract.statistics.words import is_plural_noun
from newsprep.text import word_set

_JOINS = frozenset({"and", "but"})
_TIME_ADVERBS = STANDING_ADVERBS | word_set("then later again")
"""'and then rested', 'and later freed': an adverb of time after 'and' opens the next event."""
_BASE_VERBS = word_set(
    "see sees say says get gets got make makes give gives take takes go goes went come comes came do does did "
    "keep keeps want wants need needs know knows think thinks feel feels overrun overran became become becomes "
    "remain remains face faces expect expects plan plans hope hopes warn warns"
)
"""Verbs in a present form, or in an irregular past that ``is_verb`` does not know: the first word of a second
predicate ('... of the growers and see the plan as a boon')."""
_IRREGULAR_PASTS = frozenset(verb for verb in PAST_VERBS if not verb.endswith(VERB_ENDINGS))
"""The irregular pasts ``is_verb`` knows ('saw', 'took', 'sold'); its words in -ed are left out, as below."""


def _opens_clause(previous: str, following: str) -> bool:
    """Whether ``following``, after 'and' (with ``previous`` before it), opens another clause or predicate."""
    after, before = bare_word(following), bare_word(previous)
    if before in PREPOSITIONS:
        return False  # 'in and around Marlow': two prepositions of one place
    if after in _TIME_ADVERBS or (after in PREPOSITIONS and after != "of"):
        return True  # 'and then needed', 'and at a quickening pace'
    if not following[:1].islower() or is_verb(previous) or before in AUXILIARIES:
        return False  # 'shot and killed': two participles of one event
    # not any word in -ed: 'from rooftops and flooded cars'
    return after in _BASE_VERBS or after in _IRREGULAR_PASTS or after in AUXILIARIES


def without_joined_clause(phrase: str | None) -> str | None:
    """The phrase up to an 'and' that opens another clause ('growers and see the plan as a boon' -> 'growers'; 'rate
    compared with wages and at a quickening pace' -> 'rate compared with wages'); other phrases as they are."""
    words = phrase.split() if phrase else []
    for i in range(1, len(words) - 1):
        if (
            bare_word(words[i]) in _JOINS
            and not words[i - 1].endswith(",")
            and _opens_clause(words[i - 1], words[i + 1])
        ):
            return " ".join(words[:i]).rstrip(" ,;:")
    return phrase


_JOINED_MODIFIERS = word_set("their its other")
"""Words that may stand between 'and' and a second counted noun besides a lowercase modifier ('and their families',
'and other warplanes')."""


def joined_noun_length(tail: list[str]) -> int:
    """How many words after a count's noun join a second noun to it ('and porters' 2; a compound, 'and farm
    hands', 'and police officers', 'and their children', 3); 0 when they do not: the two are one group counted
    ('300 nurses and farm hands joined ...' -> 'nurses and farm hands')."""
    if len(tail) < 2 or bare_word(tail[0]) not in {"and", "or"}:
        return 0
    for at in (1, 2):
        word = tail[at] if at < len(tail) else ""
        if is_plural_noun(word) and bare_word(word) not in VAGUE:
            return at + 1 if all(_modifies(w) for w in tail[1:at]) else 0
    return 0


def _modifies(word: str) -> bool:
    """A word before a noun in a compound or a determiner ('farm' hands, 'their' children), not a verb."""
    bare = bare_word(word)
    if bare in _JOINED_MODIFIERS:
        return True
    return word[:1].islower() and bare.isalpha() and bare not in FUNCTION_AUXILIARY_OR_PREPOSITION and not is_verb(word)
