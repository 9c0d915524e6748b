"""Measures a verb of estimating or listing names before 'at', and levels a noun names before 'of' (round 9; tests in
``tests/stages/statistics/test_statistics_genres.py``):

- an estimate: 'the firm put insured losses at $2.5 billion' -> 'insured losses'; 'officials estimated the damage at
  $40 million' -> 'damage' (both ends of a range after it too);
- a listing: 'the house is listed at $640,000' -> 'listing price';
- a level a change took something to: 'lifted its base rate by half a point to an eight-year high of 6.5 per cent' ->
  'base rate' (round 11);
- a figure set in the passive: 'the budget for the bridge is set at $40 million' -> 'budget for the bridge' (round
  11, ``tests/stages/statistics/measures/test_casualty_lists_parts_and_periods.py``);
- a level in a physical unit named before 'of': 'sustained winds of 85 mph' -> 'sustained winds'; 'gusts up to 110
  mph' -> 'gusts'.
"""

from __future__ import annotations

import re

from newsprep.extract.statistics.measures.clause import is_verb, noun_phrase_back, strip_qualifiers, tidy_phrase
from newsprep.extract.statistics.measures.word_classes import (
    AUXILIARIES,
    BEING_FORMS,
    CHANGE_NOUNS,
    MEASURE_UNITS,
    REPORTING,
    STANDING_ADVERBS,
    bare_word,
)
from newsprep.extract.statistics.words import is_plural_noun
from newsprep.text import word_set

ESTIMATING_VERBS = word_set("put puts putting estimated estimates estimating pegged pegs pegging set sets setting")
"""Verbs whose object is the measure of the figure after 'at': 'put the toll at', 'pegged the cost at', 'set the quota
at' ('valuing the bank at' gives the bank's value, which the money rules say)."""
_PHRASAL_PARTICLES = word_set("up out off aside down back in")
"""'set up at', 'set aside at': a phrasal verb, whose 'at' is a place or a time, not an estimate."""
_OBJECT_RELATIVES = word_set("that which")
_PRONOUN_SUBJECTS = word_set("it they he she we")
"""'a loss it put at $310,000': a pronoun subject between an object and its estimating verb."""
LISTING_VERBS = word_set("listed relisted")
"""'listed at $640,000': the price a seller asks."""
PHYSICAL_UNITS = (MEASURE_UNITS | word_set("kilometres centimetres centimeters millimetres millimeters")) - word_set(
    "points point cents"
)
"""Units of a level read off an instrument ('85 mph', '50 meters', '30 centimetres'); points and cents move with
markets instead."""
MAX_ESTIMATED_WORDS = 5


def estimated_measure(sentence_before: list[str], *, money: bool) -> str | None:
    """'put insured losses at' -> 'insured losses'; 'is listed at' -> 'listing price'; None when the words before the
    number do not end in 'at' (or 'for', after a listing verb) after such a verb."""
    if not any(bare_word(w) in {"at", "for"} for w in sentence_before[-4:]):
        return None  # cheap: most numbers follow neither
    words = strip_qualifiers(sentence_before)
    if len(words) < 2 or bare_word(words[-1]) not in {"at", "for"}:
        return None
    if bare_word(words[-2]) in LISTING_VERBS:
        return "listing price" if money else None
    if bare_word(words[-1]) != "at":
        return None
    if len(words) > 3 and bare_word(words[-2]) in SETTING_PARTICIPLES:
        being = len(words) - 3 if bare_word(words[-3]) not in STANDING_ADVERBS else len(words) - 4
        if being > 0 and bare_word(words[being]) in BEING_FORMS:
            return passive_subject(words[:being])  # 'The budget for the bridge is set at $40 million'
    at = next(
        (i for i in range(len(words) - 2, max(-1, len(words) - 3 - MAX_ESTIMATED_WORDS), -1)
         if bare_word(words[i]) in ESTIMATING_VERBS),
        None,
    )  # fmt: skip
    if at is None or any(w.endswith((",", ";", ":")) for w in words[at:-1]):
        return None
    if at == len(words) - 2:
        return estimated_before_subject(words[:at])  # 'a loss it put at', 'damage that officials estimated at'
    if bare_word(words[at + 1]) in _PHRASAL_PARTICLES:
        return None
    return tidy_phrase(words[at + 1 : -1])


def estimated_before_subject(words: list[str]) -> str | None:
    """The object of an estimate told before its subject, in a relative clause: 'a loss it put at' -> 'loss';
    'damage that officials estimated at' -> 'damage'. The subject is a pronoun, or one or two words after 'that' or
    'which'; the object is the noun phrase before it."""
    if not words:
        return None
    if bare_word(words[-1]) in _PRONOUN_SUBJECTS:
        object_end = len(words) - 1
        if object_end and bare_word(words[object_end - 1]) in _OBJECT_RELATIVES:
            object_end -= 1  # 'damage that it estimated at'
    else:
        relative = next(
            (i for i in range(len(words) - 2, max(-1, len(words) - 4), -1) if bare_word(words[i]) in _OBJECT_RELATIVES),
            None,
        )  # fmt: skip
        if relative is None or any(w.endswith((",", ";", ":")) for w in words[relative:]):
            return None
        object_end = relative
    named = noun_phrase_back(words[:object_end])
    if not named or not named[-1][:1].islower() or is_verb(named[-1]):
        return None
    return tidy_phrase(named)


SETTING_PARTICIPLES = word_set("set fixed put pegged estimated capped")
"""Participles that set a figure after 'at' in the passive: 'the budget is set at', 'the toll was put at'."""
MAX_SUBJECT_WORDS = 10


def passive_subject(words: list[str]) -> str | None:
    """The subject of a passive setting ('The budget for the bridge' before 'is set at'): the clause's words before
    the auxiliary, when they are few and hold no comma (else the subject is not plainly told)."""
    reported = [i for i, w in enumerate(words) if bare_word(w) in REPORTING]
    words = words[reported[-1] + 1 :] if reported else words  # 'Officials said the budget is set at'
    verb = next((i for i, w in enumerate(words) if bare_word(w) in AUXILIARIES or is_verb(w)), len(words))
    words = words[:verb]  # 'The crowd has grown and is now put at': the subject ends at its own verb
    if not words or len(words) > MAX_SUBJECT_WORDS or any(w.endswith((",", ";", ":")) for w in words):
        return None
    return tidy_phrase(words)


def level_named_before(sentence_before: list[str], unit: str, right: list[str]) -> str | None:
    """'sustained winds of 85 mph' -> 'sustained winds'; 'and gusts up to 110 mph' -> 'gusts': a level in a physical
    unit belongs to the noun just before it, not to the words after its unit (a rate, 'miles per gallon', is
    ``rate_measure``'s)."""
    if unit.lower() not in PHYSICAL_UNITS or [bare_word(w) for w in right[:1]] == ["per"]:
        return None
    words = strip_qualifiers(sentence_before)
    if not words:
        return None
    if bare_word(words[-1]) == "of":
        named = noun_phrase_back(words[:-1])
        if not named or bare_word(named[-1]) in CHANGE_NOUNS or not named[-1][:1].isalpha():
            return None
        changed = [bare_word(w) for w in words[-3 - len(named) : -1 - len(named)]]
        if len(changed) == 2 and changed[1] == "in" and changed[0] in CHANGE_NOUNS:
            return f"{CHANGE_NOUNS[changed[0]]} in {tidy_phrase(named)}"  # 'a rise in river levels of 30 centimetres'
        return tidy_phrase(named)
    last, joined = words[-1], bare_word(words[-2]) if len(words) > 1 else ""
    if joined in {"and", "with", "plus"} and last[:1].islower() and is_plural_noun(last) and not is_verb(last):
        return bare_word(last)  # 'and gusts up to 110 mph'
    return None


_CHANGED_TO = re.compile(
    r"\b(?:cut|cuts|raised|raises|lifted|lifts|lowered|lowers|trimmed|slashed|hiked|reduced)\s+"
    r"(?:(?:its|their|the|a|an|his|her|our)\s+)?(?P<object>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)"
    r"(?:\s*,[^,]*,)?\s+by\s+[^,;:]*?\bto(?:\s+an?\s+(?:[\w-]+\s+)?(?:low|high)\s+of)?\s*$"
)
"""'lifted its base rate by half a point to (an eight-year high of)': the object of a change by an amount, then 'to'
and the level it reached (an aside after the object may hold its own commas: 'the lending rate, at which banks
borrow,')."""


def level_after_change(before: str) -> str | None:
    """'The bank lifted its base rate by half a point to an eight-year high of 6.5 per cent' -> 'base rate': the level a
    change took something to measures the thing changed, not the low or the margin on the way."""
    if not before.rstrip().endswith(("to", "of")):
        return None  # cheap: most numbers follow neither
    changed = _CHANGED_TO.search(before)
    return tidy_phrase(changed.group("object").split()) if changed else None
