"""Statistics: the numbers an article reports (percentages, money, counts of things), normalised.

``extract_statistics`` is pure, pure Python (regex and light heuristics, no spaCy) and never raises. For each
body paragraph and sub-heading ``paragraph_hits`` walks the places a quantity can start and tries, in order:

1. a fraction of a group ('one in five', 'three-quarters of', 'half of') -> percent;
2. a range ('between 3% and 5%', '3 to 5 percent', '$2-3 million') -> two rows sharing a ``range_id``;
3. a single quantity: percent, money (currency symbol, code or word; scale words) or a count of things.

Numbers that are not statistics (dates, years, times, ages, durations, identifiers, numbers in names, number
words used as pronouns or references, code quoted on a technical page) are dropped by ``rules``, ``dates``,
``identifiers`` and ``code_marks``; the unit of a count is the plural head noun after it (``noun_phrases``); counts
that point back at earlier text are dropped by ``back_references``. Qualifier, measures and who reports the number
(``reported_by``) come from the surrounding words (``context``, ``measures``, ``neighbours``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsprep.extract.statistics.detection import Hit, earlier_text, first_mentions, grammar_of, paragraph_hits
from newsprep.extract.statistics.measures import (
    CountedGroup,
    Placed,
    counted_group,
    earlier_result,
    elided_group_count,
    fall_place,
    from_level_measure,
    given_to_party,
    group_for_them,
    listing_price,
    measure_beside,
    measure_of_first_item,
    measures_of,
    peak_of_first,
    with_earlier_time,
    with_fall_noun,
    with_money_noun,
    with_quality_noun,
    with_speed_noun,
)
from newsprep.extract.statistics.numbers import (
    CENT_CURRENCIES,
    bare_dollar_code,
    cent_priced,
    in_main_unit,
    is_bare_dollar,
    is_minor_unit,
    nearest_cent_currency,
)
from newsprep.extract.statistics.words import qualifier_of, reporter_of, sentence_at, sentence_index, sentence_spans
from newsprep.model import CleanArticle, Statistic

_YUAN = re.compile(r"\b(?:yuan|renminbi|RMB)\b", re.IGNORECASE)
_READ_KINDS = frozenset({"body", "heading"})
"""Sub-headings are the article's too: a listing's heading ('Zoomer kettle for $45') is where its price is."""


def _printed_end(hit: Hit) -> int:
    """Where the statistic's text ends: a price in cents takes its unit word ('62 cents' is money, as '$62' is)."""
    if is_minor_unit(hit.unit) and hit.noun is not None and hit.noun.start - hit.end <= 1:
        return hit.noun.end
    return hit.end


def extract_statistics(article: CleanArticle) -> tuple[Statistic, ...]:
    """Every statistic in the body paragraphs and sub-headings, in text order, with offsets into ``clean_text``."""
    lowered = article.clean_text.lower()  # _YUAN cannot match without one of these (its 'i' matches a dotless one)
    maybe_yuan = "yuan" in lowered or "renm" in lowered or "rmb" in lowered
    mentions_yuan = maybe_yuan and _YUAN.search(article.clean_text) is not None
    grammar = grammar_of(article.clean_text)
    named_dollars = "$" in article.clean_text or "dollar" in lowered
    dollar_code = bare_dollar_code(article.clean_text) if named_dollars else "usd"
    stats: list[Statistic] = []
    range_id = 0
    previous_line: str | None = None  # the line before this one (body or heading): a listing's product line
    read_before: str | None = None  # the last stretch read so far: what a "the three ..." may point back at
    cent_currency: str | None = None  # the last currency with cents the article priced in: what '62 cents' are
    for paragraph in article.paragraphs:
        text = paragraph.text
        read = paragraph.kind in _READ_KINDS
        line_above, previous_line = previous_line, text if read else None
        if not read or article.clean_text[paragraph.char_start : paragraph.char_end] != text:
            continue
        hits = first_mentions(paragraph_hits(text, mentions_yuan, grammar), text, read_before)
        read_before = earlier_text(read_before, text)
        spans = sentence_spans(text) if hits else []
        previous_in_range = False
        previous: Placed | None = None
        groups: list[CountedGroup] = []  # the paragraph's counts so far, which 'N of them' may point at
        amounts: list[tuple[int, int, str | None]] = []  # the paragraph's money: a total told again takes its phrase
        priced = cent_priced([(hit.start, hit.unit) for hit in hits if hit.kind == "money"])
        for hit in hits:
            opens_range = hit.in_range and not previous_in_range
            if opens_range:
                range_id += 1
            previous_in_range = hit.in_range and not previous_in_range
            sentence = sentence_at(spans, hit.start, hit.end)
            sentence_no = sentence_index(spans, hit.start)
            noun_text = text[hit.noun.start : hit.noun.end] if hit.noun else None
            context_start = hit.start if hit.context_start is None else hit.context_start
            context_end = max(hit.end, hit.context_end)
            own = measures_of(
                text,
                sentence,
                context_start,
                context_end,
                kind=hit.kind,
                noun_phrase=noun_text,
                unit=hit.unit,
                previous_sentence=spans[sentence_no - 1] if sentence_no else None,
            )
            if own is None and hit.kind == "money":
                own = listing_price(text, text[hit.start : hit.end], line_above)  # 'Lumo Lamp' then '$45.00'
            placed = Placed(hit.start, max(hit.end, hit.context_end), hit.unit, hit.kind, noun_text, own)
            measures = own if previous is None else measure_beside(text, previous, placed)
            if measures is None and previous is not None:  # 'from about 12% of income in 1990 to 3%'
                measures = from_level_measure(text, previous, replace(placed, measures=None))
            part_value = hit.value if hit.kind == "count" else None  # '... 4,000 adults. 310 of them had': adults
            measures = group_for_them(text, measures, (hit.start, hit.end, sentence_no, part_value), groups)
            if hit.kind == "count" and noun_text is None:
                measures = elided_group_count(text, measures, (hit.start, hit.end, sentence_no), groups)
            if group := counted_group(placed.end, sentence_no, hit.value, hit.kind, noun_text):
                groups.append(group)
            measured = replace(placed, measures=measures)  # built once: the first item's reading and the next hit's
            first_item = None if previous is None else measure_of_first_item(text, previous, measured)
            if first_item is not None and previous is not None:
                first_end = sentence_at(spans, previous.start, previous.end)[1]
                stats[-1] = replace(
                    stats[-1], measures=with_earlier_time(first_item, text, (previous.start, previous.end), first_end)
                )
            previous = measured
            measures = with_earlier_time(
                measures, text, (placed.start, placed.end), sentence[1]
            )  # 'up from 190 five years ago'
            if hit.kind == "money":  # 'Net income rose to $3.9 billion, or $1.52 a share, from $2.1 billion, or ...'
                measures = earlier_result(text, (hit.start, hit.end), sentence, amounts) or measures
                measures = with_money_noun(measures, text[sentence[0] : hit.start])  # 'spent $112 ashore'
                measures = given_to_party(measures, text[sentence[0] : hit.start], text[hit.end : sentence[1]])
                amounts.append((hit.start, hit.end, measures))
            measures = with_fall_noun(measures, hit.unit)  # '9 inches of rain' -> 'rainfall'
            measures = fall_place(measures, text[hit.end : sentence[1]]) or measures  # '... of snow fell in Kent'
            measures = with_speed_noun(measures, hit.unit)  # 'winds of 115 mph' -> 'wind speed'
            if hit.kind in {"percent", "times"}:
                measures = with_quality_noun(measures)  # '91 percent effective' -> 'effectiveness'
            if measures == "peak":  # 'About 3,100 people were staying ..., down from a peak of 4,800'
                first = next((s.measures for s in stats if s.char_start >= paragraph.char_start + sentence[0]), None)
                measures = peak_of_first(measures, text[sentence[0] : hit.start], first)
            nearest = nearest_cent_currency(hit.start, priced) if is_minor_unit(hit.unit) else None
            amount = in_main_unit(hit.value, hit.unit, nearest or cent_currency)
            cent_currency = amount.unit if amount.unit in CENT_CURRENCIES else cent_currency
            printed_end = _printed_end(hit)
            countryless = is_bare_dollar(text[hit.start : printed_end]) or is_minor_unit(hit.unit)
            unit = dollar_code if amount.unit == "usd" and countryless else amount.unit  # '$45', '62 cents'
            stats.append(
                Statistic(
                    idx=len(stats),
                    text=text[hit.start : printed_end],
                    value=amount.value,
                    unit=unit,
                    measures=measures,
                    qualifier=qualifier_of(text, hit.start, hit.end) if hit.context_start is None else None,
                    paragraph_idx=paragraph.idx,
                    char_start=paragraph.char_start + hit.start,
                    char_end=paragraph.char_start + printed_end,
                    range_id=range_id if hit.in_range else None,
                    reported_by=reporter_of(text, sentence),
                )
            )
    return tuple(stats)
