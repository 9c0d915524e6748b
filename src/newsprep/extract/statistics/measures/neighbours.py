"""What a statistic measures when the number before it in the paragraph says it: the same measure (a conversion, a
coordination, the other side of a comparison), the same verb for another noun (a list of counts: ``list_items``), or
a change in what the number before it measures ('sold 1.1 million cars, down 4%')."""

from __future__ import annotations

import re

from newsprep.extract.statistics.measures.appositive_changes import appositive_change
from newsprep.extract.statistics.measures.clause import names_a_time, tidy_phrase
from newsprep.extract.statistics.measures.deals import is_deal_measure
from newsprep.extract.statistics.measures.groups import whole_with_part
from newsprep.extract.statistics.measures.list_items import (
    elided_place_item,
    item_after_part,
    list_item_measure,
    with_own_noun,
)
from newsprep.extract.statistics.measures.placed import Placed
from newsprep.extract.statistics.measures.polls import gapped_measure
from newsprep.extract.statistics.measures.word_classes import CHANGE_NOUN_WORDS, CLOSING_NOUNS, UP_DOWN
from newsprep.extract.statistics.words import APPROXIMATE, RANGE_END_HEDGES, SAME_MEASURE_WORDS, one_of, optional_before

_TIME_TAIL = (
    r"(?:\s+(?:from|in|over|during|on|for)\s+(?:the\s+|a\s+)?(?:previous\s+|prior\s+|past\s+)?"
    r"(?:month|year|quarter|week|day|period|January|February|March|April|May|June|July|August|September|October"
    r"|November|December)(?:\s+(?:before|earlier|ago))?)?"
)
"""A short time after a change ('rose 2% in May', '0.4% from the month before'), before what follows it."""
_SAME_MEASURE_GAP = re.compile(
    rf"{_TIME_TAIL}\s*(?:\(\s*{optional_before(APPROXIMATE)}|,?\s*(?:or|and)\s+{optional_before(SAME_MEASURE_WORDS)})",
    re.IGNORECASE,
)
"""Between two numbers that measure the same thing: a conversion ('3 miles (5 km)', '¥2 billion, or about $290
million') or a coordination ('up 2% and up 4%', 'rose 2% in May and 6% over the year')."""
_LEVEL_AFTER_CHANGES = re.compile(
    rf"{_TIME_TAIL}(?:\s+(?:last|this|next)\s+(?:year|month|week|quarter|season|spring|summer|fall|autumn|winter))?"
    r"(?:\s*,\s*(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:said|says|reported|reports|announced))?"
    rf"\s*,?\s*to\s+{optional_before(APPROXIMATE)}",
    re.IGNORECASE,
)
"""'rose 0.4% from the month before and 4.3% from a year earlier, to $35.12', 'cut its rate by 25 basis points to
4.5%', 'rose 6% last season, the club said, to $143 million', 'by 4.5% next fall, to $11,870': the level the changes
reached."""
_CONVERSION_END = re.compile(rf"[^.;!?]*,\s*or\s+{optional_before(APPROXIMATE)}$", re.IGNORECASE)
"""'spent ¥2.1 billion on the project, or about $290 million': the same amount in another currency."""
_COMPARED_WITH_END = re.compile(
    r"(?:[^.;!?]*(?:\b(?:up|down)(?:\s+\w+ly)?\s+from|\bcompared\s+(?:with|to)|\bversus|\bagainst|\brather\s+than"
    r"|\binstead\s+of|,\s*not|,\s*(?:(?:more|less)\s+than\s+|nearly\s+|almost\s+)?"
    r"(?:double|triple|twice|half|beating|topping|[\w.-]+\s+times)(?:\s+the)?)"
    r"|(?:(?:\s+(?:in|during|on|over|for)\s+(?:the\s+)?[\w.]+(?:\s+[\w.]+)?|\s+(?:a|an|per|each)\s+(?:[\d,.]+\s+)?\w+)"
    r"\s*,?)?\s+from)"
    rf"(?:\s+(?:the\s+)?(?P<owner>[\w-]+)(?:['’]s|s['’]))?\s+{optional_before(APPROXIMATE)}$",
    re.IGNORECASE,
)
"""'45 million phones, up from 41 million'; 'fell to 3.6% in May from 3.8%' (a short phrase of time or place
before 'from', or the unit a price is for: 'to $17 an hour from $15', with a comma too: 'to $17 an hour, from $15',
'to 29 calves per 100 cows, from 24'; an adverb: 'down sharply from'; a
possessive: 'compared with the women's $61,000'; 'rather than', 'instead of'; a multiple or a record beaten after
a comma: ', more than double the $40', ', four times the $9 million', ', beating the 3,100'; a correction: 'fell
22%, not 30%'): the other side of a comparison measures the same thing."""
_PLACE_AFTER = re.compile(
    r"\s+(?P<prep>in|among|for|at)\s+(?P<place>(?:the\s+)?[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3})"
)
"""'..., compared with 18% in the navy': the comparison's other side in another place or group."""
_BACK_REFERENCES = frozenset({"figure", "number", "amount", "sum", "tally", "estimate", "respectively"})
"""'... would save $3 billion; a rival study puts the figure at $1 billion': a noun that points back at what the
number before it measures ('charges of 61p and 31p respectively' too)."""
_ALONG_WITH_GAP = re.compile(
    rf"[^.;:!?()\"“”]*,\s*(?:along|together)\s+with\s+{optional_before(APPROXIMATE)}", re.IGNORECASE
)
"""'2,100 firefighters are assigned to the blaze, along with 14 helicopters': a count added to the one before, in
its clause."""
_OWN_GROUP = re.compile(r"\s+of\s+\w", re.IGNORECASE)
"""A share with its own group after it ('7% of Democrats')."""
_PART_OF_GAP = re.compile(r"\s*,?\s*(?:including|among\s+them|of\s+which|of\s+them)\s+", re.IGNORECASE)
"""'made 28 saves, including 9 in the second period': a bare count that is part of the count before it."""
_COMMA = re.compile(r"\s*,\s*")
_OF_THEM = re.compile(r"\s+of\s+(?:them|those|these)\b", re.IGNORECASE)
"""'41 points, 17 of them in the fourth quarter': a part of the count before, told after it."""
_PART_TAIL = re.compile(
    r"\s+(?:in|on|during|from|at|by|for|with)\s(?:(?!\b(?:when|while|as|after|before|because|where|and)\b)[^,.;:!?()])*",
    re.IGNORECASE,
)
"""What singles the part out: a prepositional phrase after it."""
_MORE_THAN_AFTER = re.compile(r"\s+(?P<way>more|higher|fewer|less|lower)\s+than\b", re.IGNORECASE)
"""'flew 4.3 million passengers in August, 6% more than a year earlier': a change in what the number before it
measures."""
_COMPARISON_COMMA = re.compile(
    rf"[^.;:!?()\"“”]*,\s*(?:(?:which|that)\s+(?:is|was|are|were)\s+)?{optional_before(APPROXIMATE)}",
    re.IGNORECASE,
)
"""A comma closing the clause of the number before, and an appositive's opening ('in August, ', 'including
destination, about ', 'on remodels, about ', ', which is almost '): what follows compares with that number."""
_WAY = {"more": "rise", "higher": "rise", "fewer": "fall", "less": "fall", "lower": "fall"}
_MOVES_TO = re.compile(
    r"\s*,\s*(?:which|that)\s+(?:(?:could|would|may|might|will|can|is\s+expected\s+to)\s+)?"
    r"(?:rise|climb|grow|increase|fall|drop|reach|go\s+up)\w*\s+to\s+" + optional_before(APPROXIMATE),
    re.IGNORECASE,
)
"""'$48 million, which could rise to $55 million': where the amount before may move to."""
_TO_GAP = re.compile(r"\s+to\s+")
_TALLY_FOR = re.compile(r"\s+for\s+(?P<who>(?:[a-z]+\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})")
"""'6,214 votes to 6,176 for Ray Ostrowski': a tally's other side, and whom it counts for."""
_FROM_AFTER_CHANGE = re.compile(rf"\s*,\s*from\s+{optional_before(APPROXIMATE)}", re.IGNORECASE)
"""'a cut of a quarter point, from 5.5%': the start of what changed, after the change."""
_FROM_TO_GAP = re.compile(
    r"\s*(?:(?:in|during|on|over|for)\s+(?:the\s+)?[\w.]+(?:\s+[\w.]+)?\s+)?(?:to|-|–)\s*", re.IGNORECASE
)
"""Between the two ends of 'from X to Y' (a short phrase of time after the first: 'from 7% in May to 5%')."""
_RANGE_GAP = re.compile(
    rf"\s*(?:to|-|–)\s*(?:{one_of(RANGE_END_HEDGES)})?\s*",
    re.IGNORECASE,
)
"""Between the two ends of a range of amounts or counts with no 'from' ('paying $20,000 to over $50,000 for a
plot'): both ends measure the same thing (two shares 'X to Y' are the two sides of a poll)."""
_OWN_CLAUSE = re.compile(r"\s+(?:that|which|who)\b", re.IGNORECASE)
"""'raised $6 million to $4 million that went to the rivals': a number with a clause of its own is no range's end."""
_FORECAST_GAP = re.compile(
    r"[^,.;:!?()]{0,40}?\s*,\s*(?:against|versus|vs\.?|beating|missing|topping|above|below|ahead\s+of|short\s+of"
    r"|in\s+line\s+with)"
    rf"\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?(?:forecasts?|expectations?|estimates?|predictions?|consensus)\s+(?:of|for)"
    rf"\s+{optional_before(APPROXIMATE)}",
    re.IGNORECASE,
)
"""'grew 6.8%, against forecasts of 5.5%', 'rose to $3.1 billion, beating analyst estimates of $2.9 billion': the
second figure is what was forecast for the first's measure (a short phrase of time may come before the comma)."""
_MULTIPLE_GAP = re.compile(rf"\s*,\s*(?:(?:more|less)\s+than\s+)?{optional_before(APPROXIMATE)}", re.IGNORECASE)
"""Between a level and a multiplier of it: ', more than ', ', nearly ', ', '."""
_THE_AFTER = re.compile(r"\s+(?:the|that|what)\b", re.IGNORECASE)
_THE_GAP = re.compile(r"\s+the\s+", re.IGNORECASE)
"""Between a multiplier and the amount it multiplies: 'three times the $27 million'."""
_RIVAL_GAP = re.compile(r"\s+to\s+(?P<who>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})['’]s\s+")
"""Between a tally and a rival's: ' to Marsh's '."""
_CHANGE_AFTER_LEVEL = re.compile(r"[^.;!?()]*,\s*(?P<way>up|down|higher|lower)\s+(?:by\s+)?$", re.IGNORECASE)
"""'sold 1.1 million cars in May, down 4%': the percent is the change in what the number before it measures."""


_PART_GAP = re.compile(r"\s*,\s*(?:(?:about|around|roughly|nearly|almost|some|at least|more than|over)\s+)?")
"""'killed 40 people, (about) 12 of them children': a part of a count right after the count."""


def measure_beside(text: str, previous: Placed, hit: Placed) -> str | None:
    """``hit``'s measure, given the statistic before it in the paragraph (its own when its neighbour says nothing)."""
    if is_deal_measure(hit.measures):
        return hit.measures  # 'Zenith Speaker 2: $89.99 ($40 off)': a discount, no conversion of the price
    whole = previous.measures if _PART_GAP.fullmatch(text, previous.end, hit.start) else None
    if part := whole_with_part(text, hit.end, whole, previous.noun, share=hit.kind == "percent"):
        return part  # 'killed 40 people, 12 of them children' -> 'children killed'
    if previous.measures is not None and previous.end > hit.start and hit.kind == previous.kind == "money":
        return previous.measures  # '$7.40 to $7.80 a share': a range's ends are amounts of one thing
    if previous.measures is None or previous.end > hit.start:
        compared = previous.end <= hit.start and _COMPARED_WITH_END.match(text, previous.end, hit.start)
        if compared and previous.noun and hit.kind == previous.kind == "count" and hit.noun is None:
            return previous.noun  # 'heard by 9 judges rather than 12': the other side counts judges too
        return hit.measures
    gap = (previous.end, hit.start)
    same_kind = hit.kind == "percent" or hit.kind == previous.kind
    if same_kind and (renamed := appositive_change(text, gap, hit.end, previous.measures, hit.measures)):
        return renamed  # 'moved 1.1 million containers, a 21 percent jump' -> 'jump in containers moved'
    if _multiple_of_level(text, previous, hit) or (previous.kind == "times" and _THE_GAP.fullmatch(text, *gap)):
        return previous.measures  # '$90 million, more than three times the $27 million': all three the income's
    if (hit.kind, hit.unit) == (previous.kind, previous.unit) and _FORECAST_GAP.fullmatch(text, *gap):
        return f"forecast {previous.measures}"  # 'grew 6.8%, against forecasts of 5.5%' -> 'forecast growth in ...'
    gapped = gapped_measure(text, previous.end, previous.measures, hit.start) if hit.kind == "percent" else None
    if gapped is not None:
        return gapped  # 'Cole drew 12% support, Diaz 4% and Lee 2%': 'support for Diaz', 'support for Lee'
    listed = (
        list_item_measure(text, previous, hit)
        or elided_place_item(text, previous, hit)
        or item_after_part(text, previous, hit)
    )
    if listed is not None:
        return listed
    if hit.measures is None and hit.noun and _ALONG_WITH_GAP.fullmatch(text, *gap):
        return with_own_noun(previous, hit)  # 'firefighters assigned to the blaze, along with 14 helicopters'
    same = _SAME_MEASURE_GAP.fullmatch(text, *gap)
    counted = previous.kind == "count" and previous.noun is not None and hit.kind == "percent"
    if same is not None and counted and previous.measures.split()[0].lower() not in CHANGE_NOUN_WORDS:
        return f"share of {previous.measures}"  # 'received 1,027 votes, or about 7.7%' -> 'share of votes received'
    converted = same is not None and same.group().lstrip().startswith("(")
    if same is not None and (hit.measures is None or converted):
        return previous.measures if converted else with_own_noun(previous, hit)  # '2 inches (50.8 millimeters)'
    if _MOVES_TO.fullmatch(text, *gap) and (hit.kind, hit.unit) == (previous.kind, previous.unit):
        return previous.measures  # 'a fee of $48 million, which could rise to $55 million': the fee's
    tallied = _TALLY_FOR.match(text, hit.end) if hit.noun is None and _TO_GAP.fullmatch(text, *gap) else None
    if tallied is not None and previous.noun and hit.kind == previous.kind == "count":
        return f"{previous.noun} for {tallied.group('who').rstrip('.')}"  # '6,214 votes to 6,176 for Ray Ostrowski'
    rival = _RIVAL_GAP.fullmatch(text, *gap) if hit.noun is None else None
    if rival is not None and previous.noun and hit.kind == previous.kind == "count":
        return f"{previous.noun} for {rival.group('who')}"  # '6,210 votes to Marsh's 5,104' -> 'votes for Marsh'
    if hit.measures is None and hit.kind == previous.kind and _CONVERSION_END.match(text, *gap):
        return previous.measures
    compared = _COMPARED_WITH_END.match(text, *gap) if hit.unit in {previous.unit, "count"} else None
    if compared:
        own = _OWN_GROUP.match(text, hit.end) or _OWN_CLAUSE.match(text, hit.end)
        if hit.kind == "percent" and hit.measures and own:
            return hit.measures  # '61% of Republicans ..., compared with 7% of Democrats', '... 9% who said ...'
        if compared.group("owner") and " of " in previous.measures:
            # 'men earned a median wage of $71,000, compared with women's $64,000' -> 'median wage of women'
            return f"{previous.measures.rsplit(' of ', 1)[0]} of {compared.group('owner')}"
        return _in_other_place(text, previous.measures, hit.end)
    if (hit.measures or "").lower() in _BACK_REFERENCES and (hit.kind, hit.unit) == (previous.kind, previous.unit):
        return previous.measures  # 'a rival study puts the figure at $1 billion
    of_them = _OF_THEM.match(text, hit.end) if _COMMA.fullmatch(text, *gap) else None
    if hit.kind == "count" and hit.noun is None and previous.noun and (of_them or _PART_OF_GAP.fullmatch(text, *gap)):
        tail = _PART_TAIL.match(text, of_them.end() if of_them else hit.end)
        # 'made 28 saves, including 9 in the second period'; 'scored 41 points, 17 of them in the fourth quarter'
        return tidy_phrase([previous.noun, *(tail.group().split() if tail else [])])
    if hit.kind == "count" and hit.noun is None and previous.noun and (hit.measures or "").lower().endswith("total"):
        return f"total {previous.noun}"  # '45 new cases on Sunday, bringing the total to 1,230' -> 'total cases'
    if _FROM_TO_GAP.fullmatch(text, *gap) and text[: previous.start].rstrip().lower().endswith("from"):
        return previous.measures  # 'scores rose from 5,425 to 5,641': the level reached measures the same thing
    moved, _, what = previous.measures.partition(" in ")
    if what and moved.lower() in CHANGE_NOUN_WORDS and _LEVEL_AFTER_CHANGES.fullmatch(text, *gap):
        return what  # 'earnings rose 0.4% and 4.3% from a year earlier, to $35.12': the earnings
    if what and moved.lower() in CHANGE_NOUN_WORDS and _FROM_AFTER_CHANGE.fullmatch(text, *gap):
        return what  # 'cut its rate by a quarter point, from 5.5% to 5.25%': the levels are the rate's
    if not what and hit.unit in {previous.unit, "count"} and _FROM_AFTER_CHANGE.fullmatch(text, *gap):
        return _in_other_place(text, previous.measures, hit.end)  # 'brought its ratio to 15.8, from 17.2': the ratio's
    same_amount = hit.kind in {"money", "count"} and (hit.kind, hit.unit) == (previous.kind, previous.unit)
    ranged = same_amount and _RANGE_GAP.fullmatch(text, *gap) and not _OWN_CLAUSE.match(text, hit.end)
    if ranged and not previous.measures.lower().startswith(tuple(UP_DOWN.values())):
        return previous.measures  # 'paying $20,000 to over $50,000': the upper end is a payment too
    # 'flew 4.3 million passengers, 6% more than a year earlier'; 'starts at $58,900, about $3,000 more than last year'
    compared_amount = hit.kind == "percent" or (hit.kind, hit.unit) == (previous.kind, previous.unit)
    more = (
        _MORE_THAN_AFTER.match(text, hit.end) if compared_amount and _COMPARISON_COMMA.fullmatch(text, *gap) else None
    )
    if more is not None and not previous.measures.lower().startswith(tuple(UP_DOWN.values())):
        return f"{_WAY[more.group('way').lower()]} in {previous.measures}"
    # 'numbered 4.6 million, up 220,000' and 'revenue of $2 billion, up $300 million' as 'sold 1.1 million, down 4%'
    bare_amount = hit.noun is None and (hit.kind, hit.unit) == (previous.kind, previous.unit)
    change = _CHANGE_AFTER_LEVEL.match(text, *gap) if hit.kind == "percent" or bare_amount else None
    if change is not None and not previous.measures.lower().startswith(tuple(UP_DOWN.values())):
        level = previous.measures.split()
        if len(level) > 1 and level[-1] in CLOSING_NOUNS.values():
            level = level[:-1]  # 'shares closed at $45.20, down 3%': a fall in the shares, not in their close
        return f"{UP_DOWN[change.group('way').lower()]} in {' '.join(level)}"
    return hit.measures


def _multiple_of_level(text: str, previous: Placed, hit: Placed) -> bool:
    """'reached $90 million, more than three times the $27 million ...': a multiplier after a level, before what it
    multiplies, measures what the level measures."""
    return (
        hit.kind == "times"
        and previous.kind in {"money", "count", "size"}
        and _MULTIPLE_GAP.fullmatch(text, previous.end, hit.start) is not None
        and _THE_AFTER.match(text, hit.end) is not None
    )


def _in_other_place(text: str, measures: str, end: int) -> str:
    """'officers in the army (12%), compared with 18% in the navy' -> 'officers in the navy': the previous measure
    with its place or group swapped for the one after the number (the same preposition); else unchanged."""
    after = _PLACE_AFTER.match(text, end)
    if after is None:
        return measures
    joint = f" {after.group('prep').lower()} "
    if joint not in measures:
        return measures
    words = after.group("place").split()
    place = None if names_a_time(words) else " ".join(words).strip(" ,;:.")  # 'compared with 3% in May': no place
    return f"{measures.rsplit(joint, 1)[0]}{joint}{place}" if place else measures
