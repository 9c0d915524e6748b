"""Patterns of the statistics stage: units written against or hyphened to a number, runs of results, benchmarks,
denominators and vague sizes (the stage's detection, kept apart so that ``stage`` stays one page of logic)."""

from __future__ import annotations

import re

from newsprep.extract.statistics.measures import CHANGE_NOUN_WORDS, SCALE_UNITS
from newsprep.text import NUMBER_WORD_VALUES, alternatives
from newsprep.text.words import TEEN_WORDS, UNIT_WORDS

_TWO_TO_TWELVE = alternatives((*UNIT_WORDS[1:], *TEEN_WORDS[:3]))
"""'two' to 'twelve': the number words a run of games or a denominator is written in."""

MEASURED_COMPOUND = re.compile(
    r"-(?P<unit>horsepower|megawatt|gigawatt|kilowatt|mile|kilometer|kilometre|km|acre|ton|tonne|gallon|barrel"
    r"|meter|metre|foot|megapixel|run)(?P<dimension>[-\s](?:long|wide|high|deep|tall|thick))?\s+[a-z]",
    re.IGNORECASE,
)
"""'a 275-horsepower motor', 'a 40-acre site', 'a 300-metre-long trench', 'a 12-foot surge', 'a 3-metre high wall':
the size of the thing named after it."""
CHANGE_COMPOUND = re.compile(
    r"-(?P<unit>inch|degree|pound|kilogram|ounce|yard|centimetre|centimeter|millimetre|millimeter)(?P<dimension>)"
    rf"\s+(?:{'|'.join(sorted(CHANGE_NOUN_WORDS))})\b",
    re.IGNORECASE,
)
"""'a 0.5-inch cut in legroom', 'a 2-degree rise': the size of a change, hyphened to its unit, is an amount where 'a
13-inch screen' names a size class (no dimension: a number word before it stays as it was)."""
_IRREGULAR_UNIT_PLURALS = {"horsepower": "horsepower", "foot": "feet", "km": "kilometers", "inch": "inches"}


def plural_unit(unit: str) -> str:
    """A unit written in the singular, in a compound or after 'a' ('a 12-foot surge', 'up to a foot of rain'), as a
    statistic's unit is written: 'feet', 'inches', 'acres'."""
    return _IRREGULAR_UNIT_PLURALS.get(unit, f"{unit}s")


DISTANCE_UNITS = frozenset({"mile", "kilometer", "kilometre", "km", "meter", "metre", "foot"})
"""The units of a compound a number word may size when a dimension follows ('a two-metre high wall'): 'a one-acre
plot' or 'a two-horsepower pump' in words stay the class of thing they name."""
SERIES_AFTER = re.compile(
    r"\s+(?:in\s+a\s+row|straight|consecutive|of\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)?(?:last\s+|past\s+)?"
    rf"(?:{_TWO_TO_TWELVE}|[0-9]{{1,2}})\b)",
    re.IGNORECASE,
)
"""'won four in a row', 'lost six straight', 'seven of nine': a number word that counts a run of games or tries."""
_CELSIUS = (
    r"(?-i:C)(?=\s*[.,;:!?)—–]|\s*$|\s+(?:and|or|but|to|of|in|on|at|by|for|with|during|than|from|as|when|while|before"
    r"|after|that|which|yesterday|today|last|this|the|a)\b)"
)
"""A capital C glued to its number and followed by a stop or a function word: degrees Celsius ('reached 35C on Monday');
before a noun it names a rating or a model ('a 12C battery', 'Type 4C cable')."""
GLUED_UNIT = re.compile(
    rf"(?:(?P<unit>fps|kph|km/h|km|kg|kwh|kw|mw|gw|ghz|mhz|hz|mp|mah|ppi|bhp|hp|(?-i:Nm)|(?-i:W)|(?-i:p)|{_CELSIUS})"
    r"|(?P<storage>gb|tb|mb)(?=\s+of\s)"
    r"|(?P<length>mm|cm)(?=\s+(?:of|thick|thin|wide|long|tall|deep|high|across)\b))\b"
    r"(?![-/.]\w)",
    re.IGNORECASE,
)
"""'60fps', '3.2GHz', '16GB of memory', 'a 60W port', '27.4p', '326ppi', '320hp', '605Nm': a unit of measure written
against its number (newton-metres only as a capital N and a small m: '3nm' is a chip's process, a name). Storage only
before 'of' (or as ``glued_taken_amount`` says): a '256GB' or '42mm' beside a product's name names a model, as
'16-inch' does (millimetres and centimetres are read before 'thick', 'wide', 'long' and the like, and before 'of' as
storage is: '7.9mm thick' and '1.6mm of depth' are the size itself, as '1.6 mm of depth' written apart is); watts
only as a capital W; pence only as a small p, and never a video's lines ('1080p', ``VIDEO_LINES``); degrees Celsius
as ``_CELSIUS`` says ('the kiln hit 41C', as British and Australian copy writes them)."""
_NO_NOUN_AFTER = (
    r"(?=\s*[.,;:!?)]|\s*$|\s+(?:a|an|per|each|on|and|or|in|for|to|than|with|from|when|while|which|that|during|if)\b)"
)
"""What follows an amount with its unit glued on and no noun: a stop or a function word ('uses 19GB a month', 'dropped
about 4cm over the weekend', 'kept to 20cm-35cm if ...')."""
_GLUED_TAKEN_AMOUNT = re.compile(
    rf"(?:(?P<storage>gb|tb|mb)|(?P<length>mm|cm))\b(?![-/.]\w){_NO_NOUN_AFTER}", re.IGNORECASE
)
_AMOUNT_TAKER_BEFORE = re.compile(
    r"\b(?:to|at|than|weighs|weighed|weighing|uses|used|using|least|about|around|nearly|almost|only|just|over|under)"
    r"\s+$",
    re.IGNORECASE,
)

_RANGE_END_BEFORE = re.compile(r"[0-9](?:gb|tb|mb)?\s+to\s+$", re.IGNORECASE)


def after_amount_taker(text: str, start: int) -> bool:
    """Whether a word that takes an amount ('to', 'about', 'weighs', 'than') stands right before ``start``."""
    return _AMOUNT_TAKER_BEFORE.search(text, max(0, start - 12), start) is not None


def glued_taken_amount(text: str, start: int, end: int) -> re.Match[str] | None:
    """'rises to 16GB,', 'uses 19GB a month', 'weighed 38GB and', 'more than 50GB.': storage after a word that takes an
    amount and before no noun is the amount itself, as '16GB of memory' is (statistics round 28), and so is a length
    in millimetres or centimetres ('dropped about 4cm over the weekend', as '4 cm' written apart is; round 32); 'the
    512GB version', 'a 1TB SSD', 'the Model 7 42mm' and 'its 40mm drivers' still name a model or a part, as
    ``GLUED_UNIT`` says."""
    if not after_amount_taker(text, start):
        return None
    if _RANGE_END_BEFORE.search(text, max(0, start - 16), start):
        return None  # 'from 128GB to 1TB': the options a range of models spans, read one end alone otherwise
    return _GLUED_TAKEN_AMOUNT.match(text, end)


GLUED_UNIT_RANGE = re.compile(
    r"(?P<low>[0-9]+(?:\.[0-9]+)?)(?P<unit>mm|cm|gb|tb|mb)[-–](?P<high>[0-9]+(?:\.[0-9]+)?)(?P=unit)"
    rf"\b(?![-/.]\w){_NO_NOUN_AFTER}",
    re.IGNORECASE,
)
"""'kept to 20cm-35cm if ...': a range with its unit glued to both ends, each end an amount in that unit (the
guide's Ranges line), after a word that takes an amount as ``glued_taken_amount`` reads one end alone (round 32)."""


def glued_unit_of(glued: re.Match[str]) -> str:
    """The unit a glued-unit match read, lower-cased, whichever of its named groups took it."""
    return next(unit for unit in glued.groupdict().values() if unit).lower()


GLUED_CENTS = re.compile(r"(?:¢|(?-i:c)\b)(?![-/.]\w)")
"""'99¢', '45c a litre': a price in cents with its sign against the number, as '27.4p' is one in pence (only a small
c: a capital C is a temperature, ``_CELSIUS``)."""
VIDEO_LINES = frozenset({144, 240, 360, 480, 576, 720, 1080, 1440, 2160, 4320})
"""'720p', '1080p': a video's resolution, no price in pence."""
GLUED_UNIT_NAMES = {
    "fps": "frames per second",
    "kph": "kilometers per hour",  # one spelling per unit, as ``compound_units`` writes a speed
    "km/h": "kilometers per hour",
    "kwh": "kilowatt-hours",
    "kw": "kilowatts",
}
GLUED_UNIT_NAMES |= {"mw": "megawatts", "gw": "gigawatts", "gb": "gigabytes", "tb": "terabytes", "mb": "megabytes"}
GLUED_UNIT_NAMES |= {"ghz": "gigahertz", "mhz": "megahertz", "hz": "hertz", "mp": "megapixels", "w": "watts"}
GLUED_UNIT_NAMES |= {"p": "pence", "mah": "milliamp-hours", "mm": "millimeters", "cm": "centimeters"}
GLUED_UNIT_NAMES |= {"ppi": "pixels per inch", "c": SCALE_UNITS["C"]}
GLUED_UNIT_NAMES |= {"hp": "horsepower", "bhp": "horsepower", "nm": "newton-meters"}
PRODUCT_NAME_AFTER = re.compile(
    r"(?=(?:\s+[A-Z0-9][\w-]*)*?\s+[A-Z][a-z])(?:\s+[A-Z0-9][\w-]*)+"
    r"(?=\s*$|\s*[.,;:!?()—–]|\s+(?:is|was|are|were|has|had|for|from|with|and|or|that|which|costs?|sells?)\b)"
)
"""'a 40W Zephyr Desk Lamp Pro is ...': capitalised words up to a verb or a stop after a glued unit, one of
them a word in title case, make it a product's name, and the watts part of the name ('a 60W USB-C port' stays)."""
HYPHENED_UNIT = re.compile(
    r"-(?P<unit>percent|inches|feet|miles|yards|meters|metres|kilometers|kilometres|pounds|kilograms|liters|litres"
    r"|gallons)\b(?![-\w])",
    re.IGNORECASE,
)
"""'at 190-inches long', 'up to 70-percent': a plural unit hyphened to its number is the number's unit, not a compound
('a 19-inch wheel' is one: its unit is singular and a noun follows)."""
EVENT_DISTANCE = re.compile(
    r"\s+(?:yard|meter|metre|mile|kilometer|kilometre)s?\s+(?:individual\s+)?"
    r"(?:freestyle|backstroke|breaststroke|butterfly|medley|dash|relay|hurdles|run|races?|events?|sprint|champion"
    r"|championship|title|final|gold|silver|bronze|world\s+record)\b",
    re.IGNORECASE,
)
"""'the 400 meter freestyle', 'the 60 meter dash', 'the 400 metres champion': a race's name (a unit before the event
or its title), no amount."""
SIZE_CLASS_APART = re.compile(
    r"\s+(?:kilogram|kilo|gram|ounce|inch|litre|liter)\s+(?![a-z]+s\b)(?!of\b|in\b|per\b|a\b|an\b)[a-z]+\b"
)
"""'a 900 kilogram bomb', 'a twelve inch screen': a size class written apart from its noun, as 'a 12-ounce cup' is
joined to it (weights and volumes; not 'pound', a currency too; a distance stays a statistic)."""
ACCELERATION = re.compile(
    r"\b(?:0|zero)\s*(?:-|–|to)\s*[0-9]+\s*(?:mph|kph|km/h)\b(?:\s*\(\s*[0-9]+\s*(?:mph|kph|km/h)\s*\))?",
    re.IGNORECASE,
)
"""'0-60 mph', 'zero to 60 mph (97 kph)': an acceleration benchmark names a test, it reports no amount."""
DENOMINATOR_BEFORE = re.compile(
    rf"(?:(?<![0-9,.])\$?(?!1\s)[0-9][0-9,.]*|\b(?:{_TWO_TO_TWELVE}))\s+"
    r"(?:out\s+)?of\s+"
    r"(?:every\s+|each\s+)?$",
    re.IGNORECASE,
)
"""'nine of 12 judges', '$3 of every $4': the second number is what the first is counted out of, no statistic ('one
of three members' counts the three)."""
RATE_BASE_BEFORE = re.compile(r"\bper\s+(?:every\s+)?$", re.IGNORECASE)
"""'45 deaths per 100,000 people', '4.2 litres per 100 km': the number after 'per' is the base a rate is told over,
no statistic of its own."""
RATE_BASE_FOR_EACH_BEFORE = re.compile(
    r"\bfor\s+(?:each|every)\s+(?:additional\s+|extra\s+|further\s+)?$", re.IGNORECASE
)
"""'a fee of $2 for each additional 500 litres', 'one error for every 40 attempts', '$1 for every $25 lent': the
base a rate is told over, as after 'per' (statistics round 25: three places in three articles, none gold)."""
FRACTION_OF_SCALE = re.compile(
    r"\s+of\s+an?\s+(?P<scale>million|billion|trillion)\b(?:\s+(?P<cur>dollars|euros|pounds)\b)?", re.IGNORECASE
)
"""'a quarter of a million dollars': an amount, not a share."""
SCALES = {"million": 1e6, "billion": 1e9, "trillion": 1e12}
VAGUE_FIGURES = frozenset({"figures", "digits"})
"""'salaries of six figures', 'lop five figures off': a size named by its digits is a vague amount."""
NOT_A_SHARE_BEFORE = re.compile(
    r"\b(?:the|first|second|third|fourth|last|latter|other|and\s+a|one|upper|lower|top|bottom)\s+$", re.IGNORECASE
)
"""'the first half', 'the upper half of the screen' before a fraction: a part of a thing or a period, not a share."""
_NOT_A_RESULT_AFTER = (
    r"(?![.,][0-9])(?![\s-]*(?:[$€£%]|percent|per\s+cent)"
    r"|\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|people|children|men|women)\b"
    r"|\s+(?!(?:as|was|is|has|his|this|its|thus|always|towards)\b)[a-z]+s\b)"
)
"""After a tally's second number: not money, a percent, a span of time or a plural noun ('2 for $5', '4 for 20
minutes', '2 for 10 people' are prices and times)."""
TALLY = re.compile(
    r"\b(?:went|goes|going|go|was|is|were|are|shot|shooting|finished|hit|hitting)\s+"
    rf"(?:{_TWO_TO_TWELVE}|one|zero|[0-9]{{1,2}})[\s-]+for[\s-]+(?:{_TWO_TO_TWELVE}|[0-9]{{1,3}})\b"
    + _NOT_A_RESULT_AFTER,
    re.IGNORECASE,
)
"""'went 3 for 4', 'shot 5-for-12': a tally of tries, a result whose two numbers mean something only together (the
contract counts no score, record or tally); not '2 for $5', a price."""


_WICKET_WORDS = alternatives(("no", "one", *UNIT_WORDS[1:], "ten"))
WICKETS_FOR_RUNS = re.compile(
    rf"(?:\b(?:{_WICKET_WORDS}|10|[0-9])\s+wickets?\s+for"
    r"|\b(?:at|to|took|taking|takes|take|with|scored|scoring|made|making|posted|posting|reached|reaching)"
    r"\s+(?:10|[0-9])\s+for"
    r"|(?<![.!?]\s)\b(?-i:[A-Z][a-z])[\w'’-]*\s+(?:10|[0-9])\s+for)"
    r"\s+[0-9]{1,3}\b" + _NOT_A_RESULT_AFTER,
    re.IGNORECASE,
)
"""'sunk to 8 for 214', 'went back out at 1 for 12', 'took 4 for 52', 'Patel 2 for 41', 'no wicket for 97', 'scored 5
for 390': cricket's wickets-for-runs tally, a result whose two numbers mean something only together, as a score is
(at most ten wickets)."""


_VOTE_COUNT = rf"[0-9]{{1,3}}(?:,[0-9]{{3}})*|{alternatives(sorted(NUMBER_WORD_VALUES, key=len, reverse=True))}"
VOTE_TALLY = re.compile(
    rf"\bby\s+(?P<won>{_VOTE_COUNT})\s+votes?\s+to\s+(?P<lost>{_VOTE_COUNT})\b" + _NOT_A_RESULT_AFTER,
    re.IGNORECASE,
)
"""'approved by forty-two votes to eleven', 'passed by 15 votes to eight': a vote's tally, a result whose two numbers
mean something only together, as 'voted 7-4' is (the contract counts no score, record or tally); only where the
first is larger, as a tally's winner is, and no verb of change is before it ('rose by 20 votes to 300' is a change
and a level)."""
_CHANGE_BEFORE = re.compile(
    r"\b(?:up|down|rose|fell|grew|dropped|climbed|increased|decreased|jumped)\s+$", re.IGNORECASE
)


def _vote_count(written: str) -> int:
    word = NUMBER_WORD_VALUES.get(written.lower())
    return int(word) if word is not None else int(written.replace(",", ""))


def vote_tallies(text: str) -> list[tuple[int, int]]:
    """The spans of ``VOTE_TALLY`` whose first count is the larger."""
    return [
        m.span()
        for m in VOTE_TALLY.finditer(text)
        if _vote_count(m.group("won")) > _vote_count(m.group("lost"))
        and _CHANGE_BEFORE.search(text, max(0, m.start() - 12), m.start()) is None
    ]


_FOR_A_NUMBER = re.compile(rf"[\s-]for[\s-]+(?:[0-9]+|one|{_TWO_TO_TWELVE})\b")
"""A cheap first look for a tally in a lower-cased paragraph: 'for' before a number (23 paragraphs of 4,906)."""


_LINK_CUES = r"(?:READ\s+MORE|MORE|READ|RELATED|SEE\s+ALSO|SEE|WATCH|PHOTOS?|VIDEOS?|LISTEN)\s*:"
LINK_TO_ANOTHER_STORY = re.compile(rf"\({_LINK_CUES}[^()\n]*\)|\(See\s[^()\n]*[.!?]\)|^{_LINK_CUES}.*", re.MULTILINE)
"""A web page's link to another of its stories, kept by the extraction: '(MORE: 12 Ways the Storm Changed the
Coast)', '(See photos of the flood.)', a line 'READ MORE: ...'. It names a story, so a number in it reports nothing
(a listicle's count, a rank)."""
_LINK_CUE_WORDS = ("MORE", "READ", "RELATED", "SEE", "See", "WATCH", "PHOTO", "VIDEO", "LISTEN")
"""A cheap first look: a link to another story holds one of these words (most paragraphs hold none)."""


def skipped_spans(text: str, lowered: str) -> list[tuple[int, int]]:
    """The spans of a paragraph no statistic starts in: acceleration benchmarks, tallies of tries and votes and links
    to other stories, in text order. ``lowered``: ``text.lower()``; a paragraph with no speed unit, no 'for', no
    'votes to' or no link's cue word is not scanned for them."""
    found: list[tuple[int, int]] = []
    if ("(" in text or ":" in text) and any(cue in text for cue in _LINK_CUE_WORDS):
        found += (m.span() for m in LINK_TO_ANOTHER_STORY.finditer(text))
    if "mph" in lowered or "kph" in lowered or "km/h" in lowered:
        found += (m.span() for m in ACCELERATION.finditer(text))
    if " votes to " in lowered or " vote to " in lowered:
        found += vote_tallies(text)
    if "for" in lowered and _FOR_A_NUMBER.search(lowered):
        found += (m.span() for m in TALLY.finditer(text))
        found += (m.span() for m in WICKETS_FOR_RUNS.finditer(text))
    return sorted(found)
