"""Number grammar for the statistics stage: how a quantity is written and what value it has.

Nothing here decides whether a number is a statistic (that is ``rules``); this module only
recognises the written forms (digits, number words, scales, currencies, percent signs, fractions of a group)
and turns them into values. Digits are matched as ASCII ``[0-9]`` so other scripts' digits never reach
``float``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from newsprep.text import NUMBER_WORD_VALUES, alternatives, word_set
from newsprep.text.words import TEEN_WORDS, TENS_WORDS, UNIT_WORDS

WORD_VALUES = NUMBER_WORD_VALUES

SCALES: dict[str, float] = {
    "hundred": 1e2,
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

_PREFIX_CURRENCIES: dict[str, str] = {
    "us$": "usd",
    "u.s.$": "usd",
    "$": "usd",
    "c$": "cad",
    "ca$": "cad",
    "a$": "aud",
    "au$": "aud",
    "nz$": "nzd",
    "hk$": "hkd",
    "s$": "sgd",
    "r$": "brl",
    "€": "eur",
    "£": "gbp",
    "¥": "jpy",
    "₹": "inr",
    "rs": "inr",
    "rs.": "inr",
    "n": "ngn",
    "dh": "aed",
    "dhs": "aed",
}
_CODES = sorted(
    word_set("usd eur gbp jpy cny cad aud chf inr hkd nzd sgd mxn brl krw rub zar try sek nok dkk pln")
    | word_set("aed sar qar ngn kes egp pkr idr myr thb")
)
_WORD_CURRENCIES: dict[str, str] = {
    "dollar": "usd",
    "euro": "eur",
    "yen": "jpy",
    "yuan": "cny",
    "renminbi": "cny",
    "rupee": "inr",
    "peso": "mxn",
    "franc": "chf",
    "ruble": "rub",
    "rouble": "rub",
    "pound": "gbp",
    "lira": "try",
    "naira": "ngn",
    "dirham": "aed",
    "riyal": "sar",
    "rupiah": "idr",
    "ringgit": "myr",
    "baht": "thb",
}
_DOLLAR_COUNTRIES: dict[str, str] = {
    "u.s.": "usd",
    "us": "usd",
    "american": "usd",
    "canadian": "cad",
    "australian": "aud",
    "hong kong": "hkd",
    "new zealand": "nzd",
    "singapore": "sgd",
    "taiwan": "twd",
    "swiss": "chf",
}

_HUNDREDS_AND_REST = (
    rf"(?:{alternatives(UNIT_WORDS)})\s+hundred\s+(?:and\s+)?"
    rf"(?:(?:{alternatives(TENS_WORDS)})(?:-(?:{alternatives(UNIT_WORDS)}))?|{alternatives(UNIT_WORDS + TEEN_WORDS)})"
)
"""'three hundred and forty', 'three hundred forty-five': one number, not 'two hundred' and a second number after it."""
_WORD_NUMBER = (
    rf"\b(?:{_HUNDREDS_AND_REST}|(?:{alternatives(TENS_WORDS)})(?:-(?:{alternatives(UNIT_WORDS)}))?"
    rf"|{alternatives(UNIT_WORDS + TEEN_WORDS)}|(?:half\s+)?a\s+(?:dozen|hundred|thousand|million|billion))\b"
)
_DIGITS = r"(?<![0-9.,])(?:[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}|[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?(?![0-9])"
"""Digits grouped in thousands ('4,500') or as India groups them, in lakhs and crores ('1,09,999')."""
_NAIRA_AMOUNT = (
    r"(?=[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+\.[0-9]{2}(?![0-9])"
    r"|[0-9]+(?:\.[0-9]+)?\s?(?:bn|mn|tn|billion|million|trillion|m)\b)"
)
"""What an 'N' must stand before to be the naira's sign: an amount grouped in thousands ('N1,535'), in kobo ('N1.50')
or with a scale ('N2.5bn', 'N412.6 billion'). 'N95', 'N64' or 'the N7' stay names of things."""
_CURRENCY = (
    r"(?:(?<![A-Za-z])(?:US|U\.S\.|CA|AU|NZ|HK|C|A|S|R)\$|\$(?:AUD|USD|NZD|CAD|HKD|SGD)(?=\s?[0-9])|\$|€|£|¥|₹"
    r"|(?<![A-Za-z])Rs\.?\s?|(?<![A-Za-z])(?:" + "|".join(c.upper() for c in _CODES) + r")\s"
    rf"|(?<![A-Za-z0-9])(?-i:N){_NAIRA_AMOUNT}|(?<![A-Za-z])(?-i:Dhs?)\s?(?=[0-9]))"
)
_SCALE = (
    r"(?:\s+(?:hundred|thousand|dozen)\b|(?:\s*|-)(?:million|billion|trillion|crores?|lakhs?)\b"  # '£71.6million'
    r"|\s?(?:bn|mn|mln|bln|tn|trn)\b|(?:k|m|b)(?![A-Za-z]))"
)
_PERCENT = r"(?:\s?%|\s+(?:percent|per\s+cent|pct)\b|\s+percentage\s+points?\b)"
_MONEY_WORD = (
    r"(?:\s+(?:(?:U\.S\.|US|American|Canadian|Australian|Hong\s+Kong|New\s+Zealand|Singapore|Taiwan|Swiss)\s+)?"
    r"(?:dollars?|euros?|yen|yuan|renminbi|rupees?|pesos?|francs?|rubles?|roubles?|pounds?\s+sterling|lira|naira"
    r"|dirhams?|riyals?|rupiah|ringgit|baht)\b)"
)


def quantity_pattern(
    n: int,
    *,
    digits: str = _DIGITS,
    currency: str = _CURRENCY,
    scale: str = _SCALE,
    suffix: str = f"{_PERCENT}|{_MONEY_WORD}",
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
_AFTER_A = r"(?=[\s-]+(?:half|halves|thirds?|quarters?|fifths?|tenths?|dozen|hundred|thousand|million|billion)\b)"
"""What must follow a bare 'a' for a quantity ('a dozen') or a fraction ('a quarter of') to begin there."""
_WORD_STARTS = (
    r"(?:US|U\.S\.|CA|AU|NZ|HK|C|A|S|R)\$|\b(?:Rs|"
    + "|".join(c.upper() for c in _CODES)
    + r")\b|\b(?-i:N)(?=[0-9])|\b(?-i:Dhs?)(?=\s?[0-9])"
    + rf"|\b(?:between|half|twice|{alternatives(UNIT_WORDS + TEEN_WORDS + TENS_WORDS)})\b|\ba\b{_AFTER_A}"
)
STARTS = re.compile(rf"(?<![0-9])[0-9]|[$€£¥₹]|(?<![a-z])(?=[a-z])(?:{_WORD_STARTS})", re.IGNORECASE)
"""Places where a quantity, a range or a fraction may begin. Not inside a run of digits or of letters (the words
are tried only where a word starts), nor at 'an', nor at an 'a' that no number word or fraction follows: nothing can
begin there, and most of an article's starts were those."""
_LOWER_WORD_STARTS = re.compile(rf"(?<![a-z])(?:{_WORD_STARTS.lower()})")
"""``STARTS``' words as they read in lower-cased text: matched without IGNORECASE, more than twice as fast."""
_DIGITS_OR_SYMBOL = re.compile(r"[0-9$€£¥₹][0-9]*")
_NOT_LOWERED_ALIKE = ("ı", "ſ")
"""Letters IGNORECASE matches to 'i' and 's' that ``str.lower`` leaves as they are."""


def quantity_starts(text: str) -> list[int]:
    """Where ``STARTS.finditer(text)`` finds a place, found faster: its digits and symbols, and its words in the
    lower-cased text, taken left to right without overlaps as ``finditer`` takes them (a text that lower-cases to
    another length, or holds a letter IGNORECASE and ``lower`` treat apart, is scanned with ``STARTS`` itself)."""
    lowered = text.lower()
    if len(lowered) != len(text) or any(letter in text for letter in _NOT_LOWERED_ALIKE):
        return [m.start() for m in STARTS.finditer(text)]
    found = [m.span() for m in _LOWER_WORD_STARTS.finditer(lowered)]
    for m in _DIGITS_OR_SYMBOL.finditer(lowered):
        at = m.start()
        found.append((at, at + 1))
        if m.end() > at + 1 and not lowered[at].isdigit():  # '$5': the symbol, then the digits' own start
            found.append((at + 1, at + 2))
    starts: list[int] = []
    taken_to = 0
    for start, end in sorted(found):
        if start >= taken_to:
            starts.append(start)
            taken_to = end
    return starts


_SMALL = rf"(?:{alternatives((*UNIT_WORDS, 'ten'))}|[0-9]{{1,3}})"
FRACTION_IN = re.compile(
    rf"\b(?P<a>{_SMALL})\s+(?:(?:in|out\s+of)\s+(?:every\s+)?|of\s+every\s+)(?P<b>{_SMALL}|eleven|twelve|twenty|fifty|hundred)\b",
    re.IGNORECASE,
)
FRACTION_PART = re.compile(
    r"\b(?:(?P<n>one|two|three|four|nine|a)(?P<sep>[\s-]+))?"
    r"(?P<d>half|halves|thirds?|quarters?|fifths?|tenths?)\b",
    re.IGNORECASE,
)
MULTIPLIER_AFTER = re.compile(
    r"(?P<times>\s+times)\s+(?:as|more|less|greater|higher|larger|bigger|smaller|lower|faster|slower|fewer|the|that|those|what|over|your|his|her|their|its|our)\b",
    re.IGNORECASE,
)
"""'2.5 times greater than', 'ten times the rate', '25 times your salary': a multiplier, not a number of occasions."""
TWICE = re.compile(r"\btwice\s+(?:as|the|that|what|more|over)\b", re.IGNORECASE)
_DENOMINATORS = {"half": 2, "halve": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10}


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


def word_value(word: str) -> float | None:
    """``'twenty-five'`` -> 25, ``'a dozen'`` -> 12, ``'half a million'`` -> 500,000; None when not a number word."""
    w = re.sub(r"\s+", " ", word.lower().strip())
    if w.startswith("half a "):
        half_of = word_value(w[len("half ") :])
        return half_of / 2 if half_of is not None else None
    if (hundreds := _HUNDREDS_SPLIT.fullmatch(w)) is not None:
        return 100.0 * WORD_VALUES[hundreds.group(1)] + WORD_VALUES[hundreds.group(2)]
    if w.startswith("a "):
        scale = SCALES.get(w[2:])
        return scale if scale is not None else None
    return float(WORD_VALUES[w]) if w in WORD_VALUES else None


_THOUSANDS_DOTS = re.compile(r"[1-9][0-9]{0,2}(?:\.000)+")
"""'1.000 lamps', '45.000 visitors': a dot before three zeros groups thousands (as in much of Europe); prose gives
no count or amount to three decimal places that are all zeros (a rate may: '4.000%', so percentages keep theirs)."""


def digit_value(digits: str) -> float | None:
    try:
        value = float(digits.replace(",", ""))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def currency_code(prefix: str | None, suffix: str | None, *, mentions_yuan: bool) -> str | None:
    """ISO 4217 code (lowercase) for a currency prefix (``'C$'``) or trailing word (``'Canadian dollars'``)."""
    if prefix:
        key = re.sub(r"\s+", "", prefix.lower())
        if key in _PREFIX_CURRENCIES:
            code = _PREFIX_CURRENCIES[key]
            return "cny" if code == "jpy" and mentions_yuan else code
        if key.lstrip("$") in _CODES:
            return key.lstrip("$")  # 'USD 40', '$AUD1.1 billion': a code, alone or glued after '$'
    if suffix:
        words = re.sub(r"\s+", " ", suffix.lower().strip())
        if words.endswith("sterling"):
            return "gbp"
        head = words.split(" ")[-1]
        singular = head[:-1] if head.endswith("s") and head[:-1] in _WORD_CURRENCIES else head
        word_code = _WORD_CURRENCIES.get(singular)
        if word_code == "usd":
            country = words[: -len(head)].strip()
            return _DOLLAR_COUNTRIES.get(country, "usd")
        return word_code
    return None


def scaled(value: float, scale: float) -> float:
    """``value`` times its scale, to six decimals: '8.3 million' is 8300000, not the product's 8300000.000000001."""
    return round(value * scale, 6)


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
        key = scale_text.strip().lower()
        if (key in ATTACHED_SCALES or key.startswith("-")) and not cur:
            return None  # '$5m', '$4-billion' are amounts; '5m', '4-billion' alone are not read as scaled
        key = key.lstrip("-")
        scale = SCALES.get(key)
    percent = bool(suffix) and bool(re.match(r"\s?(%|per|pct)", suffix or "", re.IGNORECASE))
    points = bool(suffix) and "point" in (suffix or "").lower()
    money_word = suffix if suffix and not percent and not points else None
    if not (percent or points) and _THOUSANDS_DOTS.fullmatch(num):
        value = float(num.replace(".", ""))
    currency = currency_code(cur, money_word, mentions_yuan=mentions_yuan)
    total = scaled(value, scale) if scale else value
    if not math.isfinite(total):
        return None
    return Quantity(
        start=match.start(f"cur{n}") if cur else match.start(f"num{n}"),
        end=match.end(f"suffix{n}") if suffix else match.end(f"scale{n}") if scale_text else match.end(f"num{n}"),
        number_end=match.end(f"num{n}"),
        value=total,
        currency=currency,
        scale=scale,
        percent=percent or points,
        percentage_points=points,
        is_word=is_word,
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
    base = _DENOMINATORS.get(d[:-1] if d.endswith("s") else d)
    top = 1.0 if numerator is None or numerator.lower() == "a" else word_value(numerator)
    if base is None or top is None or not 0 < top < base:
        return None
    return share_value(top, base)


def share_value(top: float, bottom: float) -> float:
    """A fraction in percent, exact to six decimals: 'a third' is 33.333333, not 33.3 (a reader's 100/3 matches it;
    33.3 is another number)."""
    return round(100.0 * top / bottom, 6)


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
