"""The statistics of one paragraph, before they are read in context: at each place a quantity can start, a fraction
of a group, else a range (``range_hits``), else a single quantity (``single_hits``), each kept only when ``rules``,
``dates``, ``identifiers`` and ``noun_phrases`` leave it a statistic."""

from __future__ import annotations

from newsprep.extract.statistics.detection.code_marks import spans_without_statistics
from newsprep.extract.statistics.detection.conventions import ENGLISH, NumberGrammar, comma_starts
from newsprep.extract.statistics.detection.fractions import fraction_at
from newsprep.extract.statistics.detection.glued_ranges import glued_unit_range_at
from newsprep.extract.statistics.detection.hedged_units import hedged_units
from newsprep.extract.statistics.detection.hits import Hit
from newsprep.extract.statistics.detection.multipliers import TWICE, word_multipliers
from newsprep.extract.statistics.detection.occasions import counted_occasions
from newsprep.extract.statistics.detection.pound_amounts import pounds_read_as_money
from newsprep.extract.statistics.detection.quantity_starts import quantity_starts
from newsprep.extract.statistics.detection.range_hits import CONSUMED_PAIR, range_hits
from newsprep.extract.statistics.detection.signs import with_own_sign
from newsprep.extract.statistics.detection.single_hits import single_hit
from newsprep.extract.statistics.detection.temperature_scales import with_temperature_scales


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
        pair = range_hits(text, m, mentions_yuan, grammar) if m else []
        if m and pair:
            hits.extend(hit for hit in pair if hit is not CONSUMED_PAIR)
            consumed = m.end()
            continue
        m = grammar.quantity.match(text, pos)
        if m is None or m.group("num1") is None:
            continue
        consumed = m.end()
        q = grammar.read(m, 1, mentions_yuan=mentions_yuan)
        hit = single_hit(text, q) if q is not None else None
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
