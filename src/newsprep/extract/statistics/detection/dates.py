"""Numbers that are dates, times of day or years, not statistics: 'March 3', '3:30 p.m.', 'in 2019', '2019.04.05';
in an article written in the decimal-comma convention, '12. September', '5 de março' and bare years ('seit 2014')."""

from __future__ import annotations

import re

from newsprep.extract.statistics.numbers import Quantity
from newsprep.extract.statistics.words import NounPhrase, last_word
from newsprep.text import word_set

MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)


_DATE_BEFORE = re.compile(rf"\b{MONTHS}\.?\s+(?:the\s+)?$")


_DATE_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTHS}\b")


_DOTTED_DATE = re.compile(
    r"(?:19|20)[0-9]{2}\.[01]?[0-9]\.[0-3]?[0-9](?![0-9])|[0-3]?[0-9]\.[01]?[0-9]\.(?:19|20)[0-9]{2}(?![0-9])"
)
"""'2019.04.05' and, day first, '01.04.2019': a date written with dots."""


_TIME_AFTER = re.compile(
    r"^\s*(?:a\.?m\b\.?|p\.?m\b\.?|o[’']clock\b|(?:GMT|UTC|[ECMP][SD]?T)\b|hours?\s+(?:GMT|UTC)\b)", re.IGNORECASE
)
_PART_OF_DAY_AFTER = re.compile(
    r"^\s+(?:the\s+(?:next|following)|that|this|in\s+the|on\s+[A-Z][a-z]+)\s+(?:morning|afternoon|evening|night)\b"
)
"""'after 10 the next morning', 'at 7 in the evening', 'by 6 that night': an hour of the clock told by the part of
the day after it."""


_DATED_NOUNS = frozenset({"level", "levels", "prices", "dollars"})
"""'2005 levels', '2010 dollars': nouns a year before them dates."""


_YEAR_PREPOSITIONS = word_set(
    "in since by until till from before after during through of early late mid since around circa the year "
    "between and to fiscal season class",
)


_CAPITALISED_AFTER = re.compile(r"\s+[A-Z][a-z]")


def is_date_or_time(text: str, q: Quantity) -> bool:
    before, after = text[max(0, q.start - 16) : q.start], text[q.number_end : q.number_end + 24]
    if _DOTTED_DATE.match(text, q.start):
        return True
    if q.value <= 12 and not (q.currency or q.percent or q.scale) and _PART_OF_DAY_AFTER.match(after):
        return True
    return bool(_DATE_BEFORE.search(before) or _DATE_AFTER.match(after) or _TIME_AFTER.match(after))


_YEAR_AS_SUBJECT_AFTER = re.compile(r"\s+(?:brought|saw|was|has\s+been|had\s+been|began|became|proved|promises)\b")
"""A verb a year opens a sentence with ('2020 saw', '2001 brought'); not '-ed' forms, which follow counts too ('1500
injured')."""


_SCORE_BEFORE = re.compile(
    r"\bscor(?:e|es|ed|ing)\s+(?:of\s+"
    r"|(?:increased|rose|jumped|climbed|grew|improved|fell|dropped|went)\s+(?:from\s+(?:[0-9]{4}\s+to\s+)?|to\s+))?$",
    re.IGNORECASE,
)
"""'scored 1040', 'a final score of 1875', 'scores jumped from 1310 to 1390': what a test or a game gave, a
number the sentence calls a score, never a year ('scored in 2019' has its preposition; 'scores from 2019 to 2021'
no change to tell)."""


_FOUR_DIGITS = re.compile(r"[0-9]{4}")


def is_year(text: str, q: Quantity, noun: NounPhrase | None) -> bool:
    num = text[q.start : q.number_end]
    if not _FOUR_DIGITS.fullmatch(num) or not 1000 <= q.value <= 2100:
        return False
    if noun is None and _SCORE_BEFORE.search(text, max(0, q.start - 50), q.start):
        return False
    previous = last_word(text[max(0, q.start - 20) : q.start]).lower()
    # "GiveWell's 2017 top charities": a year-like number after a possessive dates what follows; "below 2005
    # levels", "in 2010 dollars": a year that dates a level or a price
    if 1950 <= q.value <= 2030 and _CAPITALISED_AFTER.match(text, q.number_end):
        return True  # 'New Price Drop: 2019 Apple AirPods', 'the 2020 Olympics': a model year or an edition
    if 1900 <= q.value <= 2030 and _YEAR_AS_SUBJECT_AFTER.match(text, q.number_end):
        return True  # 'said 2001 brought hardship', '2020 saw a surge': the year is the sentence's subject
    return (
        noun is None or previous in _YEAR_PREPOSITIONS or previous.endswith(("'s", "’s")) or noun.head in _DATED_NOUNS
    )


_COMMA_MONTHS = (
    "januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember"
    "|janeiro|fevereiro|março|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro"
    "|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
    "|enero|febrero|abril|mayo|junio|julio|septiembre|octubre|noviembre|diciembre"
    "|januari|februari|maret|mei|agustus|oktober|desember"
    "|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
)


_COMMA_DATE_AFTER = re.compile(
    rf"(?:\.?\s*(?:(?:bis|und|-|–)\s*[0-9]{{1,2}}\.?\s*)?(?:de\s+)?(?:{_COMMA_MONTHS})\b)", re.IGNORECASE
)
"""'12. September', '12. bis 13. September', '5 de março', '3 settembre', '17 Agustus', '9 мая': a day of a month."""


_BARE_YEAR = re.compile(r"(?:19|20)[0-9]{2}")


def is_comma_date_or_year(text: str, q: Quantity) -> bool:
    """A day before a month name of the decimal-comma languages, or a bare year ('seit 2014'): in that convention a
    count of 1,900 to 2,099 is written with its dot ('2.014'), so four bare digits there are a year."""
    if q.currency or q.percent or q.scale:
        return False
    number = text[q.start : q.number_end]
    return _BARE_YEAR.fullmatch(number) is not None or _COMMA_DATE_AFTER.match(text, q.number_end) is not None
