"""Where rain or snow fell: 'Up to 9 inches of snow fell in parts of Vermont' -> 'snow in parts of Vermont' (measures
round 31 of issue 17; tests in ``tests/stages/statistics/measures/test_falls_projections_and_tidying.py``, every
sentence invented).

A length of rain or snow reads as what fell alone ('rainfall', 'snow', 'snow fell'); readers write where it fell
beside it ('snowfall in parts of Pennsylvania', 'snow at the summit of Pike Ridge'), told right after the amount's
'of rain'/'of snow', past a falling verb, by 'in' or 'at' and a named place. The goal of a verb of bringing or
dumping ('dumped 6 inches of rain on parts of Kent', 'bringing 90 mm of rain to the valley') is left: there the
sentence's subject is the storm, and readers name the storm as often as the place.
"""

from __future__ import annotations

import re

from newsprep.extract.statistics.measures.word_classes import bare_word

FALLEN = frozenset({"rain", "rainfall", "snow", "snowfall"})
"""What falls, as a phrase names it (round 28's ``with_fall_noun`` writes 'rainfall' for a length of rain)."""

_LAND_NOUNS = "valley|county|counties|region|coast|basin|river|hills|mountains|district|area"
_PLACE_AFTER_FALL = re.compile(
    r"\s*[a-z]*\s+of\s+(?:rain|snow)\s+(?:(?:could|may|might|will|would)\s+)?(?:(?:has\s+|have\s+)?f[ae]ll(?:en)?\s+)?"
    r"(?P<preposition>in|at)\s+"
    rf"(?P<place>(?:the\s+)?(?:[a-z]+\s+of\s+(?:the\s+)?)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:\s+(?:{_LAND_NOUNS}))?)"
)
"""After the number: its unit, 'of rain' or 'of snow', a falling verb (with its modal), then 'in' or 'at' and a place
named by capitalised words, after a part of it ('parts of', 'the summit of') and before a noun of land ('the Dunmore
valley'); a time ('in 36 hours') or a common noun ('in the city') is no named place."""


def fall_place(phrase: str | None, after_number: str) -> str | None:
    """'snow at the summit of Mount Ellery' for a phrase that names only what fell ('snow', 'rainfall', 'snow fell')
    when the number is followed by 'of snow/rain [fell] in/at <a named place>'; None otherwise."""
    words = phrase.split() if phrase else []
    if not words or bare_word(words[0]) not in FALLEN or [bare_word(w) for w in words[1:]] not in ([], ["fell"]):
        return None
    placed = _PLACE_AFTER_FALL.match(after_number)
    return f"{words[0]} {placed['preposition']} {placed['place']}" if placed else None
