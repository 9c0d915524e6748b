"""Which numbers are not statistics: parts of codes and compounds, ages, ranks, vague pairs, emphatic wholes and number
words that refer back. Dates and years are ``dates``', identifiers and citations ``identifiers``', durations and what a
count counts ``noun_phrases``'.

Every rule looks only at the characters around the number, so each can be tested on a short phrase.
"""

from __future__ import annotations

import re

from newsprep.extract.statistics.measures import POSSESSIVES
from newsprep.extract.statistics.numbers import Quantity
from newsprep.extract.statistics.words import last_word
from newsprep.text import alternatives, word_set
from newsprep.text.words import UNIT_WORDS, follows_the

_AGE_BEFORE = re.compile(r"\b(?:aged?|ages)\s+(?:of\s+)?(?:about\s+|around\s+|just\s+)?$", re.IGNORECASE)
_AGE_RANGE_END_BEFORE = re.compile(
    rf"\b(?:aged?|ages)\s+(?:of\s+)?(?:between\s+)?(?:[0-9]{{1,3}}|{alternatives(UNIT_WORDS)})\s+(?:and|to|or|through)\s+$",
    re.IGNORECASE,
)
"""'between the ages of 18 and 24', 'two boys aged seven and 12': the second end of an age range or pair is an age
too."""
_PEOPLE_UNDER_BEFORE = re.compile(
    r"\b(?:people|those|adults|voters|anyone|everyone|women|men|workers|Americans|residents|drivers|users)"
    r"\s+(?:under|over|younger\s+than|older\s+than)\s+$",
    re.IGNORECASE,
)
_AGE_COMPARED_BEFORE = re.compile(
    r"\b(?:as\s+(?:young|old)\s+as|(?:younger|older)\s+than)\s+$"
    r"|\b(?:buyers|customers|shoppers|consumers|smokers|children|kids|teens|teenagers|youths|boys|girls|students"
    r"|pupils|patients|applicants)\s+(?:under|over)\s+$",
    re.IGNORECASE,
)
"""'pupils as young as 7', 'patients older than 80', 'cider sold to buyers over 21': an age told by comparison, or the
age that bounds a group of people (as 'voters under 25' does), when no noun follows the number."""
_COUNTED_AFTER = re.compile(
    r"^\s*(?:[a-z]+s|people|percent|per\s+cent|%|feet|foot|ft|inch|kg|kilos?|lbs?|stone|cm|m|metres?|meters?|km)\b",
    re.IGNORECASE,
)
"""'customers over 40 countries', 'pupils as young as 6 months', 'boys over 6 feet': a plural noun or a unit
after the number is what it counts or measures (or a duration, ``noun_phrases``' to judge), so the number is no age;
a verb or a stop after it leaves the age."""
_AGE_LIMIT_BEFORE = re.compile(r"\bage\s+(?:limits?\s+)?(?:[a-z]+\s+){0,4}?(?:to|from|at)\s+$", re.IGNORECASE)
"""'the pension age will be raised to 68', 'lower the voting age to 16': the new value of an age limit is an age."""
_AGE_AFTER = re.compile(r"^(?:-|\s)(?:years?|months?)[-\s]old\b", re.IGNORECASE)
_OLDER_OR_YOUNGER_AFTER = re.compile(r"^\s+(?:or|and)\s+(?:older|younger)\b", re.IGNORECASE)
"""'one in five residents is now 65 or older', 'residents 85 and older', 'workers who are 25 or older': a bound of an
age bracket (statistics round 24: four in three articles), an age, which the guide leaves out."""
_PRONOUN_AGE_BEFORE = re.compile(r"\b(?:I|he|she|we|they|you)\s+(?:was|were|turned)\s$", re.IGNORECASE)
"""'since I was 17 (...)', 'when she was 9, ...': a bare number after a person and 'was' is how old they were."""
_AGE_VERB_AFTER = re.compile(
    r"^,\s+(?:was|is|has|had|who|said|says|told|died|faces|faced|pleaded|remains|will|would|lives|lived)\b"
)
_TURNS_BEFORE = re.compile(r"\b(?:turn|turns|turned|turning)\s$", re.IGNORECASE)
_TURNS_AFTER = re.compile(r"^(?:[,.;)]|\s+(?:in|on|next|this|last|later|soon|at|and|but|she|he)\b|$)")
"""'will turn 47 in June': the age a person reaches."""
_APPOSITIVE_AGE = re.compile(r"[A-Z][\w’'.-]*,\s$")
_BROKEN_DECIMAL_AFTER = re.compile(r"\.\s[0-9]+(?:mm|cm|in)\b")
_DOTTED_GROUP_AFTER = re.compile(r"(?:\.|\[\.\])[0-9]")
"""A third dotted group after a decimal ('3.6' of '3.6.0', '195.3' of '195.3.222[.]251'): no amount is written so
(statistics round 33: release numbers and network addresses in 13 unannotated pages)."""
RATE_AFTER = re.compile(r"-(?:a|per)-(?:year|month|week|day|night|hour)\b", re.IGNORECASE)
"""'-a-month' after an amount: the period it is paid by, part of the compound before the noun it prices."""
_NOT_A_RANKING = r"(?!(?:most\s+recent|latest|newest|interest|forest|request|contest|protest|harvest)\b)"
"""'the four most recent surveys', 'the three latest models' select by time and count them; 'interest' is no
superlative."""
_SUPERLATIVE_AFTER = re.compile(rf"\s+{_NOT_A_RANKING}(?:most\s|[a-z]{{2,}}est\b)")
_BEST_AFTER = re.compile(rf"\s+{_NOT_A_RANKING}(?:best|worst|most\s|[a-z]{{2,}}est\b)")
_NUMBER_WORD = alternatives(UNIT_WORDS)
_WORD_OR_BEFORE = re.compile(rf"\b(?:{_NUMBER_WORD})\s+or\s+$", re.IGNORECASE)
_OR_WORD_AFTER = re.compile(rf"\s+or\s+(?:{_NUMBER_WORD})\b", re.IGNORECASE)
_EMPHATIC_AFTER = re.compile(
    r"\s+(?:wrong|right|sure|certain|confident|committed|correct|true|false|honest|accurate|behind|focused|against"
    r"|opposed|supportive|fit|healthy|ready)\b"
)
_EFFORT_BEFORE = re.compile(
    r"\b(?:perform(?:s|ed|ing)?|give|gives|gave|giving|play(?:s|ed|ing)?|tr(?:y|ies|ied|ying)|recommend(?:s|ed)?)"
    r"(?:\s+(?:it|them|this|at)){0,2}\s+$",
    re.IGNORECASE,
)
"""'our keeper played 100 percent', 'gave it 100%', 'would recommend it at 100%': the whole of an effort or a
verdict, said for emphasis; the whole of something named after 'of' ('gave 100% of the proceeds') stays a share."""
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
_OBJECT_PRONOUN_BEFORE = re.compile(r"\b(?:you|me|him|them|us)\s+$", re.IGNORECASE)
"""'two largest', 'three most populous' after the number: a ranking's first few."""
_DEFINITE = word_set("the these those its their our his her my your all both every each first last next")


def is_glued(text: str, q: Quantity) -> bool:
    """Part of a code or compound: 'COVID-19', 'A320', '21st', '45-year-old', '9/11', '3:30', '1990s'."""
    if q.currency and RATE_AFTER.match(text, q.end):
        return False  # 'a $12-a-month plan', 'a $4-billion-a-year trade': an amount by the period
    if _BROKEN_DECIMAL_AFTER.match(text, q.end):
        return True  # 'a 2. 5mm plug': a decimal split by a stray space, part of a product's name
    if _DOTTED_GROUP_AFTER.match(text, q.end) or text[max(0, q.start - 3) : q.start] == "[.]":
        return True  # 'Python 3.6.0', '127.0.0.1', '85[.]17.40.98': a version or an address runs on in dotted groups
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


_CLAUSE_END_AFTER = re.compile(r"^(?:\s*[(,.;:!?—–]|$)")
_AGE_VERB_BEFORE = re.compile(r"\b(?:is|was|turned|turns|turning|[Aa]t|under|am|I[’']m)\s$")
_AGE_END_AFTER = re.compile(r"^(?:[,.;)]|\s+(?:she|he|and|but)\b|$)")
_UNITLESS_SUBJECT_BEFORE = re.compile(r"\b(?:ratios?|index)\s+(?:is|was)\s$", re.IGNORECASE)
"""'the hazard ratio was 0.81,', 'in the north the ratio is 3.6.': a ratio or an index is told as a bare number, no
person's age (round 30: a trial and a housing fixture)."""
_WORD_COMMA_BEFORE = re.compile(r"\b[a-z]+,\s$")
_APPOSITIVE_END_AFTER = re.compile(r"^(?:,|\)|\s+and\b|\s+[–—―])")
"""``is_age``'s patterns, compiled once: it runs for every number."""


def is_age(text: str, q: Quantity) -> bool:
    before, after = text[max(0, q.start - 24) : q.start], text[q.number_end : q.number_end + 16]
    if _AGE_BEFORE.search(before) or _AGE_AFTER.match(after) or _AGE_RANGE_END_BEFORE.search(before):
        return True
    if q.value < 120 and _OLDER_OR_YOUNGER_AFTER.match(after):
        return True
    limit = _AGE_LIMIT_BEFORE.search(text, max(0, q.start - 60), q.start) if q.value < 120 else None
    if limit is not None and not _COUNTED_AFTER.match(after):
        return True  # 'the retirement age should rise to 70 for ...'
    if q.value < 120 and _PEOPLE_UNDER_BEFORE.search(before):
        return True  # 'voters under 25', 'drivers over 70': a group named by its age
    if q.value < 120 and _AGE_COMPARED_BEFORE.search(before) and not _COUNTED_AFTER.match(after):
        return True
    if q.value < 120 and _PRONOUN_AGE_BEFORE.search(before) and _CLAUSE_END_AFTER.match(after):
        return True
    if q.value < 120 and _TURNS_BEFORE.search(before) and _TURNS_AFTER.match(after):
        return True  # 'will turn 47 in June', 'turned 50 last week'
    if q.value < 120 and _AGE_VERB_BEFORE.search(before) and not _UNITLESS_SUBJECT_BEFORE.search(before):
        # 'Trump, who is 70.', 'even now at 86 she': a bare number after these is an age
        return _AGE_END_AFTER.match(after) is not None
    if q.value < 120 and _WORD_COMMA_BEFORE.search(before) and _AGE_VERB_AFTER.match(after):
        return True  # 'the former star, 42, was voted off': set off by commas before the person's verb
    # 'Keisha Grant, 45, said', 'Keisha Grant, 45 — who' ('―' too): a bare number set off right after a name
    return bool(_APPOSITIVE_AGE.search(before)) and bool(_APPOSITIVE_END_AFTER.match(after)) and q.value < 120


_BEST_OF_BEFORE = re.compile(r"\bbest[\s-]+of[\s-]+$", re.IGNORECASE)


def is_rank(text: str, q: Quantity) -> bool:
    """'the top 10 hazards', 'a top 5 finish': a place in a list, not an amount; 'a best of five final', 'a
    best-of-seven final': a contest's format, who wins the most of so many; "the nation's two largest unions", 'its
    two busiest ports', 'the 8 best cheap laptops': the first few of a ranking, named by who holds them or by 'the'."""
    previous = last_word(text[max(0, q.start - 40) : q.start])
    if previous.lower() in {"top", "bottom"}:
        return True
    if q.value < 10 and _BEST_OF_BEFORE.search(text, max(0, q.start - 12), q.start):
        return True  # not 'the best of 40 entries', a count of what the best is chosen from
    if previous.lower() == "the" and _BEST_AFTER.match(text, q.end) is not None:
        return True
    held = previous.endswith(("'s", "’s")) or previous.lower() in POSSESSIVES  # 'its two busiest ports'
    return held and _SUPERLATIVE_AFTER.match(text, q.end) is not None


_FIRST_FEW_BEFORE = re.compile(
    r"\bthe\s+(?:first|previous|preceding)\s+$|\b(?:our|their|its|his|her|my|your)\s+(?:previous|preceding)\s+$",
    re.IGNORECASE,
)
_PREVIOUS_AFTER = re.compile(r"\s+(?:previous|preceding)\s+(?=[a-z])", re.IGNORECASE)


def is_first_few(text: str, q: Quantity) -> bool:
    """'the first three suspects', 'the first four stages': the opening places of an order (a rank, as 'the top 10'
    is), not how many there are. 'the previous two audits', 'the three preceding rounds', 'our previous two
    peaks' pick the places just before one in the same way: a window the story looks back over, not a count of
    its world. Only with 'the' (or a possessive before 'previous') and a counted noun after the number (the caller's
    test): 'its first two stores' and 'five previous rulings' may report a count, and in 'the first 40 (metres)' the
    number has no noun after it."""
    if _FIRST_FEW_BEFORE.search(text, max(0, q.start - 14), q.start) is not None:
        return True
    return follows_the(text, q.start, window=6) and bool(_PREVIOUS_AFTER.match(text, q.end))


_MATCH_WON_BEFORE = re.compile(
    r"\b(?:beat|beats|beaten|beating|defeat|defeats|defeated|defeating|won|win|wins|winning|lost|lose|loses|losing"
    r"|overcame|overcomes|overcoming|edged|swept|downed|outlasted)\b[^.;!?]{0,60}?\bin\s+$",
    re.IGNORECASE,
)
_SETS_AFTER = re.compile(r"\s+sets\b", re.IGNORECASE)


def is_match_length(text: str, q: Quantity) -> bool:
    """'beat Ann Roe in five sets', 'won the final in three sets': how long a tennis match ran, told with its result (a
    result is no entry: the guide's 'won 3-2'), not a count of anything the story reports."""
    return (
        _SETS_AFTER.match(text, q.end) is not None
        and _MATCH_WON_BEFORE.search(text, max(0, q.start - 90), q.start) is not None
    )


def is_vague_pair(text: str, q: Quantity) -> bool:
    """'one or two guards', 'two or three times': number words joined by 'or' guess at a small amount."""
    before, after = text[max(0, q.start - 12) : q.start], text[q.number_end : q.number_end + 12]
    return bool(_WORD_OR_BEFORE.search(before) or _OR_WORD_AFTER.match(after))


def is_emphatic_whole(text: str, q: Quantity) -> bool:
    """'100 percent sure', 'backs him 100%', '100 per cent against the plan', 'she gave 100 percent': a whole said for
    emphasis, not a share of anything."""
    if q.value != 100 or not q.percent:
        return False
    if _EMPHATIC_AFTER.match(text, q.end):
        return True
    if _EFFORT_BEFORE.search(text, max(0, q.start - 24), q.start) and not _OF_AFTER.match(text, q.end):
        return True
    return _OBJECT_PRONOUN_BEFORE.search(text[max(0, q.start - 8) : q.start]) is not None


def is_determined_word_number(text: str, q: Quantity) -> bool:
    """'the two countries', 'both three ...': a number word that refers back rather than reports a figure."""
    return last_word(text[max(0, q.start - 20) : q.start]).lower() in _DEFINITE


def is_per_word_number(text: str, q: Quantity) -> bool:
    """'one of every six riders': a number word after 'every' or 'each' divides; it counts nothing."""
    return last_word(text[max(0, q.start - 20) : q.start]).lower() in {"every", "each"}
