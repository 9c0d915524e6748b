"""A count that opens a title set in title case ('7 Ways to Cut Your Bills', '12 Readers Share Their Stories'), and
a count of the writer's own words ('two things to know', 'in five words', 'Two questions: ...':
``is_figure_of_speech_count``).

A listicle's or a feature's name quoted in the body (or a sub-heading that is one) names a piece; the number in it
reports nothing. Title case is told from a name that starts a sentence ('40 Los Angeles police officers') by two
signs together: every longer word after the number is capitalised, and so is at least one small word that no name
capitalises ('Your', 'With', 'On', 'Their').
"""

from __future__ import annotations

import re

from newsprep.extract.statistics.numbers import Quantity
from newsprep.extract.statistics.words import NounPhrase
from newsprep.text import word_set

_TITLE_SMALL_WORDS = word_set(
    "with while your their our my his her its on to for from about into onto after before how why what when are is "
    "can will you we they that this these than",
    casefold=True,
)
"""Words a title capitalises and a name does not hold."""
_TITLE_END = re.compile(r"[.:!?\n]")
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
MIN_TITLE_WORDS = 4
SHORT_WORD_LETTERS = 3
"""Title case leaves short words ('to', 'on', 'of', 'a') in lower case; longer ones are all capitalised."""


def is_title_count(text: str, q: Quantity) -> bool:
    """Whether the number opens its paragraph and the words after it, to the first stop, are a title-case title."""
    if text[: q.start].strip():
        return False
    stop = _TITLE_END.search(text, q.end)
    words = _WORD.findall(text, q.end, stop.start() if stop else len(text))
    if len(words) < MIN_TITLE_WORDS:
        return False
    if any(len(word) > SHORT_WORD_LETTERS and not word[0].isupper() for word in words):
        return False
    return any(word[0].isupper() and word.casefold() in _TITLE_SMALL_WORDS for word in words[1:])


_UNCOUNTED_HEADS = frozenset({"things"})
"""'two things every saver should know', 'three things went wrong': announcing a list is no figure reported."""
MAX_PHRASE_WORDS = 1000
"""'put it in five words', 'her last two words': a count of words under this is the length of a phrase."""


_LISTED_HEADS = frozenset(
    {"questions", "factors", "reasons", "lessons", "takeaways", "things", "respects", "ways", "options"}
)
"""The writer's framing of what follows: 'Two questions: who pays? And when?', 'shaped by two factors: cost and
time', 'bolder than expected in two respects: first, ...', 'your three best options are: ...'."""
_COLON_AFTER = re.compile(
    r"[ \t]*(?:(?:are|is|were|was)(?:[ \t]+going[ \t]+to[ \t]+be)?|(?:will|would)[ \t]+be)?[ \t]*:"
)
"""The colon right after the noun, or after a copula that only announces the list ('are', 'are going to be')."""
MAX_LISTED = 5
"""A list the writer sets out is short; 'asked 12 questions: six on cost ...' counts what a panel did."""


def is_figure_of_speech_count(noun: NounPhrase | None, value: float, text: str) -> bool:
    """A count that only announces or measures the writer's own words: 'N things', a phrase's 'N words', or 'N
    questions:' ('N factors:', 'N reasons:') setting out the list that follows its colon."""
    if noun is None:
        return False
    if noun.head in _LISTED_HEADS and value <= MAX_LISTED and _COLON_AFTER.match(text, noun.end):
        return True
    return noun.head in _UNCOUNTED_HEADS or (noun.head == "words" and value < MAX_PHRASE_WORDS)
