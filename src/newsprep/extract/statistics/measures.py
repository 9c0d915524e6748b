"""What a statistic measures: a short phrase read from the shape of its clause, not a window of words.

The clause around the number is split into words; a handful of structures name the measure (each has a test
with an invented sentence):

- a share of a group: '40% of the tenants' -> 'tenants'; 'half of the riders surveyed' -> 'riders surveyed';
- a change: 'exports fell 35%' -> 'fall in exports'; 'shares are up 4%' -> 'rise in shares';
  'a 5% rise in rents' -> 'rise in rents';
- a named quantity: 'a margin of error of 3 points' -> 'margin of error'; 'revenue of $2 billion' -> 'revenue';
  'unemployment stood at 4%' -> 'unemployment';
- money spent on something: '$5 million for road repairs' -> 'road repairs'; 'will invest $2 million in the
  yard' -> 'investment in the yard'; 'the firm earned $3 billion' -> 'firm earnings';
- what a count counts: '9 people were injured' -> 'people injured'; 'crews rescued 63 people from rooftops'
  -> 'people rescued from rooftops'; '12 homes without power' -> 'homes without power';
- a share in brackets after what it is a share of: 'renters (40%)' -> 'renters'.

Another number in the clause (the other side of a comparison, the start of a change) is never part of the
phrase. A phrase that would be a lone function word or only the count's unit is no phrase (None).
"""

from __future__ import annotations

from newsprep.extract.statistics.measure_clause import (
    after_other_quantity,
    before_as,
    before_quantities,
    bracketed,
    clause_words,
    dimension_phrase,
    distance_phrase,
    first_content,
    in_brackets,
    is_a_measure,
    is_modifier,
    is_verb,
    names_a_time,
    noun_phrase_back,
    noun_phrase_forward,
    participle_after,
    relative_holder,
    scorer_of,
    strip_qualifiers,
    subject_words,
    tail_words,
    tidy_phrase,
    without_auxiliaries,
    without_time,
)
from newsprep.extract.statistics.measure_words import (
    AUXILIARIES,
    CASUALTIES,
    CHANGE_AFTER,
    CHANGE_NOUNS,
    CLOSING_NOUNS,
    CONNECTORS,
    DETERMINERS,
    DIMENSIONS,
    DISTANCE_UNITS,
    FUNCTION,
    HOLDING_VERBS,
    LEVEL_VERBS,
    MAX_MEASURE_WORDS,
    MAX_TAIL_WORDS,
    MEASURE_UNITS,
    MODALS,
    MONEY_NOUNS,
    NOT_NAMED_QUANTITIES,
    NUDGES,
    NUMBER_WORDS,
    PARTICLES,
    PREPOSITIONS,
    PRICE_AT,
    PRICE_VERBS,
    PROJECTIONS,
    RELATIVES,
    REPORTING,
    SCORING_NOUNS,
    SERIES,
    STEADY,
    TIME_OBJECTS,
    TIME_STOPS,
    UP_DOWN,
    VAGUE,
    VALUING,
    bare_word,
)
from newsprep.extract.statistics.rules import is_plural_noun


def percent_measure(left: list[str], right: list[str], *, counted: bool = False) -> str | None:
    """What a share or a bare number measures; ``counted``: a bare count ('11 of its last 14 games')."""
    before, between = after_other_quantity(left)
    between = strip_qualifiers(without_time(between))
    rb = [bare_word(w) for w in right]
    if rb[:1] == ["of"]:
        group = right[1:]
        while group and (
            bare_word(group[0]) in DETERMINERS | SERIES or group[0][:1].isdigit() or bare_word(group[0]) in NUMBER_WORDS
        ):
            group = group[1:]  # 'of its last 14 games' -> 'games'
        series = _series_noun(right[1:5])
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
        return _following_noun(right) or _change_or_level(before, between) or _fallback(between or before)
    if not counted and between and bare_word(between[-1]) == "with" and not right and _named_subject(between[:-1]):
        return f"share for {_named_subject(between[:-1])}"  # 'Lind leads the field with 27%' -> 'share for Lind'
    return _change_or_level(before, between, right) or _following_noun(right) or _fallback(between or before)


def _named_subject(words: list[str]) -> str | None:
    """The name that opens a clause ('Lind leads the field with', 'The Greens finished third with')."""
    while words and bare_word(words[0]) in DETERMINERS | {"and", "while", "as", "but"}:
        words = words[1:]
    name: list[str] = []
    for word in words:
        if not word[:1].isupper() or word.endswith((",", ";", ":")) or bare_word(word) in FUNCTION:
            break
        name.append(word)
    return " ".join(name) if name and len(name) < len(words) else None


def _counted_by_clause(before: list[str], right: list[str]) -> str | None:
    """'The five firms, selected from eight that submitted bids' -> 'firms that submitted bids': the clause after a
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


def _series_noun(words: list[str]) -> str | None:
    """The plural noun a part is taken from ('of its last 14 games' -> 'games'), before any preposition."""
    for word in words:
        b = bare_word(word)
        if b in PREPOSITIONS or b in AUXILIARIES or b in RELATIVES:
            return None
        if is_plural_noun(b) and b not in FUNCTION:
            return b
    return None


def _closing_level(rest: list[str], verb: str | None = None) -> str | None:
    """'crude settled down $1.93, or 3%, at $55.12' / 'the index gained 1% to close at 3,120': the closing level."""
    moves = CHANGE_NOUNS.keys() | UP_DOWN.keys() | {"to"}
    if verb is None:
        while rest and bare_word(rest[-1]) in moves:
            rest = rest[:-1]
        verb, rest = (bare_word(rest[-1]), rest[:-1]) if rest else ("", rest)
    if verb not in CLOSING_NOUNS:
        return None
    while rest and bare_word(rest[-1]) in moves:
        rest = rest[:-1]
    subject = tidy_phrase(subject_words(rest))
    return f"{subject} {CLOSING_NOUNS[verb]}" if subject else CLOSING_NOUNS[verb]


def _change_or_level(before: list[str], between: list[str], right: list[str] | None = None) -> str | None:
    """'sales rose 5%' -> 'rise in sales'; 'sales rose 5% to $9 billion' -> 'sales' for the second number."""
    words = between
    if before and all(bare_word(w) in CONNECTORS for w in words):
        # 'X fell 3 points, or 1%, to 900': the level after the change's numbers is the level of X
        rest = before_quantities(before)
        changed = rest and bare_word(rest[-1]) in CHANGE_NOUNS.keys() | UP_DOWN.keys()
        if words and bare_word(words[-1]) in {"to", "from"} and changed:
            return tidy_phrase(subject_words(rest[:-1]))
        closing = _closing_level(rest) if words and bare_word(words[-1]) == "at" else None
        if closing:
            return closing
        if changed and words and all(bare_word(w) in {"or", "and"} for w in words):
            # 'crude fell 45 cents, or 0.7%': the same change restated
            subject = tidy_phrase(subject_words(rest[:-1]))
            moved = CHANGE_NOUNS.get(bare_word(rest[-1])) or UP_DOWN[bare_word(rest[-1])]
            return f"{moved} in {subject}" if subject else None
        rest = strip_qualifiers(rest)
        while len(rest) > 1 and bare_word(rest[-1]) in UP_DOWN:
            rest = rest[:-1]  # 'crude was down 30 cents at $56.80'
        if words and bare_word(words[-1]) in {"from", "with", "at"} and rest and bare_word(rest[-1]) in LEVEL_VERBS:
            return tidy_phrase(subject_words(rest[:-1]))
        return None
    last = [bare_word(w) for w in words[-2:]]
    if last[-1:] and last[-1] in UP_DOWN and last[0] == "of":
        words, last = words[:-1], last[:-1]
    if last[-1:] == ["by"]:
        words, last = words[:-1], last[:-1]
        verb_at = next((i for i in range(len(words) - 1, -1, -1) if bare_word(words[i]) in CHANGE_NOUNS), None)
        if verb_at is not None and 0 < len(words) - verb_at - 1 <= MAX_TAIL_WORDS:
            # 'the drug cut the risk of death by 30%' -> 'cut in risk of death'
            obj = tidy_phrase(words[verb_at + 1 :])
            if obj:
                return f"{CHANGE_NOUNS[bare_word(words[verb_at])]} in {obj}"
    if last and last[-1] in {"to", "at", "of", "for", "from"}:
        previous = words[:-1]
        if previous and bare_word(previous[-1]) in CLOSING_NOUNS and last[-1] == "at":
            return _closing_level(before_quantities(before) + previous[:-1], bare_word(previous[-1]))
        if previous and bare_word(previous[-1]) in CHANGE_NOUNS.keys() | LEVEL_VERBS | UP_DOWN.keys() | STEADY:
            while len(previous) > 1 and bare_word(previous[-2]) in CHANGE_NOUNS.keys() | AUXILIARIES | NUDGES:
                previous = previous[:-1]
            return tidy_phrase(subject_words(previous[:-1]))
        valued = next((i for i, w in enumerate(previous) if bare_word(w) in VALUING), None)
        if last[-1] == "at" and valued is not None:
            # 'the deal values the firm at $3 billion'; 'the painting was valued at $2 million'
            held = previous[valued + 1 :] or subject_words(previous[:valued])
            if tidy_phrase(held):
                return f"value of {tidy_phrase(held)}"
        if last[-1] in {"at", "for"} and previous and PRICE_AT.search(" ".join(words)):
            return "starting price" if bare_word(previous[-1]).startswith("start") else "price"
        named = noun_phrase_back(previous)
        if named and (len(named) > 1 or bare_word(named[0]) not in NOT_NAMED_QUANTITIES):
            return tidy_phrase(named)
        return None
    if not words:
        return None
    verb = bare_word(words[-1])
    if verb in CHANGE_NOUNS or verb in UP_DOWN:
        noun = CHANGE_NOUNS.get(verb) or UP_DOWN[verb]
        rest = words[:-1]
        while rest and bare_word(rest[-1]) in CLOSING_NOUNS:
            rest = rest[:-1]  # 'crude settled down 2%'
        projection = next((bare_word(w) for w in rest[-4:] if bare_word(w) in PROJECTIONS), None)
        while rest and bare_word(rest[-1]) in PROJECTIONS | {"to"}:
            rest = rest[:-1]
        subject = subject_words([w for w in rest if bare_word(w) not in PROJECTIONS])
        if verb in UP_DOWN and not subject:
            return None
        head = f"{projection} {noun}" if projection else noun
        return f"{head} in {tidy_phrase(subject)}" if tidy_phrase(subject) else head
    if verb in LEVEL_VERBS or verb in NUDGES:
        level_of = tidy_phrase(subject_words(words[:-1]))
        after = right or []
        quality = tidy_phrase(tail_words(after)) if after and bare_word(after[0]) not in FUNCTION else None
        return f"{level_of} {quality}" if level_of and quality and after[0][:1].isalpha() else level_of
    return None


def _following_noun(right: list[str]) -> str | None:
    """'a 55% chance that ...' -> 'chance that ...'; '20% more powerful than X' -> 'more powerful than X'."""
    if right and bare_word(right[0]) in REPORTING:
        return tidy_phrase(without_auxiliaries(right))
    if not right or bare_word(right[0]) in FUNCTION - {"more", "less"} or not right[0][:1].isalpha():
        return None
    return tidy_phrase(tail_words(right, MAX_MEASURE_WORDS))


def _fallback(words: list[str]) -> str | None:
    """The clause's last words, after any other quantity (a comparison's other side is never the measure)."""
    words = subject_words(words) if any(bare_word(w) in REPORTING for w in words) else words
    numbers = [i for i, w in enumerate(words) if any(c.isdigit() for c in w)]
    if not numbers:
        return tidy_phrase(without_auxiliaries(words[-MAX_MEASURE_WORDS:]))
    after = tidy_phrase(without_auxiliaries(words[numbers[-1] + 1 :][-MAX_MEASURE_WORDS:]))
    # 'the number of cars for sale to grow from 16 currently to 80': what the first number measures
    return after or tidy_phrase(without_auxiliaries(words[: numbers[0]][-MAX_MEASURE_WORDS:]))


def money_measure(left: list[str], right: list[str]) -> str | None:
    before, between = after_other_quantity(left)
    follows_quantity = len(between) < len(left)
    between = strip_qualifiers(without_time(between))
    if [bare_word(w) for w in right[:2]] == ["worth", "of"]:
        right = right[2:]  # '$75 billion worth of goods'
    rb = [bare_word(w) for w in right]
    if between and bare_word(between[-1]) == "for":
        sold_at = next((i for i in range(len(between) - 2, -1, -1) if bare_word(between[i]) in PRICE_VERBS), None)
        item = tidy_phrase(between[sold_at + 1 : -1]) if sold_at is not None else None
        if item and sold_at is not None and len(between) - sold_at - 2 <= MAX_TAIL_WORDS:
            return f"price of {item}"  # 'Ithaca bought Big Machine for $300 million' -> 'price of Big Machine'
    verb_i = next((i for i in range(len(between) - 1, -1, -1) if bare_word(between[i]) in MONEY_NOUNS), None)
    nominal = MONEY_NOUNS[bare_word(between[verb_i])] if verb_i is not None else None
    if (
        rb[:1]
        and rb[0] in {"for", "on", "toward", "towards", "in", "to", "of"}
        and not names_a_time(rb[1:])
        and not (rb[0] == "to" and len(right) > 1 and right[1][:1].islower() and rb[1] not in DETERMINERS)
    ):
        obj = tidy_phrase(tail_words(right[1:]))
        if obj:
            return f"{nominal} {rb[0]} {obj}" if nominal and nominal != "cost" and rb[0] != "of" else obj
    if len(between) > 1 and bare_word(between[-1]) == "worth":
        valued = noun_phrase_back(between[:-1])
        if valued:
            return tidy_phrase(valued)  # 'jewelry worth $2 million'
    if between and bare_word(between[-1]) in {"of", "at"}:
        level = _change_or_level(before, between)
        if level:
            return level
    if rb[:1] and rb[0] in {"a", "per"} and "share" in rb[1:3]:
        return "earnings per " + " ".join(right[1 : rb.index("share", 1) + 1])
    timed = bool(rb) and (rb[0] in TIME_OBJECTS or rb[0] in TIME_STOPS or rb[0] in {"last", "next", "this"})
    if rb[:1] and rb[0] not in FUNCTION and right[0][:1].isalpha() and not timed:
        head = noun_phrase_forward(right)
        after_head = bare_word(right[len(head)]) if len(head) < len(right) else ""
        after_after = right[len(head) + 1] if len(head) + 1 < len(right) else ""
        infinitive = after_head == "to" and after_after[:1].islower() and bare_word(after_after) not in DETERMINERS
        if head and between and is_verb(between[-1]) and (after_head not in PREPOSITIONS or infinitive):
            return tidy_phrase([*head, between[-1]])
        return tidy_phrase(tail_words(right))
    if between and bare_word(between[0]) in {"and", "or"} and follows_quantity:  # '$2 million and $3 million'
        return None
    level = _change_or_level(before, between)
    if level:
        return level
    if verb_i is not None and nominal:
        subject = subject_words(between[:verb_i])
        recipient = tidy_phrase(between[verb_i + 1 :])
        if nominal == "payment" and recipient:
            return f"payment to {recipient}"
        if nominal == "cost" and tidy_phrase(subject):
            return f"cost of {tidy_phrase(subject)}"
        if nominal == "money received" and tidy_phrase(subject):
            return f"money received by {tidy_phrase(subject)}"
        purpose = tail_words(right[1:]) if rb[:1] == ["to"] and len(right) > 1 and right[1][:1].islower() else []
        if purpose and tidy_phrase(purpose):
            return f"{nominal} to {tidy_phrase(purpose)}"  # 'paid $2 million to settle the claims'
        return f"{tidy_phrase(subject)} {nominal}" if tidy_phrase(subject) else nominal
    return _fallback(between)


def count_measure(left: list[str], noun: str, right: list[str]) -> str | None:
    """What a count counts: its noun phrase and what the clause says happened to it."""
    counted = noun.split()
    while len(counted) > 1 and (bare_word(counted[0]) in NUMBER_WORDS | DETERMINERS or counted[0][:1].isdigit()):
        counted = counted[1:]  # 'two of the three requirements for life' -> 'requirements for life'
    noun = " ".join(counted)
    before, between = after_other_quantity(left)
    between = strip_qualifiers(between)
    while between and bare_word(between[-1]) in DETERMINERS - {"this", "that", "these", "those"}:
        between = between[:-1]
    if noun.lower() in DISTANCE_UNITS and (distance := distance_phrase(between, right)):
        return distance
    moved_to = [bare_word(w) for w in between[-2:]]
    changed_to = len(moved_to) == 2 and moved_to[1] == "to" and moved_to[0] in CHANGE_NOUNS.keys() | UP_DOWN.keys()
    # 'winds gusted to 75 mph', 'the river crested at 30 feet': a level in a unit of measure
    changed_to = changed_to or (
        len(moved_to) == 2 and moved_to[1] in {"to", "at"} and is_verb(between[-2]) and noun.lower() in MEASURE_UNITS
    )
    if changed_to and noun.lower() in MEASURE_UNITS and bare_word(between[-2]) not in CHANGE_NOUNS:
        return tidy_phrase(subject_words(between[:-2]))
    if changed_to or (before and between and all(bare_word(w) in CONNECTORS for w in between)):
        level = _change_or_level(before, between)
        if level:
            return level  # 'sales rose 6% to 2.3 million units' -> 'sales'
    if noun.lower() in MEASURE_UNITS and between and bare_word(between[-1]) in LEVEL_VERBS:
        level = _change_or_level(before, between)
        if level:
            return level  # 'temperatures reached 45 degrees' -> 'temperatures'
    if len(between) > 1 and bare_word(between[-1]) in LEVEL_VERBS - AUXILIARIES:
        total = tidy_phrase(subject_words(between[:-1]))
        if total:
            return total  # 'global sales totalled 10.3 million vehicles' -> 'global sales'
    words = list(right)
    if words and bare_word(words[0]) in {"was", "is", "has"}:
        words = []  # 'a survey of 12 states was done': a singular verb has another subject than the counted noun
    while words and bare_word(words[0]) in AUXILIARIES | RELATIVES:
        words = words[1:]
    tail = tail_words(words)
    if len(tail) < len(words) and all(bare_word(w) in PREPOSITIONS | DETERMINERS for w in tail):
        happened = participle_after(words[len(tail) :])
        if happened:
            return tidy_phrase([noun, happened])  # '106 protesters in 21 cities have been killed'
        tail = []  # '12,000 employees in 40 countries': the place is another count, not this one's measure
    after_first = [bare_word(w) for w in tail[1:]]
    if tail and (names_a_time(after_first) or first_content(after_first) == "end"):
        tail = []
    coordinated = len(tail) > 1 and bare_word(tail[0]) in {"and", "or"} and is_plural_noun(tail[1])
    if coordinated and bare_word(tail[1]) not in VAGUE and (len(tail) > 2 or len(words) <= 2):
        return tidy_phrase([noun, *tail[:2]])
    if right and bare_word(right[0]) in RELATIVES:
        clause = right[1:]
        while clause and bare_word(clause[0]) in {"are", "is", "was", "were", "been", "being"}:
            clause = clause[1:]
        if tail_words(clause):
            return tidy_phrase([noun, *tail_words(clause)])  # 'patients who had no insurance'
    after_verb = tail if tail and bare_word(tail[0]) in PREPOSITIONS else []
    of_part = after_verb if after_verb and bare_word(after_verb[0]) == "of" else []
    of_object = tidy_phrase(of_part[1:]) if of_part else None
    of_part = ["of", *of_object.split()] if of_object else []
    after_verb = [] if of_part else after_verb
    moved = CHANGE_NOUNS.keys() | UP_DOWN.keys()
    if between and bare_word(between[-1]) in moved and noun.split()[-1].lower() in MEASURE_UNITS:
        return _change_or_level([], between)
    if len(between) > 1 and bare_word(between[-1]) == "by" and bare_word(between[-2]) in CHANGE_NOUNS:
        return _change_or_level([], between)  # 'the population grew by 1.2 million people'
    if len(between) > 1 and bare_word(between[-1]) == "for" and is_verb(between[-2]) and noun in MEASURE_UNITS:
        doer = [w for w in noun_phrase_back(between[:-2]) if w[:1].isupper()]
        by = ["by", *doer] if doer else []
        return tidy_phrase([noun, between[-2], *by])  # 'Lee rushed for 101 yards' -> 'yards rushed by Lee'
    if len(between) > 1 and bare_word(between[-1]) in PARTICLES and is_verb(between[-2]):
        # 'the firm laid off 300 employees' -> 'employees laid off'
        return tidy_phrase([noun, between[-2], between[-1], *after_verb])
    if between and is_verb(between[-1]):
        return tidy_phrase([noun, *of_part, between[-1].strip(",;:"), *after_verb])
    if len(between) > 1 and bare_word(between[-2]) == "to" and bare_word(between[-1]) not in FUNCTION:
        return tidy_phrase([noun, *of_part, "to", between[-1].strip(",;:"), *after_verb])
    if len(between) > 1 and bare_word(between[-2]) in MODALS and bare_word(between[-1]) not in FUNCTION | AUXILIARIES:
        return tidy_phrase([noun, *of_part, "to", between[-1].strip(",;:"), *after_verb])  # "can produce 500 tons"
    modifier = between[-1:] if len(between) > 1 and is_modifier(between[-2], between[-1]) else []
    if tail and (bare_word(tail[0]) in PREPOSITIONS or bare_word(tail[0]) not in FUNCTION):
        return tidy_phrase([*modifier, noun, *tail])  # 'the original two films in the series'
    if between and between[-1].endswith(("'s", "’s")) and between[-1][:1].isupper():
        return tidy_phrase([between[-1], noun])  # "one of Jupiter's 79 moons" -> "Jupiter's moons"
    if len(noun.split()) > 1:
        return noun
    holds = bare_word(between[-1]) in {"for", "of", "in", "on", "to", "among"} if between else False
    if len(between) > 1 and holds and noun.lower() not in MEASURE_UNITS:
        holder = noun_phrase_back(between[:-1])
        if holder and bare_word(holder[0]) not in NOT_NAMED_QUANTITIES:
            return tidy_phrase([*holder, between[-1], noun])  # "orders for 400 jets"
    if between and bare_word(between[-1]) == "of":
        named = noun_phrase_back(between[:-1])
        if named and bare_word(named[0]) not in NOT_NAMED_QUANTITIES:
            return tidy_phrase(named)
    if len(between) > 1 and bare_word(between[-1]) in {"has", "have", "had"} and noun.lower() not in MEASURE_UNITS:
        owner = tidy_phrase(noun_phrase_back(between[:-1]))
        if owner:
            return f"{noun} of {owner}"  # 'the city has 1.2 million residents' -> 'residents of city'
    if len(between) > 1 and bare_word(between[-1]) not in FUNCTION | PREPOSITIONS and between[-1][:1].islower():
        subject = noun_phrase_back(between[:-1])
        if subject and tidy_phrase(subject):
            if noun.lower() in MEASURE_UNITS:
                return tidy_phrase([*subject, between[-1]])  # 'the bridge spans 1,200 feet' -> 'bridge spans'
            held = HOLDING_VERBS.get(bare_word(between[-1]))
            if held:
                return f"{noun} {held} by {tidy_phrase(subject)}"  # 'the mill employs 300 people'
            return f"{tidy_phrase(subject)} {noun}"
    return noun if len(noun.split()) > 1 else None


def measures_of(
    text: str, sentence: tuple[int, int], start: int, end: int, *, kind: str, noun_phrase: str | None, unit: str
) -> str | None:
    """What the number between ``start`` and ``end`` (with its counted noun, for a count) measures, or None.

    ``text`` is the paragraph, ``sentence`` the span of the number's sentence in it.
    """
    left, right = clause_words(text, sentence, start, end)
    scorer = scorer_of(text[sentence[0] : start].split()) if kind == "count" and noun_phrase else None
    phrase: str | None = None
    if kind == "count":
        if noun_phrase and scorer and noun_phrase.split()[-1].lower() in SCORING_NOUNS:
            phrase = f"{noun_phrase.split()[-1]} by {scorer}"  # 'Ann had 9 points, 4 assists' -> 'assists by Ann'
        elif noun_phrase:
            phrase = count_measure(left, noun_phrase, right)
        elif relative_holder(left) and right and right[0][:1].isalpha() and bare_word(right[0]) not in FUNCTION:
            phrase = tidy_phrase([*relative_holder(left), right[0]])  # 'an engine which produces 471 horsepower'
        elif right and bare_word(right[0]) in CASUALTIES:
            phrase = f"people {bare_word(right[0])}"  # 'the blast left 3 dead and 12 wounded' -> 'people wounded'
        elif right and bare_word(right[0]) in {"that", "who"}:
            phrase = _counted_by_clause(text[sentence[0] : start].split(), right)
        elif right and bare_word(right[0]) in AUXILIARIES and participle_after(right):
            phrase = participle_after(right)  # 'as many as 200 have been killed' -> 'killed'
        else:
            unit_word = bool(right) and right[0][:1].isalpha() and bare_word(right[0]) not in FUNCTION | PREPOSITIONS
            phrase = percent_measure(left, right[1:] if unit_word else right, counted=True)
    elif kind == "size":
        phrase = tidy_phrase(noun_phrase_forward(right))  # 'a 275-horsepower motor' -> 'motor'
    elif kind == "money":
        phrase = money_measure(left, right)
    elif in_brackets(text, start, end):
        phrase = bracketed(text, sentence, start)
    else:
        if kind == "times" and right and bare_word(right[0]) in {"the", "as"}:
            right = right[1:]  # 'twice the rate of', 'three times as many'
        if kind == "times" and len(right) > 1 and bare_word(right[0]) in {"much", "many"}:
            right = before_as(right[1:])  # 'twice as much water as the oceans' -> 'water'
        phrase = percent_measure(left, right)
    named = unit.split() if kind == "size" else (noun_phrase or (right[0] if right else "")).split()
    dimension = DIMENSIONS.get(bare_word(named[-1])) if named else None
    if dimension and not (phrase and dimension in phrase.lower().split()):
        after = right if kind == "size" or noun_phrase else right[1:]
        phrase = dimension_phrase(left, after, dimension)
    return phrase if is_a_measure(phrase, unit) else None
