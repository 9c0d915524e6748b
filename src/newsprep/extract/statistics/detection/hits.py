"""A statistic as the stage finds it in a paragraph (``Hit``), and the kind and unit a quantity gives it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsprep.extract.statistics.numbers import Quantity
from newsprep.extract.statistics.words import NounPhrase


@dataclass(frozen=True, slots=True)
class Hit:
    """One statistic found in a paragraph (paragraph-local offsets)."""

    start: int
    end: int
    value: float
    unit: str
    kind: str
    noun: NounPhrase | None = None
    in_range: bool = False
    context_end: int = 0
    context_start: int | None = None
    """Where the words before the stat end: a range's second end shares the words before its first end."""
    determined: bool = False
    """A number word after 'the', 'all', 'their'...: a first mention or a pointer back (``points_back`` decides)."""


def quantity_kind(q: Quantity) -> str:
    """What a quantity is: a percent, an amount of money or a count."""
    return "percent" if q.percent else "money" if q.currency else "count"


def quantity_unit(q: Quantity, noun: NounPhrase | None) -> str:
    """The unit column's value: percent or points, the currency, or the counted noun's head (else 'count')."""
    if q.percentage_points:
        return "percentage points"
    if q.percent:
        return "percent"
    if q.currency:
        return q.currency
    # a three-letter plural ('ads') would read as a currency code in the unit column
    if noun is None or (len(noun.head) == 3 and noun.head != "men") or not re.fullmatch(r"[a-z]+", noun.head):
        return "count"
    return noun.head
