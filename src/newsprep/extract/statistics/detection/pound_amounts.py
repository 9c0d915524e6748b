"""'210 million pounds': money or a weight, as the sentence tells (statistics round 35).

'Pounds' after an amount is the pound sterling in 'bought the firm for 210 million pounds' and a weight in 'the bike
weighs 62 pounds' or '6.2 million pounds of crab'. The currency grammar reads only 'pounds sterling' as money
(``numbers.currencies``); a bare 'pounds' stays the counted noun unless the words around the amount price something:
a money conversion in brackets right after it ('1 trillion pounds ($1.5 trillion)') or a verb or preposition of
paying just before it ('worth about 2 million pounds', 'selling 62 billion pounds abroad', 'bought 0.86 pounds').
A weight word anywhere in the sentence ('weighs', 'lbs', 'tonnes') or 'pounds of' a thing keeps the weight.
"""

from __future__ import annotations

import re

from newsprep.extract.statistics.detection.hits import Hit
from newsprep.extract.statistics.words.context import sentence_index, sentence_spans

_POUNDS = re.compile(r"\s+pounds?\b(?!\s+sterling)", re.IGNORECASE)
_CONVERSION_AFTER = re.compile(
    r"\s*\(\s*(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+)?(?:US\$|[ACS]\$|\$|€|¥)\s?[0-9]"
)
"""'1 trillion pounds ($1.5 trillion)': the same amount in another currency, so this one is money."""
_THING_AFTER = re.compile(r"\s+of\s+[a-z]", re.IGNORECASE)
"""'6.2 million pounds of crab', '1.9 million pounds of food': a weight of the thing named."""
_HEDGES = (
    r"(?:about|around|some|nearly|almost|roughly|approximately|over|under|just|only|at\s+least|more\s+than"
    r"|less\s+than|up\s+to|an\s+estimated|another|a\s+further)"
)
_PAYING_BEFORE = re.compile(
    r"\b(?:worth|for|costs?|costing|paid(?:\s+out)?|pays?|paying|spent|spends?|spending|raised|raises?|raising"
    r"|sold|sells?|selling|bought|buys?|buying|fined|earned|earns?|earning|invested|invests?|investing|owed|owes"
    r"|lent|borrowed|valued\s+at|priced\s+at)"
    rf"\s+(?:{_HEDGES}\s+)*$",
    re.IGNORECASE,
)
"""A verb or preposition of paying right before the amount: 'worth about 2 million pounds', 'for 210 million pounds',
'selling 62 billion pounds abroad', 'the euro bought 0.8621 pounds'."""
_WEIGHT_WORDS = re.compile(
    r"\b(?:weigh(?:s|ed|ing|t|ts)?|heav(?:y|ier|iest)|lbs?|ounces?|oz|kilo(?:gram|gramme)?s?|kg|tons?|tonnes?|stone)\b",
    re.IGNORECASE,
)
"""A weight word in the sentence: its 'pounds' are a weight ('the bike weighs 62 pounds')."""


def pounds_read_as_money(text: str, hits: list[Hit]) -> list[Hit]:
    """A paragraph's hits, each count of 'pounds' its sentence prices made an amount in 'gbp' (the module
    docstring); every other hit as it was."""
    if not any(hit.unit in {"pounds", "pound"} for hit in hits):
        return hits
    spans = sentence_spans(text)
    return [_pounds_as_money(text, hit, spans[sentence_index(spans, hit.start)]) for hit in hits]


def _pounds_as_money(text: str, hit: Hit, sentence: tuple[int, int]) -> Hit:
    if hit.kind != "count" or hit.unit not in {"pounds", "pound"} or hit.noun is None:
        return hit
    pounds = _POUNDS.match(text, hit.end)
    if pounds is None or pounds.end() != hit.noun.end:
        return hit  # 'pounds' is not the word right after the amount ('2 million British pounds' is another reading)
    after, before = pounds.end(), text[sentence[0] : hit.start]
    converted = _CONVERSION_AFTER.match(text, after) is not None
    if not converted and (
        _THING_AFTER.match(text, after)
        or _WEIGHT_WORDS.search(text, sentence[0], sentence[1])
        or not _PAYING_BEFORE.search(before)
    ):
        return hit
    return Hit(hit.start, after, hit.value, "gbp", "money", context_end=after, determined=hit.determined)
