"""The level a 'from X ... to Y' reached, when the words between the two ends hold more than a short time (measures
round 32; tests in ``tests/stages/statistics/measures/test_from_to.py``, every sentence invented).

``neighbours.measure_beside`` gives the second end of 'from 5,425 to 5,641' or 'from 7% in May to 5%' the first end's
measure. The gold-free audit of 309 unannotated pages and the dev sets found the second end left with no phrase
when the first end's own words sit between them: its counted noun ('from about 40,000 riders in 2019 to 112,400'),
its 'of Y' ('from about 12 percent of income in 1990 to 3 percent') or a hedge after 'to' ('to roughly $90 million',
'to less than 3 percent'). Both ends measure one thing, so the second takes the first's phrase; only when it has
none of its own, so a second end that names its own measure ('to 9 percent of revenue') keeps it.
"""

from __future__ import annotations

import re

from newsprep.extract.statistics.measures.placed import Placed
from newsprep.extract.statistics.words import FROM_HEDGES, RANGE_END_HEDGES, optional_before

_FROM_BEFORE = re.compile(rf"\bfrom\s+{optional_before(FROM_HEDGES)}$", re.IGNORECASE)
"""What comes right before the first end: 'from', perhaps hedged ('from about 350,000')."""
_TO_GAP = re.compile(
    r"(?:\s+[a-z][\w'’-]*)?"  # the first end's counted noun: 'riders'
    r"(?:\s+of\s+(?:the\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2})?"  # its 'of Y': 'of disposable income'
    r"(?:\s+(?:in|during|on|over|for|at\s+the\s+end\s+of)\s+(?:the\s+)?\w+(?:\s+\w+)?)?"  # its time: 'in 1985'
    rf"\s*,?\s+to\s+(?:just\s+)?{optional_before(RANGE_END_HEDGES)}(?:roughly\s+)?"
)
"""Between the two ends: the first end's own noun, 'of' phrase and time, then 'to' and a hedge ('to less than')."""


def level_reached_from(text: str, first: tuple[int, int], second_start: int) -> bool:
    """Whether the number at ``second_start`` is where a 'from' at the number spanning ``first`` went to: 'from
    about 12 percent of income in 1990 to less than 3 percent' (paragraph-local offsets)."""
    start, end = first
    before = _FROM_BEFORE.search(text, max(0, start - 20), start)
    return before is not None and _TO_GAP.fullmatch(text, end, second_start) is not None


def from_level_measure(text: str, first: Placed, second: Placed) -> str | None:
    """The first end's measure for a second end with none of its own, of the same kind, that the first went to; a
    second end that counts another noun ('from 14 camps in May to 2 sites') is another thing moved to, not a level."""
    if second.measures is not None or first.measures is None or first.kind != second.kind:
        return None
    if second.noun is not None and (first.noun or "").lower() != second.noun.lower():
        return None
    return first.measures if level_reached_from(text, (first.start, first.end), second.start) else None
