"""Where a quantity, a range or a fraction may begin in a paragraph: the places the statistics stage tries, found
cheaply (most of an article's letters can begin none)."""

from __future__ import annotations

import re

from newsprep.extract.statistics.numbers import CODES
from newsprep.text import alternatives
from newsprep.text.words import TEEN_WORDS, TENS_WORDS, UNIT_WORDS

_AFTER_A = (
    r"(?=[\s-]+(?:half|halves|thirds?|quarters?|fifths?|sixths?|tenths?|dozen|hundred|thousand|million|billion)\b)"
)
"""What must follow a bare 'a' for a quantity ('a dozen') or a fraction ('a quarter of') to begin there; an 'an'
begins one only before 'eighth' ('an eighth of')."""
_WORD_STARTS = (
    r"(?:US|U\.S\.|CA|AU|NZ|HK|C|A|S|R)\$|\b(?:(?:Rs|"
    + "|".join(c.upper() for c in CODES)
    + r")\b|(?-i:N)(?=[0-9])|(?-i:Dhs?)(?=\s?[0-9])"
    + rf"|(?:between|half|twice|{alternatives(UNIT_WORDS + TEEN_WORDS + TENS_WORDS)})\b|a\b{_AFTER_A}"
    + r"|an\b(?=[\s-]+eighths?\b))"
)
"""The words that may begin a quantity. Every alternative after the symbols opens on a word boundary, tested once for
all of them (``A|\\bB|\\bC`` and ``A|\\b(?:B|C)`` match alike, tried in the same order): the scan's largest cost
was that boundary tested again for each alternative at each word."""
STARTS = re.compile(rf"(?<![0-9])[0-9]|[$€£¥₹]|(?<![a-z])(?=[a-z])(?:{_WORD_STARTS})", re.IGNORECASE)
"""Places where a quantity, a range or a fraction may begin. Not inside a run of digits or of letters (the words
are tried only where a word starts), nor at an 'an' or 'a' that no number word or fraction follows: nothing can
begin there, and most of an article's starts were those."""
_LOWER_WORD_STARTS = re.compile(rf"(?<![a-z])(?=[a-z])(?:{_WORD_STARTS.lower()})")
"""``STARTS``' words as they read in lower-cased text: matched without IGNORECASE, more than twice as fast. Every
word begins with a letter, so ``(?=[a-z])`` turns away the places after a non-letter that are no word's start before
the alternation is tried at them."""
_DIGITS_OR_SYMBOL = re.compile(r"[0-9$€£¥₹][0-9]*")
_NOT_LOWERED_ALIKE = ("ı", "ſ")
"""Letters IGNORECASE matches to 'i' and 's' that ``str.lower`` leaves as they are."""


def quantity_starts(text: str) -> list[int]:
    """Where ``STARTS.finditer(text)`` finds a place, found faster: its digits and symbols, and its words in the
    lower-cased text, taken left to right without overlaps as ``finditer`` takes them (a text that lower-cases to
    another length, or holds a letter IGNORECASE and ``lower`` treat apart, is scanned with ``STARTS`` itself)."""
    lowered = text.lower()
    if len(lowered) != len(text) or any(letter in text for letter in _NOT_LOWERED_ALIKE):
        return [m.start() for m in STARTS.finditer(text)]
    found = [m.span() for m in _LOWER_WORD_STARTS.finditer(lowered)]
    for m in _DIGITS_OR_SYMBOL.finditer(lowered):
        at = m.start()
        found.append((at, at + 1))
        if m.end() > at + 1 and not lowered[at].isdigit():  # '$5': the symbol, then the digits' own start
            found.append((at + 1, at + 2))
    starts: list[int] = []
    taken_to = 0
    for start, end in sorted(found):
        if start >= taken_to:
            starts.append(start)
            taken_to = end
    return starts
