"""One unit of measure written as 'a' and its name after a hedge: 'up to a foot of rain', 'more than a mile' -> 1 foot,
1 mile. The number is the article: the quantity scan starts at digits and number words, so it never sees these."""

from __future__ import annotations

import re

from newsprep.extract.statistics.detection.hits import Hit
from newsprep.extract.statistics.detection.patterns import plural_unit
from newsprep.text import alternatives

_UNITS = (
    "foot", "inch", "yard", "mile", "metre", "meter", "kilometre", "kilometer", "acre", "hectare", "ton", "tonne",
    "gallon", "litre", "liter",
)  # fmt: skip
_HEDGED_UNIT = re.compile(
    r"\b(?:up\s+to|more\s+than|less\s+than|nearly|almost|about|roughly|around|at\s+least|over|under)\s+"
    rf"(?P<amount>an?\s+(?P<unit>{alternatives(_UNITS)}))\b(?![-’'])",
    re.IGNORECASE,
)
"""A hedge says the article is a count of one ('up to a foot of rain soaked the hills', 'more than a mile off');
without one, 'a foot' is as often a body part or a way of speaking ('a foot in the door', 'a mile from the truth').
A hyphen after the unit makes it part of a compound ('about a foot-long fish'), and 'pound' is left out: it is a
currency too."""


_ONE_UNIT = re.compile(rf"an?\s+(?:{alternatives(_UNITS)})\b")
"""``_HEDGED_UNIT``'s amount as it reads in lower-cased text: its literal first letter lets the scan skip to each 'a'
(``_HEDGED_UNIT`` opens on a word boundary and is tried at every place), and four paragraphs in a thousand hold one."""
_NOT_LOWERED_ALIKE = ("ı", "ſ")
"""Letters IGNORECASE matches to 'i' and 's' that ``str.lower`` leaves as they are."""


def may_hold_hedged_unit(text: str, lowered: str) -> bool:
    """False only where ``_HEDGED_UNIT`` cannot match ``text``: its amount ('a foot', 'an acre') is not in the
    lower-cased text, and that text reads as ``text`` does (the same length, no letter IGNORECASE matches and
    ``str.lower`` leaves; else True, and the pattern decides)."""
    if len(lowered) != len(text) or any(letter in text for letter in _NOT_LOWERED_ALIKE):
        return True
    return _ONE_UNIT.search(lowered) is not None


def hedged_units(text: str, lowered: str) -> list[Hit]:
    """Every hedged single unit in a paragraph (``lowered``: its lower-cased text), in text order."""
    if " a " not in lowered or not may_hold_hedged_unit(text, lowered):
        return []
    hits = []
    for m in _HEDGED_UNIT.finditer(text):
        unit = plural_unit(m.group("unit").lower())
        hits.append(Hit(m.start("amount"), m.end("amount"), 1.0, unit, "size", context_end=m.end("amount")))
    return hits
