"""Fractions of a group as they are written ('one in five', 'three out of every ten', 'three-quarters', 'half') and
their values in percent. Where a fraction is a statistic, and of what, is ``fractions``' to say."""

from __future__ import annotations

import re

from newsprep.extract.statistics.numbers.quantities import FRACTION_DENOMINATORS, digit_value, word_value
from newsprep.text import alternatives, s_form
from newsprep.text.words import UNIT_WORDS

_SMALL = rf"(?:{alternatives((*UNIT_WORDS, 'ten'))}|[0-9]{{1,3}})"
FRACTION_IN = re.compile(
    rf"\b(?P<a>{_SMALL})\s+(?:(?:in|out\s+of)\s+(?:every\s+)?|of\s+every\s+)(?P<b>{_SMALL}|eleven|twelve|twenty|fifty|hundred)\b",
    re.IGNORECASE,
)
FRACTION_NOUN_IN = re.compile(
    rf"\b(?P<a>one)\s+(?P<noun>[a-z]+)\s+in\s+(?:every\s+)?(?P<b>{_SMALL}|eleven|twelve|twenty|fifty|hundred)\b",
    re.IGNORECASE,
)
"""'one charity in eight', 'one pupil in twelve': a share with its group's noun between the two numbers (where the
share stands is ``fractions``' to say: 'one study in 24 adults' counts the adults)."""


def share_group_noun(share: str) -> str | None:
    """The group a share with its noun inside counts, in the plural: 'one charity in eight' -> 'charities', 'one
    pupil in twelve' -> 'pupils' (what 'one in eight charities' names after its numbers); None for any other share."""
    m = FRACTION_NOUN_IN.fullmatch(share)
    if m is None:
        return None
    return s_form(m.group("noun"))


FRACTION_PART = re.compile(
    r"\b(?:(?P<n>one|two|three|four|five|seven|nine|an?)(?P<sep>[\s-]+))?"
    r"(?P<d>half|halves|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)\b",
    re.IGNORECASE,
)


def fraction_in_value(a: str, b: str) -> float | None:
    """``one in five`` -> 20.0 (percent); None unless it is a proper fraction."""
    top, bottom = word_value(a) or digit_value(a), word_value(b) or digit_value(b)
    if b.lower() == "hundred":
        bottom = 100.0
    if top is None or bottom is None or bottom <= 0 or not 0 < top < bottom:
        return None
    return share_value(top, bottom)


def fraction_part_value(numerator: str | None, denominator: str) -> float | None:
    """``three-quarters`` -> 75.0, ``half`` -> 50.0 (percent)."""
    d = denominator.lower()
    base = FRACTION_DENOMINATORS.get(d[:-1] if d.endswith("s") else d)
    top = 1.0 if numerator is None or numerator.lower() in {"a", "an"} else word_value(numerator)
    if base is None or top is None or not 0 < top < base:
        return None
    return share_value(top, base)


def share_value(top: float, bottom: float) -> float:
    """A fraction in percent, exact to six decimals: 'a third' is 33.333333, not 33.3 (a reader's 100/3 matches it;
    33.3 is another number)."""
    return round(100.0 * top / bottom, 6)
