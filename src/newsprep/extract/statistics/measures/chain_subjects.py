"""The thing a belief or a forecast chain puts at a level when the chain's own words are all the phrase kept (measures
round 33, issue 17; tests in ``tests/stages/statistics/measures/test_given_amounts.py``, every sentence invented).

``projections.projected_subject`` reads '<subject> is expected to reach $N' (round 31). Two forms of the same chain
were left with the chain's words as their phrase ('is thought', 'reach'), on pages of two corpora:

- a belief verb in place of the forecast ('The fare is thought to be $9', 'is believed to be', 'is said to
  be'), the subject set off by an aside between commas ('The bill, with its ramps, is thought to be ...');
- a chain with no auxiliary after a comma ('The trade grows fast, expected to reach $9 million'): a
  reduced clause, whose subject is the sentence's.

A reader names the subject: the noun phrase that opens the chain's clause, or the sentence's opening noun phrase
(up to its first comma) when nothing but the chain follows the last comma.
"""

from __future__ import annotations

from newsprep.extract.statistics.measures.clause import is_noun_phrase, strip_qualifiers
from newsprep.extract.statistics.measures.holders import opening_subject
from newsprep.extract.statistics.measures.projections import REACHING
from newsprep.extract.statistics.measures.word_classes import AUXILIARIES, MODALS, PROJECTIONS, bare_word
from newsprep.text import word_set

BELIEFS = word_set("thought believed said reported understood reckoned rumoured rumored")
"""Verbs of belief or report that raise the subject of a level ('is thought to be'), as forecasts do."""

_CHAIN_VERBS = PROJECTIONS | BELIEFS
_AUXILIARY_OR_MODAL = (AUXILIARIES | MODALS) - {"and"}
_CHAIN_WORDS = REACHING | _CHAIN_VERBS | _AUXILIARY_OR_MODAL | frozenset({"to"})


def _without_chain_tail(phrase: str | None) -> str | None:
    """'bill is believed' -> 'bill': the phrase before the chain's own words at its end; '' for a phrase of the
    chain's words only ('is thought', 'reach') or none; None when the phrase does not end on the chain's words."""
    words = (phrase or "").split()
    cut = len(words)
    while cut and bare_word(words[cut - 1]) in _CHAIN_WORDS:
        cut -= 1
    return " ".join(words[:cut]) if cut < len(words) or not words else None


def _chain_start(bare: list[str]) -> tuple[int, bool] | None:
    """Where '[auxiliaries] <belief or forecast> to <reaching verb>' at the end of ``bare`` starts, and whether an
    auxiliary opens it; None without the chain."""
    if len(bare) < 3 or bare[-1] not in REACHING or bare[-2] != "to" or bare[-3] not in _CHAIN_VERBS:
        return None
    start = len(bare) - 3
    while start > 0 and bare[start - 1] in _AUXILIARY_OR_MODAL:
        start -= 1
    return start, start < len(bare) - 3


def _opening_words(words: list[str]) -> list[str]:
    """The sentence's words up to its first comma, the comma dropped ('The bill for the bridge,' -> 'The bill for the
    bridge')."""
    comma = next((i for i, w in enumerate(words) if w.endswith(",")), len(words) - 1)
    return [*words[:comma], words[comma].rstrip(",")]


def _names(words: list[str]) -> bool:
    """A noun phrase and nothing else ('The yearly bill for the ferry'), not a clause ('Officials said it')."""
    return is_noun_phrase(" ".join(words)) and opening_subject([*words, "is"], possessives=True) is not None


def chain_subject(phrase: str | None, sentence_before: list[str]) -> str | None:
    """The subject a belief or forecast chain right before the number raises, when ``phrase`` says only the chain
    ('is thought', 'reach') or ends on it ('bill is believed'); None otherwise, or when no noun phrase opens the
    clause."""
    subject = _without_chain_tail(phrase)
    if subject is None:
        return None
    words = strip_qualifiers(sentence_before)  # 'about', 'more than'
    found = _chain_start([bare_word(w) for w in words])
    if found is None:
        return None
    start, auxiliary = found
    if subject:
        return subject  # 'The bill is believed to be $3 million': the clause rules kept the subject and the chain
    clause_start = max((i + 1 for i, w in enumerate(words[:start]) if w.endswith(",")), default=0)
    if clause_start < start:  # 'The bill is thought to be': a subject, and nothing else, before an auxiliary
        subject_words = words[clause_start:start]
        return opening_subject(words[clause_start:], possessives=True) if auxiliary and _names(subject_words) else None
    if clause_start == 0:
        return None  # the chain opens the sentence: no subject before it
    opening = _opening_words(words[:start])
    if auxiliary and not _names(opening):
        return None  # 'Officials said, citing the audit, it is thought ...': no subject before the aside
    return opening_subject([*opening, "is"], possessives=True)  # 'The bill, with fees, is thought'; 'X, thought to be'
