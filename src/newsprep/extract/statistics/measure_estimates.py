"""Measures a verb of estimating or listing names before 'at', and levels a noun names before 'of' (round 9; tests in
``tests/stages/test_statistics_genres.py``):

- an estimate: 'the firm put insured losses at $2.5 billion' -> 'insured losses'; 'officials estimated the damage at
  $40 million' -> 'damage' (both ends of a range after it too);
- a listing: 'the house is listed at $640,000' -> 'listing price';
- a level in a physical unit named before 'of': 'sustained winds of 85 mph' -> 'sustained winds'; 'gusts up to 110
  mph' -> 'gusts'.
"""

from __future__ import annotations

from newsprep.extract.statistics.measure_clause import is_verb, noun_phrase_back, strip_qualifiers, tidy_phrase
from newsprep.extract.statistics.measure_words import CHANGE_NOUNS, MEASURE_UNITS, bare_word
from newsprep.extract.statistics.noun_phrases import is_plural_noun
from newsprep.text import word_set

ESTIMATING_VERBS = word_set("put puts putting estimated estimates estimating pegged pegs pegging")
"""Verbs whose object is the measure of the figure after 'at': 'put the toll at', 'pegged the cost at' ('valuing the
bank at' gives the bank's value, which the money rules say)."""
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
    at = next(
        (i for i in range(len(words) - 2, max(-1, len(words) - 3 - MAX_ESTIMATED_WORDS), -1)
         if bare_word(words[i]) in ESTIMATING_VERBS),
        None,
    )  # fmt: skip
    if at is None or any(w.endswith((",", ";", ":")) for w in words[at:-1]):
        return None
    return tidy_phrase(words[at + 1 : -1])


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
