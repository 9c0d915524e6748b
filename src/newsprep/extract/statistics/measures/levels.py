"""A level or a change of what a number measures: 'sales rose 5%' -> 'rise in sales'; 'the index gained 1% to close at
3,120' -> 'index close'; 'crude was down 30 cents at $56.80' -> 'crude'."""

from __future__ import annotations

from newsprep.extract.statistics.measures.clause import (
    COPULAS,
    before_quantities,
    is_verb,
    noun_phrase_back,
    noun_phrase_forward,
    strip_qualifiers,
    subject_words,
    tail_words,
    tidy_phrase,
)
from newsprep.extract.statistics.measures.word_class_unions import CHANGE_OR_DIRECTION_WORD, FUNCTION_OR_PREPOSITION
from newsprep.extract.statistics.measures.word_classes import (
    AUXILIARIES,
    CHANGE_NOUNS,
    CLOSING_NOUNS,
    CONNECTORS,
    DETERMINERS,
    FUNCTION,
    LEVEL_VERBS,
    MAX_TAIL_WORDS,
    NOT_NAMED_QUANTITIES,
    NUDGES,
    PRICE_AT,
    PROJECTIONS,
    STEADY,
    STEADY_HEDGES,
    TIME_STOPS,
    UP_DOWN,
    VALUING,
    bare_word,
)
from newsprep.text import word_set

_CHANGE_DIRECTION_OR_TO = CHANGE_OR_DIRECTION_WORD | {"to"}


def closing_level(rest: list[str], verb: str | None = None) -> str | None:
    """'crude settled down $1.93, or 3%, at $55.12' / 'the index gained 1% to close at 3,120': the closing level."""
    if verb is None:
        while rest and bare_word(rest[-1]) in _CHANGE_DIRECTION_OR_TO:
            rest = rest[:-1]
        verb, rest = (bare_word(rest[-1]), rest[:-1]) if rest else ("", rest)
    if verb not in CLOSING_NOUNS:
        return None
    while rest and bare_word(rest[-1]) in _CHANGE_DIRECTION_OR_TO:
        rest = rest[:-1]
    subject = tidy_phrase(subject_words(rest))
    return f"{subject} {CLOSING_NOUNS[verb]}" if subject else CLOSING_NOUNS[verb]


BRINGING = frozenset({"brings", "bring", "brought", "bringing", "pushes", "pushed", "pushing", "lifts", "lifted"})
"""'brings / pushes X to $Y': the level X reaches."""


_NOT_ADVERBS = frozenset(
    {"family", "supply", "rally", "early", "only", "assembly", "monopoly", "anomaly", "ally", "reply", "apply", "italy"}
)


def _is_adverb(word: str) -> bool:
    """'sharply', 'slightly', 'steadily': a manner adverb (lowercase, -ly), not 'family' or 'July'."""
    return word.islower() and len(word) > 4 and word.endswith("ly") and word not in _NOT_ADVERBS


def changed_object(words: list[str]) -> tuple[str, str] | None:
    """The change and what it changed, for the words before 'by' ('cut the risk of death' -> ('cut', 'risk of
    death'); a phrasal verb: 'edged up its forecast for Peru' -> ('rise', 'forecast for Peru'))."""
    for i in range(len(words) - 1, -1, -1):
        word = bare_word(words[i])
        phrasal = word in UP_DOWN and i > 0 and bare_word(words[i - 1]).endswith("ed")
        if word in CHANGE_NOUNS or phrasal:
            obj = tidy_phrase(words[i + 1 :]) if 0 < len(words) - i - 1 <= MAX_TAIL_WORDS else None
            return (CHANGE_NOUNS.get(word) or UP_DOWN[word], obj) if obj else None
    return None


def changed_by(between: list[str]) -> str | None:
    """'the diet cut daily intake by 441 calories', 'raised prices by $5' -> 'cut in daily intake', 'rise in prices':
    a count or an amount after a change verb's object and 'by' is the size of the change."""
    if [bare_word(w) for w in between[-4:]] == ["by", "an", "average", "of"]:
        between = between[:-3]  # 'cut intake by an average of 441 calories'
    if len(between) < 3 or bare_word(between[-1]) != "by":
        return None
    cut_by = changed_object(between[:-1])
    if cut_by:
        return f"{cut_by[0]} in {cut_by[1]}"
    raised_at = next((i for i in range(len(between) - 2, -1, -1) if bare_word(between[i]) in _RAISING), None)
    if raised_at is None or len(between) - raised_at - 2 > MAX_TAIL_WORDS:
        return None
    raised = tidy_phrase(between[raised_at + 1 : -1])
    return f"rise in {raised}" if raised else None


_LEVEL_STEPS = CHANGE_NOUNS.keys() | AUXILIARIES | NUDGES | STEADY_HEDGES
TOPPING_OUT = frozenset({"tops", "topped", "topping", "top", "maxes", "maxed", "bottoms", "bottomed"})
"""Verbs that take 'out' before a level: 'tops out at $1,499', 'bottomed out at 2%'."""
"""Words between a level verb and its subject: 'had edged', 'was little (changed)'."""
_RAISING = frozenset({"raised", "raise", "raises", "raising", "hiked", "hike", "hikes", "lifted", "boosted"})
"""'raised prices by $5': a rise in prices (without 'by' a sum raised is money raised)."""


TRADED = frozenset({"traded", "trades", "trading"})
DAY_WORDS = TIME_STOPS - {"so", "year", "week", "month", "quarter", "day", "season"}
"""Days and months ('Tuesday', 'June', 'yesterday'): a time, never what a level measures."""
"""'Wholesale gas traded at 118 pence': a market's price of what its sentence opens with."""


_CHANGE_NOUN_LEVEL_VERB_DIRECTION_OR_STEADY = CHANGE_NOUNS.keys() | LEVEL_VERBS | UP_DOWN.keys() | STEADY
_PROJECTION_OR_TO = PROJECTIONS | frozenset({"to"})


def change_or_level(before: list[str], between: list[str], right: list[str] | None = None) -> str | None:
    """'sales rose 5%' -> 'rise in sales'; 'sales rose 5% to $9 billion' -> 'sales' for the second number."""
    words = between
    if before and all(bare_word(w) in CONNECTORS for w in words):
        # 'X fell 3 points, or 1%, to 900': the level after the change's numbers is the level of X
        rest = before_quantities(before)
        changed = rest and bare_word(rest[-1]) in CHANGE_OR_DIRECTION_WORD
        if words and bare_word(words[-1]) in {"to", "from"} and changed:
            return tidy_phrase(subject_words(rest[:-1]))
        if words and bare_word(words[-1]) == "to" and bare_word(before[-1]) == "by":
            # 'edged up its forecast for Peru by 0.2 points to 2.1%' -> 'forecast for Peru'
            changed_by = changed_object(before[:-1])
            if changed_by:
                return changed_by[1]
        closing = closing_level(rest) if words and bare_word(words[-1]) == "at" else None
        if closing:
            return closing
        if changed and words and all(bare_word(w) in {"or", "and"} for w in words):
            # 'crude fell 45 cents, or 0.7%': the same change restated
            changed_subject = tidy_phrase(subject_words(rest[:-1]))
            moved = CHANGE_NOUNS.get(bare_word(rest[-1])) or UP_DOWN[bare_word(rest[-1])]
            return f"{moved} in {changed_subject}" if changed_subject else None
        rest = strip_qualifiers(rest)
        while len(rest) > 1 and bare_word(rest[-1]) in UP_DOWN:
            rest = rest[:-1]  # 'crude was down 30 cents at $56.80'
        if words and bare_word(words[-1]) in {"from", "with", "at"} and rest and bare_word(rest[-1]) in LEVEL_VERBS:
            return tidy_phrase(subject_words(rest[:-1]))
        return None
    if len(words) > 2 and bare_word(words[-3]) == "by" and bare_word(words[-2]) in {"a", "an"}:
        words = words[:-2]  # 'exports will climb by a modest 2%': the change, without its adjective
    last = [bare_word(w) for w in words[-2:]]
    if last[-1:] and last[-1] in UP_DOWN and last[0] == "of":
        words, last = words[:-1], last[:-1]
    if last[-1:] == ["by"]:
        words, last = words[:-1], last[:-1]
        cut_by = changed_object(words)
        if cut_by:
            return f"{cut_by[0]} in {cut_by[1]}"  # 'the drug cut the risk of death by 30%' -> 'cut in risk of death'
    if last and last[-1] in {"to", "at", "of", "for", "from"}:
        previous = words[:-1]
        while last[-1] == "from" and len(previous) > 1 and _is_adverb(previous[-1]):
            previous = previous[:-1]  # 'the index fell sharply from 5,400': the change, without its adverb
        if len(previous) > 1 and bare_word(previous[-1]) == "out" and bare_word(previous[-2]) in TOPPING_OUT:
            previous = previous[:-1]  # 'the Max model tops out at $1,499': the level the model reaches
        while len(previous) > 1 and bare_word(previous[-1]) in DAY_WORDS and is_verb(previous[-2]):
            previous = previous[:-1]  # 'the shares closed Tuesday at $142.30': the verb, without its day
        if previous and bare_word(previous[-1]) in CLOSING_NOUNS and last[-1] == "at":
            return closing_level(before_quantities(before) + previous[:-1], bare_word(previous[-1]))
        if last[-1] == "of" and (change := change_noun_of(previous, right or [])):
            return change  # 'the council approved a fresh cut of 2%' -> 'cut': a noun, not 'rose to 5%'
        if previous and bare_word(previous[-1]) in _CHANGE_NOUN_LEVEL_VERB_DIRECTION_OR_STEADY:
            while len(previous) > 1 and bare_word(previous[-2]) in _LEVEL_STEPS:
                previous = previous[:-1]
            return tidy_phrase(subject_words(previous[:-1]))
        brought = next((i for i in range(len(previous) - 1, -1, -1) if bare_word(previous[i]) in BRINGING), None)
        if last[-1] == "to" and brought is not None and tidy_phrase(previous[brought + 1 :]):
            return tidy_phrase(previous[brought + 1 :])  # 'that brings her pledge to the fund to $9 million'
        valued = next((i for i, w in enumerate(previous) if bare_word(w) in VALUING), None)
        if last[-1] == "at" and valued is not None:
            # 'the deal values the firm at $3 billion'; 'the painting was valued at $2 million'
            held = previous[valued + 1 :] or subject_words(previous[:valued])
            if tidy_phrase(held):
                return f"value of {tidy_phrase(held)}"
        if last[-1] in {"at", "for"} and previous and PRICE_AT.search(" ".join(words)):
            priced = "starting price" if bare_word(previous[-1]).startswith("start") else "price"
            traded = tidy_phrase(subject_words(previous[:-1])) if bare_word(previous[-1]) in TRADED else None
            return f"{priced} of {traded}" if traded else priced  # 'gas traded at 118 pence' -> 'price of gas'
        named = noun_phrase_back(previous)
        timed = len(previous) - len(named) - 1  # 'the odds of a cut in June at 70%': the time is the cut's
        if named and all(bare_word(w) in DAY_WORDS for w in named) and timed > 0 and previous[timed] in {"in", "on"}:
            named = noun_phrase_back(previous[:timed]) + previous[timed:]
        if named and (len(named) > 1 or bare_word(named[0]) not in NOT_NAMED_QUANTITIES):
            return holder_of_named(previous[: len(previous) - len(named)], tidy_phrase(named))
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
        while rest and bare_word(rest[-1]) in _PROJECTION_OR_TO:
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
    transitive = changed_object(words)
    if transitive and transitive[0] in {"cut", "increase"}:
        return f"{transitive[0]} in {transitive[1]}"  # 'a pledge to reduce emissions 40 percent' -> 'cut in emissions'
    return None


def holder_of_named(before: list[str], named: str | None) -> str | None:
    """A named quantity with the subject of the verb it is the object of ('the top earners took home a median pay
    of $90,000' -> 'median pay of top earners'); the quantity alone where the verb has no named subject."""
    while before and bare_word(before[-1]) in DETERMINERS:
        before = before[:-1]
    if not named or len(before) < 2 or not is_verb(before[-1]) or bare_word(before[-2]) in FUNCTION_OR_PREPOSITION:
        return named
    subject = subject_words(before[:-1])
    if not subject or bare_word(subject[0]) in FUNCTION - DETERMINERS or len(subject) > MAX_TAIL_WORDS:
        return named
    held = tidy_phrase(subject)
    return f"{named} of {held}" if held else named


_CHANGE_ADJECTIVES = word_set("another further fresh modest sharp steep small slight big")
_UNDERGOING = word_set("posted posts recorded records reported reports saw sees suffered suffers showed shows logged")
"""Verbs whose subject is what changed ('the miner posted a fall of 12%'), not who made the change."""


def change_noun_of(previous: list[str], right: list[str]) -> str | None:
    """'the council approved a fresh cut of 2%' -> 'cut'; 'the union won a rise of 3% in wages' -> 'rise in wages':
    a change named by its noun, the object of a verb ('approved a cut of'), is what the number measures; the verb's
    subject is who made or expects the change, not what changed (so no 'cut in council'). ``previous``: the words
    before 'of'. Not after a copula ('That is a drop of 35%') nor after a comma ('480 from 610, a decline of 21%'),
    where the change is the sentence's own."""
    if len(previous) < 3 or bare_word(previous[-1]) not in CHANGE_NOUNS:
        return None
    opening = len(previous) - 2
    if bare_word(previous[opening]) in _CHANGE_ADJECTIVES and opening > 1:
        opening -= 1
    verb = previous[opening - 1]
    if bare_word(previous[opening]) not in DETERMINERS or not is_verb(verb) or bare_word(verb) in COPULAS:
        return None
    noun = CHANGE_NOUNS[bare_word(previous[-1])]
    if right[:1] and bare_word(right[0]) == "in" and (changed := tidy_phrase(noun_phrase_forward(right[1:]))):
        return f"{noun} in {changed}"
    undergone = bare_word(verb) in _UNDERGOING and tidy_phrase(subject_words(previous[: opening - 1]))
    return (
        f"{noun} in {undergone}" if undergone else noun
    )  # 'Dray Mining posted a fall of 12%' -> 'fall in Dray Mining'
