"""Numbers that name rather than count: identifiers ('Route 66', 'iPhone 11', 'page 5', '221 Baker Street'), labels
('Step 3'), citations and footnotes ('(12).', '[1]'), list items and phone numbers."""

from __future__ import annotations

import re
from functools import lru_cache

from newsprep.extract.statistics.detection.dates import MONTHS
from newsprep.extract.statistics.detection.dialled_numbers import is_dialled_number
from newsprep.extract.statistics.detection.elided import count_after_opening_name, count_of_elided_clause
from newsprep.extract.statistics.numbers import Quantity
from newsprep.extract.statistics.words import is_sentence_start, last_word
from newsprep.text import SENTENCE_OPENERS, singular_forms, word_set

_LABEL_LINE = re.compile(r"\s*[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+[0-9]{1,3}\s*")
"""'Step 3', 'Day 2', 'Wi-Fi 7': a line that is one or two capitalised words and a number labels what follows."""


_ID_WORDS = word_set(
    "route routes flight flights highway interstate bus line lines room gate terminal platform page pages section "
    "sections chapter chapters article articles paragraph clause item exhibit figure fig table no no. nos number "
    "version episode season volume vol issue proposition prop amendment bill title precinct district ward suite "
    "apartment apt unit lot pier exit channel level phase tier category grade grades class type model week day game "
    "round heat race lane track seat row zone sector block code extension ext box pre-k vote score group area",
)


_NAMED_WHEN_BARE = word_set("port ports")
_PREPOSITION_AFTER = re.compile(r"\s+(?:to|on|for|in|at|from|with|via|over|every|each|by)\b")
"""'on port 443.', 'exposes port 3000 to the web': a network port's number, when a stop, a verb or a preposition
follows it, nothing counted ('a port 40 km north' measures a distance from a harbour; statistics round 33)."""


_COURSE_PART_BEFORE = re.compile(r"\b(?:laps?|holes?|stages?|legs?)\s+$", re.IGNORECASE)
"""'on lap 48', 'at hole 17', 'stage 5': a part of a race or course by its number (only with nothing between: after
'the stage, seven' the number counts)."""


_NO_NOUN_AFTER = re.compile(
    r"\s*[,;:.)]|\s+[A-Z]|\s+(?:is|was|are|were|has|had|have|will|would|can|could|may|might|and|or)\b"
)
"""What follows a name's number and no count: a stop, a bracket, another capitalised word or a verb ('Wi-Fi 6,
formerly', 'Wi-Fi 6 is still new')."""


_NAMED_OPENER_AFTER = re.compile(
    r"\s*(?:[.!?](?:\s|$)|$)|\s+(?:is|was|are|were|has|had|have|will|would|can|could|beat|beats|won|wins|lost"
    r"|took|takes|came|comes|launched|launches|arrived|arrives)\b"
)
"""What follows a name's number that opens a sentence ('Kestrel 2 won the race', 'Zephyr 3 is staying', '— Volume 2.'):
a verb, or the sentence's end; a noun after it would be what it counts."""
_OPENER_HEDGES = word_set(
    "about almost nearly some another only just over under around more fewer less roughly approximately exactly up "
    "down all of among including plus perhaps maybe possibly barely fully by to from with than until since another"
)
"""Capitalised words opening a sentence before a count they hedge or frame ('Nearly 40 were hurt', 'Of 12 ...')."""


_ID_JOINS = ("through", "thru", "to", "and", "or", "-", "–")
"""What can end the text before a second identifier ('grades 6 through'): a cheap test before the search."""


_ID_JOIN = "|".join(map(re.escape, _ID_JOINS))


_SECOND_ID = re.compile(rf"(?P<word>[A-Za-z]+)\s+[0-9]+\s*(?:{_ID_JOIN})\s*$")


_FIRST_OF_PAIR = re.compile(rf"(?<![\w.,$£€])(?P<first>[0-9]+(?:\.[0-9]+)?)\s*(?:{_ID_JOIN})\s*$")
"""The first number of a pair, right before the second ('Python 2 and ')."""


_PAIR_AFTER = re.compile(rf"\s*(?:{_ID_JOIN})\s*[0-9]")
"""A second number joined to this one ('Levels 2 through 6', 'pages 4 and 5')."""


_ADDRESS_AFTER = re.compile(
    r"^(?:\s+(?:[A-Z][\w’'.]*|[0-9]+(?:st|nd|rd|th)\b)){1,3}\s+(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Pl"
    r"|Court|Ct|Square|Sq|Terrace|Parkway|Pkwy|Highway|Hwy|Plaza|Circle)\b"
)


_PLAN_AFTER = re.compile(r"\s+(?:college\s+|education\s+)?(?:savings\s+)?(?:plans?|accounts?)\b")


_NAME_AFTER = re.compile(
    r"\s+(?:(?:Pro|Max|Plus|Mini|Ultra|Lite|XL|SE)\b(?!\s+[a-z]+s\b)|(?:Under|Over)\s+[0-9]+\b"
    r"|(?:surround|channel)\b)"
)
"""'the 14 Pro Max': a model's number before its edition ('40 Pro models' still counts models); '30 Under 30': a
list's title; '7.1 surround audio': a sound system's channels. Each names a thing; none reports an amount."""


_CITATION_END = re.compile(r"\)(?:[.,;:]|$)")


_CITATION_LIST = re.compile(r"\((?:[0-9]{1,3}\s*[,–-]\s*)+[0-9]{1,3}\)(?:[.,;:]|$)")
"""'(10, 11).', '(27, 28, 29);', '(4–6)': cited sources listed in brackets at the end of a clause."""


_SCORE_BRACKET = re.compile(r"\b[0-9]{1,2}[-–][0-9]{1,2}\s*\($")
_SUBSECTION_BRACKET = re.compile(
    r"\b(?:sections?|s|articles?|clauses?|paragraphs?|rules?|regulations?|parts?)\.?\s+[0-9]+[A-Za-z]{0,2}\s*\($",
    re.IGNORECASE,
)
"""'section 9C (3)', 'Article 12(2)': a law's subsection after its section, a name."""


_PHONE = re.compile(r"\(?[0-9]{3}\)?[\s.-][0-9]{3}[-.][0-9]{4}")


_INTERNATIONAL_PHONE = re.compile(r"\+[0-9]{1,3}\s*(?:\(0\)\s*)?[0-9]{1,4}(?:[\s.-][0-9]{2,4}){2,5}")


_NATIONAL_PHONE = re.compile(
    r"(?<![\w.,])0(?:[0-9]{2,4}(?:[ -][0-9]{2,4}){1,3}|[0-9](?:[ -][0-9]{3,4}){2})\b(?![.,][0-9])"
)
"""'0300 555 0142', '03457 000 111', '020 7946 0123': a number dialled within its country opens on a zero, its groups
apart (statistics round 27); a two-digit prefix takes two groups of three or four after it ('01 555
0199': round 37)."""


_LEADING_ZERO = re.compile(r"0[0-9]")
"""'Part 01', 'track 07': no amount is written with a leading zero ('0.5' and '0,5' are fractions, not this)."""


def _among_bracketed(text: str, q: Quantity) -> bool:
    """Whether the number stands inside one pair of brackets ('(2.6, 4.5 and 8.5)'), opened at most 40 characters
    before it and closed at most 40 after, other words or numbers beside it or not. Not
    ``holders.alone_in_brackets``, which asks for a bracket holding the number alone ('units (30%)')."""
    opened = text.rfind("(", max(0, q.start - 40), q.start)
    return opened >= 0 and ")" not in text[opened : q.start] and ")" in text[q.end : q.end + 40]


def names_an_acronym(text: str, q: Quantity) -> bool:
    """'gut hormone 1 (GH-1)': a bare number right before a bracket holding an all-capitals name glued to
    the same digits; 'the pathways' labels (2.6 and 8.5)' in a paragraph that writes 'PW2.6' and 'PW8.5': a bare
    number in brackets that the paragraph also writes glued to such a name. Either is the name's number, not an amount
    (statistics round 32). Asked only of a number with no noun after it; one outside brackets ('the FX-3 sold 3 in a
    day') is left a count."""
    if q.is_word or q.currency or q.scale or q.percent:
        return False
    beside = text[q.number_end : q.number_end + 2] == " ("
    if not (beside or _among_bracketed(text, q)):
        return False
    glued = _glued_to_capitals(text[q.start : q.number_end])
    return (glued.match(text, q.number_end + 2) if beside else glued.search(text)) is not None


@lru_cache(maxsize=1024)
def _glued_to_capitals(digits: str) -> re.Pattern[str]:
    """'GH-1', 'PW2.6': an all-capitals name glued to ``digits``. Built once per number's digits, not at every ask
    (re's own cache spared the compiling, not the escape, the f-string and its lookup; review fold round)."""
    return re.compile(rf"(?<![\w.])[A-Z]{{2,}}-?{re.escape(digits)}(?![\w]|[.,][0-9])")


def is_written_as_label(text: str, q: Quantity) -> bool:
    """A number with a leading zero is a label or a code, never an amount (statistics round 27)."""
    return _LEADING_ZERO.match(text, q.start) is not None


def is_phone_number(text: str, q: Quantity) -> bool:
    """A telephone number's group: a North American, national (zero-led) or international form, or a number the text
    tells someone to dial (``dialled_numbers``)."""
    if is_dialled_number(text, q):
        return True
    lo = max(0, q.start - 6)
    if any(m.start() <= q.start - lo < m.end() for m in _PHONE.finditer(text[lo : q.end + 14])):
        return True
    lo = max(0, q.start - 16)  # '0300 555 0142': every group after the zero-led one
    if any(m.start() <= q.start - lo < m.end() for m in _NATIONAL_PHONE.finditer(text[lo : q.end + 16])):
        return True
    lo = max(0, q.start - 24)  # '+44 (0)20 765 43-210': every group of an international number
    return any(m.start() <= q.start - lo < m.end() for m in _INTERNATIONAL_PHONE.finditer(text[lo : q.end + 24]))


_SCORE_LINE_AFTER = re.compile(r",\s+(?:[A-Z][\w.'’-]*\s+){1,3}[0-9]{1,3}\s*(?::|$|\n|,?\s+(?:OT|SO)\b)")
"""', Owls 2:' after 'Hawks 4': the other side of a result line ('Team N, Team M:')."""


_HYPHENED_NAME = re.compile(r"[A-Z][a-z]*-[A-Z][a-z]*")
_NAME_OF_BEFORE = re.compile(r"[A-Z][\w-]*\s+of\s$")
_PARTED_BEFORE = re.compile(r"[,:—–]\s*$")
_MODEL_NAME = re.compile(r"[a-z]{1,2}[A-Z][a-z]{2,}|[a-z](?:[a-z]{0,4}|[A-Z][a-z]{1,4})OS|[A-Z][a-z]+[A-Z][a-z]+")
_MONTH = re.compile(MONTHS)
_MONTH_END = re.compile(rf"{MONTHS}\.?$")
_LIST_ITEM_AFTER = re.compile(r"[.)]\s")
"""``is_identifier``'s and ``is_reference_mark``'s patterns, compiled once: they run for every number."""


def is_identifier(text: str, q: Quantity) -> bool:
    """'Route 66', 'Flight 370', 'page 5', 'Apollo 11', 'iPhone 11', 'Group of 20', '221 Baker Street'."""
    before = text[max(0, q.start - 40) : q.start]
    previous = last_word(before)
    # 'the coast. Twelve sailors': a capitalised number word after a full stop opens a sentence of its own
    opens_sentence = q.is_word and text[q.start : q.start + 1].isupper() and previous.endswith((".", "!", "?"))
    named_by_word = _names_by_number(previous, before_a_pair=_PAIR_AFTER.match(text, q.number_end) is not None)
    if named_by_word and not opens_sentence and not before.rstrip().endswith((",", "—", "–")):
        # not 'storms all week. Two men were hurt', nor 'every day, 510 patients wait', nor 'of the vote — 210 ballots'
        return True
    if previous.lower() in _NAMED_WHEN_BARE and (
        _NO_NOUN_AFTER.match(text, q.number_end) or _PREPOSITION_AFTER.match(text, q.number_end)
    ):
        return True
    if _COURSE_PART_BEFORE.search(before):
        return True
    if before.rstrip().endswith("§"):
        return True  # '§ 68': a law's section
    if _HYPHENED_NAME.fullmatch(previous) and _NO_NOUN_AFTER.match(text, q.number_end):
        return True  # 'Wi-Fi 6, the new standard': a name's version, even where it opens the sentence
    if before.rstrip().endswith(_ID_JOINS) and _ends_a_pair_of_names(text, q, before):
        return True
    if _NAME_OF_BEFORE.search(before) and not is_sentence_start(before[: -len(" of ")]):
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
    beside = _PARTED_BEFORE.search(before) is None
    if beside and len(previous) > 1 and previous.isalpha() and previous.isupper() and q.value < 1000:
        return True  # 'NBC 5 has edited the video', 'B 52': an acronym's number names a channel or a model
    capitalised = (
        beside and not opens_sentence and previous[:1].isupper() and not previous.endswith(("'s", "’s", "s'", "s’"))
    )  # "Jupiter's 79 moons"
    if _MODEL_NAME.fullmatch(previous):
        return True  # 'iPhone 11', 'ZoomPods 2': a model number; 'iOS 12', 'watchOS 6', 'iPadOS 13': a system's version
    if capitalised and not is_sentence_start(before) and not _MONTH_END.search(previous):
        # not 'out 67 and Ben Tasker 55', nor a box score's 'Kira Dalton 14 points.': a count, its verb left out
        return not (count_of_elided_clause(text, q) or count_after_opening_name(text, q))
    if _is_named_opener(before, previous, q) and _NAMED_OPENER_AFTER.match(text, q.number_end):
        return True  # 'Kestrel 2 won the race': a boat's, a game's or a port's name with its number
    if previous[:1].isupper() and _SCORE_LINE_AFTER.match(text, q.end):
        return True  # 'Hawks 4, Owls 2:': a result line's score
    return bool(_ADDRESS_AFTER.match(text[q.end : q.end + 60]))


def _names_by_number(word: str, *, before_a_pair: bool) -> bool:
    """Whether ``word`` names things by their number ('Route 66', 'page 5'). Its plural does so only before a pair
    ('Levels 2 through 6', 'pages 4 and 5'): a plural before one number is no name ('in the levels 2 feet deep')."""
    lowered = word.lower()
    if lowered.rstrip(".") in _ID_WORDS or lowered in _ID_WORDS:
        return True
    return before_a_pair and any(form in _ID_WORDS for form in singular_forms(lowered)[1:])


def _ends_a_pair_of_names(text: str, q: Quantity, before: str) -> bool:
    """The second number of a pair names the same kind of thing as the first: after a word that names by number
    ('grades 6 through 8', 'Levels 2 through 6'), or after any number that is a name's ('both Python 2 and 3', 'in
    Layers 1 and 2 and the driver': statistics round 33). For the latter, only a bare number before a stop, a verb or
    a capitalised word: in 'Team Kestrel 4 and 5 others' the second number counts."""
    second = _SECOND_ID.search(before)
    if second and _names_by_number(second.group("word"), before_a_pair=True):
        return True
    if q.is_word or q.currency or q.scale or q.percent or _NO_NOUN_AFTER.match(text, q.number_end) is None:
        return False
    first = _FIRST_OF_PAIR.search(text, max(0, q.start - 24), q.start)
    if first is None:
        return False
    start, end = first.span("first")
    return is_identifier(text, Quantity(start, end, end, float(first.group("first")), None, None, False, False, False))


_OPENER_HEDGE_OR_SENTENCE_OPENER = _OPENER_HEDGES | SENTENCE_OPENERS


def _is_named_opener(before: str, previous: str, q: Quantity) -> bool:
    """A capitalised word that opens its sentence (or follows a dash) right before a small bare whole number: the
    sentence's own first word, no function word or hedge ('Nearly', 'Only', 'The'), nor a month."""
    if q.is_word or q.scale or q.percent or q.currency or q.value >= 100 or q.value != int(q.value):
        return False
    if not (previous.isalpha() and previous[:1].isupper() and before.endswith(" ")):
        return False
    if (
        previous in SENTENCE_OPENERS
        or previous.lower() in _OPENER_HEDGE_OR_SENTENCE_OPENER
        or _MONTH.fullmatch(previous)
    ):
        return False
    return is_sentence_start(before)


def is_reference_mark(text: str, q: Quantity) -> bool:
    """'... per shift [1].': a footnote or citation number in square brackets; '7-6 (5)': a tiebreak's score after
    a set's; 'section 9C (3)': a subsection; '7. The Giuliani problem': a list item's number at the start of a
    paragraph; 'our picks are: 1) Alder, 2) ...': the first item's number after the colon that opens a list."""
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
    if _SUBSECTION_BRACKET.search(text[max(0, q.start - 30) : q.start]) and text[q.end : q.end + 1] == ")":
        return True
    if text[q.end : q.end + 2] == ") " and text[max(0, q.start - 2) : q.start].rstrip().endswith(":"):
        return True
    return not text[: q.start].strip() and _LIST_ITEM_AFTER.match(text[q.end : q.end + 2]) is not None
