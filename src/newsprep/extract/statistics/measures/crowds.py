"""Where a crowd was counted: 'A crowd of 16,420, the largest of the season, watched at Harbour Centre.' -> 'crowd at
Harbour Centre' (measures round 30; tests in ``tests/stages/statistics/measures/test_averages_and_crowds.py``, every
sentence invented).

A bare count after its lead-in 'a crowd of' reads as the lead-in's noun alone ('crowd', 'sellout crowd'); readers
write the ground or hall beside it ('crowd at the Gulls' arena', 'attendance at Summit Arena'), told right after the
number or after the verb the crowd did ('watched at', 'gathered at'), past an aside about its size.
"""

from __future__ import annotations

import re

from newsprep.extract.statistics.measures.word_classes import bare_word

_PLACE_AFTER_CROWD = re.compile(
    r"(?:\s*,[^,.;:]*,)?\s+(?:[a-z]+\s+)?at\s+"
    r"(?P<place>(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:['’]s?\s+[a-z][\w-]*)?)"
)
"""The place after a crowd's number: an aside set off by commas ('the largest of the season'), one lowercase word
(the crowd's verb), then 'at' and a name: capitalised words, and one lowercase noun only after a possessive ('the
Gulls' arena'); a time, 'at the weekend', is no place, and 'at Elm Park saw the hosts win' stops at 'saw'."""


def crowd_place(phrase: str | None, after_number: str) -> str | None:
    """'crowd at Harbour Centre' for a phrase ending on 'crowd' whose number is followed by 'at <a named place>',
    straight on or past an aside and a verb; None for any other phrase or when no such place follows."""
    if not phrase or bare_word(phrase.split()[-1]) != "crowd":
        return None
    placed = _PLACE_AFTER_CROWD.match(after_number)
    return f"{phrase} at {placed.group('place')}" if placed else None
