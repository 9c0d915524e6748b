"""Occasions counted after a passive verb: 'was stabbed twice', 'has been arrested three times', 'the vote was postponed
four times' -> N times.

The annotation guide counts 'twice' as 2 'times'. A passive verb says what was done to its subject, and 'twice' or
'N times' after it how often: the count the story reports. Active verbs are left ('scored twice', 'won the state
twice'): the dev golds disagree on them (a sports fixture counts goals told so, the news sets leave a candidate's
wins out), and a frequency ('is taken twice a day') is a rate, not a count of what happened."""

from __future__ import annotations

import re

from newsprep.extract.statistics.hits import Hit
from newsprep.extract.statistics.multipliers import MULTIPLIER_AFTER, TWICE
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
