"""A number word whose noun is elsewhere: the stage drops a number word with no noun after it ('picked two') unless
the words around it say what it counts (``counted_without_noun``)."""

from __future__ import annotations

import re

from newsprep.extract.statistics.detection.patterns import SERIES_AFTER
from newsprep.extract.statistics.detection.single_counts import CHANGE_BY_BEFORE
from newsprep.extract.statistics.measures import PARENT_NOUN
from newsprep.extract.statistics.numbers import Quantity
from newsprep.extract.statistics.words import (
    CONTEXT_CHARS,
    PARTITIVE_HEDGES,
    TIME_UNITS,
    is_sentence_start,
    noun_phrase_after,
    optional_before,
)
from newsprep.text import NUMBER_WORD_VALUES, SENTENCE_OPENERS, alternatives

_RELATIVE_CLAUSE_AFTER = re.compile(r"\s+(?:that|who)\s+(?:[a-z]+ed|had|have|has|were|are|was|is|did)\b")
"""'picked from nine that applied': a number word counted by the clause after it."""
_ROOM_FOR_BEFORE = re.compile(r"\b(?:seating|seats?|space|room|capacity)\s+for\s+(?:up\s+to\s+)?$", re.IGNORECASE)
"""'seats for six', 'room for eight': how many people a van or a hall holds, counted by the words before it."""
_GROUP_OF_BEFORE = re.compile(
    r"\ban?\s+(?:crew|family|team|squad|party|group|staff|force|garrison|complement|crowd|audience)\s+of\s+"
    r"(?:up\s+to\s+|about\s+|around\s+|some\s+)?$",
    re.IGNORECASE,
)
"""'has a crew of six', 'a family of five', 'a crowd of six thousand': how many people make up the group the words
before it name."""
_PARENT_OF_BEFORE = re.compile(rf"\b{PARENT_NOUN}\s+of\s+$", re.IGNORECASE)
"""'a mother of four', 'a father of two': how many children, as 'a family of five' counts its members."""
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
_PARTITIVE_LIST_BEFORE = re.compile(
    r"(?:^|[.!?]\s+)Of\s+(?:the|these|those|its|their|his|her|our)\s+[^.!?;,]{1,80},\s+"
    rf"{optional_before(PARTITIVE_HEDGES)}(?:[0-9][0-9,]*|{alternatives(sorted(NUMBER_WORD_VALUES))})\s"
    r"[^.!?;]{1,80}?(?:,|\s+and)\s+$"
)
"""'Of those tested, 31 were positive and four had no result', 'Of the 40 sites, 21 closed, 12 shrank and six
grew': the last of a list of counts out of the group the sentence opens with, as its first is (round 30: a wire
and a survey fixture, the first counts published, the last missed)."""

_ONE_OF_BEFORE = re.compile(r"\bone\s+of\s+$", re.IGNORECASE)
_PARTICIPLE_AFTER = re.compile(r"\s+[a-z]{3,}ed\s+(?:at|in|on|by|for|from|during|since|under|with)\b")
"""'one of four debated at the fete', 'one of 12 picked by the board': the group 'one' is counted out of (the
guide counts 'one of three members'' three), its noun left out and a participle saying what befell them."""
_OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|which)\b", re.IGNORECASE)
"""'14 shots, five of them on target': a number word counting a part of the count before it."""

_MORE_OR_FEWER_AFTER = re.compile(
    r"\s+(?:more|fewer)\s+(?:than|were|was|are|have|had|died|remain|remained)\b", re.IGNORECASE
)
"""'Nine more were hurt', 'eight more than her rival': a count beside another one, its noun the other's."""

_RUN_WHOLE_BEFORE = re.compile(
    rf"\b(?:[0-9]{{1,3}}|{alternatives(sorted(NUMBER_WORD_VALUES))})\s+of\s+(?:their|its|his|her|our|the)\s+"
    r"(?:last|past)\s+$",
    re.IGNORECASE,
)
"""'lost five of their last seven': the games a run is told out of, counted as the run is (the guide: both)."""


def tells_run_whole(text: str, q: Quantity) -> bool:
    """'five of their last seven': the number the run is told out of (after 'last', no pointer back)."""
    return _RUN_WHOLE_BEFORE.search(text, max(0, q.start - 50), q.start) is not None


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


def _sentence_start(text: str, q: Quantity) -> int:
    """Where the number's sentence starts, looking back at most ``CONTEXT_CHARS``."""
    window = max(0, q.start - CONTEXT_CHARS)
    starts = [m.end() for m in _SENTENCE_END.finditer(text, window, q.start)]
    return starts[-1] if starts else window


_ELIDED_NOUN_AFTER = re.compile(
    r"\s*(?:[,.;:)?!—–]|$)|\s+(?:in|at|on|under|over|after|before|since|during|for|with|from|to|and|or|but|than"
    r"|apiece|each|were|was|are|is|have|had|did|would|will|who)\b"
)
"""What may follow a number word whose noun was left out: a stop, a preposition, a conjunction, a verb or 'who' ('up
from three in 2010', 'including five in Leeds', 'a mother of four who'), not a noun ('a three time winner')."""
_OUT_OF_BEFORE = re.compile(r"\b(?:out\s+)?of\s+$", re.IGNORECASE)


def counted_earlier_in_sentence(text: str, q: Quantity) -> bool:
    """'nine tax bands, up from three', 'a dozen gigs, including five in Leeds': an earlier count in the sentence
    names what the number word counts."""
    if _ELIDED_NOUN_AFTER.match(text, q.end) is None or _OUT_OF_BEFORE.search(text, max(0, q.start - 10), q.start):
        return False  # 'seven games out of nine': the whole a share is counted out of
    for m in _COUNT_IN_SENTENCE.finditer(text, _sentence_start(text, q), q.start):
        noun = noun_phrase_after(text, m.end())
        if noun is not None and noun.end <= q.start and noun.head not in TIME_UNITS:
            return True
    return False


_AND_BEFORE = re.compile(r"\band\s+$")
_PREPOSITION_AFTER = re.compile(
    rf"\s+(?:for|in|at|on|through|during|from|with)\s+(?!(?:{alternatives(sorted(NUMBER_WORD_VALUES))})\b)"
    r"(?:the\s+|a\s+|an\s+|its\s+|their\s+)?[a-z]",
    re.IGNORECASE,
)
"""'and one for a cut', 'and one in overtime': a preposition and a word, not a number ('one in four' is a share)."""


def one_ends_list_of_counts(text: str, q: Quantity) -> bool:
    """'Eight people were treated for burns and one for a broken arm', '24 rebounds in the first half and one in the
    second': 'one' after 'and', then a preposition, where a count earlier in its sentence names what it counts (the
    guide's last of a list of counts, beside ``single_counts``' list by place)."""
    return (
        _AND_BEFORE.search(text, max(0, q.start - 6), q.start) is not None
        and _PREPOSITION_AFTER.match(text, q.end) is not None
        and counted_earlier_in_sentence(text, q)
    )


_BESIDE_TIME_BEFORE = re.compile(r"\b(?:another|in|than|or)\s+$", re.IGNORECASE)
_DIGITS_IN_SENTENCE = re.compile(r"(?<![\w.,-])[0-9][0-9,]*(?:\.[0-9]+)?(?![\w-])")
_BESIDE_TIME_AFTER = re.compile(r"\s*(?:[,.;:)?!—–]|$)|\s+(?:in|at|on|for|with|from|to|and|or|but|than|each)\b")


def timed_earlier_in_sentence(text: str, q: Quantity) -> bool:
    """'6 hours of playback in the buds and another 24 in the case', 'quotes 4.1 seconds, and our car managed it in
    3.9': a bare number after 'another', 'in', 'than' or 'or' whose sentence's nearest earlier number counts a unit
    of time is the same kind of time, its unit left out (a number word there is dropped already:
    ``counted_earlier_in_sentence`` reads no unit of time)."""
    if (
        _BESIDE_TIME_AFTER.match(text, q.end) is None
        or _BESIDE_TIME_BEFORE.search(text, max(0, q.start - 10), q.start) is None
    ):
        return False
    earlier = list(_DIGITS_IN_SENTENCE.finditer(text, _sentence_start(text, q), q.start))
    noun = noun_phrase_after(text, earlier[-1].end()) if earlier else None
    return noun is not None and noun.end <= q.start and noun.head in TIME_UNITS


_NAMED_AFTER_AND_BEFORE = re.compile(r"\band\s+(?:[A-Z][\w'’-]+\s+){1,3}$")
_ELIDED_CLAUSE_END = r"\s*(?:[.,;)]|$)|\s+(?:and|after|before|when|while)\b"
"""What follows a number that ends its clause: a stop, a bracket, the text's end or a joining word."""
_ELIDED_CLAUSE_END_AFTER = re.compile(_ELIDED_CLAUSE_END)
_BARE_NUMBER_IN_SENTENCE = re.compile(
    rf"(?<![\w.,-])(?:{alternatives(sorted(NUMBER_WORD_VALUES, key=len, reverse=True))}|[0-9][0-9,]*)"
    rf"(?={_ELIDED_CLAUSE_END})",
    re.IGNORECASE,
)


def count_of_elided_clause(text: str, q: Quantity) -> bool:
    """'Arlow was not out 67 and Ben Tasker 55', 'is on 31 and Ben Tasker eight': after 'and' and a name, a number that
    ends its clause, where the sentence gave a bare number before it, repeats that clause with its verb left out: a
    count as the first one is (not a name holding a number, 'Route 66'); a pair after it ('2 for 66') is a result."""
    if _ELIDED_CLAUSE_END_AFTER.match(text, q.end) is None:
        return False
    if _NAMED_AFTER_AND_BEFORE.search(text, max(0, q.start - 60), q.start) is None:
        return False
    return _BARE_NUMBER_IN_SENTENCE.search(text, _sentence_start(text, q), q.start - 4) is not None


_NAME_WORD = r"(?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*|[A-Z]\.|[A-Z][a-z]?[A-Z][a-z]+)"
_FULL_NAME_BEFORE = re.compile(rf"(?P<first>{_NAME_WORD})(?:\s+{_NAME_WORD}){{1,2}}\s+$")
_LINE_ITEM_END_AFTER = re.compile(r"\s*(?:[.,;]|$)|\s+and\b")


def count_after_opening_name(text: str, q: Quantity) -> bool:
    """'Kira Dalton 14 points.', 'Ana Mendes 9 rebounds and 3 steals': a full name opening its sentence (or after a
    colon), then a whole number and what it counts, then the clause's end: a box score's line, the verb left out, as
    'Dalton 14 points.' with the surname alone is read already. A name holding a number runs on ('Galaxy Note 9
    owners say') or counts nothing after it ('Apollo Mission 11 landed')."""
    if q.is_word or q.scale or q.percent or q.currency or q.value != int(q.value) or q.value >= 1000:
        return False
    name = _FULL_NAME_BEFORE.search(text, max(0, q.start - 60), q.start)
    if name is None or not is_sentence_start(text[: name.end("first")]):
        return False
    if name.group("first") in SENTENCE_OPENERS or name.group("first").lower() in SENTENCE_OPENERS:
        return False  # 'In Team Blue 9 players' opens with a word of the sentence, not a name
    noun = noun_phrase_after(text, q.end)
    return noun is not None and _LINE_ITEM_END_AFTER.match(text, noun.end) is not None


def _opens_with_partitive_frame(text: str, q: Quantity) -> bool:
    """'Of the 12 riders ..., seven', '..., 41 declined and six': counted out of the group the sentence opens with."""
    window = max(0, q.start - CONTEXT_CHARS)
    return any(frame.search(text, window, q.start) for frame in (_PARTITIVE_FRAME_BEFORE, _PARTITIVE_LIST_BEFORE))


def counted_without_noun(text: str, q: Quantity) -> bool:
    """Whether a number word with no noun after it still counts something: a clause after it says what ('nine that
    applied'), it is a part of the count before it ('five of them'), people by what befell them ('left nine dead'),
    it counts a run ('won four in a row') or the games a run is told out of ('five of their last seven'), it stands
    beside another count ('nine more were hurt'), the room it fills ('room for eight'), the group it makes up ('a
    crew of six', 'a mother of four'), the total a subject names ('the toll rose to seven'), what exists ('there are
    two: A and B'), the group its sentence opens with ('Of the 12 riders ..., seven'), the group 'one of' is counted
    out of ('one of four debated at the fete') or a margin or change after 'by' ('trailed by two early on', as 'won
    by one goal' is with its noun)."""
    return (
        _RELATIVE_CLAUSE_AFTER.match(text, q.end) is not None
        or SERIES_AFTER.match(text, q.end) is not None
        or _OF_THEM_AFTER.match(text, q.end) is not None
        or _CASUALTIES_AFTER.match(text, q.end) is not None
        or _MORE_OR_FEWER_AFTER.match(text, q.end) is not None
        or _ROOM_FOR_BEFORE.search(text, max(0, q.start - 40), q.start) is not None
        or (
            _PARTICIPLE_AFTER.match(text, q.end) is not None
            and _ONE_OF_BEFORE.search(text, max(0, q.start - 10), q.start) is not None
        )
        or CHANGE_BY_BEFORE.search(text, max(0, q.start - 24), q.start) is not None
        or (
            _ELIDED_NOUN_AFTER.match(text, q.end) is not None
            and (
                _GROUP_OF_BEFORE.search(text, max(0, q.start - 40), q.start) is not None
                or _PARENT_OF_BEFORE.search(text, max(0, q.start - 20), q.start) is not None
                or tells_run_whole(text, q)
                or _TOTAL_IS_BEFORE.search(text, max(0, q.start - 100), q.start) is not None
            )
        )
        or (
            _CLAUSE_END_AFTER.match(text, q.end) is not None
            and _THERE_ARE_BEFORE.search(text, max(0, q.start - 40), q.start) is not None
        )
        or ("Of " in text and _opens_with_partitive_frame(text, q))
        or counted_earlier_in_sentence(text, q)
        or count_of_elided_clause(text, q)
    )
