"""A number whose clause says only how something moved ('fell', 'edged up', 'a decline of'), when what moved opens
the sentence before one or more asides set off by commas:

- 'The county's vacancy rate, a figure landlords watch, fell to 3.2%' -> "county's vacancy rate";
- 'The shares, which closed Monday at $22.15, have fallen 12% this year' -> 'fall in shares';
- 'The share of adults at work, known as the employment rate, edged up to 61%' -> 'employment rate' (an aside
  that gives the thing's name names the measure).

The clause rules read the words between the last comma and the number; the subject is out of their reach there,
so they give the verb alone, or nothing. This module is called only then.
"""

from __future__ import annotations

from newsprep.extract.statistics.measures.clause import is_verb, strip_qualifiers, tidy_phrase
from newsprep.extract.statistics.measures.holders import opening_subject
from newsprep.extract.statistics.measures.word_class_unions import AUXILIARY_OR_MODAL
from newsprep.extract.statistics.measures.word_classes import (
    CHANGE_AFTER,
    CHANGE_NOUNS,
    DETERMINERS,
    FUNCTION,
    LEVEL_VERBS,
    MAX_SUBJECT_WORDS,
    NUDGES,
    PREPOSITIONS,
    STEADY,
    UP_DOWN,
    bare_word,
    comma_chunks,
)

NAMING_ASIDES = (("also", "known", "as"), ("known", "as"), ("called",), ("dubbed",))
"""An aside that gives the thing its usual name: 'known as the participation rate'."""
MOVING_WORDS = CHANGE_NOUNS.keys() | CHANGE_AFTER | UP_DOWN.keys() | NUDGES | STEADY | {"of", "a", "an", "by"}
"""The words of a phrase that says only how something moved ('fell', 'edged up', 'a decline of')."""
COSTING = frozenset({"cost", "costs", "retails", "retail", "sells", "sell"})
"""Verbs of a price after asides ('The base model, with 128GB of storage, costs $799')."""
LEVEL_ENDS = frozenset({"to", "at"})
"""The last word before a level ('fell to 3.2%', 'stood at 40%'), against a change ('fell 3%')."""


def says_only_a_move(phrase: str | None) -> bool:
    """A phrase made only of words of change or direction and adverbs ('fell', 'decline', 'edged up', 'down
    sharply'): it says how something moved and not what."""
    words = [bare_word(w) for w in (phrase or "").split()]
    return bool(words) and all(w in MOVING_WORDS or (w.endswith("ly") and len(w) > 4) for w in words)


def named_past_asides(sentence_before: list[str]) -> str | None:
    """What the sentence is about when it opens with a noun phrase, one or more asides set off by commas, and then
    the verb the asides interrupt ('Median rent, which includes utilities, climbed'); an aside 'known as X' or
    'called X' gives X instead. None for any other shape."""
    chunks = comma_chunks(sentence_before)
    if len(chunks) < 3 or not _opens_with_a_verb(chunks[-1]):
        return None
    subject = [w.rstrip(",") for w in chunks[0]]
    if not subject or bare_word(subject[0]) in FUNCTION - DETERMINERS:
        return None  # 'In May, ...', 'It, ...': no noun phrase opens the sentence
    for aside in chunks[1:-1]:
        named = _name_given(aside)
        if named:
            return named
    if len(subject) > MAX_SUBJECT_WORDS or any(is_verb(w) or bare_word(w) in AUXILIARY_OR_MODAL for w in subject):
        return None
    if bare_word(subject[-1]) in FUNCTION:
        return None  # 'A quarter of that, per the plan, is $40,000': a pronoun, not a name, says what it is
    return tidy_phrase(subject)


_OPENING_MOVE_WORD = CHANGE_NOUNS.keys() | NUDGES | LEVEL_VERBS | COSTING


def _opens_with_a_verb(words: list[str]) -> bool:
    """'have fallen about', 'edged up to', 'was', 'fell to': the clause after the asides opens with its verb."""
    rest = [bare_word(w) for w in words]
    while rest and rest[0] in AUXILIARY_OR_MODAL and rest[0] not in LEVEL_VERBS:
        rest = rest[1:]
    if not rest:
        return bool(words)  # 'has been' alone: a verb of being before the number
    return rest[0] in _OPENING_MOVE_WORD or (is_verb(rest[0]) and rest[0] not in PREPOSITIONS)


def _name_given(aside: list[str]) -> str | None:
    words = [bare_word(w) for w in aside]
    for opener in NAMING_ASIDES:
        if tuple(words[: len(opener)]) == opener:
            return tidy_phrase([w.rstrip(",") for w in aside[len(opener) :]])
    return None


def moved_measure(phrase: str | None, sentence_before: list[str]) -> str | None:
    """The measure of a number whose clause gives only a move (``says_only_a_move``) or nothing, when the sentence
    names what moved before its asides (or, for a move, opens with it): the thing itself for a level ('fell to
    3.2%'), 'fall in ...' for a change ('have fallen 12%'); None when the sentence has no such shape."""
    named = named_past_asides(sentence_before)
    if named is None and phrase is not None:
        named = opening_subject(sentence_before)  # 'Membership fell to 3,100, a decline of 14%' -> 'Membership'
    if named is None:
        return None
    last = [bare_word(w) for w in strip_qualifiers(sentence_before)[-1:]]
    if phrase is None or (last[:1] and last[0] in LEVEL_ENDS):
        return named
    move = _move_noun([bare_word(w) for w in phrase.split()])
    return f"{move} in {named}" if move else named


def _move_noun(words: list[str]) -> str | None:
    """'fell' -> 'fall', 'decline' -> 'decline', 'down sharply' -> 'fall'; None for a nudge with no direction."""
    for word in words:
        if word in CHANGE_AFTER:
            return word
        if word in CHANGE_NOUNS:
            return CHANGE_NOUNS[word]
        if word in UP_DOWN:
            return UP_DOWN[word]
    return None
