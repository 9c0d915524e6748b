"""Multipliers: 'N times the' and 'twice as' after a number, multipliers written as one word ('a fourfold
rise', 'a 10-fold jump', 'triple the budget') and ratios to one ('a 40-to-1 ratio') -> N times.

The held-out set's conventions count multipliers in the unit 'times' ('twice', 'N times'); these are the same
figures written as a word the quantity scan does not start at ('fourfold') or as a verb before what is multiplied
('triple the budget', as 'twice the price')."""

from __future__ import annotations

import re

from newsprep.extract.statistics.detection.hits import Hit

_MULTIPLIED_BASES = "median|average|forward|trailing|earnings|revenue|revenues|sales|ebitda"
"""What a valuation or a ratio multiplies with no 'the' before it: '7.5 times forward revenue', 'nine times median
local earnings' (statistics round 28)."""
MULTIPLIER_AFTER = re.compile(
    r"(?P<times>\s+times)\s+(?:as|more|less|greater|higher|larger|bigger|smaller|lower|faster|slower|fewer|the|that|those|what|over|your|his|her|their|its|our"
    rf"|{_MULTIPLIED_BASES})\b",
    re.IGNORECASE,
)
"""'2.5 times greater than', 'ten times the rate', '25 times your salary', '20 times earnings': a multiplier, not a
number of occasions."""
TWICE = re.compile(r"\btwice\s+(?:as|the|that|what|more|over|your|his|her|their|its|our)\b", re.IGNORECASE)
"""'twice as', 'twice the price', 'twice his salary': a multiplier, as 'N times his salary' is."""

_FOLD_WORDS = {
    "two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "six": 6.0, "seven": 7.0, "eight": 8.0, "nine": 9.0,
    "ten": 10.0, "twelve": 12.0, "twenty": 20.0, "fifty": 50.0, "hundred": 100.0, "thousand": 1000.0,
}  # fmt: skip
_FOLD = re.compile(
    rf"\b(?:(?P<digits>[0-9]+(?:\.[0-9]+)?)-?|(?P<word>{'|'.join(_FOLD_WORDS)})-?)fold\b(?!-)", re.IGNORECASE
)
_VERB_VALUES = {"triple": 3.0, "quadruple": 4.0}
_VERB_MULTIPLIER = re.compile(
    r"\b(?P<verb>triple|quadruple)\s+(?=(?:the|its|their|his|her|our)\s+[a-z])", re.IGNORECASE
)
"""'triple the budget for parks', 'more than triple the number': how many times what follows; 'tripled in May' (a
change over time, no 'the' after it) is not taken. 'double' is no entry in any gold, as the annotators' guide says
('more than double the $2,300': the $2,300 only; statistics round 24 took it out: 'almost double the rate', 'double
the number of two years ago' in two fixture folders), where 'triple' is one in three."""


_RATIO_TO_ONE = re.compile(
    r"(?<![\w.,-])(?P<times>[0-9]+(?:\.[0-9]+)?)(?:-to-|\s+to\s+|:)1(?=[\s-]+(?:[a-z-]+\s+){0,2}ratio\b)",
    re.IGNORECASE,
)
"""'a 40-to-1 debt ratio', 'a 4:1 ratio': a ratio to one is how many times the second amount the first is."""
_MARGIN_BEFORE = re.compile(
    r"\bby\s+(?:a|an)\s+(?:(?:nearly|almost|about|roughly|some|wide|narrow|more\s+than|better\s+than)\s+)?$",
    re.IGNORECASE,
)
"""'decliners outnumbered advancers by a 2.4-to-1 ratio', 'passed by a nearly 3-to-1 ratio': a margin between two
tallies, as 'split 4 to 1' is (the guide's Ranges line; `statistics-business`' README), no entry (statistics round
27: two market reports of two invented sets; a leverage ratio, 'ran a 12-to-1 leverage ratio', stays)."""


_GLUED_COMPARED = (
    "as|more|less|greater|higher|larger|bigger|smaller|lower|faster|slower|fewer|cheaper|better|worse|longer"
    "|shorter|stronger|optical|zoom|the|that|what|over"
)
_GLUED_MULTIPLIER = re.compile(
    rf"(?<![\w.,~\-/])(?P<times>[0-9]+(?:\.[0-9]+)?)x(?=\s+(?:{_GLUED_COMPARED})\b)",
)
"""A multiplier written as digits with a lower-case 'x' glued after them is N times (statistics round 38: three
annotated sets of three sources): a word of comparison or what the number multiplies follows ('3x faster', '10x
optical zoom', '3x the price'); without one ('a 2x speed-up' is rare, 'the 3x' names a model more often) the digits
are left to the rest of the scan. Left out where the 'x' joins two numbers ('4x4'), starts a name ('x86'), closes a
range's second end ('1-3x'), and after '~' (the one real page writing '~6x as' leaves it out of its gold)."""


def word_multipliers(text: str, lowered: str) -> list[Hit]:
    """Every one-word multiplier in a paragraph (``lowered``: its lower-cased text), in text order; most paragraphs
    hold none, which the lower-cased text tells cheaply."""
    hits: list[Hit] = []
    if "fold" in lowered:
        for m in _FOLD.finditer(text):
            value = float(m.group("digits")) if m.group("digits") else _FOLD_WORDS[m.group("word").lower()]
            hits.append(Hit(m.start(), m.end(), value, "times", "times", context_end=m.end()))
    if "triple" in lowered or "quadruple" in lowered:
        for m in _VERB_MULTIPLIER.finditer(text):
            value = _VERB_VALUES[m.group("verb").lower()]
            hits.append(Hit(m.start(), m.end("verb"), value, "times", "times", context_end=m.end("verb")))
    if "ratio" in lowered:
        for m in _RATIO_TO_ONE.finditer(text):
            if _MARGIN_BEFORE.search(text, max(0, m.start() - 24), m.start()) is not None:
                continue
            hits.append(Hit(m.start(), m.end(), float(m.group("times")), "times", "times", context_end=m.end()))
    if "x " in lowered:  # '2x faster': one paragraph in many writes an 'x' before a space
        hits.extend(
            Hit(m.start(), m.end(), float(m.group("times")), "times", "times", context_end=m.end())
            for m in _GLUED_MULTIPLIER.finditer(text)
        )
    return sorted(hits, key=lambda hit: hit.start)
