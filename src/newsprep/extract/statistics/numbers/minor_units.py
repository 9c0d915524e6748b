"""Prices in cents or pence are money: '37 cents' is 0.37 in the article's currency, '40 pence' 0.4 pounds.

The contract (``StatisticsSchema``) gives money in its currency's code, so that money rows add up and compare; a
price written in the currency's hundredth ('crude fell 62 cents', 'a stamp costs 85 pence') is money too, and a row
with unit 'cents' would sit apart from every other amount of dollars. Cents belong to the currency with cents (dollars
of any country, euros) the paragraph prices in nearest to them, else the one the article last priced in, else the US
dollar; pence to the pound.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from newsprep.text import word_set

CENT_CURRENCIES = word_set("usd eur cad aud nzd hkd sgd")
"""Currencies whose hundredth is called a cent in English news."""
_MINOR_UNITS = {"cents": None, "pence": "gbp"}
"""The hundredth's name, and its currency when the name gives it (None: the article's)."""
_DEFAULT_CENT_CURRENCY = "usd"


@dataclass(frozen=True, slots=True)
class Amount:
    value: float
    unit: str


def is_minor_unit(unit: str) -> bool:
    return unit in _MINOR_UNITS


def cent_priced(priced: Sequence[tuple[int, str]]) -> list[tuple[int, str]]:
    """The (offset, unit) of a paragraph's amounts in a currency with cents, in text order."""
    return sorted((at, unit) for at, unit in priced if unit in CENT_CURRENCIES)


def nearest_cent_currency(position: int, cent_amounts: Sequence[tuple[int, str]]) -> str | None:
    """The currency of the amount nearest ``position``; ``cent_amounts``: ``cent_priced`` of the paragraph (a
    binary search: a paragraph of thousands of prices stays linear)."""
    after = bisect_left(cent_amounts, (position, ""))
    near = [cent_amounts[i] for i in (after - 1, after) if 0 <= i < len(cent_amounts)]
    return min(near, key=lambda amount: (abs(amount[0] - position), amount))[1] if near else None


def in_main_unit(value: float, unit: str, cent_currency: str | None) -> Amount:
    """``value`` of ``unit`` as money in the currency's main unit when ``unit`` is a hundredth ('cents', 'pence'),
    else unchanged; ``cent_currency``: the currency the cents belong to (``nearest_cent_currency``, or the one the
    article last priced in), None when the article has given none."""
    if unit not in _MINOR_UNITS:
        return Amount(value, unit)
    currency = _MINOR_UNITS[unit] or cent_currency or _DEFAULT_CENT_CURRENCY
    return Amount(round(value / 100, 9), currency)
