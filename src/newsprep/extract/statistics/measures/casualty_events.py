"""A casualty count an event left behind: 'the blast at the depot that left 14 people dead' -> 'people dead in blast';
'A storm hit the coast, leaving at least 9 dead' -> 'people dead in storm' (measures round 35; tests in
``tests/stages/statistics/test_casualty_events.py``, every sentence invented).

The count's own words give who and how ('people dead', 'civilians wounded'); the event that did it is the subject of
'left' or 'leaving', before the number, and the reader writes it ('people killed in the shooting', 'civilians wounded
in the air raid': golds on Lee-corpus pages and on two smp pages of other outlets). A second count joined to the
first by 'and' ('left 6 dead and 20 wounded') was left by the same event.
"""

from __future__ import annotations

from newsprep.extract.statistics.measures.clause import is_verb, noun_phrase_back, strip_qualifiers, tidy_phrase
from newsprep.extract.statistics.measures.word_classes import (
    AUXILIARIES,
    NUMBER_WORDS,
    RELATIVES,
    bare_word,
    comma_chunks,
)
from newsprep.text import word_set

LEAVING = word_set("left leaves leave leaving")
"""The verb whose subject is the event and whose object is the casualty count ('the raid left eight dead')."""
LEFT_STATES = word_set("dead injured wounded hurt missing homeless")
"""What an event leaves people: the last word of a casualty count's phrase ('people dead', 'civilians wounded')."""
HARMING_EVENTS = word_set(
    "attack attacks shooting shootings raid raids airstrike airstrikes strike strikes bombing bombings blast blasts "
    "explosion explosions crash crashes collision storm storms earthquake earthquakes quake quakes flood floods "
    "flooding fire fires wildfire wildfires wave waves violence clash clashes fighting accident accidents rampage "
    "ambush tornado tornadoes hurricane typhoon cyclone landslide landslides avalanche derailment collapse outbreak "
    "epidemic war shelling bombardment disaster eruption tsunami riot riots massacre stampede"
)
"""Nouns of events that kill or hurt people ('the shooting', 'heat waves', 'an air raid')."""
_RELATIVE_OR_AUXILIARY = RELATIVES | AUXILIARIES
_MAX_EVENT_WORDS = 4
"""The most words of the event's noun phrase kept ('night of air raids', 'U.S.-British air raid')."""
_MAX_COUNT_WORDS = 4
"""The most words of a first casualty count before 'and' ('left 58 people dead and 500 wounded': '58 people dead')."""


def casualty_event(phrase: str | None, sentence_before: list[str]) -> str | None:
    """'<phrase> in <event>' for a casualty count ('people dead', 'civilians wounded') that an event left ('the raid
    left', 'a storm ..., leaving'); None for any other shape (the phrase stands)."""
    words = (phrase or "").split()
    if not 2 <= len(words) <= 3 or bare_word(words[-1]) not in LEFT_STATES:
        return None
    event = _leaving_event(_before_first_count(strip_qualifiers(sentence_before)))
    return f"{phrase} in {event}" if event else None


def _before_first_count(words: list[str]) -> list[str]:
    """The words before a first casualty count that this one is joined to ('left 6 dead and' -> 'left'); ``words``
    themselves when they do not end with one."""
    if len(words) < 3 or bare_word(words[-1]) != "and" or bare_word(words[-2]) not in LEFT_STATES:
        return words
    for at in range(len(words) - 3, max(len(words) - 3 - _MAX_COUNT_WORDS, -1), -1):
        word = words[at]
        if word[:1].isdigit() or bare_word(word) in NUMBER_WORDS:
            return strip_qualifiers(words[:at])
    return words


def _leaving_event(words: list[str]) -> str | None:
    """The event that is the subject of a 'left'/'leaving' ending ``words``: in the same clause for 'left' ('the raid
    in the south that left'), in the clause before the comma for 'leaving' ('Heat waves like the one in 2012,
    leaving'); None without an event noun there."""
    if not words or bare_word(words[-1]) not in LEAVING:
        return None
    chunks = comma_chunks(words[:-1])
    opened_by_relative = bool(chunks[-1]) and all(bare_word(w) in _RELATIVE_OR_AUXILIARY for w in chunks[-1])
    if len(chunks) > 1 and (opened_by_relative or (bare_word(words[-1]) == "leaving" and not chunks[-1])):
        clause = chunks[-2]  # 'Heat waves like the one in 2012, leaving'; 'The fighting, which has left'
    else:
        clause = chunks[-1]
    clause = [w.rstrip(",") for w in clause]
    while clause and bare_word(clause[-1]) in _RELATIVE_OR_AUXILIARY:
        clause = clause[:-1]  # 'the raid that has left', 'the blast which left'
    for at in range(len(clause) - 1, -1, -1):
        if bare_word(clause[at]) in HARMING_EVENTS:
            return tidy_phrase(noun_phrase_back(clause[: at + 1])[-_MAX_EVENT_WORDS:])
        if bare_word(words[-1]) != "leaving" and is_verb(clause[at]):
            return None  # 'the crew said the raid killed two and left': the event is another verb's, not this one
    return None
