"""A count that does what a passive verb before it says (measures round 18; tests in
``tests/stages/statistics/measures/test_agents_and_bases.py``, every sentence invented): 'a meeting attended by 300
parents' -> 'parents attending meeting'; 'the final, watched by 40,000 fans' -> 'fans watching'. The stage gave such a
count no phrase: the counted noun alone is no phrase, and nothing after the number says what it did.
"""

from __future__ import annotations

from newsprep.extract.statistics.measures.clause import noun_phrase_back, tidy_phrase
from newsprep.extract.statistics.measures.votes import MARGIN_NOUNS
from newsprep.extract.statistics.measures.word_classes import (
    CHANGE_NOUNS,
    MEASURE_UNITS,
    SCORING_NOUNS,
    TIME_OBJECTS,
    bare_word,
)

_PASSIVE_BE = frozenset({"is", "are", "was", "were", "been", "being", "be"})
_SHORTEST_PARTICIPLE = 5
"""'attended', 'viewed', 'watched': shorter words in -ed ('led', 'fed', 'used') are irregular or no verb of doing."""


def _doing_form(participle: str) -> str | None:
    """'attended' -> 'attending', 'carried' -> 'carrying'; None for a word that is no regular past participle."""
    if len(participle) < _SHORTEST_PARTICIPLE or not participle.isalpha() or not participle.endswith("ed"):
        return None
    stem = participle[:-2]
    if stem.endswith("e"):
        return None  # 'agreed', 'freed': no stem to add '-ing' to
    return stem[:-1] + "ying" if stem.endswith("i") else stem + "ing"


def _names_a_time(word: str) -> bool:
    """ "week's", "Sunday's": a time in 's, which owns nothing."""
    bare = bare_word(word).replace("’", "'")
    return bare.endswith("'s") and bare[:-2] in TIME_OBJECTS


_MARGIN_NOUN_OR_SCORING_NOUN = MARGIN_NOUNS | SCORING_NOUNS


def passive_agent_count(unqualified: list[str], noun: str) -> str | None:
    """'a four-hour meeting attended by 300 parents' -> 'parents attending four-hour meeting'; the noun phrase before
    the verb is left out when a comma ends it ('on Sunday, watched by 31,000 fans' -> 'fans watching'). Not after a
    verb of change ('increased by 420 nurses': a change, read by the rules of changes), nor before a margin or a
    measure ('passed by 15 votes', 'trailed by 6 points', 'lengthened by 40 metres')."""
    if len(unqualified) < 2 or unqualified[-1] != "by" or not unqualified[-2].isalpha():
        return None
    counted = bare_word(noun.split()[-1])
    if counted in _MARGIN_NOUN_OR_SCORING_NOUN or noun.lower() in MEASURE_UNITS:
        return None
    participle = unqualified[-2].lower()
    doing = None if participle in CHANGE_NOUNS else _doing_form(participle)
    if doing is None:
        return None
    before = unqualified[:-2]
    if before and bare_word(before[-1]) in _PASSIVE_BE:
        before = before[:-1]  # 'the ballots were checked by two clerks': the subject is what was done to
    done_to = noun_phrase_back(before) if before and not before[-1].endswith((",", ";", ":")) else []
    while done_to and (bare_word(done_to[0]) in {"and", "or"} or _names_a_time(done_to[0])):
        done_to = done_to[1:]  # "Friday's gala screened by 2 million households": the time is not what they viewed
    return tidy_phrase([noun, doing, *done_to])
