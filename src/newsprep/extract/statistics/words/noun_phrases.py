"""What a count counts: the noun phrase after it, up to its plural head ('12 European Union member states' ->
'states'), and whether that noun makes the number a duration ('three weeks') rather than a count."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsprep.extract.statistics.numbers import Quantity
from newsprep.text import word_set
from newsprep.text.tokens import NOUN_PHRASE_WORDS
from newsprep.text.words import TEEN_WORDS, TENS_WORDS, UNIT_WORDS

TIME_UNITS = word_set(
    "second seconds minute minutes min mins hour hours hr hrs day days night nights week weeks weekend weekends "
    "month months year years yr yrs decade decades century centuries millennia semester semesters season seasons "
    "term terms generation generations lifetime lifetimes times quarter quarters summer summers winter winters "
    "autumn autumns "
    "Jahre Jahren Monate Monaten Wochen Tage Tagen Stunden Minuten jahre jahren monate monaten wochen tage tagen "
    "anos meses semanas dias horas minutos años días anni mesi settimane giorni minuti "
    "tahun bulan minggu hari menit лет года год месяцев недель дней часов минут",
)
"""Words that make a number a duration (or a multiplier: 'three times'), not a count; with the other languages' words
for years, months, weeks, days, hours and minutes ('22 anos', '3 Jahre', '5 лет'), an age or a duration there too."""


_NP_STOP = word_set(
    "a an the of in on at for with from to by and or but nor than as that which who whom whose what when where "
    "while because if is are was were be been being am has have had do does did will would could should can may "
    "might must shall said says say told reported found according per each over under about "
    "nearly almost into onto out up down off so too very not no it its they them their he she his her we our you "
    "this these those there here then also just only still even already ago later earlier "
    "against between among amid within without toward towards through via despite including after before since during "
    "until",
)


_IRREGULAR_PLURALS = word_set(
    "people men women children feet teeth geese mice cattle police personnel staff livestock sheep deer fish "
    "aircraft data media criteria bacteria offspring species series head crew troops poultry swine "
    "referenda memoranda phenomena curricula strata alumni fungi nuclei stimuli "
    "km kph mph kg lb lbs hp bhp kwh mw gw cm mm ml",  # units written short: '590 km on the WLTP cycle'
)
_PEOPLES_IN_IS = word_set(
    "israelis pakistanis iraqis somalis saudis kuwaitis yemenis omanis qataris bahrainis emiratis bangladeshis "
    "nepalis azeris kashmiris punjabis bengalis iranis",
)
"""Peoples whose plural ends in 'is', which the plural test below reads as a singular ending ('crisis', 'basis')."""
_SINGULARS_IN_MEN = word_set(
    "omen amen specimen specimens abdomen regimen stamen semen acumen hymen yemen carmen bitumen albumen lumen germen "
    "cyclamen rumen catechumen",
)
"""Singular words ending in 'men'; every other one is the plural of a '-man' ('gunmen', 'firemen', 'spokesmen')."""


_NOT_PLURAL = word_set(
    "is was has does its his hers this thus plus across perhaps always unless whereas besides towards afterwards "
    "news us yes less bus gas lens physics economics politics mathematics ethics status campus virus census "
    "chaos bias basis crisis analysis thesis process address business success access canvas alias",
)


MAX_NOUN_PHRASE_WORDS = 6
_MODEL_NAME = re.compile(r"(?:[A-Z][A-Za-z]{0,3}-?[0-9]+[A-Za-z]?|[0-9]{3}-[0-9]{3})(?:-[0-9A-Za-z]+)?(?=[ \t\u00a0])")
"""A model's designation inside what is counted ('two F-16 jets', 'four Boeing 767-300 aircraft', 'six A320
planes'): a word of the phrase, never its head."""


_NUMBER_WORDS = frozenset((*UNIT_WORDS, *TEEN_WORDS, *TENS_WORDS))
_NAME_LINK = re.compile(r"of(?:[ \t\u00a0]+the)?(?=[ \t\u00a0]+[A-Z])")
"""'of' (and 'the') between capitalised words: a name's parts ('Player of the Season', 'Bank of Tasmania')."""


OPENING_QUOTE_MARKS = frozenset('“"')
CLOSING_QUOTE_MARKS = frozenset('”"')
"""The double quote marks around a counted noun put in scare quotes ('three “pilot schemes” a year'); a single mark
is left alone: '’' closes a possessive as often as a quotation."""
_OPENING_QUOTE = re.compile(rf"[{''.join(sorted(OPENING_QUOTE_MARKS))}](?=[a-z])")
"""An opening quote mark right before a lower-case word: a capitalised word after it opens a title or a quotation,
not a noun."""


@dataclass(frozen=True, slots=True)
class NounPhrase:
    start: int
    end: int
    head: str


def in_scare_quotes(text: str, noun: NounPhrase) -> bool:
    """'three “pilot schemes” in the north': the noun phrase stands between an opening and a closing double mark."""
    before, after = text[noun.start - 1 : noun.start], text[noun.end : noun.end + 1]
    return before in OPENING_QUOTE_MARKS and after in CLOSING_QUOTE_MARKS


def is_plural_noun(word: str) -> bool:
    w = word.lower().strip("’'.")
    if w in _IRREGULAR_PLURALS or w in _PEOPLES_IN_IS or word.strip("’'.") == "pence":  # not 'Pence', a surname
        return True
    if "-" in w.strip("-") and all(part.isalpha() for part in w.split("-")):
        w = w.rsplit("-", 1)[1]  # 'fact-checkers', 'five-year-olds': the last part is the noun
        if w in _IRREGULAR_PLURALS:
            return True
    if w in _NOT_PLURAL or w in _NP_STOP or len(w) < 3 or not w.isalpha():
        return False
    if w.endswith("men") and len(w) > 4 and w not in _SINGULARS_IN_MEN:
        return True
    return w.endswith("s") and not w.endswith(("ss", "us", "is"))


_BLANKS = re.compile(r"[ \t\u00a0]+")


def noun_phrase_after(text: str, pos: int) -> NounPhrase | None:
    """The noun phrase right after ``pos`` up to its plural head ('European Union member states')."""
    cursor = pos
    first: int | None = None
    named = False  # the last word was capitalised: an 'of' after it may join a name's parts
    for _ in range(MAX_NOUN_PHRASE_WORDS):
        m = _BLANKS.match(text, cursor)  # at ``cursor``, not on a copy of the text's rest (called per number)
        if m is None and cursor != pos:
            return None
        gap = m.end() - cursor if m else 0
        if first is None and _OPENING_QUOTE.match(text, cursor + gap):
            gap += 1  # 'five “guest judges”': the noun counted, in scare quotes
        model = _MODEL_NAME.match(text, cursor + gap) if text[cursor + gap : cursor + gap + 1].isalnum() else None
        if model is not None:
            first = model.start() if first is None else first
            cursor = model.end()
            continue
        w = NOUN_PHRASE_WORDS.match(text, cursor + gap)
        if w is None:
            return None
        word = w.group().rstrip(".")
        name_link = _NAME_LINK.match(text, w.start()) if named and word == "of" else None
        if name_link is not None:
            cursor = name_link.end()  # 'four Coach of the Year awards': 'of the' inside a capitalised name
            continue
        if word.lower() in _NP_STOP or (first is None and word.lower() in _NUMBER_WORDS):
            return None  # 'from 9,800 three years earlier': the words after it are another number's
        named = word[:1].isupper()
        if first is None:
            first = w.start()
        if word.lower() == "head" and text[w.end() :].startswith(" of "):
            # '800 head of cattle': the animals are the unit
            tail = noun_phrase_after(text, w.end() + 3)
            return NounPhrase(first, tail.end, tail.head) if tail else NounPhrase(first, w.end(), "head")
        if is_plural_noun(word):
            head_end, head = w.start() + len(word), word.lower()
            if text[head_end : head_end + 1] == "/":
                return None  # '50 km/h': a rate, not a count of kilometres
            # 'police officers', 'crew members': a plural used as a modifier gives way to the noun after it
            nxt = NOUN_PHRASE_WORDS.match(text, head_end + 1) if text[head_end : head_end + 1] == " " else None
            if nxt is not None and is_plural_noun(nxt.group().rstrip(".")) and nxt.group().lower() not in TIME_UNITS:
                head_end, head = nxt.start() + len(nxt.group().rstrip(".")), nxt.group().rstrip(".").lower()
            return NounPhrase(first, head_end, head)
        cursor = w.start() + len(word)
    return None


_PARTITIVE = re.compile(
    r"\s+of\s+(?:(?:the|its|their|our|his|her|these|those|all|some)\s+)?"
    rf"(?:(?:[0-9][0-9,.]*|{'|'.join(_NUMBER_WORDS)})\s+)?"
)
_OWNED_PARTITIVE = re.compile(rf"\s+of\s+(?:the\s+)?[A-Za-z-]+['’]s\s+(?:[0-9][0-9,.]*|{'|'.join(_NUMBER_WORDS)})\s+")
"""'six of the region's 12 biggest towns', 'two of Velm's four ports': an owner and the group's size after 'of'."""


def partitive_noun_phrase(text: str, pos: int) -> NounPhrase | None:
    """'14 of its 52 bus routes', 'two of the three rules' -> the phrase after 'of' and any determiner or number;
    'six of the region's 12 biggest towns' -> the phrase after the owner and the group's size (the number after
    the owner would end the phrase read from the owner)."""
    m = _PARTITIVE.match(text[pos:])
    phrase = noun_phrase_after(text, pos + m.end() - 1) if m else None
    owned = _OWNED_PARTITIVE.match(text, pos) if phrase is None else None
    return noun_phrase_after(text, owned.end() - 1) if owned else phrase


_LATER_AFTER = re.compile(r"\s+(?:later|earlier)\b(?!\s+(?:that|this|in|on|at|the|today|tonight|than)\b)")
"""'four overs later', 'three games earlier,': a time told by counting what happened in between, not a count."""


_WORK_AFTER = re.compile(
    r"\s+of\s+(?:(?:unpaid\s+|paid\s+|extra\s+)?overtime|(?:unpaid|volunteer)\s+(?:work|labou?r))\b", re.IGNORECASE
)
"""'two million hours of unpaid overtime', '500 hours of unpaid work': an amount of work done, told in time, not how
long something lasted ('three days of work on it' is)."""
_PLAIN_WORK_AFTER = re.compile(r"\s+of\s+(?:work|labou?r)\b", re.IGNORECASE)
_SUMMED_HOURS = 1000.0
"""'logged 1.6 million hours of work', '12,000 hours of labor': hours of plain work past a thousand are work summed
over a crew or a year (statistics round 24: two golds in two articles), not how long one job lasted ('after 12 hours
of work', a span, stays a duration)."""


def _is_work_done(noun: NounPhrase | None, text: str, q: Quantity) -> bool:
    """Hours or days of overtime or unpaid work, and hours of plain work past a thousand: an amount, no duration."""
    if noun is None or noun.head not in {"hours", "days"}:
        return False
    if _WORK_AFTER.match(text, noun.end):
        return True
    return noun.head == "hours" and q.value >= _SUMMED_HOURS and _PLAIN_WORK_AFTER.match(text, noun.end) is not None


def is_duration(noun: NounPhrase | None, text: str, q: Quantity) -> bool:
    if _is_work_done(noun, text, q):
        return False
    one_word = noun is not None and noun.start == q.end + 1 and " " not in text[noun.start : noun.end]
    if noun is not None and one_word and _LATER_AFTER.match(text, noun.end):
        return True  # one word only: 'fluffed three easy putts moments later' counts putts
    following = NOUN_PHRASE_WORDS.match(text, q.end + 1) if text[q.end : q.end + 1] == " " else None
    if following is not None and _names_a_kind(following.group(), text, following.end()):
        return False  # '29,500 season tickets', '4,000 day passes': a singular time word before a plural noun
    if noun is not None and noun.head in TIME_UNITS:
        return True
    return following is not None and following.group().lower().rstrip(".") in TIME_UNITS


def _names_a_kind(word: str, text: str, end: int) -> bool:
    after = NOUN_PHRASE_WORDS.match(text, end + 1) if text[end : end + 1] == " " and not is_plural_noun(word) else None
    plural = after is not None and after.group()[:1].islower() and is_plural_noun(after.group().rstrip("."))
    return plural and after is not None and after.group().rstrip(".") not in TIME_UNITS
