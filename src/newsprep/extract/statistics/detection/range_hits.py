"""The two ends of a range of a paragraph read as statistics ('20 to 25 times', '30 to 40 square miles', 'from
401 to 412ppi'), or a bare pair of numbers that is neither a range nor two statistics (``CONSUMED_PAIR``)."""

from __future__ import annotations

import re

from newsprep.extract.statistics.detection.conventions import NumberGrammar
from newsprep.extract.statistics.detection.dates import is_year
from newsprep.extract.statistics.detection.hits import Hit, quantity_kind, quantity_unit
from newsprep.extract.statistics.detection.identifiers import is_phone_number
from newsprep.extract.statistics.detection.multipliers import MULTIPLIER_AFTER
from newsprep.extract.statistics.detection.patterns import (
    GLUED_UNIT,
    GLUED_UNIT_NAMES,
    PRODUCT_NAME_AFTER,
    glued_unit_of,
)
from newsprep.extract.statistics.detection.rules import is_glued
from newsprep.extract.statistics.detection.single_hits import count_noun, count_rejected
from newsprep.extract.statistics.detection.temperature_scales import DEGREE_SIGN, degree_sign_unit
from newsprep.extract.statistics.numbers import Quantity, compound_unit_at, inherit_range_end
from newsprep.extract.statistics.words import FROM_HEDGES, optional_before

_FROM_BEFORE = re.compile(rf"\bfrom\s+{optional_before(FROM_HEDGES)}$", re.IGNORECASE)


_DATED_BY_YEAR = re.compile(r"\bin\s+$")


def range_hits(text: str, m: re.Match[str], mentions_yuan: bool, grammar: NumberGrammar) -> list[Hit]:
    q1, q2 = grammar.read(m, 1, mentions_yuan=mentions_yuan), grammar.read(m, 2, mentions_yuan=mentions_yuan)
    if q1 is None or q2 is None or not grammar.joins_two_ends(m):
        return []
    if (
        not (q1.currency or q1.scale or q1.percent)
        and _DATED_BY_YEAR.search(text, max(0, q1.start - 8), q1.start)
        and is_year(text, q1, None)
    ):
        return []  # 'from $2 billion in 2019 to $3 billion': the year dates the first amount, it is no range's end
    first = inherit_range_end(q1, q2)
    kind = quantity_kind(first)
    sized = (_compound_range(text, first, q2) or _glued_range(text, first, q2)) if kind == "count" else None
    if sized is not None:
        return sized
    noun = count_noun(text, q2) if kind == "count" else None
    times = MULTIPLIER_AFTER.match(text, q2.end) if kind == "count" and not q2.scale else None
    if times is not None:  # '20 to 25 times your salary': both ends are multipliers
        times_end = times.end("times")
        return [
            Hit(first.start, first.end, first.value, "times", "times", None, True, times_end),
            Hit(q2.start, times_end, q2.value, "times", "times", None, True, times_end, first.start),
        ]
    if kind == "count" and noun is None and not (q1.is_word or q2.is_word):
        if q1.scale or q2.scale or max(q1.value, q2.value) >= 1000:
            return []  # 'openings fell by 646,000 to 10.3 million': a change and a level, each a statistic
        # 'ages 55 to 65', 'split 4 to 1', 'Sept. 19 to 22': bare pairs of small numbers are ratios, ages or dates;
        # 'could post 180 to 240' rising from a hundred or more is a range of counts ('voted 220 to 207' is a result,
        # '28: 685-690' a citation's pages)
        glued = text[q2.end : q2.end + 1].isalpha()  # '310 to 330nits': a unit this stage does not read
        if min(q1.value, q2.value) < 100 or q1.value >= q2.value or m.group("join").lower() != "to" or glued:
            return [CONSUMED_PAIR]
    if first.value >= q2.value or (q1.currency and q2.currency and q1.currency != q2.currency):
        return []
    if (q1.percent and not q2.percent) or (q1.currency and q2.percent) or q1.percentage_points != q2.percentage_points:
        # 'rose 4.2 percent to $31.6 billion', 'rose 6% to 2.3 million units', 'by 0.2 percentage points to 2.1
        # percent': a change and its level, not a range
        return []
    outer = Quantity(q1.start, q2.end, q2.number_end, q2.value, None, None, False, False, q2.is_word)
    if is_glued(text, outer) or is_phone_number(text, outer):
        return []
    if kind == "count" and count_rejected(text, q2, noun, left=False, right=True):
        return [CONSUMED_PAIR]  # 'slept seven to eight hours': neither end is a count, nor the first one alone
    if kind == "count" and count_rejected(text, first, noun, left=True, right=False):
        return []
    unit = quantity_unit(first, noun)
    in_range = not _FROM_BEFORE.search(text[max(0, q1.start - 24) : q1.start])
    context_end = noun.end if noun else q2.end
    return [
        Hit(first.start, first.end, first.value, unit, kind, noun, in_range, context_end),
        Hit(q2.start, q2.end, q2.value, unit, kind, noun, in_range, context_end, first.start),
    ]


def _glued_range(text: str, first: Quantity, q2: Quantity) -> list[Hit] | None:
    """'from 401 to 412ppi', '5 to 10mm of rain': a unit glued to the second end is both ends' unit, as it is when
    written apart ('401 ppi to 412 ppi') or on a number alone ('226ppi'); None where no unit is glued there."""
    if first.is_word or q2.is_word or first.scale or q2.scale:
        return None
    glued = GLUED_UNIT.match(text, q2.end) or DEGREE_SIGN.match(text, q2.end)
    if glued is None or glued.groupdict().get("unit") == "p" or is_glued(text[: first.end], first):
        return None  # pence and a video's lines are read one number at a time ('20 to 30p', 'from 720 to 1080p')
    unit = glued_unit_of(glued) if glued.re is GLUED_UNIT else degree_sign_unit(glued)  # '20-25°C'
    if unit == "w" and PRODUCT_NAME_AFTER.match(text, glued.end()):
        return None
    name = GLUED_UNIT_NAMES.get(unit, unit)
    in_range = first.value < q2.value and not _FROM_BEFORE.search(text[max(0, first.start - 24) : first.start])
    return [
        Hit(first.start, first.end, first.value, name, "size", None, in_range, glued.end()),
        Hit(q2.start, glued.end(), q2.value, name, "size", None, in_range, glued.end(), first.start),
    ]


def _compound_range(text: str, first: Quantity, q2: Quantity) -> list[Hit] | None:
    """'30 to 40 square miles', '500-600 metric tons': a compound unit after the second end is both ends' unit."""
    if first.is_word and q2.is_word and text[first.end : q2.start] == "-":
        return None  # 'eighty-five miles an hour' is one number word, not a range from eighty to five
    compound = compound_unit_at(text, q2.end)
    if compound is None or is_glued(text[: first.end], first):
        return None
    in_range = first.value < q2.value and not _FROM_BEFORE.search(text[max(0, first.start - 24) : first.start])
    return [
        Hit(first.start, first.end, first.value, compound.name, "size", None, in_range, compound.end),
        Hit(
            q2.start,
            compound.end if compound.glued else q2.end,
            q2.value,
            compound.name,
            "size",
            None,
            in_range,
            compound.end,
            first.start,
        ),
    ]


CONSUMED_PAIR = Hit(0, 0, 0.0, "count", "skip")
"""Marks a bare number pair that is neither a range nor two statistics."""
