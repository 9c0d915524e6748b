"""A level a forecast puts something at: 'The repair bill is expected to reach more than $12 million' -> 'repair bill'
(measures round 31 of issue 17; tests in ``tests/stages/statistics/measures/test_falls_projections_and_tidying.py``,
every sentence invented).

The clause rules read the words before the number back to a verb; 'is expected to be' and 'is projected to reach'
are a chain of verbs with the thing forecast before the whole chain, so they give nothing or the chain's last verb
('reach', 'projected to reach'). A reader names the subject of the chain: the noun phrase that opens the number's
clause (after the last comma before the chain), or, when the chain is joined by 'and' to an earlier predicate ('The
market was valued at $3 billion in 2023, and is projected to reach ...'), the sentence's opening noun phrase.
"""

from __future__ import annotations

from newsprep.extract.statistics.measures.clause import strip_qualifiers
from newsprep.extract.statistics.measures.holders import opening_subject
from newsprep.extract.statistics.measures.word_classes import AUXILIARIES, MODALS, PROJECTIONS, bare_word
from newsprep.text import word_set

REACHING = word_set("be reach hit top total exceed surpass")
"""The verb a forecast's level is the complement or object of ('expected to be', 'projected to reach')."""

_CHAIN_WORDS = REACHING | PROJECTIONS | frozenset({"to"})
_AUXILIARY_OR_MODAL = AUXILIARIES | MODALS


def says_only_a_projection(phrase: str | None) -> bool:
    """'reach', 'projected to reach': a phrase made of a forecast chain's own words names nothing forecast."""
    words = [bare_word(w) for w in (phrase or "").split()]
    return bool(words) and all(w in _CHAIN_WORDS for w in words)


def _chain_start(words: list[str]) -> int | None:
    """Where '[auxiliaries] <projection> to <reaching verb>' at the end of ``words`` starts (its first auxiliary);
    None without the chain or without an auxiliary before its projection ('a projected' is an adjective)."""
    bare = [bare_word(w) for w in words]
    if len(bare) < 4 or bare[-1] not in REACHING or bare[-2] != "to" or bare[-3] not in PROJECTIONS:
        return None
    start = len(bare) - 3
    while start > 0 and bare[start - 1] in _AUXILIARY_OR_MODAL and bare[start - 1] != "and":
        start -= 1
    return start if start < len(bare) - 3 else None


def projected_subject(phrase: str | None, sentence_before: list[str]) -> str | None:
    """The thing a forecast chain right before the number puts at a level, when ``phrase`` names nothing (None or
    the chain's own words); None otherwise or when no noun phrase opens the chain's clause."""
    if phrase is not None and not says_only_a_projection(phrase):
        return None
    words = strip_qualifiers(sentence_before)  # 'more than', 'about'
    if words and bare_word(words[-1]) == "between":
        words = words[:-1]  # 'is expected to be between $2 billion and $3 billion'
    start = _chain_start(words)
    if start is None:
        return None
    clause_start = max((i + 1 for i, w in enumerate(words[:start]) if w.endswith(",")), default=0)
    if [bare_word(w) for w in words[clause_start:start]] == ["and"]:
        clause_start = 0  # ', and is projected to reach': the sentence's subject goes on
    return opening_subject(words[clause_start:], possessives=True)
