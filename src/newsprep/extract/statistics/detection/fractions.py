"""Fractions of a group: 'one in five', 'three-quarters of', 'half of' -> percent; 'a quarter of a million dollars'
-> an amount (the statistics stage's first try at each place a quantity can start)."""

from __future__ import annotations

import re

from newsprep.extract.statistics.detection.hits import Hit, quantity_unit
from newsprep.extract.statistics.detection.patterns import FRACTION_OF_SCALE, NOT_A_SHARE_BEFORE, SCALES
from newsprep.extract.statistics.detection.rules import is_determined_word_number
from newsprep.extract.statistics.numbers import (
    FRACTION_IN,
    FRACTION_NOUN_IN,
    FRACTION_PART,
    Quantity,
    currency_code,
    fraction_in_value,
    fraction_part_value,
)
from newsprep.extract.statistics.words import CHANGE_HEDGES, TIME_UNITS, noun_phrase_after, one_of, optional_before
from newsprep.text import NUMBER_WORD_VALUES, alternatives
from newsprep.text.words import word_set

_GROUP_OBJECT_TIME = re.compile(r"^\s+(?:of\s+)?(?:the|a|an|this|that|last|next)?\s*(\w+)", re.IGNORECASE)
_NOT_GROUP_OBJECTS = TIME_UNITS | {"way", "mile", "miles", "cent", "point", "inch", "hour", "game", "match"}


_MIXED_AMOUNT_BEFORE = re.compile(
    rf"(?:\b(?:a|an|one)\s+[a-z]+|\b(?:{alternatives(sorted(NUMBER_WORD_VALUES))})|[0-9])\s+and\s+$", re.IGNORECASE
)
"""'a spoon and a half of sugar', 'a game and a half of the lead', 'four and a half thousand': a fraction added to a
whole (one thing, or a number) is part of a mixed amount, no share (round 30: an aeb pool page, a fixture)."""

_CHANGE_BY_BEFORE = re.compile(rf"\bby\s+{optional_before(CHANGE_HEDGES)}$", re.IGNORECASE)
_AFTER_A_CHANGE = re.compile(
    r"\s*(?:[,.;:)!?—–]|$)|\s+(?:from|in|to|since|over|this|last|between|after|during|and|or|but|compared|as|while"
    r"|on|at|for|when|by|among)\b",
    re.IGNORECASE,
)
"""What follows a fraction that is the size of a change ('fares rose by a third since 2015', 'cut by half.', 'down by
nearly half by 2035', a deadline; 'by a third among pupils', a group), not a noun it would measure ('by half an
hour')."""
_OF_A_PERCENT = re.compile(r"\s+an?\s+(?:(?P<points>percentage[\s-]points?)|percent)\b", re.IGNORECASE)
"""'half a percentage point', 'half a percent': a fraction of the unit itself."""
_A_POINT = re.compile(r"(?:\s+a)?[\s-]point\b", re.IGNORECASE)
"""'a quarter point', 'a half-point cut', 'half a point': a fraction of a percentage point where rates are the story."""
_COMPARED_MEASURE = re.compile(
    r"\s+the\s+(?:size|mass|weight|density|length|width|height|depth|distance|speed|price|cost|rate|number|amount"
    r"|level|value|area|volume|population)\s+(?:of|that)\b",
    re.IGNORECASE,
)
"""'a tenth the density of water', 'a third the price of the old model': a fraction that compares one measure with
another's, a share (half with no 'a' stays out: 'half the size' is as often a figure of speech)."""
_SHARE_HEDGES = one_of((*CHANGE_HEDGES, "fewer than", "close to", "around", "at least", "only", "over", "under"))
_HEDGE_BEFORE = re.compile(rf"\b(?:{_SHARE_HEDGES})\s+$", re.IGNORECASE)
_SHARE_AFTER_HALF = re.compile(
    r"\s+(?:the|what)\b(?!\s+(?:way|time|day|night|week|year|month|season|game|match)\b)|[.,;:!?\"”]"
)
"""'almost half the crew', 'less than half what was needed', 'now it is more than half.': a bounded 'half' with no
'of' is still a share of what follows it or of what the sentence has named ('half the season' is a time, left)."""
_POSSESSED_AFTER_HALF = re.compile(
    r"\s+(?:his|her|their|my|its|our|your)\s+(?!(?:[a-z]+\s+)?(?:life|lifetime|career|age|time|days|years)\b)[a-z]",
    re.IGNORECASE,
)
"""'about half his usual catch', 'half their price', 'Half my profit goes to': 'half' before a possessive is a share of
what is possessed, hedged or not (statistics round 24: three golds in three sources); a span of a life or career
('half his life', 'half her career') is a time, left."""
_PERCENT_UNIT = r"(?:(?P<points>percentage[\s-]points?)|per\s?cent\b|percent\b|%)"
"""Percent or percentage points, as the unit a fraction is a fraction of."""
_OF_A_PERCENT_UNIT = re.compile(rf"\s+of\s+(?:an?|one|1)\s*{_PERCENT_UNIT}", re.IGNORECASE)
"""'half of 1 percent', 'a quarter of a percentage point', 'a tenth of one per cent': a fraction of the unit itself,
as 'half a percent' is, not a share of a group and a second figure ('two-thirds of 5%' is left as it was)."""
_PERCENT_RIGHT_AFTER = re.compile(rf"\s+{_PERCENT_UNIT}", re.IGNORECASE)
"""'one-half percent', 'a quarter percentage point', 'three-quarters per cent': a fraction written as the number of
the unit, a fraction of one percent (of one point), never a share of a group."""
_COMPARED_AFTER = re.compile(
    r"\s+(?:(?:less|more|fewer|lower|higher|smaller|larger|bigger|cheaper|dearer)(?:\s+than\b|\s*[.,;:!?)]|\s*$)"
    r"|(?:below|above)\b)",
    re.IGNORECASE,
)
"""'a third less than last year', 'a quarter higher than in May', 'its costs are a third lower.', 'a tenth below the
level before the pandemic': the size of a difference, a share, with what it is compared to given or already named ('a
third more money' is left: the noun after could be what a third of is counted)."""
_AS_MUCH_AS = re.compile(
    r"\s+as\s+(?:much|many|large|big|high|long|fast|often|likely)\b(?=[^.;!?]*?\bas\b)", re.IGNORECASE
)
"""'half as much power as in 1998', 'a third as many staff as before': a fraction that sizes one amount against
another it names, a share ('half as a joke' is no comparison)."""
_NOT_A_GROUP_NOUN = word_set("more less other others of and or the a an in on at to by for with from than that this")
"""Words between 'one' and 'in' that are no noun of a group ('one more in ten' is no share of a group)."""
_SHARE_SUBJECT_VERB = re.compile(
    r"\s+(?:is|was|has|says|said|lives|works|stands|gets|earns|reports|uses|owns|faces|needs|[a-z]+ing)\b",
    re.IGNORECASE,
)
"""'one shop in four stands empty', 'one charity in eight says', 'one club in three reporting record crowds': a verb
that agrees with 'one <noun>', or a participle of it, after the denominator: the phrase is the subject, a share,
though the words after read as a noun phrase."""
_SHARE_AS_SUBJECT = re.compile(
    r"\s+(?:would|could|said|say|were|are|do|did|will|thought|think|believe|backed|supported|opposed|voted|wanted"
    r"|want)\b",
    re.IGNORECASE,
)
"""'a third would accept a cut', 'a quarter could not read music', 'Half were asked to walk': a fraction with no 'of'
before a plural subject's verb is a share of the group the sentence has named (the verbs are plural or tell what
people said, thought or did: 'a quarter was' is as often a period of a year)."""
_RATES = re.compile(r"\b(?:rates?|yields?|percent|percentage)\b|%", re.IGNORECASE)
"""A paragraph about rates or shares: its 'point' is a percentage point (a chess game's half point is not)."""


def _fraction_without_of(
    text: str, start: int, end: int, numerator: str | None, denominator: str
) -> tuple[Hit | None, int]:
    """'half a percentage point' (0.5 points), 'a quarter point' of a rate (0.25 points), and a change by a fraction
    ('up by a third', 'cut by half': percent); any other 'half'/'a third' with no 'of' after it is no share ('half an
    hour', 'a third term')."""
    point = _A_POINT.match(text, end)
    share = fraction_part_value(numerator, denominator) if point is not None and _RATES.search(text) else None
    if point is not None and share is not None:
        return Hit(
            start, point.end(), share / 100, "percentage points", "percent", context_end=point.end()
        ), point.end()
    unit = _OF_A_PERCENT.match(text, end) if numerator is None and denominator == "half" else None
    if unit is not None:
        name = "percentage points" if unit.group("points") else "percent"
        return Hit(start, unit.end(), 0.5, name, "percent", context_end=unit.end()), unit.end()
    hedged = numerator is None and denominator == "half" and _HEDGE_BEFORE.search(text, max(0, start - 16), start)
    after_half = _SHARE_AFTER_HALF.match(text, end) if hedged else None
    if after_half is not None or _is_share_of_possessed(text, start, end, numerator, denominator):
        return Hit(start, end, 50.0, "percent", "percent", context_end=end), end
    by_before = _CHANGE_BY_BEFORE.search(text, max(0, start - 24), start) is not None
    value = fraction_part_value(numerator, denominator)
    if value is not None and _is_share_as_subject(text, start, end):
        return Hit(start, end, value, "percent", "percent", context_end=end), end
    if value is not None and (
        ((numerator is not None or denominator != "half") and _COMPARED_AFTER.match(text, end))
        or _AS_MUCH_AS.match(text, end)
        or (numerator is not None and _COMPARED_MEASURE.match(text, end))
    ):
        return Hit(start, end, value, "percent", "percent", context_end=end), end  # the size of a comparison: a share
    if not by_before or value is None or _AFTER_A_CHANGE.match(text, end) is None:
        return None, 0
    return Hit(start, end, value, "percent", "percent", context_end=end), end


def _is_share_of_possessed(text: str, start: int, end: int, numerator: str | None, denominator: str) -> bool:
    """'half his usual catch' (``_POSSESSED_AFTER_HALF``), not 'the second half his side ...' (a period of a match)."""
    if numerator is not None or denominator != "half" or _POSSESSED_AFTER_HALF.match(text, end) is None:
        return False
    return NOT_A_SHARE_BEFORE.search(text[max(0, start - 16) : start]) is None


def _is_share_as_subject(text: str, start: int, end: int) -> bool:
    """``_SHARE_AS_SUBJECT``, not after 'the', an ordinal or 'one' ('the second half were', 'one half did')."""
    if _SHARE_AS_SUBJECT.match(text, end) is None:
        return False
    return NOT_A_SHARE_BEFORE.search(text[max(0, start - 16) : start]) is None


def fraction_at(text: str, pos: int) -> tuple[Hit | None, int]:
    """A fraction of a group starting at ``pos`` ('one in five', 'three-quarters of', 'half of') as a percent, or
    of a scale ('a quarter of a million dollars'); with where the scan goes on (0 when there is none)."""
    noun_share = _share_with_noun(text, pos)
    if noun_share is not None:
        return noun_share, noun_share.end
    m = FRACTION_IN.match(text, pos)
    if m:
        value = fraction_in_value(m.group("a"), m.group("b"))
        if value is not None and not is_determined_word_number(text, _span(m.start(), m.end())):
            return Hit(m.start(), m.end(), value, "percent", "percent", context_end=m.end()), m.end()
    m = FRACTION_PART.match(text, pos)
    if m is None:
        return None, 0
    numerator, sep, denominator = m.group("n"), m.group("sep") or "", m.group("d").lower()
    after = text[m.end() : m.end() + 40]
    has_of = re.match(r"\s+of\b", after) is not None
    before = text[max(0, m.start() - 16) : m.start()].lower()
    of_percent = _PERCENT_RIGHT_AFTER.match(text, m.end())
    part = fraction_part_value(numerator, denominator) if of_percent is not None else None
    if of_percent is not None and part is not None:
        unit = "percentage points" if of_percent.group("points") else "percent"
        return Hit(m.start(), of_percent.end(), round(part / 100, 6), unit, "percent"), of_percent.end()
    if numerator is None or numerator.lower() in {"a", "an"}:
        if numerator is None and denominator != "half":
            return None, 0
        if numerator is not None and _MIXED_AMOUNT_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            return None, 0
        if not has_of:
            return _fraction_without_of(text, m.start(), m.end(), numerator, denominator)
        if NOT_A_SHARE_BEFORE.search(before):
            return None, 0
    elif "-" not in sep and not has_of:
        return None, 0
    of_unit = _OF_A_PERCENT_UNIT.match(text, m.end())
    share = fraction_part_value(numerator, denominator) if of_unit is not None else None
    if of_unit is not None and share is not None:
        unit = "percentage points" if of_unit.group("points") else "percent"
        return Hit(m.start(), of_unit.end(), round(share / 100, 6), unit, "percent"), of_unit.end()
    scaled = FRACTION_OF_SCALE.match(text, m.end())
    if scaled is not None:
        return _fraction_of_scale(text, m.start(), scaled, fraction_part_value(numerator, denominator))
    obj = _GROUP_OBJECT_TIME.match(after)
    if obj and obj.group(1).lower() in _NOT_GROUP_OBJECTS:
        return None, 0
    value = fraction_part_value(numerator, denominator)
    if value is None:
        return None, 0
    return Hit(m.start(), m.end(), value, "percent", "percent", context_end=m.end()), m.end()


def _share_with_noun(text: str, pos: int) -> Hit | None:
    """'one family in ten', 'one pupil in twelve.' -> a share in percent; not 'one study in 24 older adults' (a noun
    after the denominator: the 24 count the adults) nor 'the one thing in ten'."""
    m = FRACTION_NOUN_IN.match(text, pos)
    if m is None or m.group("noun").lower() in _NOT_A_GROUP_NOUN:
        return None
    if noun_phrase_after(text, m.end()) is not None and _SHARE_SUBJECT_VERB.match(text, m.end()) is None:
        return None
    value = fraction_in_value(m.group("a"), m.group("b"))
    if value is None or is_determined_word_number(text, _span(m.start(), m.end())):
        return None
    return Hit(m.start(), m.end(), value, "percent", "percent", context_end=m.end())


def _fraction_of_scale(text: str, start: int, scaled: re.Match[str], percent: float | None) -> tuple[Hit | None, int]:
    """'a quarter of a million dollars' -> 250,000 usd; 'a third of a billion people' -> 333,333,333 people."""
    if percent is None:
        return None, 0
    value = percent / 100 * SCALES[scaled.group("scale").lower()]
    currency = currency_code(None, scaled.group("cur"), mentions_yuan=False) if scaled.group("cur") else None
    if currency:
        return Hit(start, scaled.end(), value, currency, "money", context_end=scaled.end()), scaled.end()
    noun = noun_phrase_after(text, scaled.end())
    if noun is None:
        return None, 0
    q = Quantity(start, scaled.end(), scaled.end(), value, None, None, False, False, True)
    return Hit(start, scaled.end(), value, quantity_unit(q, noun), "count", noun, context_end=noun.end), scaled.end()


def _span(start: int, end: int) -> Quantity:
    return Quantity(start, end, end, 0.0, None, None, False, False, True)
