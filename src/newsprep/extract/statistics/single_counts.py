"""When 'one' before a singular noun is a statistic: the sentence is about how many ('conceded only one goal', 'with
one league game remaining'), not a way of saying 'a' ('one day', 'one of the reasons', 'with one voice').

The stage drops every other 'one': the dev golds count 'one' only in these constructions (5 of the dev sets' 251
'one's before round 4), and no word list tells 'had one problem' from 'had one vote' otherwise.
"""

from __future__ import annotations

import re

from newsprep.extract.statistics.noun_phrases import TIME_UNITS
from newsprep.extract.statistics.numbers import Quantity
from newsprep.text import NUMBER_WORD_VALUES, alternatives, word_set

_ONLY_BEFORE = re.compile(r"(?<![Tt]he )(?<![Aa]n )\b[Oo]nly\s+$")
"""'allowed only one shot': how few; not 'the only one who' (a pronoun) nor 'an only child'."""
_NOUN_AFTER = re.compile(r"\s+(?P<noun>[a-z][a-z-]+)\b")
_LEFT_AFTER = re.compile(r"\s+(?:(?P<first>[a-z][a-z-]+)\s+)?(?P<noun>[a-z][a-z-]+)\s+(?:left|remaining)\b")
"""'with one league game remaining', 'one seat left': what is left of a count."""
_COUNT_LISTED_BEFORE = re.compile(
    rf"(?:\b[0-9][0-9,]*|\b(?:{alternatives(tuple(NUMBER_WORD_VALUES))}))\s+(?:[a-z][a-z-]+\s+)?[a-z][a-z-]+s\b"
    r"[^.;:!?]{0,40}?\s+and\s+$",
    re.IGNORECASE,
)
"""'three counts of fraud and one count of ...', 'two adults and one child': a count listed before 'and one' makes the
'one' a count too."""
_NOT_NOUNS = word_set(
    "of who that which whom whose another more other else thing way and or but to in at on for is was has had"
)


def counts_one(text: str, q: Quantity) -> bool:
    """Whether the word 'one' at ``q`` reports how many of the noun after it: after 'only', after another count and
    'and', or before a noun and 'left'/'remaining'; never a duration ('only one day', 'one week left')."""
    left = _LEFT_AFTER.match(text, q.number_end)
    told_how_many = _ONLY_BEFORE.search(text, 0, q.start) or _COUNT_LISTED_BEFORE.search(
        text, max(0, q.start - 80), q.start
    )
    noun_after = left or (_NOUN_AFTER.match(text, q.number_end) if told_how_many else None)
    if noun_after is None:
        return False
    words = {noun_after.group("noun").lower(), (noun_after.groupdict().get("first") or "").lower()}
    return not (words & TIME_UNITS or noun_after.group("noun").lower() in _NOT_NOUNS)
