"""Number grammar for the statistics stage: how a quantity is written and what value it has.

Nothing here decides whether a number is a statistic (that is ``rules``); this module only
recognises the written forms (digits, number words, scales, percent signs, ranges) and turns them into values.
Its neighbours hold the rest of the grammar: ``currencies`` (signs, codes and currency words), ``quantity_starts``
(where a quantity may begin), ``fraction_values`` (fractions of a group) and ``multipliers`` ('N times the').
Digits are matched as ASCII ``[0-9]`` so other scripts' digits never reach ``float``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from newsprep.extract.statistics.numbers.currencies import CURRENCY, HYPHENED_MONEY_WORD, MONEY_WORD, currency_code
from newsprep.text import NUMBER_WORD_VALUES, alternatives
from newsprep.text.words import TEEN_WORDS, TENS_WORDS, UNIT_WORDS

WORD_VALUES = NUMBER_WORD_VALUES

SCALES: dict[str, float] = {
    "hundred": 1e2,
    "hundred thousand": 1e5,
    "hundred million": 1e8,
    "hundred billion": 1e11,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "dozen": 12.0,
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "tn": 1e12,
    "trn": 1e12,
    "mln": 1e6,
    "bln": 1e9,
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
}
ATTACHED_SCALES = frozenset({"k", "m", "b"})
"""``$5m``: a one-letter scale is only a scale when it follows a currency amount."""
_HUNDREDS_AND_REST = (
    rf"(?:{alternatives(UNIT_WORDS)}|a)\s+hundred\s+(?:and\s+)?"
    rf"(?:(?:{alternatives(TENS_WORDS)})(?:-(?:{alternatives(UNIT_WORDS)}))?|{alternatives(UNIT_WORDS + TEEN_WORDS)})"
)
"""'three hundred and forty', 'three hundred forty-five', 'a hundred and fifty': one number, not 'two hundred' (or 'a
hundred') and a second number after it."""
_AND_A_FRACTION = r"(?:\s+|-)and(?:\s+|-)(?:a(?:\s+|-)half|a(?:\s+|-)quarter|three[\s-]quarters)\b(?!-)"
"""'and a half', 'and a quarter', 'and three-quarters' after a whole, spaced or hyphened ('two-and-a-half'): a mixed
number, one value ('three and a half percent' is 3.5 percent; read apart, its 'a half percent' was 0.5 percent, a
wrong value). Not before a hyphen: 'two and a half-hour drive', 'a half-century' are compounds, left as they were."""
_SMALL_WORD_NUMBER = (
    rf"(?:{alternatives(TENS_WORDS)})(?:-(?:{alternatives(UNIT_WORDS)}))?|{alternatives(UNIT_WORDS + TEEN_WORDS)}"
)
_WORD_NUMBER = (
    rf"\b(?:(?:{_SMALL_WORD_NUMBER}|a\s+(?:dozen|thousand|million|billion)){_AND_A_FRACTION}|{_HUNDREDS_AND_REST}"
    rf"|{_SMALL_WORD_NUMBER}|(?:half\s+)?a\s+(?:dozen|hundred|thousand|million|billion))\b"
)
_VULGAR_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125}
_MIXED_NUMBER = rf"[0-9]{{1,3}}(?:\s[1-9]/(?:2|3|4|8|16)(?![0-9/])|[{''.join(_VULGAR_FRACTIONS)}]|{_AND_A_FRACTION})"
"""'3 1/2 percent', '4½ inches', '3 and a half percent': a whole number and a fraction of one, one number (AP style
writes fractions so); a slash after the denominator makes it a date ('1/2/2020'), not a fraction."""
_DIGITS = (
    rf"(?<![0-9.,])(?:{_MIXED_NUMBER}|(?:[0-9]{{1,2}}(?:,[0-9]{{2}})+,[0-9]{{3}}|[0-9]{{1,3}}(?:,[0-9]{{3}})+|[0-9]+)"
    r"(?:\.[0-9]+)?)(?![0-9])"
)
"""Digits grouped in thousands ('4,500') or as India groups them, in lakhs and crores ('1,09,999'), or a mixed
number."""
_SCALE = (
    r"(?:\s+hundred\s+(?:thousand|million|billion)\b"  # 'nine hundred million': one scale, not 'hundred' alone
    r"|\s+(?:hundred|thousand|dozen)\b|(?:\s*|-)(?:million|billion|trillion|crores?|lakhs?)\b"  # '£71.6million'
    r"|\s?(?:bn|mn|mln|bln|tn|trn)\b|(?:k|m|b)(?![A-Za-z]))"
)
_PERCENT = r"(?:\s?%|\s+(?:percent|per\s+cent|pct)\b|\s+percentage\s+points?\b)"


def quantity_pattern(
    n: int,
    *,
    digits: str = _DIGITS,
    currency: str = CURRENCY,
    scale: str = _SCALE,
    suffix: str = f"{_PERCENT}|{MONEY_WORD}|{HYPHENED_MONEY_WORD}",
    words: str = _WORD_NUMBER,
) -> str:
    """One written quantity; group names carry ``n`` so two can sit in one range pattern. The parts default to the
    English convention's (``conventions`` passes the decimal-comma one's)."""
    return (
        rf"(?P<cur{n}>{currency})?\s?(?P<num{n}>{digits}|{words})"
        rf"(?P<scale{n}>{scale})?(?P<suffix{n}>{suffix})?"
    )


QUANTITY = re.compile(quantity_pattern(1), re.IGNORECASE)
RANGE = re.compile(
    rf"(?P<between>\bbetween\s+)?{quantity_pattern(1)}\s*(?P<join>-|–|\bto\b|\band\b)\s*{quantity_pattern(2)}",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Quantity:
    """One parsed quantity inside a match; offsets are relative to the searched text."""

    start: int
    end: int
    number_end: int
    """End of the number (before any scale or suffix): where a following noun would be looked for."""
    value: float
    currency: str | None
    scale: float | None
    percent: bool
    percentage_points: bool
    is_word: bool


_HUNDREDS_SPLIT = re.compile(r"([a-z]+) hundred (?:and )?([a-z-]+)")
_MIXED_SPLIT = re.compile(r"(?P<whole>.+?)[ -]and[ -](?P<part>a[ -]half|a[ -]quarter|three[ -]quarters)")
FRACTION_DENOMINATORS = {
    "half": 2,
    "halve": 2,
    "third": 3,
    "quarter": 4,
    "fifth": 5,
    "sixth": 6,
    "eighth": 8,
    "tenth": 10,
}
"""A fraction's word, singular, to its denominator ('quarter' -> 4): a mixed number's part here, a share of a group in
``fraction_values``."""


def mixed_value(number: str, whole_value: Callable[[str], float | None]) -> float | None:
    """'three and a half' -> 3.5, '3 and a quarter' -> 3.25 (``whole_value`` reads the whole); 'a million and a
    half' -> 1,500,000 (a half of the scale, not of one); None when ``number`` is no mixed number."""
    mixed = _MIXED_SPLIT.fullmatch(re.sub(r"\s+", " ", number.lower().strip()))
    whole = whole_value(mixed.group("whole")) if mixed is not None else None
    if mixed is None or whole is None:
        return None
    numerator, denominator = re.split("[ -]", mixed.group("part"))  # 'a half', 'a-quarter', 'three quarters'
    part = (1 if numerator == "a" else 3) / FRACTION_DENOMINATORS[denominator.removesuffix("s")]
    return whole * (1 + part) if mixed.group("whole").startswith("a ") else whole + part


def word_value(word: str) -> float | None:
    """``'twenty-five'`` -> 25, ``'a dozen'`` -> 12, ``'half a million'`` -> 500,000, ``'two and a half'`` -> 2.5;
    None when not a number word."""
    w = re.sub(r"\s+", " ", word.lower().strip())
    if (mixed := mixed_value(w, word_value)) is not None:
        return mixed
    if w.startswith("half a "):
        half_of = word_value(w[len("half ") :])
        return half_of / 2 if half_of is not None else None
    if (hundreds := _HUNDREDS_SPLIT.fullmatch(w)) is not None:
        how_many = 1.0 if hundreds.group(1) == "a" else WORD_VALUES[hundreds.group(1)]
        return 100.0 * how_many + WORD_VALUES[hundreds.group(2)]
    if w.startswith("a "):
        scale = SCALES.get(w[2:])
        return scale if scale is not None else None
    return float(WORD_VALUES[w]) if w in WORD_VALUES else None


_THOUSANDS_DOTS = re.compile(r"[1-9][0-9]{0,2}(?:\.000)+")
"""'1.000 lamps', '45.000 visitors': a dot before three zeros groups thousands (as in much of Europe); prose gives
no count or amount to three decimal places that are all zeros (a rate may: '4.000%', so percentages keep theirs)."""


def digit_value(digits: str) -> float | None:
    """'4,500' -> 4500; a mixed number, '3 1/2', '4½' or '3 and a half', -> its whole number plus the fraction."""
    if (mixed := mixed_value(digits, digit_value)) is not None:
        return mixed
    if (fraction := _VULGAR_FRACTIONS.get(digits[-1:])) is not None:
        whole = digit_value(digits[:-1]) if digits[:-1] else 0.0
        return None if whole is None else whole + fraction
    whole_text, _, fraction_text = digits.partition(" ")
    if fraction_text:
        top, _, bottom = fraction_text.partition("/")
        whole, top_value, bottom_value = digit_value(whole_text), digit_value(top), digit_value(bottom)
        if whole is None or top_value is None or not bottom_value:
            return None
        return whole + top_value / bottom_value
    try:
        value = float(digits.replace(",", ""))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def scaled(value: float, scale: float) -> float:
    """``value`` times its scale, to six decimals: '8.3 million' is 8300000, not the product's 8300000.000000001."""
    return round(value * scale, 6)


def quantity_bounds(match: re.Match[str], n: int) -> tuple[int, int, int]:
    """Where the ``n``-th quantity of a QUANTITY or RANGE match (or a decimal-comma one) starts, ends and its number
    ends: from its currency sign or else its number, to its suffix, else its scale, else its number."""
    cur, scale_text, suffix = match.group(f"cur{n}"), match.group(f"scale{n}"), match.group(f"suffix{n}")
    start = match.start(f"cur{n}") if cur else match.start(f"num{n}")
    end = match.end(f"suffix{n}") if suffix else match.end(f"scale{n}") if scale_text else match.end(f"num{n}")
    return start, end, match.end(f"num{n}")


def quantity_from(match: re.Match[str], n: int, *, mentions_yuan: bool) -> Quantity | None:
    """The ``n``-th quantity of a QUANTITY or RANGE match, or None when its number is no number."""
    num = match.group(f"num{n}")
    cur, scale_text, suffix = match.group(f"cur{n}"), match.group(f"scale{n}"), match.group(f"suffix{n}")
    is_word = not num[0].isdigit()
    value = word_value(num) if is_word else digit_value(num)
    if value is None:
        return None
    scale: float | None = None
    if scale_text:
        key = re.sub(r"\s+", " ", scale_text.strip().lower())
        hyphened_money = key.startswith("-") and (suffix or "").startswith("-")
        if (key in ATTACHED_SCALES or key.startswith("-")) and not cur and not hyphened_money:
            return None  # '$5m', '$4-billion', '4-billion-euro' are amounts; '5m', '4-billion' alone are not scaled
        key = key.lstrip("-")
        scale = SCALES.get(key)
    percent = bool(suffix) and bool(re.match(r"\s?(%|per|pct)", suffix or "", re.IGNORECASE))
    points = bool(suffix) and "point" in (suffix or "").lower()
    money_word = suffix.lstrip("-") if suffix and not percent and not points else None
    if not (percent or points) and _THOUSANDS_DOTS.fullmatch(num):
        value = float(num.replace(".", ""))
    currency = currency_code(cur, money_word, mentions_yuan=mentions_yuan)
    total = scaled(value, scale) if scale else value
    if not math.isfinite(total):
        return None
    start, end, number_end = quantity_bounds(match, n)
    return Quantity(
        start=start,
        end=end,
        number_end=number_end,
        value=total,
        currency=currency,
        scale=scale,
        percent=percent or points,
        percentage_points=points,
        is_word=is_word,
    )


def _thousands_left_off(first: Quantity, second: Quantity) -> bool:
    """'12 to 15,000 feet', '7 to 10,000 metres': digits under a thousand before a round number of thousands written
    in digits, which the low end's thousands make just under it, leave the thousands off the low end."""
    low, high = first.value, second.value
    if first.scale is not None or second.scale is not None or first.is_word or second.is_word:
        return False
    if not (low.is_integer() and 1 <= low < 1000 and high >= 1000 and high % 1000 == 0):
        return False
    return high / 2 < low * 1000 < high


def inherit_range_end(first: Quantity, second: Quantity) -> Quantity:
    """'$2-3 million', '3 to 5 percent': the first end takes the currency, scale and percent of the second."""
    value = first.value
    if first.scale is None and second.scale is not None and first.value <= second.value / second.scale:
        value = scaled(first.value, second.scale)
    elif _thousands_left_off(first, second):
        value = first.value * 1000
    return Quantity(
        start=first.start,
        end=first.end,
        number_end=first.number_end,
        value=value,
        currency=first.currency or second.currency,
        scale=first.scale or second.scale,
        percent=first.percent or second.percent,
        percentage_points=first.percentage_points or second.percentage_points,
        is_word=first.is_word,
    )
