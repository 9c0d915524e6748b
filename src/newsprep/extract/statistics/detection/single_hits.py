"""A single quantity of a paragraph read as a statistic: its unit (a compound, a glued or hyphened unit, cents,
pence, points), its noun, and the rules that say it is no amount (an identifier, a date, a rate's base, a figure of
speech). ``range_hits`` reads the two ends of a range with the same rules for a bare number."""

from __future__ import annotations

import re

from newsprep.extract.statistics.detection.dates import is_date_or_time, is_year
from newsprep.extract.statistics.detection.elided import (
    counted_without_noun,
    one_ends_list_of_counts,
    tells_run_whole,
    timed_earlier_in_sentence,
)
from newsprep.extract.statistics.detection.frequency_bands import names_a_frequency_band
from newsprep.extract.statistics.detection.hits import Hit, quantity_kind, quantity_unit
from newsprep.extract.statistics.detection.identifiers import (
    is_identifier,
    is_phone_number,
    is_reference_mark,
    is_written_as_label,
    names_an_acronym,
)
from newsprep.extract.statistics.detection.multipliers import MULTIPLIER_AFTER
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
from newsprep.extract.statistics.detection.single_counts import counts_casualties, counts_one
from newsprep.extract.statistics.detection.titles import is_figure_of_speech_count, is_title_count
from newsprep.extract.statistics.measures import change_of_a_share, is_poll_paragraph, point_compound_end
from newsprep.extract.statistics.numbers import Quantity, compound_unit_at
from newsprep.extract.statistics.words import (
    NounPhrase,
    in_scare_quotes,
    is_duration,
    noun_phrase_after,
    partitive_noun_phrase,
)

_ODD_AFTER = re.compile(r"-odd\s+[\"“‘']?(?=\w)", re.IGNORECASE)
"""'some 80-odd stalls': about that many, the hedge glued on with a hyphen; what follows is what it counts."""


_GROUP_NAME_BEFORE = re.compile(r"\b(?:top|bottom|lower|upper|middle|richest|poorest|wealthiest)\s+$", re.IGNORECASE)
"""'the top 1 percent' names a group of people; it does not report a share."""


_OF_A_PERCENT = re.compile(r"\s+of\s+a\s+(?:(?P<points>percentage[\s-]points?)|per\s?cent|percent)\b", re.IGNORECASE)
"""'trimmed by 0.4 of a per cent', '0.3 of a percentage point': a decimal fraction of the unit itself."""


def count_noun(text: str, q: Quantity) -> NounPhrase | None:
    return noun_phrase_after(text, q.end) or partitive_noun_phrase(text, q.end)


def count_rejected(
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


def single_hit(text: str, q: Quantity) -> Hit | None:
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
        if unit in {"ghz", "mhz"} and names_a_frequency_band(text, q.start, glued.end()):
            return None  # 'the 3.5GHz band': a band's name (round 37)
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
        if odd_noun is None or count_rejected(text, q, odd_noun, left=True, right=True):
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
    noun = count_noun(text, q) if kind == "count" else None
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
    if kind == "count" and count_rejected(text, q, noun, left=True, right=True, keep_determined=True):
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
