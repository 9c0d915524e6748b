"""What a count counts: its noun phrase and what the clause says happened to it ('9 people were injured' -> 'people
injured'; 'the mill runs 300 looms' -> 'looms run by mill'), or the clause after a bare count."""

from __future__ import annotations

import itertools

from newsprep.extract.statistics.measures.actions import acted_on_count, is_gerund
from newsprep.extract.statistics.measures.clause import (
    after_other_quantity,
    first_content,
    is_modifier,
    is_verb,
    names_a_time,
    noun_phrase_back,
    participle_after,
    strip_qualifiers,
    subject_words,
    tail_words,
    tidy_phrase,
    without_auxiliaries,
)
from newsprep.extract.statistics.measures.employees import employed_now, employees_of
from newsprep.extract.statistics.measures.holders import distance_phrase, opening_subject
from newsprep.extract.statistics.measures.joins import joined_noun_length
from newsprep.extract.statistics.measures.levels import change_or_level, changed_by
from newsprep.extract.statistics.measures.word_class_unions import (
    AUXILIARY_OR_RELATIVE,
    CHANGE_OR_DIRECTION_WORD,
    FUNCTION_OR_AUXILIARY,
    FUNCTION_OR_PREPOSITION,
    NUMBER_WORD_OR_DETERMINER,
)
from newsprep.extract.statistics.measures.word_classes import (
    AUXILIARIES,
    CHANGE_NOUNS,
    CLAUSE_OPENERS,
    CONNECTORS,
    DETERMINERS,
    DISTANCE_UNITS,
    FUNCTION,
    HOLDING_VERBS,
    LEVEL_VERBS,
    MEASURE_UNITS,
    MODALS,
    NOT_NAMED_QUANTITIES,
    NUMBER_WORDS,
    PARTICLES,
    POSSESSIVE_ENDS,
    PREPOSITIONS,
    RELATIVES,
    SERIES,
    as_participle,
    bare_word,
)
from newsprep.extract.statistics.words import is_plural_noun

# the word classes' unions the rules below test words against, built once at import, not at each test
_AUXILIARY_PARTICLE_TO_OR_GOT = AUXILIARIES | PARTICLES | frozenset({"to", "got", "gotten"})
_CLAUSE_OPENER_AND_OR_BUT = CLAUSE_OPENERS | frozenset({"and", "but"})
_FUNCTION_PREPOSITION_OR_RELATIVE = FUNCTION | PREPOSITIONS | RELATIVES
_PREPOSITION_OR_DETERMINER = PREPOSITIONS | DETERMINERS
_MODAL_OR_TO = MODALS | frozenset({"to"})

HOLDING_PREPOSITIONS = frozenset({"for", "of", "in", "on", "to", "among", "from", "with", "across"})
"""A preposition between a noun and a bare count that says the count belongs to the noun ('orders for 400 jets',
'buyers from 30 nations', 'a fleet with 40 ships'), or, after a verb, what was done to the counted things ('never
interfered with 9 evictions' -> 'evictions interfered')."""


def counted_by_clause(before: list[str], right: list[str]) -> str | None:
    """'two cities were picked from nine that applied' -> 'cities that applied': the clause after a
    bare count, with the last plural noun before it in the sentence."""
    clause = tidy_phrase(without_auxiliaries(tail_words(right[1:])))
    nouns = [
        bare_word(w)
        for w, after in zip(before, [*before[1:], ""][: len(before)], strict=True)
        if is_plural_noun(bare_word(w)) and bare_word(w) not in FUNCTION and not (w[-1:].isalpha() and is_verb(after))
    ]  # 'Officials counted 12 who died': the counting subject is not what is counted
    if clause and (nouns or bare_word(right[0]) == "who"):
        return f"{nouns[-1] if nouns else 'people'} {bare_word(right[0])} {clause}"  # 'who' counts people
    return clause


def held_by_count(noun: str, right: list[str]) -> str | None:
    """'600 more schools have gardens' -> 'more schools with gardens': what the counted things have, when
    'have' is their own verb (not an auxiliary: 'have passed', 'have been', 'have to')."""
    if len(right) < 2 or bare_word(right[0]) not in {"have", "had"} or not right[0][:1].islower():
        return None
    held = right[1:]
    if is_verb(held[0]) or bare_word(held[0]) in _AUXILIARY_PARTICLE_TO_OR_GOT:
        return None
    held = held[: next((i for i, w in enumerate(held) if bare_word(w) in _CLAUSE_OPENER_AND_OR_BUT), len(held))]
    said = tidy_phrase(tail_words(held))
    return f"{noun} with {said}" if said else None


def _doing_clause(tail: list[str], words: list[str]) -> bool:
    """'passed three bylaws restricting leaf blowers': a clause in '-ing' right after the counted noun says which of
    them were counted, as a place after it does ('people rescued from rooftops'); the verb before stays with it. Not
    a clause that goes on to another number ('opened 42 shelters housing roughly 5,600 people'): that is the other
    number's."""
    cut_at = words[len(tail) : len(tail) + 1]
    cut_by_number = bool(cut_at) and (any(c.isdigit() for c in cut_at[0]) or bare_word(cut_at[0]) in NUMBER_WORDS)
    return len(tail) > 1 and is_gerund(tail[0]) and not cut_by_number


def _present_verb(word: str) -> bool:
    """A lowercase word that is neither a function word nor a participle: after a count's noun, a verb in the
    present ('show', 'share') rather than a modifier of the noun ('set up', 'killed', 'facing')."""
    b = bare_word(word)
    return (
        word[:1].islower()
        and b not in _FUNCTION_PREPOSITION_OR_RELATIVE
        and not is_verb(word)
        and not b.endswith("ing")
    )


_GROUP_WORDS = 5
"""The longest 'of' phrase read between a count's noun and its verb ('members of the local militia')."""


_BEFORE_COUNT_DETERMINERS = (DETERMINERS - {"this", "that", "these", "those"}) | {"another"}
"""Determiners a count's verb may come before: 'destroyed the 87 homes', 'damaged another 23 homes'."""


def count_measure(left: list[str], noun: str, right: list[str]) -> str | None:
    """What a count counts: its noun phrase and what the clause says happened to it."""
    counted = noun.split()
    while len(counted) > 1 and (bare_word(counted[0]) in NUMBER_WORD_OR_DETERMINER or counted[0][:1].isdigit()):
        counted = counted[1:]  # 'two of the three rules for safety' -> 'rules for safety'
    noun = " ".join(counted)
    before, between = after_other_quantity(left)
    between = strip_qualifiers(between)
    while between and bare_word(between[-1]) in _BEFORE_COUNT_DETERMINERS:
        between = between[:-1]  # 'damaged another 23 homes' is read as 'damaged 23 homes'
    if noun.lower() in DISTANCE_UNITS and (distance := distance_phrase(between, right)):
        return distance
    if right[:1] and bare_word(right[0]) == "per" and (rate_name := _named_rate(between)):
        return rate_name  # 'a write speed of 1,900 megabytes per second' -> 'write speed', not the rate's units
    if changed := changed_by(between):
        return changed  # 'the diet cut daily intake by 441 calories' -> 'cut in daily intake'
    moved_to = [bare_word(w) for w in between[-2:]]
    # 'sizes will rise from 21 to 24 students': the start of a change is a level of what changes, as its end is
    changed_to = len(moved_to) == 2 and moved_to[1] in {"to", "from"} and moved_to[0] in CHANGE_OR_DIRECTION_WORD
    # 'winds gusted to 75 mph', 'the river crested at 30 feet': a level in a unit of measure
    changed_to = changed_to or (
        len(moved_to) == 2 and moved_to[1] in {"to", "at"} and is_verb(between[-2]) and noun.lower() in MEASURE_UNITS
    )
    if changed_to and noun.lower() in MEASURE_UNITS and bare_word(between[-2]) not in CHANGE_NOUNS:
        if "and" in {bare_word(w) for w in between[:-2]} and (shared := opening_subject(before)):
            return shared  # 'the river rose 9 feet and crested at 27 feet': the first verb's subject
        return tidy_phrase(subject_words(between[:-2]))
    if changed_to or (before and between and all(bare_word(w) in CONNECTORS for w in between)):
        level = change_or_level(before, between)
        if level:
            return level  # 'sales rose 6% to 2.3 million units' -> 'sales'
    if noun.lower() in MEASURE_UNITS and between and bare_word(between[-1]) in LEVEL_VERBS:
        level = change_or_level(before, between)
        if level:
            return level  # 'temperatures reached 45 degrees' -> 'temperatures'
    if len(between) > 1 and bare_word(between[-1]) in LEVEL_VERBS - AUXILIARIES:
        total = tidy_phrase(subject_words(between[:-1]))
        if total:
            return total  # 'global sales totalled 10.3 million vehicles' -> 'global sales'
    if had := held_by_count(noun, right):
        return had  # '600 more schools have gardens' -> 'more schools with gardens'
    words = list(right)
    if words and bare_word(words[0]) in {"was", "is", "has"}:
        words = []  # 'a survey of 12 states was done': a singular verb has another subject than the counted noun
    while words and bare_word(words[0]) in AUXILIARY_OR_RELATIVE:
        words = words[1:]
    tail = tail_words(words)
    tail = tail[: next((i for i, w in enumerate(tail) if bare_word(w) in CLAUSE_OPENERS), len(tail))]
    if len(tail) < len(words) and all(bare_word(w) in _PREPOSITION_OR_DETERMINER for w in tail):
        happened = participle_after(words[len(tail) :])
        if happened:
            return tidy_phrase([noun, happened])  # '40 miners in two provinces have been trapped'
        tail = []  # '12,000 employees in 40 countries': the place is another count, not this one's measure
    verb_at = next((i for i, w in enumerate(words[: _GROUP_WORDS + 1]) if bare_word(w) in AUXILIARIES), 0)
    grouped = verb_at > 1 and bare_word(words[0]) == "of" and tail[:verb_at] == words[:verb_at]
    if grouped and (happened := participle_after(words[verb_at:])):
        return tidy_phrase([noun, *words[:verb_at], happened])  # 'five members of the militia were killed'
    placed_after = bool(between) and bare_word(between[-1]) in PREPOSITIONS - {
        "of",
        "to",
        "by",
        "per",
        "after",
        "before",
    }
    if placed_after and tail and words[:1] == right[:1] and _present_verb(tail[0]):
        tail = []  # 'painters from 12 nations show their work': the verb after the place is the painters'
    placed = bool(right) and bare_word(right[0]) in PREPOSITIONS - {"of", "to"}
    happened = participle_after(words) if placed and words and words[0] == right[0] else None
    if happened:
        # 'two patients from the far north were quarantined' -> 'patients quarantined'; a short place stays
        # ('two of the rules for safety were met' -> 'rules for safety met')
        place = list(itertools.takewhile(lambda w: bare_word(w) not in AUXILIARIES, words))
        short = len([w for w in place[1:] if bare_word(w) not in DETERMINERS]) <= 1
        return tidy_phrase([noun, *(place if short else []), happened])
    after_first = [bare_word(w) for w in tail[1:]]
    if tail and (names_a_time(after_first) or first_content(after_first) == "end"):
        tail = []
    joined = joined_noun_length(tail)  # 'soldiers and police', 'volunteers and fire fighters'
    if joined and (len(tail) > joined or len(words) <= joined):
        return tidy_phrase([noun, *tail[:joined]])
    if right and bare_word(right[0]) in RELATIVES:
        clause = right[1:]
        while clause and bare_word(clause[0]) in {"are", "is", "was", "were", "been", "being"}:
            clause = clause[1:]
        if tail_words(clause):
            return tidy_phrase([noun, *tail_words(clause)])  # 'patients who had no insurance'
    after_verb = tail if tail and (bare_word(tail[0]) in PREPOSITIONS or _doing_clause(tail, words)) else []
    of_part = after_verb if after_verb and bare_word(after_verb[0]) == "of" else []
    of_object = tidy_phrase(of_part[1:]) if of_part else None
    of_part = ["of", *of_object.split()] if of_object else []
    after_verb = [] if of_part else after_verb
    if between and bare_word(between[-1]) in CHANGE_OR_DIRECTION_WORD and noun.split()[-1].lower() in MEASURE_UNITS:
        return change_or_level([], between)
    if len(between) > 1 and bare_word(between[-1]) == "by" and bare_word(between[-2]) in CHANGE_NOUNS:
        return change_or_level([], between)  # 'the population grew by 1.2 million people'
    acted = len(between) > 1 and (is_verb(between[-2]) or bare_word(between[-2]).endswith("ing"))
    if acted and bare_word(between[-1]) == "for" and noun in MEASURE_UNITS:  # 'passing for 210 yards' too
        doer = [w for w in noun_phrase_back(between[:-2]) if w[:1].isupper()]
        by = ["by", *doer] if doer else []
        return tidy_phrase([noun, between[-2], *by])  # 'Lee rushed for 87 yards' -> 'yards rushed by Lee'
    if len(between) > 1 and bare_word(between[-1]) in PARTICLES and is_verb(between[-2]):
        # 'the firm laid off 300 employees' -> 'employees laid off'
        return tidy_phrase([noun, between[-2], between[-1], *after_verb])
    if len(between) > 2 and bare_word(between[-1]) in PARTICLES and bare_word(between[-3]) in _MODAL_OR_TO:
        # 'the league hopes to sign up 40,000 children' -> 'children to sign up'
        verb = [noun, "to", bare_word(between[-2]), bare_word(between[-1])]
        return (tidy_phrase([*verb, *after_verb]) if tidy_phrase(after_verb) else None) or " ".join(verb)
    if employees := employed_now(noun, between):
        return employees  # 'It employs 410 people' -> 'employees'
    done = None if noun.lower() in MEASURE_UNITS else acted_on_count(left, between, right)
    if done:
        return tidy_phrase([noun, *of_part, done, *after_verb])  # '..., killing 14 people' -> 'people killed'
    if between and is_verb(between[-1]):
        return tidy_phrase([noun, *of_part, as_participle(between[-1]), *after_verb])  # 'threw 4 passes'
    if (owned_by := verb_before_owner(between)) is not None:
        return tidy_phrase([noun, *of_part, as_participle(owned_by), *after_verb])  # "sank the navy's 3 ships"
    if len(between) > 1 and bare_word(between[-2]) == "to" and bare_word(between[-1]) not in FUNCTION:
        return tidy_phrase([noun, *of_part, "to", between[-1].strip(",;:"), *after_verb])
    if len(between) > 1 and bare_word(between[-2]) in MODALS and bare_word(between[-1]) not in FUNCTION_OR_AUXILIARY:
        return tidy_phrase([noun, *of_part, "to", between[-1].strip(",;:"), *after_verb])  # "can produce 500 tons"
    employer = tidy_phrase(noun_phrase_back(between[:-1])) if len(between) > 1 else None
    if employer is None and len(between) == 1 and bare_word(between[0]) in HOLDING_VERBS:
        counted_holder = left[len(before) : len(left) - len(after_other_quantity(left)[1])][-1:]
        if counted_holder and is_plural_noun(bare_word(counted_holder[0])):
            employer = bare_word(counted_holder[0])  # 'The two firms employ 3,000 people': the holder counted before
    if employer and bare_word(between[-1]) in HOLDING_VERBS and noun.lower() not in MEASURE_UNITS:
        held_by = f"{noun} {HOLDING_VERBS[bare_word(between[-1])]} by {employer}"  # 'the mill operates 3 kilns'
        return employees_of(noun, between[-1], employer) or held_by  # 'The two firms employ 3,000 people'
    modifier = between[-1:] if len(between) > 1 and _modifies_count(between[-2], between[-1]) else []
    if tail and (bare_word(tail[0]) in PREPOSITIONS or bare_word(tail[0]) not in FUNCTION):
        return tidy_phrase([*modifier, noun, *tail])  # 'the original three books in the series'
    if between and between[-1].endswith(("'s", "’s")) and between[-1][:1].isupper():
        return tidy_phrase([between[-1], noun])  # "one of Saturn's 146 moons" -> "Saturn's moons"
    if len(noun.split()) > 1:
        return noun
    if modifier:
        return tidy_phrase([*modifier, noun])  # 'our loyal 120 suppliers' -> 'loyal suppliers'
    holds = bare_word(between[-1]) in HOLDING_PREPOSITIONS if between else False
    if len(between) > 1 and holds and noun.lower() not in MEASURE_UNITS:
        if is_verb(between[-2]) and bare_word(between[-1]) not in {"of", "to"}:
            return tidy_phrase([noun, as_participle(between[-2]), between[-1]])  # 'interfered with 9 evictions'
        holder = noun_phrase_back(between[:-1])
        if holder and bare_word(holder[0]) not in NOT_NAMED_QUANTITIES:
            return tidy_phrase([*holder, between[-1], noun])  # "orders for 400 jets", "buyers from 30 nations"
    if between and bare_word(between[-1]) == "of":
        named = noun_phrase_back(between[:-1])
        if named and bare_word(named[0]) not in NOT_NAMED_QUANTITIES:
            return tidy_phrase(named)
    if len(between) > 1 and bare_word(between[-1]) in {"has", "have", "had"} and noun.lower() not in MEASURE_UNITS:
        owner = tidy_phrase(noun_phrase_back(_without_modal(between[:-1])))  # 'the line will have 19 stations'
        if owner:
            return f"{noun} of {owner}"  # 'the city has 1.2 million residents' -> 'residents of city'
    if len(between) > 1 and bare_word(between[-1]) not in FUNCTION_OR_PREPOSITION and between[-1][:1].islower():
        subject = noun_phrase_back(between[:-1])
        if subject and tidy_phrase(subject):
            if noun.lower() in MEASURE_UNITS:
                return tidy_phrase([*subject, between[-1]])  # 'the bridge spans 1,200 feet' -> 'bridge spans'
            held = HOLDING_VERBS.get(bare_word(between[-1]))
            if held:
                return f"{noun} {held} by {tidy_phrase(subject)}"  # 'the mill employs 300 people'
            return f"{tidy_phrase(subject)} {noun}"
    return noun if len(noun.split()) > 1 else None


_RATE_ITSELF = frozenset({"equivalent", "rate", "ratio"})
"""Words before 'of' that name a rate as a rate, not what it is a value of."""


_NOT_NAMED_QUANTITY_OR_RATE_ITSELF = NOT_NAMED_QUANTITIES | _RATE_ITSELF


def _named_rate(between: list[str]) -> str | None:
    """'an average density of' -> 'average density': the quantity a rate in units ('grams per cubic centimeter')
    is a value of, named before 'of' ('average', 'rate' or 'equivalent' alone names none)."""
    named = noun_phrase_back(between[:-1]) if between and bare_word(between[-1]) == "of" else []
    if len(named) == 1 and bare_word(named[0]) in _NOT_NAMED_QUANTITY_OR_RATE_ITSELF:
        return None  # 'the equivalent of 55 miles per gallon', 'a ratio of 30 pupils per teacher': the units say more
    return tidy_phrase(named) if named else None


def _modifies_count(determiner: str, word: str) -> bool:
    """'the original' before 'two films', and a word of a series after an owner or 'the' ('his last eight games',
    'the next six races'): the words a reader keeps before the counted noun."""
    return is_modifier(determiner, word) or (
        bare_word(determiner) in DETERMINERS and word[:1].islower() and bare_word(word) in SERIES
    )


def _without_modal(words: list[str]) -> list[str]:
    """'the new line will' -> 'the new line': a modal between an owner and 'have' is no part of the owner."""
    return words[:-1] if len(words) > 1 and bare_word(words[-1]) in MODALS - {"and"} else words


def series_noun(words: list[str]) -> str | None:
    """The plural noun a part is taken from ('of its last 14 games' -> 'games'), before any preposition."""
    for word in words:
        b = bare_word(word)
        if b in PREPOSITIONS or b in AUXILIARIES or b in RELATIVES:
            return None
        if is_plural_noun(b) and b not in FUNCTION:
            return b
    return None


def verb_before_owner(between: list[str]) -> str | None:
    """ "Raiders destroyed the council's six trucks" -> 'destroyed': the verb whose object is the count, an owner's
    possessive between them ('the council's', "Mr Reyes's"); None when no verb comes before the owner."""
    if not between or not between[-1].endswith(POSSESSIVE_ENDS):
        return None
    owner = 1
    while owner < min(len(between), 4) and (
        between[-owner - 1][:1].isupper() or bare_word(between[-owner - 1]) in DETERMINERS
    ):
        owner += 1
    verb = between[-owner - 1] if owner < len(between) else None
    return verb if verb is not None and is_verb(verb) else None
