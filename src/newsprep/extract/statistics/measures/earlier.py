"""A level told for an earlier time: 'up from 5,100 a year earlier', 'against 16 percent last year', '52,300 five years
ago'. The time right after the number is what sets this level apart from the one it is compared with, and a reader
keeps it ('complaints a year earlier'); the clause rules stop at a time word, so it is put back here."""

from __future__ import annotations

import re

from newsprep.extract.statistics.measures.word_class_unions import FUNCTION_OR_PREPOSITION
from newsprep.extract.statistics.measures.word_classes import bare_word
from newsprep.text.words import UNIT_WORDS, alternatives

_PERIOD = r"(?:year|month|week|quarter|decade|season)"
_HOW_MANY = alternatives(("a", *UNIT_WORDS, "ten", r"\d+"))
_EARLIER_TIME = re.compile(
    rf"(?:{_HOW_MANY})\s+{_PERIOD}s?\s+(?:earlier|ago|before)"
    rf"|last\s+{_PERIOD}|the\s+{_PERIOD}\s+before|(?:in\s+)?the\s+previous\s+{_PERIOD}"
)
"""'a year earlier', 'five years ago', 'last season', 'the month before', 'in the previous quarter'; not 'this year'
(the time of the level now) and not 'from a year earlier' (the start of a change, which the change's phrase holds)."""
TIME_WORDS = (2, 3, 4)
"""How many words such a time has."""


_COMPARED_BEFORE = re.compile(
    r"\b(?:from|against|compared\s+(?:with|to)|versus|vs\.?|than)\s+"
    r"(?:(?:about|nearly|almost|around|roughly|just|some|only|an\s+estimated)\s+)?$",
    re.IGNORECASE,
)
"""'up from', 'against', 'compared with', 'than' (and a hedge) right before the number: the other side of a
comparison, an earlier level (a level told with its own time, 'sales totalled $3 billion last year', keeps its phrase
as it is: its time is the time of the whole report)."""
LOOK_BACK = 40
"""How many characters before the number are read for the comparison."""
_CLAUSE_END = re.compile(r"[,;:()\[\]—–]|\s-\s|[.!?](?:\s|$)")


def with_earlier_time(phrase: str | None, text: str, span: tuple[int, int], sentence_end: int) -> str | None:
    """'the backlog was 640, up from 190 five years ago' -> '... five years ago' after the phrase: the time right after
    the number at ``span`` (in its clause; or after its noun or unit word: 'down from 47 bushels last year') when the
    level is an earlier one, the other side of a comparison. The stage adds it to the phrase it publishes, after a
    neighbour has lent its phrase, so a phrase lent on ('7.3% last week, up from 6.9% a year ago') carries the time of
    its own number only."""
    start, end = span
    if phrase is None or not _COMPARED_BEFORE.search(text, max(0, start - LOOK_BACK), start):
        return phrase
    said = _earlier_time_after(text, end, sentence_end, phrase)
    return f"{phrase} {said}" if said else phrase


def _earlier_time_after(text: str, end: int, sentence_end: int, phrase: str) -> str | None:
    """The earlier time said right after ``end`` in its clause ('a year earlier', after one function word or not), if
    ``phrase`` does not say it already."""
    stop = _CLAUSE_END.search(text, end, sentence_end)
    right = text[end : stop.start() if stop else sentence_end].split()
    if not right:
        return None
    starts = (0, 1) if bare_word(right[0]) not in FUNCTION_OR_PREPOSITION else (0,)
    for skipped in starts:
        for length in TIME_WORDS:
            words = right[skipped : skipped + length]
            if len(words) < length:
                break
            said = " ".join(bare_word(w) for w in words)
            if _EARLIER_TIME.fullmatch(said) and said not in phrase.lower():
                return said
    return None


_PER_SHARE_ASIDE = re.compile(
    r",\s+or\s+[$€£]?[0-9][0-9.,]*\s*(?:cents\s+|p\s+)?(?:a|per)\s+(?:diluted\s+)?share\b,?",
    re.IGNORECASE,
)
"""', or $1.52 a share,', ', or 83 cents a share': a results sentence's per-share figure beside its total."""


def earlier_result(
    text: str, span: tuple[int, int], sentence: tuple[int, int], earlier_amounts: list[tuple[int, int, str | None]]
) -> str | None:
    """'Net income rose to $3.9 billion, or $1.52 a share, from $2.1 billion, or 83 cents a share, a year earlier':
    the total after 'from' (or 'compared with', 'against') is the same figure as the first total of its sentence told
    with a per-share aside, at an earlier time, so it takes that total's phrase and the time after its own aside ('Net
    income a year earlier'); its own clause holds only the aside and the time ('September 30', 'ended Oct'). None
    where the amount at ``span`` is no such total; ``earlier_amounts`` are the paragraph's amounts before it, as
    (start, end, phrase)."""
    start, end = span
    aside = _PER_SHARE_ASIDE.match(text, end)
    if aside is None or not _COMPARED_BEFORE.search(text, max(0, start - LOOK_BACK), start):
        return None
    twin = next(
        (
            phrase
            for twin_start, twin_end, phrase in earlier_amounts
            if twin_start >= sentence[0] and _PER_SHARE_ASIDE.match(text, twin_end)
        ),
        None,
    )
    if twin is None:
        return None
    said = _earlier_time_after(text, aside.end(), sentence[1], twin)
    return f"{twin} {said}" if said else twin


_FROM_A_PEAK = re.compile(
    r"\b(?:from|against|compared\s+(?:with|to))\s+(?:a|its|the|their)\s+peak\s+of\s+"
    r"(?:(?:about|nearly|almost|around|roughly|some)\s+)?$",
    re.IGNORECASE,
)
"""'down from a peak of', 'against its peak of about' right before the number: the sentence's first level at its
highest, earlier (measures round 29)."""


def peak_of_first(phrase: str | None, before: str, first_phrase: str | None) -> str | None:
    """'About 3,100 people were staying in shelters, down from a peak of 4,800': the lone 'peak' is a peak of what the
    sentence's first statistic measures ('peak of people staying'), which readers of two sets wrote; any other phrase,
    or a number not after 'from a peak of' (``before`` is its sentence up to it), is unchanged."""
    if phrase is None or phrase.lower() != "peak" or not first_phrase or not _FROM_A_PEAK.search(before):
        return phrase
    return f"{phrase} of {first_phrase}"
