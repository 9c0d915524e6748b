"""How an article writes its numbers, decided from the article itself, and the grammar of the decimal-comma convention.

English prose writes '1,200.50'; German, Portuguese, Italian, Spanish, Indonesian and Russian prose write '1.200,50'
(or '1 200,50') with their own scale words ('Mio.', 'milhões', 'miliardi', 'juta', 'млн'), percent words
('Prozent', 'persen', 'процентов') and currencies ('R$', 'Rp', 'руб.'). An article is read in the decimal-comma
convention when its numbers settle it ('1.200,50' against '1,200.50') or, when they do not, when the stop words of
those languages outnumber English ones. Every other article is read by ``numbers``' English grammar unchanged.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from newsprep.extract.statistics.detection.dates import is_comma_date_or_year
from newsprep.extract.statistics.numbers import (
    QUANTITY,
    RANGE,
    Quantity,
    currency_code,
    quantity_bounds,
    quantity_from,
    quantity_pattern,
    scaled,
)
from newsprep.text import word_set
from newsprep.text.language import DECIMAL_COMMA_LANGUAGES, FUNCTION_WORDS, sample_words
from newsprep.text.words import TENS_WORDS, UNIT_WORDS

ENGLISH_STOP_WORDS = FUNCTION_WORDS["en"]
DECIMAL_COMMA_STOP_WORDS = frozenset().union(*(FUNCTION_WORDS[language] for language in DECIMAL_COMMA_LANGUAGES))
"""Short function words of the languages that write a decimal comma (the language test's table,
``newsprep.text.language``). A word two lists share ('in', 'is', 'de') is left out of both, so it counts for
neither."""
_SHARED = ENGLISH_STOP_WORDS & DECIMAL_COMMA_STOP_WORDS
_ENGLISH_ONLY = ENGLISH_STOP_WORDS - _SHARED
_DECIMAL_COMMA_ONLY = DECIMAL_COMMA_STOP_WORDS - _SHARED
_COMMA_DECIMAL_NUMBER = re.compile(r"[0-9]\.[0-9]{3},[0-9]")
_POINT_DECIMAL_NUMBER = re.compile(r"[0-9],[0-9]{3}\.[0-9]")
"""The end of a number with both marks ('1.200,5', '1,200.5'): enough to tell the two apart, and fast to scan."""
_STOP_WORD_SAMPLE = 3000
"""How much of the article the stop words are counted in: its language shows in a few hundred words."""


def writes_decimal_comma(text: str) -> bool:
    """Whether ``text`` writes '1.200,50': by a number that has both marks, else by more stop words of the
    decimal-comma languages than English ones in its first 3,000 characters."""
    comma_numbers = len(_COMMA_DECIMAL_NUMBER.findall(text))
    point_numbers = len(_POINT_DECIMAL_NUMBER.findall(text))
    if comma_numbers != point_numbers:
        return comma_numbers > point_numbers
    words = sample_words(text, _STOP_WORD_SAMPLE)
    # each word's membership tested by ``map`` in C: faster than counting the words first and summing in Python
    english = sum(map(_ENGLISH_ONLY.__contains__, words))
    other = sum(map(_DECIMAL_COMMA_ONLY.__contains__, words))
    return other > english


COMMA_SCALES: dict[str, float] = {
    "tsd": 1e3,
    "tausend": 1e3,
    "mil": 1e3,
    "mila": 1e3,
    "ribu": 1e3,
    "rb": 1e3,
    "тыс": 1e3,
    "тысяч": 1e3,
    "тысячи": 1e3,
    "mio": 1e6,
    "million": 1e6,
    "millionen": 1e6,
    "milhão": 1e6,
    "milhões": 1e6,
    "mi": 1e6,
    "milione": 1e6,
    "milioni": 1e6,
    "millón": 1e6,
    "millones": 1e6,
    "millions": 1e6,
    "juta": 1e6,
    "jt": 1e6,
    "млн": 1e6,
    "миллиона": 1e6,
    "миллионов": 1e6,
    "mrd": 1e9,
    "milliarde": 1e9,
    "milliarden": 1e9,
    "bilhão": 1e9,
    "bilhões": 1e9,
    "bi": 1e9,
    "miliardo": 1e9,
    "miliardi": 1e9,
    "mil millones": 1e9,
    "milliards": 1e9,
    "miliar": 1e9,
    "млрд": 1e9,
    "миллиарда": 1e9,
    "миллиардов": 1e9,
    "bio": 1e12,
    "billionen": 1e12,
    "trilhão": 1e12,
    "trilhões": 1e12,
    "billones": 1e12,
    "triliun": 1e12,
    "трлн": 1e12,
}
_ABBREVIATED = ("tsd", "mio", "mrd", "bio", "тыс", "млн", "млрд", "трлн")
"""Scales written short, which may take a full stop ('12 Mio.', '6 тыс.')."""
_WHOLE_WORD_SCALES = sorted((key for key in COMMA_SCALES if key not in _ABBREVIATED), key=len, reverse=True)
_COMMA_SCALE = (
    r"(?:\s(?:" + "|".join(_ABBREVIATED) + r")\b\.?"
    r"|\s(?:" + "|".join(re.escape(key) for key in _WHOLE_WORD_SCALES) + r")\b)"
)
COMMA_MONEY_WORDS: dict[str, str] = {
    "euro": "eur",
    "euros": "eur",
    "€": "eur",
    "reais": "brl",
    "real": "brl",
    "rupiah": "idr",
    "руб": "rub",
    "рублей": "rub",
    "рубля": "rub",
    "рубль": "rub",
    "₽": "rub",
    "dollar": "usd",
    "dollars": "usd",
    "dólares": "usd",
    "dolar": "usd",
    "долларов": "usd",
    "franken": "chf",
    "pesos": "mxn",
    "won": "krw",
    "₩": "krw",
}
_MONEY_WORD_TEXT = "|".join(re.escape(key) for key in sorted(COMMA_MONEY_WORDS, key=len, reverse=True))
_COMMA_MONEY_WORD = rf"(?:\s?(?:(?:de|di|d'|dei)\s+)?(?:{_MONEY_WORD_TEXT})(?:(?<=руб)\.|(?<=[€₽₩])|\b))"
"""'1,35 Euro', '18 milhões de euros', '1,35 трлн руб.', '500 ₽': a currency told after the amount."""
COMMA_PERCENT_WORDS = ("prozent", "por cento", "per cento", "por ciento", "pour cent", "persen", "procent")
_COMMA_POINTS = (
    r"\s+(?:prozentpunkte|pontos\s+percentuais|punti\s+percentuali|puntos\s+porcentuales|poin\s+persentase"
    r"|процентных\s+пункт(?:а|ов)?)\b"
)
_COMMA_PERCENT = (
    rf"(?:{_COMMA_POINTS}|\s?%|\s+(?:prozent|por\s+cento|per\s+cento|por\s+ciento|pour\s+cent|persen|procent)\b"
    r"|\s+процент(?:а|ов)?\b)"
)
_COMMA_DIGITS = (
    r"(?<![0-9.,])(?:[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]{1,3}(?:[\u0020\u00a0\u202f][0-9]{3})+(?![.,]?[0-9])|[0-9]+)"
    r"(?:,[0-9]+)?(?![0-9])"
)
"""'1.200', '24 500', '3,5', '1.200,50'. Space groups only where no other digit follows ('24 500 руб.')."""
_COMMA_CURRENCY = (
    r"(?:(?<![A-Za-z])(?:US|R)\$|\$|€|£|¥|₩|(?<![A-Za-z])Rp\.?\s?|(?<![A-Za-z])(?:EUR|USD|CHF|BRL|IDR|RUB|KRW)\s)"
)
_PREFIX_CODES = {"rp": "idr", "rp.": "idr", "₩": "krw"}


COMMA_WORD_VALUES: dict[str, float] = {
    word: float(value)
    for value, words in enumerate(
        (
            "",
            "ein eine einer um uma un una uno satu",
            "zwei dois duas due dua",
            "drei três tres tre tiga",
            "vier quatro quattro cuatro empat",
            "fünf cinco cinque",
            "sechs seis enam",
            "sieben sete sette siete tujuh",
            "acht oito otto ocho delapan",
            "neun nove nueve sembilan",
            "zehn dez dieci diez sepuluh",
            "elf onze undici",
            "zwölf doze dodici doce",
        )
    )
    for word in words.split()
}
"""Number words of the decimal-comma languages ('vier', 'três', 'sembilan'); 'sei', 'dos', 'once' and 'lima' are
left out, being also a verb, 'of the', 'eleven' in one language but a word in another, or a city; and Russian's,
whose cases give each number many forms (a recipe's 'два яйца' counted where its prose does not)."""
_ONE_WORDS = ("ein", "eine", "einer", "um", "uma", "un", "una", "uno", "satu")
_COMMA_WORD_NUMBER = (
    r"(?-i:\b(?:"
    + "|".join(sorted((w for w in COMMA_WORD_VALUES if w not in _ONE_WORDS), key=len, reverse=True))
    + r")\b|\b(?:"
    + "|".join(_ONE_WORDS)
    + r")(?=\s(?i:milliarde|million|milhão|bilhão|milione|miliardo|millón|miliar)\b))"
)
"""A number word, lower-case only ('Otto' is a name); 'one' only before a scale ('eine Milliarde Euro')."""


def _comma_quantity_pattern(n: int) -> str:
    return quantity_pattern(
        n,
        digits=_COMMA_DIGITS,
        currency=_COMMA_CURRENCY,
        scale=_COMMA_SCALE,
        suffix=f"{_COMMA_PERCENT}|{_COMMA_MONEY_WORD}",
        words=_COMMA_WORD_NUMBER,
    )


_BETWEEN_WORDS = "between|zwischen|entre|tra|fra|antara|между|от"
COMMA_QUANTITY = re.compile(_comma_quantity_pattern(1), re.IGNORECASE)
COMMA_RANGE = re.compile(
    rf"(?P<between>\b(?:{_BETWEEN_WORDS})\s+)?"
    + _comma_quantity_pattern(1)
    + r"\s*(?P<join>-|–|\b(?:bis|a|à|hasta|al|hingga|sampai|до|and|und|e|y|et|dan|en|и)\b)\s*"
    + _comma_quantity_pattern(2),
    re.IGNORECASE,
)
COMMA_STARTS = re.compile(
    rf"(?<![A-Za-z])(?:Rp\.?\s?(?=[0-9])|₩(?=\s?[0-9]))|\b(?:{_BETWEEN_WORDS})\s+(?=[0-9])|{_COMMA_WORD_NUMBER}",
    re.IGNORECASE,
)
"""Where a decimal-comma article's currency signs and the words opening a range ('zwischen 3 und 5') begin, which
``numbers.STARTS`` does not know."""
_TO_JOINS = word_set("bis a à hasta al hingga sampai до")


def comma_digit_value(digits: str) -> float | None:
    """'1.200,50' -> 1200.5, '24 500' -> 24500."""
    plain = re.sub(r"[.\u0020\u00a0\u202f]", "", digits).replace(",", ".")
    try:
        value = float(plain)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _comma_currency(prefix: str | None, suffix: str | None) -> str | None:
    if prefix:
        key = re.sub(r"\s+", "", prefix.lower())
        return _PREFIX_CODES.get(key) or currency_code(prefix, None, mentions_yuan=False)
    if suffix:
        word = re.sub(r"^\s*(?:(?:de|di|d'|dei)\s+)?", "", suffix.lower()).strip().rstrip(".")
        return COMMA_MONEY_WORDS.get(word)
    return None


def comma_quantity_from(match: re.Match[str], n: int) -> Quantity | None:
    """The ``n``-th quantity of a ``COMMA_QUANTITY`` or ``COMMA_RANGE`` match, read in the decimal-comma
    convention; None when its number is no number, or is a day of a month or a year."""
    num = match.group(f"num{n}")
    value = COMMA_WORD_VALUES.get(num) if not num[0].isdigit() else comma_digit_value(num)
    if value is None:
        return None
    cur, scale_text, suffix = match.group(f"cur{n}"), match.group(f"scale{n}"), match.group(f"suffix{n}")
    scale = COMMA_SCALES.get(re.sub(r"\s+", " ", scale_text.strip().lower()).rstrip(".")) if scale_text else None
    points = bool(suffix) and re.match(_COMMA_POINTS, suffix or "", re.IGNORECASE) is not None
    percent = bool(suffix) and not points and re.fullmatch(_COMMA_PERCENT, suffix or "", re.IGNORECASE) is not None
    money_word = suffix if suffix and not percent and not points else None
    total = scaled(value, scale) if scale else value
    start, end, number_end = quantity_bounds(match, n)
    quantity = Quantity(
        start=start,
        end=end,
        number_end=number_end,
        value=total,
        currency=_comma_currency(cur, money_word),
        scale=scale,
        percent=percent or points,
        percentage_points=points,
        is_word=False,  # a number word here is read as digits are: the word-number rules are English
    )
    return None if is_comma_date_or_year(match.string, quantity) else quantity


@dataclass(frozen=True, slots=True)
class NumberGrammar:
    """The patterns and the reader of one convention: ``stage`` tries ``range`` then ``quantity`` at each start."""

    quantity: re.Pattern[str]
    range: re.Pattern[str]
    decimal_comma: bool

    def read(self, match: re.Match[str], n: int, *, mentions_yuan: bool) -> Quantity | None:
        if self.decimal_comma:
            return comma_quantity_from(match, n)
        return quantity_from(match, n, mentions_yuan=mentions_yuan)

    def joins_two_ends(self, match: re.Match[str]) -> bool:
        """Whether a range match's join makes a range by itself ('to', 'bis', '-'); 'and', 'und' need a 'between'."""
        join = match.group("join").lower()
        if _is_compound_word_number(match):
            return False  # 'sixty-two million': one number, not a range from sixty to two million
        if self.decimal_comma:
            return join in _TO_JOINS or join in {"-", "–"} or match.group("between") is not None
        return join != "and" or match.group("between") is not None


def _is_compound_word_number(match: re.Match[str]) -> bool:
    """A range match whose hyphen joins a tens word to a unit word with no space ('sixty-two million fans'): the
    words are one number (statistics round 35: read as 60 and 2,000,000 before)."""
    first, second = match.group("num1").lower(), match.group("num2").lower()
    glued = match.end("num1") == match.start("join") and match.end("join") == match.start("num2")
    return glued and match.group("join") == "-" and first in TENS_WORDS and second.split()[0] in UNIT_WORDS


ENGLISH = NumberGrammar(QUANTITY, RANGE, decimal_comma=False)
DECIMAL_COMMA = NumberGrammar(COMMA_QUANTITY, COMMA_RANGE, decimal_comma=True)


def grammar_of(text: str) -> NumberGrammar:
    """The grammar an article's numbers are read by."""
    return DECIMAL_COMMA if writes_decimal_comma(text) else ENGLISH


def comma_starts(text: str, starts: list[int]) -> list[int]:
    """``starts`` with the places a decimal-comma article's own currency signs begin, in text order."""
    extra = [m.start() for m in COMMA_STARTS.finditer(text)]
    return sorted(set(starts).union(extra)) if extra else starts
