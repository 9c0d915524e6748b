"""Which numbers are not statistics (dates, years, times, ages, durations, identifiers...) and what a count counts.

Every rule looks only at the characters around the number, so each can be tested on a short phrase. The
noun phrase after a count gives its unit ('12 European Union member states' -> 'states').
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsprep.extract.statistics.numbers import Quantity
from newsprep.text import alternatives, word_set
from newsprep.text.tokens import NOUN_PHRASE_WORDS
from newsprep.text.words import UNIT_WORDS

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DATE_BEFORE = re.compile(rf"\b{_MONTHS}\.?\s+(?:the\s+)?$")
_DATE_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}\b")
_DOTTED_DATE = re.compile(
    r"(?:19|20)[0-9]{2}\.[01]?[0-9]\.[0-3]?[0-9](?![0-9])|[0-3]?[0-9]\.[01]?[0-9]\.(?:19|20)[0-9]{2}(?![0-9])"
)
"""'2019.04.05' and, day first, '01.04.2019': a date written with dots."""
_LABEL_LINE = re.compile(r"\s*[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+[0-9]{1,3}\s*")
"""'Step 3', 'Day 2', 'Wi-Fi 7': a line that is one or two capitalised words and a number labels what follows."""
_TIME_AFTER = re.compile(
    r"^\s*(?:a\.?m\b\.?|p\.?m\b\.?|o[’']clock\b|(?:GMT|UTC|[ECMP][SD]?T)\b|hours?\s+(?:GMT|UTC)\b)", re.IGNORECASE
)
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
_AGE_BEFORE = re.compile(r"\b(?:aged?|ages)\s+(?:of\s+)?(?:about\s+|around\s+|just\s+)?$", re.IGNORECASE)
_AGE_RANGE_END_BEFORE = re.compile(
    r"\b(?:aged?|ages)\s+(?:of\s+)?(?:between\s+)?[0-9]{1,3}\s+(?:and|to|or|through)\s+$", re.IGNORECASE
)
"""'between the ages of 18 and 24': the second end of an age range is an age too."""
_PEOPLE_UNDER_BEFORE = re.compile(
    r"\b(?:people|those|adults|voters|anyone|everyone|women|men|workers|Americans|residents|drivers|users)"
    r"\s+(?:under|over|younger\s+than|older\s+than)\s+$",
    re.IGNORECASE,
)
_AGE_AFTER = re.compile(r"^(?:-|\s)(?:years?|months?)[-\s]old\b", re.IGNORECASE)
_PRONOUN_AGE_BEFORE = re.compile(r"\b(?:I|he|she|we|they|you)\s+(?:was|were|turned)\s$", re.IGNORECASE)
"""'since I was 17 (...)', 'when she was 9, ...': a bare number after a person and 'was' is how old they were."""
_AGE_VERB_AFTER = re.compile(
    r"^,\s+(?:was|is|has|had|who|said|says|told|died|faces|faced|pleaded|remains|will|would|lives|lived)\b"
)
_APPOSITIVE_AGE = re.compile(r"[A-Z][\w’'.-]*,\s$")
_DATED_NOUNS = frozenset({"level", "levels", "prices", "dollars"})
"""'2005 levels', '2010 dollars': nouns a year before them dates."""
_YEAR_PREPOSITIONS = word_set(
    "in since by until till from before after during through of early late mid since around circa the year "
    "between and to fiscal season class",
)
_ID_WORDS = word_set(
    "route routes flight flights highway interstate bus line lines room gate terminal platform page pages section "
    "sections chapter chapters article articles paragraph clause item exhibit figure fig table no no. nos number "
    "version episode season volume vol issue proposition prop amendment bill title precinct district ward suite "
    "apartment apt unit lot pier exit channel level phase tier category grade grades class type model week day game "
    "round heat race lane track seat row zone sector block code extension ext box pre-k vote score group area",
)
_COURSE_PART_BEFORE = re.compile(r"\b(?:laps?|holes?|stages?|legs?)\s+$", re.IGNORECASE)
"""'on lap 48', 'at hole 17', 'stage 5': a part of a race or course by its number (only with nothing between: after
'the stage, seven' the number counts)."""
_NO_NOUN_AFTER = re.compile(
    r"\s*[,;:.)]|\s+[A-Z]|\s+(?:is|was|are|were|has|had|have|will|would|can|could|may|might|and|or)\b"
)
"""What follows a name's number and no count: a stop, a bracket, another capitalised word or a verb ('Wi-Fi 6,
formerly', 'Wi-Fi 6 is still new')."""
_ID_JOINS = ("through", "thru", "to", "and", "or", "-", "–")
"""What can end the text before a second identifier ('grades 6 through'): a cheap test before the search."""
_SECOND_ID = re.compile(r"(?P<word>[A-Za-z]+)\s+[0-9]+\s*(?:through|thru|to|and|or|-|–)\s*$")
_ADDRESS_AFTER = re.compile(
    r"^(?:\s+(?:[A-Z][\w’'.]*|[0-9]+(?:st|nd|rd|th)\b)){1,3}\s+(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Pl"
    r"|Court|Ct|Square|Sq|Terrace|Parkway|Pkwy|Highway|Hwy|Plaza|Circle)\b"
)
_BROKEN_DECIMAL_AFTER = re.compile(r"\.\s[0-9]+(?:mm|cm|in)\b")
RATE_AFTER = re.compile(r"-(?:a|per)-(?:year|month|week|day|night|hour)\b", re.IGNORECASE)
"""'-a-month' after an amount: the period it is paid by, part of the compound before the noun it prices."""
_CAPITALISED_AFTER = re.compile(r"\s+[A-Z][a-z]")
_PLAN_AFTER = re.compile(r"\s+(?:college\s+|education\s+)?(?:savings\s+)?(?:plans?|accounts?)\b")
_NAME_AFTER = re.compile(
    r"\s+(?:(?:Pro|Max|Plus|Mini|Ultra|Lite|XL|SE)\b(?!\s+[a-z]+s\b)|(?:Under|Over)\s+[0-9]+\b"
    r"|(?:surround|channel)\b)"
)
"""'the 14 Pro Max': a model's number before its edition ('40 Pro models' still counts models); '30 Under 30': a
list's title; '7.1 surround audio': a sound system's channels. Each names a thing; none reports an amount."""
_NOT_A_RANKING = r"(?!(?:most\s+recent|latest|newest|interest|forest|request|contest|protest|harvest)\b)"
"""'the four most recent surveys', 'the three latest models' select by time and count them; 'interest' is no
superlative."""
_SUPERLATIVE_AFTER = re.compile(rf"\s+{_NOT_A_RANKING}(?:most\s|[a-z]{{2,}}est\b)")
_BEST_AFTER = re.compile(rf"\s+{_NOT_A_RANKING}(?:best|worst|most\s|[a-z]{{2,}}est\b)")
_NUMBER_WORD = alternatives(UNIT_WORDS)
_WORD_OR_BEFORE = re.compile(rf"\b(?:{_NUMBER_WORD})\s+or\s+$", re.IGNORECASE)
_OR_WORD_AFTER = re.compile(rf"\s+or\s+(?:{_NUMBER_WORD})\b", re.IGNORECASE)
_EMPHATIC_AFTER = re.compile(
    r"\s+(?:wrong|right|sure|certain|confident|committed|correct|true|false|honest|accurate|behind|focused)\b"
)
_OBJECT_PRONOUN_BEFORE = re.compile(r"\b(?:you|me|him|them|us)\s+$", re.IGNORECASE)
"""'two largest', 'three most populous' after the number: a ranking's first few."""
_CITATION_END = re.compile(r"\)(?:[.,;:]|$)")
_CITATION_LIST = re.compile(r"\((?:[0-9]{1,3}\s*[,–-]\s*)+[0-9]{1,3}\)(?:[.,;:]|$)")
"""'(10, 11).', '(27, 28, 29);', '(4–6)': cited sources listed in brackets at the end of a clause."""
_SCORE_BRACKET = re.compile(r"\b[0-9]{1,2}[-–][0-9]{1,2}\s*\($")
_PHONE = re.compile(r"\(?[0-9]{3}\)?[\s.-][0-9]{3}[-.][0-9]{4}")
_INTERNATIONAL_PHONE = re.compile(r"\+[0-9]{1,3}\s*(?:\(0\)\s*)?[0-9]{1,4}(?:[\s.-][0-9]{2,4}){2,5}")
_DEFINITE = word_set("the these those its their our his her my your all both every each first last next")
_NP_STOP = word_set(
    "a an the of in on at for with from to by and or but nor than as that which who whom whose what when where "
    "while because if is are was were be been being am has have had do does did will would could should can may "
    "might must shall said says say told reported found according per each over under about "
    "nearly almost into onto out up down off so too very not no it its they them their he she his her we our you "
    "this these those there here then also just only still even already ago later earlier "
    "against between among amid within without toward towards through via despite including",
)
_IRREGULAR_PLURALS = word_set(
    "people men women children feet teeth geese mice cattle police personnel staff livestock sheep deer fish "
    "aircraft data media criteria bacteria offspring species series head crew troops poultry swine "
    "km kph mph kg lb lbs hp bhp kwh mw gw cm mm ml",  # units written short: '590 km on the WLTP cycle'
)
_NOT_PLURAL = word_set(
    "is was has does its his hers this thus plus across perhaps always unless whereas besides towards afterwards "
    "news us yes less bus gas lens physics economics politics mathematics ethics status campus virus census "
    "chaos bias basis crisis analysis thesis process address business success access canvas alias",
)
MAX_NOUN_PHRASE_WORDS = 6


@dataclass(frozen=True, slots=True)
class NounPhrase:
    start: int
    end: int
    head: str


def _last_word(before: str) -> str:
    words = re.findall(r"[\w’'.#&-]+", before[-40:])
    return words[-1] if words else ""


def _is_sentence_start(before: str) -> bool:
    """True when the word just before the number opens the sentence (so its capital says nothing)."""
    stripped = before.rstrip()
    head = stripped[: len(stripped) - len(_last_word(stripped))].rstrip()
    return not head or head[-1] in '.!?:;"“”(—–'


def is_plural_noun(word: str) -> bool:
    w = word.lower().strip("’'.")
    if w in _IRREGULAR_PLURALS or word.strip("’'.") == "pence":  # not 'Pence', a surname
        return True
    if "-" in w.strip("-") and all(part.isalpha() for part in w.split("-")):
        w = w.rsplit("-", 1)[1]  # 'fact-checkers', 'five-year-olds': the last part is the noun
        if w in _IRREGULAR_PLURALS:
            return True
    if w in _NOT_PLURAL or w in _NP_STOP or len(w) < 3 or not w.isalpha():
        return False
    return w.endswith("s") and not w.endswith(("ss", "us", "is"))


def noun_phrase_after(text: str, pos: int) -> NounPhrase | None:
    """The noun phrase right after ``pos`` up to its plural head ('European Union member states')."""
    cursor = pos
    first: int | None = None
    for _ in range(MAX_NOUN_PHRASE_WORDS):
        m = re.match(r"[ \t\u00a0]+", text[cursor:])
        if m is None and cursor != pos:
            return None
        gap = m.end() if m else 0
        w = NOUN_PHRASE_WORDS.match(text, cursor + gap)
        if w is None:
            return None
        word = w.group().rstrip(".")
        if word.lower() in _NP_STOP:
            return None
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


def partitive_noun_phrase(text: str, pos: int) -> NounPhrase | None:
    """'14 of its 52 bus routes' -> the phrase after 'of' and any determiner or number."""
    m = re.match(r"\s+of\s+(?:(?:the|its|their|our|his|her|these|those|all|some)\s+)?(?:[0-9][0-9,.]*\s+)?", text[pos:])
    return noun_phrase_after(text, pos + m.end() - 1) if m else None


def is_phone_number(text: str, q: Quantity) -> bool:
    lo = max(0, q.start - 6)
    if any(m.start() <= q.start - lo < m.end() for m in _PHONE.finditer(text[lo : q.end + 14])):
        return True
    lo = max(0, q.start - 24)  # '+44 (0)20 765 43-210': every group of an international number
    return any(m.start() <= q.start - lo < m.end() for m in _INTERNATIONAL_PHONE.finditer(text[lo : q.end + 24]))


def is_glued(text: str, q: Quantity) -> bool:
    """Part of a code or compound: 'COVID-19', 'A320', '21st', '45-year-old', '9/11', '3:30', '1990s'."""
    if q.currency and RATE_AFTER.match(text, q.end):
        return False  # 'a $12-a-month plan', 'a $4-billion-a-year trade': an amount by the period
    if _BROKEN_DECIMAL_AFTER.match(text, q.end):
        return True  # 'a 2. 5mm plug': a decimal split by a stray space, part of a product's name
    before = text[max(0, q.start - 2) : q.start]
    if before[-1:].isalnum() or (before[-1:] in {"/", ":", "#", "_", "@", "."} and before[:1].isalnum()):
        return True
    if before[-1:] in {"-", "–"} and before[:1].isalnum():
        return True
    if before[-1:] == "#":
        return True
    if before[-1:] in {"’", "'", '"', "="} and (before[:1].isdigit() or before[:1] == "="):
        return True
    after = text[q.end : q.end + 2]
    if after[:1].isalpha() or after[:1] in {"/", "_", "@"}:
        return True
    if after[:1] == ":" and not (q.is_word and after == ": "):
        return True  # '3:30', 'Step 3:'; a number word before ': ' ends its clause ('there are two: A and B')
    if after[:1] in {"-", "–"} and (after[1:2].isalnum() or after[1:2] == " "):
        return True
    if after[:1] in {"’", "'", '"', "”", "″", "′"} and after[1:2].isdigit():
        return True
    return after[:1] in {"’", "'"} and after[1:2] == "s"


def is_date_or_time(text: str, q: Quantity) -> bool:
    before, after = text[max(0, q.start - 16) : q.start], text[q.number_end : q.number_end + 24]
    if _DOTTED_DATE.match(text, q.start):
        return True
    return bool(_DATE_BEFORE.search(before) or _DATE_AFTER.match(after) or _TIME_AFTER.match(after))


def is_age(text: str, q: Quantity) -> bool:
    before, after = text[max(0, q.start - 24) : q.start], text[q.number_end : q.number_end + 16]
    if _AGE_BEFORE.search(before) or _AGE_AFTER.match(after) or _AGE_RANGE_END_BEFORE.search(before):
        return True
    if q.value < 120 and _PEOPLE_UNDER_BEFORE.search(before):
        return True  # 'voters under 25', 'drivers over 70': a group named by its age
    if q.value < 120 and _PRONOUN_AGE_BEFORE.search(before) and re.match(r"^(?:\s*[(,.;:!?—–]|$)", after):
        return True
    if q.value < 120 and re.search(r"\b(?:is|was|turned|turns|turning|[Aa]t|under|am|I[’']m)\s$", before):
        # 'Trump, who is 70.', 'even now at 86 she': a bare number after these is an age
        return re.match(r"^(?:[,.;)]|\s+(?:she|he|and|but)\b|$)", after) is not None
    if q.value < 120 and re.search(r"\b[a-z]+,\s$", before) and _AGE_VERB_AFTER.match(after):
        return True  # 'the former star, 42, was voted off': set off by commas before the person's verb
    # 'Keisha Grant, 45, said', 'Keisha Grant, 45 — who' ('―' too): a bare number set off right after a name
    return (
        bool(_APPOSITIVE_AGE.search(before)) and bool(re.match(r"^(?:,|\)|\s+and\b|\s+[–—―])", after)) and q.value < 120
    )


def is_year(text: str, q: Quantity, noun: NounPhrase | None) -> bool:
    num = text[q.start : q.number_end]
    if not re.fullmatch(r"[0-9]{4}", num) or not 1000 <= q.value <= 2100:
        return False
    previous = _last_word(text[max(0, q.start - 20) : q.start]).lower()
    # "GiveWell's 2017 top charities": a year-like number after a possessive dates what follows; "below 2005
    # levels", "in 2010 dollars": a year that dates a level or a price
    if 1950 <= q.value <= 2030 and _CAPITALISED_AFTER.match(text, q.number_end):
        return True  # 'New Price Drop: 2019 Apple AirPods', 'the 2020 Olympics': a model year or an edition
    return (
        noun is None or previous in _YEAR_PREPOSITIONS or previous.endswith(("'s", "’s")) or noun.head in _DATED_NOUNS
    )


_SCORE_LINE_AFTER = re.compile(r",\s+(?:[A-Z][\w.'’-]*\s+){1,3}[0-9]{1,3}\s*(?::|$|\n|,?\s+(?:OT|SO)\b)")
"""', Owls 2:' after 'Hawks 4': the other side of a result line ('Team N, Team M:')."""


def is_identifier(text: str, q: Quantity) -> bool:
    """'Route 66', 'Flight 370', 'page 5', 'Apollo 11', 'iPhone 11', 'Group of 20', '221 Baker Street'."""
    before = text[max(0, q.start - 40) : q.start]
    previous = _last_word(before)
    if previous.lower().rstrip(".") in _ID_WORDS or previous.lower() in _ID_WORDS:
        return True
    if _COURSE_PART_BEFORE.search(before):
        return True
    if before.rstrip().endswith("§"):
        return True  # '§ 68': a law's section
    if re.fullmatch(r"[A-Z][a-z]*-[A-Z][a-z]*", previous) and _NO_NOUN_AFTER.match(text, q.number_end):
        return True  # 'Wi-Fi 6, the new standard': a name's version, even where it opens the sentence
    second = _SECOND_ID.search(before) if before.rstrip().endswith(_ID_JOINS) else None
    if second and second.group("word").lower() in _ID_WORDS:
        return True  # 'grades 6 through 8', 'pages 4 and 5': the second number names the same kind of thing
    if re.search(r"[A-Z][\w-]*\s+of\s$", before) and not _is_sentence_start(before[: -len(" of ")]):
        return True
    if _LABEL_LINE.fullmatch(text):
        return True
    if text[q.number_end : q.number_end + 3] in {"(k)", "(b)"}:
        return True  # 'a 401(k)', 'a 403(b)': a retirement plan's name, not an amount
    if text[q.start : q.number_end] == "529" and _PLAN_AFTER.match(text, q.number_end):
        return True  # 'a 529 plan', '529 college savings plans': a college savings plan's name
    if _NAME_AFTER.match(text, q.number_end):
        return True
    digits = text[q.start : q.number_end]
    if digits == "911" or (digits.isdigit() and len(digits) >= 7):
        return True  # the emergency number; long unpunctuated digit strings are ids, not amounts
    # 'In Ohio, 40 people died', 'all voters — 1.6 billion ...': a comma, a colon or a dash parts name and number
    beside = re.search(r"[,:—–]\s*$", before) is None
    if beside and len(previous) > 1 and previous.isalpha() and previous.isupper() and q.value < 1000:
        return True  # 'NBC 5 has edited the video', 'B 52': an acronym's number names a channel or a model
    capitalised = beside and previous[:1].isupper() and not previous.endswith(("'s", "’s"))  # "Jupiter's 79 moons"
    if re.fullmatch(r"[a-z]{1,2}[A-Z][a-z]{2,}|[a-z](?:[a-z]{0,4}|[A-Z][a-z]{1,4})OS|[A-Z][a-z]+[A-Z][a-z]+", previous):
        return True  # 'iPhone 11', 'ZoomPods 2': a model number; 'iOS 12', 'watchOS 6', 'iPadOS 13': a system's version
    if capitalised and not _is_sentence_start(before) and not re.search(rf"{_MONTHS}\.?$", previous):
        return True
    if previous[:1].isupper() and _SCORE_LINE_AFTER.match(text, q.end):
        return True  # 'Hawks 4, Owls 2:': a result line's score
    return bool(_ADDRESS_AFTER.match(text[q.end : q.end + 60]))


def is_reference_mark(text: str, q: Quantity) -> bool:
    """'... per shift [1].': a footnote or citation number in square brackets; '7-6 (5)': a tiebreak's score after
    a set's; '7. The Giuliani problem': a list item's number at the start of a paragraph."""
    if text[q.start - 1 : q.start] == "[" and text[q.end : q.end + 1] == "]":
        return True
    if text[q.start - 2 : q.start] == " (" and text[q.start : q.end].isdigit() and _CITATION_END.match(text, q.end):
        return True  # 'led to less binging (12).': a citation of the twelfth source
    opening = text.rfind(" (", max(0, q.start - 24), q.start)
    listed = _CITATION_LIST.match(text, opening + 1) if opening >= 0 else None
    if listed and listed.end() > q.start:
        return True  # 'can boost metabolism (10, 11).': a list of cited sources
    if _SCORE_BRACKET.search(text[max(0, q.start - 12) : q.start]) and text[q.end : q.end + 1] == ")":
        return True
    return not text[: q.start].strip() and re.match(r"[.)]\s", text[q.end : q.end + 2]) is not None


def is_rank(text: str, q: Quantity) -> bool:
    """'the top 10 hazards', 'a top 5 finish': a place in a list, not an amount; "the nation's two largest unions",
    'the 8 best cheap laptops': the first few of a ranking, named by who holds them or by 'the'."""
    previous = _last_word(text[max(0, q.start - 40) : q.start])
    if previous.lower() in {"top", "bottom"}:
        return True
    if previous.lower() == "the" and _BEST_AFTER.match(text, q.end) is not None:
        return True
    return previous.endswith(("'s", "’s")) and _SUPERLATIVE_AFTER.match(text, q.end) is not None


def is_vague_pair(text: str, q: Quantity) -> bool:
    """'one or two guards', 'two or three times': number words joined by 'or' guess at a small amount."""
    before, after = text[max(0, q.start - 12) : q.start], text[q.number_end : q.number_end + 12]
    return bool(_WORD_OR_BEFORE.search(before) or _OR_WORD_AFTER.match(after))


def is_emphatic_whole(text: str, q: Quantity) -> bool:
    """'100 percent sure', 'backs him 100%': a whole said for emphasis, not a share of anything."""
    if q.value != 100 or not q.percent:
        return False
    if _EMPHATIC_AFTER.match(text, q.end):
        return True
    return _OBJECT_PRONOUN_BEFORE.search(text[max(0, q.start - 8) : q.start]) is not None


def is_determined_word_number(text: str, q: Quantity) -> bool:
    """'the two countries', 'both three ...': a number word that refers back rather than reports a figure."""
    return _last_word(text[max(0, q.start - 20) : q.start]).lower() in _DEFINITE


def is_per_word_number(text: str, q: Quantity) -> bool:
    """'one of every six riders': a number word after 'every' or 'each' divides; it counts nothing."""
    return _last_word(text[max(0, q.start - 20) : q.start]).lower() in {"every", "each"}


def is_duration(noun: NounPhrase | None, text: str, q: Quantity) -> bool:
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
