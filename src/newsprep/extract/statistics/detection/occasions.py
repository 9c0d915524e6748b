"""Occasions counted after a verb: 'was stabbed twice', 'has been arrested three times', 'the vote was postponed
four times', 'won the county title twice', 'put off the vote twice' -> N times.

The annotation guide counts 'twice' as 2 'times'. A passive verb says what was done to its subject, and 'twice' or
'N times' after it how often: the count the story reports. After an active verb in the past and its object, 'twice'
counts the subject's acts the same way (statistics round 24: three dev golds in two sources, Lee and the goose
pages, count a delay, a sailor's wins and a deputy's stints so; one, a candidate's wins of a state, leaves it out).
'scored twice' is left: whether it is two goals is each set's own choice (two fixture folders count it, the aeb dev
golds leave both of theirs out). A frequency ('is taken twice a day') is a rate, not a count of what happened."""

from __future__ import annotations

import re

from newsprep.extract.statistics.detection.hits import Hit
from newsprep.extract.statistics.detection.multipliers import MULTIPLIER_AFTER, TWICE
from newsprep.extract.statistics.measures import PAST_VERBS
from newsprep.extract.statistics.numbers import digit_value, word_value
from newsprep.text import alternatives
from newsprep.text.words import UNIT_WORDS

_IRREGULAR_PARTICIPLES = (
    "shot", "hit", "struck", "caught", "held", "beaten", "bitten", "thrown", "sent", "seen", "taken", "broken",
    "stolen", "sold", "cut", "stung", "given", "chosen", "driven", "shaken", "overturned", "put", "run", "won",
)  # fmt: skip
_PLACE_OR_MEANS = (
    r"(?:by|into|from|at|in|on|for|with|to(?=\s+(?:(?:the|an?|his|her|their|its|our|my)\b|(?-i:[A-Z]))))"
    r"(?:\s+(?!(?:be|been|being)\b)[^\W\d_]+(?:[’'-][^\W\d_]+)*){1,7}?"
)
"""A short phrase of place or means may stand between the verb and its count ('was carried by stretcher into the
ward twice', 'was sent to the cells three times'): the count is still of what was done to the subject. No stop,
comma or digit may fall inside it, so 'was raised to three times the fee' stays the multiplier the scan reads; 'to'
only before a determiner or a name, and no 'be' inside, so an infinitive ('was pleased to be invited to sing twice')
starts no phrase: the count there is of the infinitive's act."""
_PASSIVE_OCCASIONS = re.compile(
    r"\b(?:was|were|been|being|is|are|be|get|gets|got|gotten)\s+(?:[a-z]+ly\s+)?"
    rf"(?:[a-z]{{3,}}ed|{alternatives(_IRREGULAR_PARTICIPLES)})"
    rf"(?:\s+(?:back|down|off|up|out))?(?:\s+{_PLACE_OR_MEANS})?"
    rf"\s+(?P<count>twice|(?P<number>{alternatives((*UNIT_WORDS, 'ten'))}|[0-9]{{1,2}})"
    r"\s+times)\b",
    re.IGNORECASE,
)
_RATE_AFTER = re.compile(
    r"\s+(?:a|an|per|each|every|daily|weekly|monthly|yearly|annually|nightly|hourly)\b",
    re.IGNORECASE,
)
"""'taken twice a day', 'checked three times daily': a rate, not a count of what happened."""
_ACTIVE_PAST = tuple(sorted(PAST_VERBS | set(_IRREGULAR_PARTICIPLES) | {"did", "done", "beat", "went", "met"}))
_ACTIVE_TWICE = re.compile(
    rf"\b(?P<verb>[a-z]{{3,}}ed|{alternatives(_ACTIVE_PAST)})\b"
    r"(?:\s+(?!(?:and|or|but|was|were|is|are|be|been|being|to)\b)[^\W\d_]+(?:[’'][^\W\d_]+)?){0,5}?"
    r"\s+(?P<count>twice)\b(?![-’'])"
)
"""A verb in the past (lower case: not a name), up to five words of its object or particle ('won the county title',
'put off the vote', 'taken over for the chief'; no stop, comma, digit or conjunction between), then 'twice'. No 'to'
inside, so an infinitive's count ('asked to speak twice') is left, as the passive pattern leaves it."""
_NOT_ACTIVE_COUNTS = frozenset({"scored"})
"""Verbs whose 'twice' the sets count differently (see the module's docstring), anywhere before 'twice' in the span."""
_VAGUE_AROUND_TWICE = re.compile(r"\bonce\s+or\s+$|^\s+or\b", re.IGNORECASE)
"""'once or twice', 'twice or three times': a vague amount, no entry."""


def passive_occasions(text: str, lowered: str) -> list[Hit]:
    """Every occasion count after a passive verb in a paragraph (``lowered``: its lower-cased text), in text order."""
    if "twice" not in lowered and "times" not in lowered:
        return []
    hits: list[Hit] = []
    for m in _PASSIVE_OCCASIONS.finditer(text):
        number = m.group("number")
        multiplier = MULTIPLIER_AFTER.match(text, m.end("number")) if number else TWICE.match(text, m.start("count"))
        if multiplier is not None or _RATE_AFTER.match(text, m.end()):
            continue  # 'offered twice their fee', 'paid three times what': a multiplier the scan reads
        value = 2.0 if number is None else word_value(number) or digit_value(number)
        if value is None or value < 2:
            continue
        hits.append(Hit(m.start("count"), m.end("count"), value, "times", "times", context_end=m.end("count")))
    return hits


def active_occasions(text: str, lowered: str) -> list[Hit]:
    """Every 'twice' after an active verb in the past and its object in a paragraph, in text order
    (``lowered``: its lower-cased text)."""
    if "twice" not in lowered:
        return []
    hits: list[Hit] = []
    for m in _ACTIVE_TWICE.finditer(text):
        start, end = m.span("count")
        if not _NOT_ACTIVE_COUNTS.isdisjoint(m.group().split()) or _is_no_count(text, start, end):
            # the excluded verb may be the last of the span ('beat Buffalo as Parise scored twice')
            continue
        hits.append(Hit(start, end, 2.0, "times", "times", context_end=end))
    return hits


def _is_no_count(text: str, start: int, end: int) -> bool:
    """'twice the fee' (a multiplier the scan reads), 'twice a week' (a rate), 'once or twice' (vague)."""
    return (
        TWICE.match(text, start) is not None
        or _RATE_AFTER.match(text, end) is not None
        or _VAGUE_AROUND_TWICE.search(text[max(0, start - 12) : start]) is not None
        or _VAGUE_AROUND_TWICE.match(text[end : end + 6]) is not None
    )


def counted_occasions(text: str, lowered: str) -> list[Hit]:
    """The occasion counts of a paragraph, passive and active, once each, in text order."""
    passive = passive_occasions(text, lowered)
    taken = {hit.start for hit in passive}
    active = [hit for hit in active_occasions(text, lowered) if hit.start not in taken]
    return sorted([*passive, *active], key=lambda hit: hit.start) if active else passive
