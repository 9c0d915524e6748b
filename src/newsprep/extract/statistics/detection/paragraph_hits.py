"""The statistics of one paragraph, before they are read in context: at each place a quantity can start, a fraction
of a group, else a range, else a single quantity, each kept only when ``rules``, ``dates``, ``identifiers`` and
``noun_phrases`` leave it a statistic."""

from __future__ import annotations

import re

from newsprep.extract.statistics.detection.code_marks import spans_without_statistics
from newsprep.extract.statistics.detection.conventions import ENGLISH, NumberGrammar, comma_starts
from newsprep.extract.statistics.detection.dates import is_date_or_time, is_year
from newsprep.extract.statistics.detection.elided import (
    counted_without_noun,
    one_ends_list_of_counts,
    tells_run_whole,
    timed_earlier_in_sentence,
)
from newsprep.extract.statistics.detection.fractions import fraction_at
from newsprep.extract.statistics.detection.glued_ranges import glued_unit_range_at
from newsprep.extract.statistics.detection.hedged_units import hedged_units
from newsprep.extract.statistics.detection.hits import Hit, quantity_kind, quantity_unit
from newsprep.extract.statistics.detection.identifiers import (
    is_identifier,
    is_phone_number,
    is_reference_mark,
    is_written_as_label,
    names_an_acronym,
)
from newsprep.extract.statistics.detection.multipliers import MULTIPLIER_AFTER, TWICE, word_multipliers
from newsprep.extract.statistics.detection.occasions import counted_occasions
from newsprep.extract.statistics.detection.patterns import (
    CHANGE_COMPOUND,
    DENOMINATOR_BEFORE,
    DISTANCE_UNITS,
    EVENT_DISTANCE,
    GLUED_CENTS,
    GLUED_UNIT,
    GLUED_UNIT_NAMES,
    HYPHENED_UNIT,
    MEASURED_COMPOUND,
    PRODUCT_NAME_AFTER,
    RATE_BASE_BEFORE,
    RATE_BASE_FOR_EACH_BEFORE,
    SIZE_CLASS_APART,
    VAGUE_FIGURES,
    VIDEO_LINES,
    glued_taken_amount,
    glued_unit_of,
    plural_unit,
)
from newsprep.extract.statistics.detection.pound_amounts import pounds_read_as_money
from newsprep.extract.statistics.detection.quantity_starts import quantity_starts
from newsprep.extract.statistics.detection.rules import (
    RATE_AFTER,
    is_age,
    is_determined_word_number,
    is_emphatic_whole,
    is_first_few,
    is_glued,
    is_match_length,
    is_per_word_number,
    is_rank,
    is_vague_pair,
)
from newsprep.extract.statistics.detection.signs import with_own_sign
from newsprep.extract.statistics.detection.single_counts import counts_casualties, counts_one
from newsprep.extract.statistics.detection.temperature_scales import (
    DEGREE_SIGN,
    degree_sign_unit,
    with_temperature_scales,
)
from newsprep.extract.statistics.detection.titles import is_figure_of_speech_count, is_title_count
from newsprep.extract.statistics.measures import change_of_a_share, is_poll_paragraph, point_compound_end
from newsprep.extract.statistics.numbers import Quantity, compound_unit_at, inherit_range_end
from newsprep.extract.statistics.words import (
    FROM_HEDGES,
    NounPhrase,
    in_scare_quotes,
    is_duration,
    noun_phrase_after,
    optional_before,
    partitive_noun_phrase,
)

_FROM_BEFORE = re.compile(rf"\bfrom\s+{optional_before(FROM_HEDGES)}$", re.IGNORECASE)


_ODD_AFTER = re.compile(r"-odd\s+[\"“‘']?(?=\w)", re.IGNORECASE)
"""'some 80-odd stalls': about that many, the hedge glued on with a hyphen; what follows is what it counts."""


_GROUP_NAME_BEFORE = re.compile(r"\b(?:top|bottom|lower|upper|middle|richest|poorest|wealthiest)\s+$", re.IGNORECASE)
"""'the top 1 percent' names a group of people; it does not report a share."""


_OF_A_PERCENT = re.compile(r"\s+of\s+a\s+(?:(?P<points>percentage[\s-]points?)|per\s?cent|percent)\b", re.IGNORECASE)
"""'trimmed by 0.4 of a per cent', '0.3 of a percentage point': a decimal fraction of the unit itself."""


def _count_noun(text: str, q: Quantity) -> NounPhrase | None:
    return noun_phrase_after(text, q.end) or partitive_noun_phrase(text, q.end)


def _count_rejected(
    text: str, q: Quantity, noun: NounPhrase | None, *, left: bool, right: bool, keep_determined: bool = False
) -> bool:
    """Rules for a bare number; ``left``/``right`` say which sides of it face the outside of a range;
    ``keep_determined``: a number word after 'the'/'all'/'their' is kept for ``points_back`` to judge."""
    if left and (is_identifier(text, q) or is_age(text, q) or is_rank(text, q)):
        return True
    if left and noun is not None and (is_first_few(text, q) or is_match_length(text, q)):
        return True
    if is_date_or_time(text, q) or is_year(text, q, noun):
        return True
    if right and is_duration(noun, text, q):
        return True
    if q.is_word:
        words = text[q.start : q.number_end].lower().split()
        if words == ["one"] and not q.scale:
            return not (counts_one(text, q) or one_ends_list_of_counts(text, q))
        if noun is None and not (counted_without_noun(text, q) or counts_casualties(text, q)):
            return True
        determined = left and is_determined_word_number(text, q)
        if (determined and (not keep_determined or is_per_word_number(text, q))) or is_vague_pair(text, q):
            return True
    return False


def _names_a_model(text: str, noun: NounPhrase) -> bool:
    return any(char.isdigit() for char in text[noun.start : noun.end])


def _sized_in_words(measured: re.Match[str]) -> bool:
    """'a two-metre high hedge': a number word sizes a distance when its dimension is said."""
    return measured.group("dimension") is not None and measured.group("unit").lower() in DISTANCE_UNITS


def _is_rate_base(text: str, q: Quantity) -> bool:
    """'45 deaths per 100,000 people', 'a tonne per 10 square kilometres': the base a rate is told over."""
    return RATE_BASE_BEFORE.search(text, max(0, q.start - 12), q.start) is not None


_NOT_AN_AMOUNT = (is_glued, is_phone_number, is_written_as_label, is_reference_mark, is_emphatic_whole)
"""A number glued into a word, a phone number, a number written with a leading zero, a citation mark, a whole said for
emphasis: none is an amount, whatever follows it."""


def _single(text: str, q: Quantity) -> Hit | None:
    kind = quantity_kind(q)
    compound_end = point_compound_end(text, q.end) if kind == "count" and not q.scale else None
    if compound_end is not None and is_poll_paragraph(text):
        # 'a ten-point lead' in a story about a poll: a margin in percentage points
        return Hit(q.start, compound_end, q.value, "percentage points", "percent", context_end=compound_end)
    of_a_percent = _OF_A_PERCENT.match(text, q.end) if kind == "count" and q.value < 1 and not q.scale else None
    if of_a_percent is not None:
        unit = "percentage points" if of_a_percent.group("points") else "percent"
        return Hit(q.start, of_a_percent.end(), q.value, unit, "percent", context_end=of_a_percent.end())
    compound = compound_unit_at(text, q.end) if kind == "count" and not (q.is_word and q.value == 1) else None
    if compound is not None and not is_glued(text[: q.end], q) and not _is_rate_base(text, q):
        # '2,400 square feet', '80 miles per hour', '15 ppm': the whole unit, not its first or last word
        printed_end = compound.end if compound.glued else q.end
        return Hit(q.start, printed_end, q.value, compound.name, "size", context_end=compound.end)
    measured = (MEASURED_COMPOUND.match(text, q.end) or CHANGE_COMPOUND.match(text, q.end)) if kind == "count" else None
    if measured is not None and (not q.is_word or _sized_in_words(measured)):
        # 'a 275-horsepower motor', 'a 1,000-megawatt plant': the size of the thing named after it
        unit = plural_unit(measured.group("unit").lower())
        return Hit(q.start, measured.end("unit"), q.value, unit, "size", context_end=measured.end("unit"))
    cents = GLUED_CENTS.match(text, q.end) if kind == "count" and not q.is_word and not q.scale else None
    if cents is not None and not is_glued(text[: q.end], q) and not is_identifier(text, q):
        return Hit(q.start, cents.end(), q.value, "cents", "money")
    glued = (
        (GLUED_UNIT.match(text, q.end) or glued_taken_amount(text, q.start, q.end))
        if kind == "count" and not q.is_word and not q.scale
        else None
    )
    if glued is not None and not is_glued(text[: q.end], q):
        unit = glued_unit_of(glued)
        if (unit == "w" and PRODUCT_NAME_AFTER.match(text, glued.end())) or (unit == "c" and is_identifier(text, q)):
            return None  # 'a 40W Zephyr Lamp' is a name; 'gate 5C', 'Room 12C' a place's number, no temperature
        if unit == "p":
            return None if q.value in VIDEO_LINES else Hit(q.start, glued.end(), q.value, "pence", "money")
        return Hit(q.start, glued.end(), q.value, GLUED_UNIT_NAMES.get(unit, unit), "size", context_end=glued.end())
    hyphened = HYPHENED_UNIT.match(text, q.end) if kind == "count" and not q.is_word and not q.scale else None
    if hyphened is not None and not is_glued(text[: q.end], q):
        unit = hyphened.group("unit").lower()
        unit_kind = "percent" if unit == "percent" else "size"
        return Hit(q.start, hyphened.end(), q.value, unit, unit_kind, context_end=hyphened.end())
    odd = _ODD_AFTER.match(text, q.end) if kind == "count" and not q.scale else None
    if odd is not None and not is_glued(text[: q.end], q):
        odd_noun = noun_phrase_after(text, odd.end())
        if odd_noun is None or _count_rejected(text, q, odd_noun, left=True, right=True):
            return None  # '40-odd years': a duration still
        unit = quantity_unit(q, odd_noun)
        return Hit(q.start, q.end, q.value, unit, kind, odd_noun, context_end=odd_noun.end)
    if any(names_no_amount(text, q) for names_no_amount in _NOT_AN_AMOUNT):
        return None
    if kind == "count" and (EVENT_DISTANCE.match(text, q.end) or SIZE_CLASS_APART.match(text, q.end)):
        return None
    if kind != "percent" and (
        DENOMINATOR_BEFORE.search(text, max(0, q.start - 24), q.start)
        or RATE_BASE_FOR_EACH_BEFORE.search(text, max(0, q.start - 28), q.start)
        or (kind == "count" and _is_rate_base(text, q))
    ):
        return None
    if kind == "count" and not q.scale and (times := MULTIPLIER_AFTER.match(text, q.end)):
        times_end = times.end("times")
        return Hit(q.start, times_end, q.value, "times", "times", context_end=times_end)
    noun = _count_noun(text, q) if kind == "count" else None
    pointed = noun if kind == "count" and noun is not None and noun.head in {"point", "points"} else None
    if pointed is not None and (is_poll_paragraph(text) or change_of_a_share(text, q.start)):
        # 'led by 6 points', 'a margin of error of 4 points' in a story about a poll; '61% passed, up 4 points'
        return Hit(q.start, pointed.end, q.value, "percentage points", "percent", context_end=pointed.end)
    if kind == "count" and noun is None and names_an_acronym(text, q):
        return None  # 'gut hormone 1 (GH-1)': the name's number, written apart once
    if kind == "count" and noun is None and not q.is_word and timed_earlier_in_sentence(text, q):
        return None  # 'and another 24 in the case' after '6 hours of playback': a duration, its unit left out
    if kind == "count" and q.is_word and noun is not None and noun.head in VAGUE_FIGURES:
        return None
    if kind == "count" and (is_figure_of_speech_count(noun, q.value, text) or is_title_count(text, q)):
        return None
    if kind == "count" and _count_rejected(text, q, noun, left=True, right=True, keep_determined=True):
        return None
    determined = kind == "count" and not q.scale and is_determined_word_number(text, q)
    if determined and noun is None and tells_run_whole(text, q):
        determined = False  # 'lost five of their last seven': the games the run is told out of, no pointer back
    if determined and noun is not None and _names_a_model(text, noun):
        return None  # 'the four XJ-9 motors': the parts a thing is made of, not a count the story reports
    if kind == "money" and is_date_or_time(text, q):
        return None
    if (
        kind == "percent"
        and _GROUP_NAME_BEFORE.search(text[max(0, q.start - 12) : q.start])
        and not re.match(r"\s+(?:tax\s+)?(?:rates?|brackets?)\b", text[q.end : q.end + 20])
    ):
        return None
    rate = RATE_AFTER.match(text, q.end) if kind == "money" else None  # '$12-a-month plan': the plan is priced
    context_end = noun.end if noun else rate.end() if rate else q.end
    if noun is not None and in_scare_quotes(text, noun):
        context_end += 1  # 'three “pilot schemes” in the north': the clause goes on after the closing mark
    return Hit(
        q.start, q.end, q.value, quantity_unit(q, noun), kind, noun, context_end=context_end, determined=determined
    )


_DATED_BY_YEAR = re.compile(r"\bin\s+$")


def _range(text: str, m: re.Match[str], mentions_yuan: bool, grammar: NumberGrammar) -> list[Hit]:
    q1, q2 = grammar.read(m, 1, mentions_yuan=mentions_yuan), grammar.read(m, 2, mentions_yuan=mentions_yuan)
    if q1 is None or q2 is None or not grammar.joins_two_ends(m):
        return []
    if (
        not (q1.currency or q1.scale or q1.percent)
        and _DATED_BY_YEAR.search(text, max(0, q1.start - 8), q1.start)
        and is_year(text, q1, None)
    ):
        return []  # 'from $2 billion in 2019 to $3 billion': the year dates the first amount, it is no range's end
    first = inherit_range_end(q1, q2)
    kind = quantity_kind(first)
    sized = (_compound_range(text, first, q2) or _glued_range(text, first, q2)) if kind == "count" else None
    if sized is not None:
        return sized
    noun = _count_noun(text, q2) if kind == "count" else None
    times = MULTIPLIER_AFTER.match(text, q2.end) if kind == "count" and not q2.scale else None
    if times is not None:  # '20 to 25 times your salary': both ends are multipliers
        times_end = times.end("times")
        return [
            Hit(first.start, first.end, first.value, "times", "times", None, True, times_end),
            Hit(q2.start, times_end, q2.value, "times", "times", None, True, times_end, first.start),
        ]
    if kind == "count" and noun is None and not (q1.is_word or q2.is_word):
        if q1.scale or q2.scale or max(q1.value, q2.value) >= 1000:
            return []  # 'openings fell by 646,000 to 10.3 million': a change and a level, each a statistic
        # 'ages 55 to 65', 'split 4 to 1', 'Sept. 19 to 22': bare pairs of small numbers are ratios, ages or dates;
        # 'could post 180 to 240' rising from a hundred or more is a range of counts ('voted 220 to 207' is a result,
        # '28: 685-690' a citation's pages)
        glued = text[q2.end : q2.end + 1].isalpha()  # '310 to 330nits': a unit this stage does not read
        if min(q1.value, q2.value) < 100 or q1.value >= q2.value or m.group("join").lower() != "to" or glued:
            return [_consumed_pair]
    if first.value >= q2.value or (q1.currency and q2.currency and q1.currency != q2.currency):
        return []
    if (q1.percent and not q2.percent) or (q1.currency and q2.percent) or q1.percentage_points != q2.percentage_points:
        # 'rose 4.2 percent to $31.6 billion', 'rose 6% to 2.3 million units', 'by 0.2 percentage points to 2.1
        # percent': a change and its level, not a range
        return []
    outer = Quantity(q1.start, q2.end, q2.number_end, q2.value, None, None, False, False, q2.is_word)
    if is_glued(text, outer) or is_phone_number(text, outer):
        return []
    if kind == "count" and _count_rejected(text, q2, noun, left=False, right=True):
        return [_consumed_pair]  # 'slept seven to eight hours': neither end is a count, nor the first one alone
    if kind == "count" and _count_rejected(text, first, noun, left=True, right=False):
        return []
    unit = quantity_unit(first, noun)
    in_range = not _FROM_BEFORE.search(text[max(0, q1.start - 24) : q1.start])
    context_end = noun.end if noun else q2.end
    return [
        Hit(first.start, first.end, first.value, unit, kind, noun, in_range, context_end),
        Hit(q2.start, q2.end, q2.value, unit, kind, noun, in_range, context_end, first.start),
    ]


def _glued_range(text: str, first: Quantity, q2: Quantity) -> list[Hit] | None:
    """'from 401 to 412ppi', '5 to 10mm of rain': a unit glued to the second end is both ends' unit, as it is when
    written apart ('401 ppi to 412 ppi') or on a number alone ('226ppi'); None where no unit is glued there."""
    if first.is_word or q2.is_word or first.scale or q2.scale:
        return None
    glued = GLUED_UNIT.match(text, q2.end) or DEGREE_SIGN.match(text, q2.end)
    if glued is None or glued.groupdict().get("unit") == "p" or is_glued(text[: first.end], first):
        return None  # pence and a video's lines are read one number at a time ('20 to 30p', 'from 720 to 1080p')
    unit = glued_unit_of(glued) if glued.re is GLUED_UNIT else degree_sign_unit(glued)  # '20-25°C'
    if unit == "w" and PRODUCT_NAME_AFTER.match(text, glued.end()):
        return None
    name = GLUED_UNIT_NAMES.get(unit, unit)
    in_range = first.value < q2.value and not _FROM_BEFORE.search(text[max(0, first.start - 24) : first.start])
    return [
        Hit(first.start, first.end, first.value, name, "size", None, in_range, glued.end()),
        Hit(q2.start, glued.end(), q2.value, name, "size", None, in_range, glued.end(), first.start),
    ]


def _compound_range(text: str, first: Quantity, q2: Quantity) -> list[Hit] | None:
    """'30 to 40 square miles', '500-600 metric tons': a compound unit after the second end is both ends' unit."""
    if first.is_word and q2.is_word and text[first.end : q2.start] == "-":
        return None  # 'eighty-five miles an hour' is one number word, not a range from eighty to five
    compound = compound_unit_at(text, q2.end)
    if compound is None or is_glued(text[: first.end], first):
        return None
    in_range = first.value < q2.value and not _FROM_BEFORE.search(text[max(0, first.start - 24) : first.start])
    return [
        Hit(first.start, first.end, first.value, compound.name, "size", None, in_range, compound.end),
        Hit(
            q2.start,
            compound.end if compound.glued else q2.end,
            q2.value,
            compound.name,
            "size",
            None,
            in_range,
            compound.end,
            first.start,
        ),
    ]


_consumed_pair = Hit(0, 0, 0.0, "count", "skip")
"""Marks a bare number pair that is neither a range nor two statistics."""


def paragraph_hits(text: str, mentions_yuan: bool, grammar: NumberGrammar = ENGLISH) -> list[Hit]:
    hits: list[Hit] = []
    consumed = 0
    lowered = text.lower()
    skipped, next_skip = spans_without_statistics(text, lowered), 0
    starts = quantity_starts(text)
    for pos in comma_starts(text, starts) if grammar.decimal_comma else starts:
        if pos < consumed:
            continue
        twice = TWICE.match(text, pos)
        if twice is not None:
            end = pos + len("twice")
            hits.append(Hit(pos, end, 2.0, "times", "times", context_end=end))
            consumed = end
            continue
        while next_skip < len(skipped) and skipped[next_skip][1] <= pos:
            next_skip += 1  # the starts come in text order, and so do the spans
        if next_skip < len(skipped) and skipped[next_skip][0] <= pos:
            consumed = skipped[next_skip][1]
            continue
        fraction, end = fraction_at(text, pos)
        if fraction is not None:
            hits.append(fraction)
            consumed = end
            continue
        glued_pair, end = glued_unit_range_at(text, pos)
        if glued_pair:
            hits.extend(glued_pair)
            consumed = end
            continue
        m = grammar.range.match(text, pos)
        pair = _range(text, m, mentions_yuan, grammar) if m else []
        if m and pair:
            hits.extend(hit for hit in pair if hit is not _consumed_pair)
            consumed = m.end()
            continue
        m = grammar.quantity.match(text, pos)
        if m is None or m.group("num1") is None:
            continue
        consumed = m.end()
        q = grammar.read(m, 1, mentions_yuan=mentions_yuan)
        hit = _single(text, q) if q is not None else None
        if hit is not None:
            hits.append(hit)
    if "-" in text or "−" in text or "minus" in lowered:  # a level below zero: '-0.5%', 'minus 25 degrees'
        hits = [with_own_sign(text, hit) for hit in hits]
    if "pound" in lowered:  # '210 million pounds': money when its sentence prices something
        hits = pounds_read_as_money(text, hits)
    if "degree" in lowered or "°" in text or "º" in text:  # '31 degrees Celsius', '40°C': the scale named
        hits = with_temperature_scales(text, hits)
    multipliers = word_multipliers(text, lowered) + counted_occasions(text, lowered) + hedged_units(text, lowered)
    return sorted([*hits, *multipliers], key=lambda hit: hit.start) if multipliers else hits
