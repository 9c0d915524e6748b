"""Who or what holds a quantity, read from the words around the number's clause: the noun phrase a relative clause,
a verb of taking a share, a player's line, a bracket or a sentence's opening belongs to, and the dimension or
distance it is measured in."""

from __future__ import annotations

from newsprep.extract.statistics.measures.clause import (
    is_verb,
    noun_phrase_back,
    noun_phrase_forward,
    tail_words,
    tidy_phrase,
)
from newsprep.extract.statistics.measures.word_class_unions import (
    AUXILIARY_OR_MODAL,
    FUNCTION_AUXILIARY_OR_PREPOSITION,
    FUNCTION_OR_PREPOSITION,
)
from newsprep.extract.statistics.measures.word_classes import (
    AUXILIARIES,
    CHANGE_NOUNS,
    DETERMINERS,
    FUNCTION,
    MAX_TAIL_WORDS,
    MODALS,
    PARTICLES,
    PREPOSITIONS,
    RELATIVES,
    REPORTING,
    SCORING_VERBS,
    SHARE_VERBS,
    SUBORDINATORS,
    TRAVEL_VERBS,
    TRAVELLED,
    bare_word,
)


def relative_holder(left: list[str]) -> list[str]:
    """'the V8 engine which produces': the noun phrase a relative clause's verb belongs to (none without one)."""
    if len(left) < 3 or bare_word(left[-2]) not in RELATIVES:
        return []
    verb = left[-1]
    if not verb[:1].islower() or bare_word(verb) in FUNCTION_AUXILIARY_OR_PREPOSITION:
        return []
    return noun_phrase_back(left[:-2])


_FUNCTION_AUXILIARY_OR_MODAL = FUNCTION | AUXILIARIES | MODALS


def dimension_phrase(left: list[str], after: list[str], dimension: str) -> str:
    """'a 275-horsepower motor' -> 'motor power'; 'the engine makes 149 horsepower' -> 'engine power'."""
    holder: list[str] = []
    if after and after[0][:1].isalpha() and bare_word(after[0]) not in FUNCTION_AUXILIARY_OR_PREPOSITION:
        holder = noun_phrase_forward(after)
    elif relative_holder(left):
        holder = relative_holder(left)  # 'an engine which produces 471 hp' -> 'engine'
    elif len(left) > 2 and bare_word(left[-3]) in {"give", "gives", "gave", "giving"}:
        holder = left[-2:]  # 'giving the car 355 horsepower' -> 'car'
    else:
        verb = left[:-1] if left and bare_word(left[-1]) in PARTICLES else left  # 'it puts out'
        if len(verb) > 1 and verb[-1][:1].islower() and bare_word(verb[-1]) not in FUNCTION_OR_PREPOSITION:
            subject = verb[:-1]
            while len(subject) > 1 and bare_word(subject[-1]) in AUXILIARY_OR_MODAL:
                subject = subject[:-1]  # 'the sedan would offer', 'the hatch can make'
            holder = noun_phrase_back(subject)  # the subject of 'makes', 'produces', 'offers'
    kept: list[str] = []
    while holder and bare_word(holder[0]) in DETERMINERS:
        holder = holder[1:]
    for word in holder:
        if bare_word(word) in _FUNCTION_AUXILIARY_OR_MODAL or (kept and is_verb(word)):
            break
        kept.append(word)
    held = tidy_phrase(kept) if kept else None
    return f"{held} {dimension}" if held else dimension


def alone_in_brackets(text: str, start: int, end: int) -> bool:
    """Whether the number from ``start`` to ``end`` is a bracket's sole contents, spaces aside ('units (30%)'): the
    bracket restates an amount of the noun phrase before it (``bracketed``). Not ``identifiers._among_bracketed``,
    which asks whether a number stands anywhere in a bracket near it, beside others ('(2.6, 4.5 and 8.5)')."""
    return text[:start].rstrip().endswith("(") and text[end:].lstrip().startswith(")")


def bracketed(text: str, sentence: tuple[int, int], start: int) -> str | None:
    """'in-feed units (30%)': the noun phrase the bracket follows."""
    opening = text.rindex("(", sentence[0], start)
    before = text[sentence[0] : opening].split()
    return tidy_phrase(noun_phrase_back(before))


_AUXILIARY_MODAL_OR_ABLE_TO_BE = AUXILIARIES | MODALS | frozenset({"able", "to", "be"})


def _vehicle(words: list[str]) -> list[str]:
    """What can go a distance: the noun phrase before 'can', 'will be able to' ('' for a pronoun)."""
    while words and bare_word(words[-1]) in _AUXILIARY_MODAL_OR_ABLE_TO_BE:
        words = words[:-1]
    return noun_phrase_back(words)


_LOCATED = frozenset({"lies", "lie", "lay", "sits", "sit", "sat", "orbits", "orbit", "located", "situated", "stands"})
"""Verbs that place a thing at a distance from another ('the planet sits 3 million km from its star')."""
_LOCATED_HEDGES = frozenset({"only", "just", "about", "roughly", "some", "nearly", "around", "almost"})
_COMPASS = frozenset(
    f"{north}{joint}{east}" for north in ("north", "south") for joint in ("", "-") for east in ("east", "west")
) | {"north", "south", "east", "west"}
"""A place told by its bearing from another ('80 km north of Halden'): the number is its distance from that place,
the words a reader keeps ('distance north of Halden'), not the unit's name again."""


_TRAVEL_VERB_OR_TRAVELLED = TRAVEL_VERBS | TRAVELLED


def distance_phrase(between: list[str], right: list[str]) -> str | None:
    """A distance: 'Mars lies 140 million miles away' -> 'distance to Mars'; '30 miles away from the coast' ->
    'distance from the coast'; 'the car can go 39 miles on battery power' -> 'range on battery power'."""
    if between and bare_word(between[-1]) in _TRAVEL_VERB_OR_TRAVELLED:
        tail = tail_words(right) if right and bare_word(right[0]) in PREPOSITIONS else []
        reach = ["range"] if bare_word(between[-1]) in TRAVEL_VERBS else ["distance", between[-1]]
        if reach == ["range"]:
            reach = [*_vehicle(between[:-1]), "range"]  # 'the Zephyr SUV will be able to go 250 miles'
        return tidy_phrase([*reach, *tail])
    located = [w for w in between if bare_word(w) not in _LOCATED_HEDGES][-1:]
    if located and bare_word(located[0]) in _LOCATED and [bare_word(w) for w in right[:1]] == ["from"]:
        return tidy_phrase(["distance", *tail_words(right)])  # 'it sits only 3.2 million km from its star'
    if len(right) > 2 and bare_word(right[0]) in _COMPASS and bare_word(right[1]) == "of":
        return tidy_phrase(["distance", *tail_words(right)])  # 'the village is 80 km north of Halden'
    if [bare_word(w) for w in right[:1]] != ["away"]:
        return None
    if [bare_word(w) for w in right[1:2]] in (["from"], ["to"]):
        return tidy_phrase(["distance", *tail_words(right[1:])])
    place = tidy_phrase(noun_phrase_back(between[:-1])) if len(between) > 1 else None
    return f"distance to {place}" if place else "distance"


_DETERMINER_SUBORDINATOR_OR_THOUGH = DETERMINERS | SUBORDINATORS | frozenset({"although", "though"})


def scorer_of(left: list[str]) -> str | None:
    """The player whose line a count belongs to: the capitalised name before 'had', 'scored', 'added'... in the
    clause ('Theo Marsh had four points, 10 assists' -> 'Theo Marsh' for both counts)."""
    for i in range(len(left) - 1, 0, -1):
        if bare_word(left[i]) in SCORING_VERBS:
            name: list[str] = []
            for word in reversed(left[:i]):
                if not word[:1].isupper() or word.endswith((",", ";", ":")):
                    break
                name.insert(0, word)
            while name and bare_word(name[0]) in _DETERMINER_SUBORDINATOR_OR_THOUGH:
                name = name[1:]  # 'The Thunder scored ...', 'Although James has ...'
            if not name or any(bare_word(w) in FUNCTION for w in name):
                return None  # 'He threw five touchdowns': a pronoun names no one
            return " ".join(name)
    return None


def share_holder(before: list[str]) -> str | None:
    """What takes a share ('Plains (covering 65% of', 'women make up 30% of', 'exports account for 40% of'): the
    noun phrase before a verb of taking a share that ends the words before the number."""
    words = [w.lstrip("(") for w in before if w.lstrip("(")]
    particle = bare_word(words[-1]) if words and bare_word(words[-1]) in {"for", "up"} else ""
    words = words[:-1] if particle else words
    if len(words) < 2 or SHARE_VERBS.get(bare_word(words[-1])) != particle:
        return None
    if words[-2].endswith((",", ";", ":", ")")):
        return None  # 'areas, thought to ..., represent 14%': the subject is out of reach
    subject: list[str] = []
    for word in reversed(noun_phrase_back(words[:-1])):
        if word.endswith(")"):
            break  # '(covering 12% of the park) and lakes (covering 3% of'
        subject.insert(0, word)
    return tidy_phrase(subject)


_AUXILIARY_CHANGE_NOUN_REPORTING_OR_PARTICLE = AUXILIARIES | CHANGE_NOUNS.keys() | REPORTING | PARTICLES


def opening_subject(words: list[str], *, possessives: bool = False) -> str | None:
    """The noun phrase that opens a sentence, up to its first verb ('Home sales fell for a sixth month' -> 'Home
    sales'); None when a comma or a number comes first. ``possessives``: a possessive word ('The screen's pixel
    density') belongs to the phrase, where by default it ends it."""
    subject: list[str] = []
    if not words or bare_word(words[0]) in FUNCTION - DETERMINERS:
        return None  # 'It puts out ...': a pronoun names nothing
    for word in words[:MAX_TAIL_WORDS]:
        b = bare_word(word)
        if possessives and b.endswith(("'s", "’s")):
            b = b[:-2]
        if b in _AUXILIARY_CHANGE_NOUN_REPORTING_OR_PARTICLE or is_verb(word) or not b.isalpha():
            break
        subject.append(word)
        if word.endswith((",", ";", ":")):
            return None
    return tidy_phrase(subject) if 0 < len(subject) < len(words) else None


_PLACE_PREPOSITIONS = frozenset({"in", "at", "on", "near", "along", "across", "outside", "inside"})
_STATE_BEING = frozenset({"is", "are", "was", "were", "remains", "remained", "now", "still"})


def coordinated_state_holder(sentence_before: list[str], phrase: str | None, right: list[str]) -> str | None:
    """'The fire has burned 12,000 acres and is 40 percent contained' -> 'fire contained': a share told by the state
    word after it, in a predicate joined by 'and' to the sentence's first, is a share of the sentence's subject (its
    place left out: 'The fire in the Ash Forest'), as 'The fire is 40 percent contained' is; ``phrase`` otherwise."""
    if not phrase or " " in phrase or not right or bare_word(right[0]) != phrase.lower():
        return phrase
    being = len(sentence_before)
    while being > 0 and bare_word(sentence_before[being - 1]) in _STATE_BEING:
        being -= 1
    if being == len(sentence_before) or being < 2 or bare_word(sentence_before[being - 1]) != "and":
        return phrase
    opening = (opening_subject(sentence_before[: being - 1]) or "").split()
    place = next((i for i, w in enumerate(opening) if i and bare_word(w) in _PLACE_PREPOSITIONS), len(opening))
    subject = tidy_phrase(opening[:place])
    return f"{subject} {phrase}" if subject else phrase
