"""A number word whose noun is elsewhere: the stage drops a number word with no noun after it ('picked two') unless
the words around it say what it counts (``counted_without_noun``)."""

from __future__ import annotations

import re

from newsprep.extract.statistics.context import CONTEXT_CHARS
from newsprep.extract.statistics.lexicon import PARTITIVE_HEDGES, optional_before
from newsprep.extract.statistics.noun_phrases import TIME_UNITS, noun_phrase_after
from newsprep.extract.statistics.numbers import Quantity
from newsprep.extract.statistics.patterns import SERIES_AFTER
from newsprep.text import NUMBER_WORD_VALUES, alternatives

_RELATIVE_CLAUSE_AFTER = re.compile(r"\s+(?:that|who)\s+(?:[a-z]+ed|had|have|has|were|are|was|is|did)\b")
"""'picked from nine that applied': a number word counted by the clause after it."""
_ROOM_FOR_BEFORE = re.compile(r"\b(?:seating|seats?|space|room|capacity)\s+for\s+(?:up\s+to\s+)?$", re.IGNORECASE)
"""'seats for six', 'room for eight': how many people a van or a hall holds, counted by the words before it."""
_GROUP_OF_BEFORE = re.compile(
    r"\ban?\s+(?:crew|family|team|squad|party|group|staff|force|garrison|complement)\s+of\s+"
    r"(?:up\s+to\s+|about\s+|around\s+|some\s+)?$",
    re.IGNORECASE,
)
"""'has a crew of six', 'a family of five': how many people make up the group the words before it name."""
_TOTAL_IS_BEFORE = re.compile(
    r"\b(?:number\s+of\s+[^.;:!?]{1,60}?|(?:death\s+)?toll|total|tally)\s+"
    r"(?:is|was|has\s+(?:risen|climbed)\s+to|rose\s+to|climbed\s+to|stands\s+at|stood\s+at|reached)\s+"
    r"(?:now\s+)?(?:at\s+least\s+)?$",
    re.IGNORECASE,
)
"""'the number of soldiers killed is now five', 'the toll rose to seven': the count a sentence's subject names."""
_CASUALTIES_AFTER = re.compile(r"\s+(?:dead|injured|wounded|missing|hurt)\b(?!\s+(?:of|in\s+the\s+head)\b)")
"""'left nine dead', 'with five injured': people counted by what befell them, the noun left out."""
_PARTITIVE_FRAME_BEFORE = re.compile(
    r"(?:^|[.!?]\s+)Of\s+(?:the|these|those|its|their|his|her|our)\s+[^.!?;,]{1,80},\s+"
    rf"{optional_before(PARTITIVE_HEDGES)}$"
)
"""'Of the 12 riders who finished, seven were Dutch': a number word counted out of the group its sentence opens
with."""

_OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|which)\b", re.IGNORECASE)
"""'14 shots, five of them on target': a number word counting a part of the count before it."""

_THERE_ARE_BEFORE = re.compile(
    r"\bthere\s+(?:are|were|will\s+be|remain|remained)\s+(?:only\s+|just\s+|now\s+|still\s+)?$", re.IGNORECASE
)
_CLAUSE_END_AFTER = re.compile(r"\s*[:.;,—–]")
"""'Today there are two: A and B': how many of what the sentence before named exist, the noun left out."""

_COUNT_IN_SENTENCE = re.compile(
    rf"(?<![\w.,-])(?:{alternatives(sorted(NUMBER_WORD_VALUES, key=len, reverse=True))}|dozen|[0-9][0-9,]*)(?![\w-])",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?]\s")
_ELIDED_NOUN_AFTER = re.compile(
    r"\s*(?:[,.;:)?!—–]|$)|\s+(?:in|at|on|under|over|after|before|since|during|for|with|from|to|and|or|but|than"
    r"|apiece|each|were|was|are|is|have|had|did|would|will)\b"
)
"""What may follow a number word whose noun was left out: a stop, a preposition, a conjunction or a verb ('up from
three in 2010', 'including five in Leeds'), not a noun ('a three time winner')."""
_OUT_OF_BEFORE = re.compile(r"\b(?:out\s+)?of\s+$", re.IGNORECASE)


def counted_earlier_in_sentence(text: str, q: Quantity) -> bool:
    """'nine tax bands, up from three', 'a dozen gigs, including five in Leeds': an earlier count in the sentence
    names what the number word counts."""
    if _ELIDED_NOUN_AFTER.match(text, q.end) is None or _OUT_OF_BEFORE.search(text, max(0, q.start - 10), q.start):
        return False  # 'seven games out of nine': the whole a share is counted out of
    window = max(0, q.start - CONTEXT_CHARS)
    starts = [m.end() for m in _SENTENCE_END.finditer(text, window, q.start)]
    for m in _COUNT_IN_SENTENCE.finditer(text, starts[-1] if starts else window, q.start):
        noun = noun_phrase_after(text, m.end())
        if noun is not None and noun.end <= q.start and noun.head not in TIME_UNITS:
            return True
    return False


def counted_without_noun(text: str, q: Quantity) -> bool:
    """Whether a number word with no noun after it still counts something: a clause after it says what ('nine that
    applied'), it is a part of the count before it ('five of them'), people by what befell them ('left nine dead'),
    it counts a run ('won four in a row'), the room it fills ('room for eight'), the group it makes up ('a crew of
    six'), the total a subject names ('the toll rose to seven'), what exists ('there are two: A and B') or the group
    its sentence opens with ('Of the 12 riders ..., seven')."""
    return (
        _RELATIVE_CLAUSE_AFTER.match(text, q.end) is not None
        or SERIES_AFTER.match(text, q.end) is not None
        or _OF_THEM_AFTER.match(text, q.end) is not None
        or _CASUALTIES_AFTER.match(text, q.end) is not None
        or _ROOM_FOR_BEFORE.search(text, max(0, q.start - 40), q.start) is not None
        or (
            _ELIDED_NOUN_AFTER.match(text, q.end) is not None
            and (
                _GROUP_OF_BEFORE.search(text, max(0, q.start - 40), q.start) is not None
                or _TOTAL_IS_BEFORE.search(text, max(0, q.start - 100), q.start) is not None
            )
        )
        or (
            _CLAUSE_END_AFTER.match(text, q.end) is not None
            and _THERE_ARE_BEFORE.search(text, max(0, q.start - 40), q.start) is not None
        )
        or (
            "Of " in text and _PARTITIVE_FRAME_BEFORE.search(text, max(0, q.start - CONTEXT_CHARS), q.start) is not None
        )
        or counted_earlier_in_sentence(text, q)
    )
