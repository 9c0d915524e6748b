"""What a share or a bare number measures, read from its clause: '40% of the tenants' -> 'tenants'; 'exports fell 35%'
-> 'fall in exports'; 'a 55% chance that ...' -> 'chance that ...'; 'won 11 of its last 14 games' -> 'games won'."""

from __future__ import annotations

from newsprep.extract.statistics.measures.clause import (
    after_other_quantity,
    clause_fallback,
    is_verb,
    noun_phrase_back,
    strip_qualifiers,
    subject_words,
    tail_words,
    tidy_phrase,
    without_auxiliaries,
    without_time,
)
from newsprep.extract.statistics.measures.counts import series_noun
from newsprep.extract.statistics.measures.levels import change_or_level
from newsprep.extract.statistics.measures.polls import named_subject
from newsprep.extract.statistics.measures.word_class_unions import AUXILIARY_OR_MODAL
from newsprep.extract.statistics.measures.word_classes import (
    CHANGE_AFTER,
    CLOSING_NOUNS,
    DETERMINERS,
    FUNCTION,
    MAX_MEASURE_WORDS,
    NUMBER_WORDS,
    REPORTING,
    SERIES,
    UP_DOWN,
    bare_word,
)
from newsprep.text import word_set

RATE_NOUNS = word_set(
    "turnout unemployment participation enrollment enrolment attendance approval vaccination coverage occupancy "
    "uptake literacy"
)
"""Nouns that are themselves a share of a group: 'Turnout reached 61% of registered voters' measures turnout."""
RATE_PARTICIPLES = word_set("paying yielding charging offering earning returning")
"""'accounts yielding 4.5%', 'a bank paying 0.01%': the rate of what is before the participle."""
LEVEL_VERBS = word_set("reached hit was is stood stands at rose fell climbed dropped to jumped slipped")
"""What comes between such a noun and its level."""


_DETERMINER_OR_SERIES = DETERMINERS | SERIES


def percent_measure(left: list[str], right: list[str], *, counted: bool = False) -> str | None:
    """What a share or a bare number measures; ``counted``: a bare count ('11 of its last 14 games')."""
    before, between = after_other_quantity(left)
    between = strip_qualifiers(without_time(between))
    rb = [bare_word(w) for w in right]
    if not counted and len(between) > 1 and bare_word(between[-1]) in RATE_PARTICIPLES and rb[:1] != ["of"]:
        holder = noun_phrase_back(between[:-1])
        start = len(between) - 1 - len(holder)
        if holder and start > 0 and bare_word(between[start - 1]) in AUXILIARY_OR_MODAL:
            holder = holder[1:]  # 'Savers can find accounts yielding': a verb after the modal
        held = tidy_phrase(holder)
        if held:
            return f"{held} rate"  # 'a big bank paying 0.01%' -> 'big bank rate'
    if rb[:1] == ["of"]:
        group = right[1:]
        while group and (
            bare_word(group[0]) in _DETERMINER_OR_SERIES
            or group[0][:1].isdigit()
            or bare_word(group[0]) in NUMBER_WORDS
        ):
            group = group[1:]  # 'of its last 14 games' -> 'games'
        series = series_noun(right[1:5])
        if counted and series and left and is_verb(left[-1]):
            return f"{series} {bare_word(left[-1])}"  # 'won 11 of its last 14 games' -> 'games won'
        return tidy_phrase(without_auxiliaries(tail_words(group, MAX_MEASURE_WORDS)))
    if rb[:1] and rb[0] in CHANGE_AFTER:
        return tidy_phrase(right[:1] + tail_words(right[1:]))
    if rb[:2] and rb[0] in {"and", "or", "to"} and len(rb) > 2 and rb[2] in CHANGE_AFTER:
        return tidy_phrase(right[2:3] + tail_words(right[3:]))
    if rb[:1] and rb[0] in UP_DOWN and between and bare_word(between[-1]) in CLOSING_NOUNS:
        subject = tidy_phrase(subject_words(between[:-1]))  # 'the index closed 1.2% higher'
        return f"{UP_DOWN[rb[0]]} in {subject}" if subject else UP_DOWN[rb[0]]
    if left and bare_word(left[-1]) in {"a", "an"}:
        return _following_noun(right) or change_or_level(before, between) or clause_fallback(between or before)
    if not counted and between and bare_word(between[-1]) == "with" and not right and named_subject(between[:-1]):
        return f"share for {named_subject(between[:-1])}"  # 'Lind leads the field with 27%' -> 'share for Lind'
    return change_or_level(before, between, right) or _following_noun(right) or clause_fallback(between or before)


def _following_noun(right: list[str]) -> str | None:
    """'a 55% chance that ...' -> 'chance that ...'; '20% more powerful than X' -> 'more powerful than X'."""
    if right and bare_word(right[0]) in REPORTING:
        return tidy_phrase(without_auxiliaries(right))
    if not right or bare_word(right[0]) in FUNCTION - {"more", "less"} or not right[0][:1].isalpha():
        return None
    return tidy_phrase(tail_words(right, MAX_MEASURE_WORDS))


def rate_among(sentence_before: list[str], group: str | None) -> str | None:
    """'Turnout reached 61% of registered voters' -> 'Turnout among registered voters': a share of a group whose
    subject is a noun of a rate (``RATE_NOUNS``) before a verb of level; None otherwise."""
    words = list(sentence_before)
    verbs = 0
    while words and bare_word(words[-1]) in LEVEL_VERBS:
        words, verbs = words[:-1], verbs + 1
    if not verbs or not words or bare_word(words[-1]) not in RATE_NOUNS:
        return None
    subject = tidy_phrase(noun_phrase_back(words))
    return f"{subject} among {group}" if subject and group else subject


_AMOUNT_WORDS = word_set("about around nearly almost some roughly over million billion trillion thousand per cent")


def _is_amount_word(word: str) -> bool:
    return word[:1].isdigit() or word[:1] in "$€£¥" or word[1:2] == "$" or bare_word(word) in _AMOUNT_WORDS


def without_restated_amount(right: list[str]) -> list[str]:
    """'30% or $2 million of fare revenue' -> 'of fare revenue': a share restated as an amount before what it is a
    share of; the group after the amount is the share's too (else the share is read as a bare 'up 30%')."""
    if len(right) < 3 or bare_word(right[0]) != "or":
        return right
    grouped = next((i for i in range(2, min(len(right), 7)) if bare_word(right[i]) == "of"), None)
    if grouped is None or not all(_is_amount_word(w) for w in right[1:grouped]):
        return right
    return right[grouped:]
