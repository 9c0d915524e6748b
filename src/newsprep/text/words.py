"""Word lists every stage may read: how a list is written, number words, days and months.

A list here says one thing, once. Lists only one stage reads stay with that stage (the entity rules' lexicon, the
attribution grammar's verbs); the lists about names of people and organisations are in ``names``.
"""

from __future__ import annotations

import re
import unicodedata


def word_set(words: str, *, casefold: bool = False) -> frozenset[str]:
    """A vocabulary written as one whitespace-separated string (``casefold``: compared without case)."""
    return frozenset(word.casefold() if casefold else word for word in words.split())


def singular_forms(noun: str) -> tuple[str, ...]:
    """``noun`` and the singulars it may be the plural of (``officials``, ``companies`` -> ``company``, ``churches`` ->
    ``church``, ``businessmen``, ``spokespeople``): candidates to look up or to match, not one right answer (``buses``
    gives ``bus`` and ``buse``); a word in ``-ss`` is no plural."""
    forms = [noun]
    if noun.endswith("men"):
        forms.append(noun[:-3] + "man")
    if noun.endswith("people"):
        forms.append(noun[:-6] + "person")
    if noun.endswith("ies"):
        forms.append(noun[:-3] + "y")
    if noun.endswith("es"):
        forms.append(noun[:-2])
    if noun.endswith("s") and not noun.endswith("ss"):
        forms.append(noun[:-1])
    return tuple(forms)


UNIT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
TEEN_WORDS = (
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
"""The number words, spelled once: the statistics stage's values and patterns are built from them."""


def s_form(word: str) -> str:
    """The form English writes with an -s ending: a noun's plural or a verb's third person (``pupil`` -> ``pupils``,
    ``charity`` -> ``charities``, ``church`` -> ``churches``, ``deny`` -> ``denies``); the inverse of
    ``singular_forms`` for regular words."""
    if _CONSONANT_Y_END.search(word):
        return f"{word[:-1]}ies"
    return f"{word}es" if _SIBILANT_END.search(word) else f"{word}s"


_SIBILANT_END = re.compile(r"(?:s|x|z|ch|sh)$")
_CONSONANT_Y_END = re.compile(r"[^aeiou]y$")


def _number_word_values() -> dict[str, int]:
    values = {word: value for value, word in enumerate(("zero", *UNIT_WORDS, *TEEN_WORDS))}
    for tens_index, tens in enumerate(TENS_WORDS):
        values[tens] = 20 + 10 * tens_index
        for unit in UNIT_WORDS:
            values[f"{tens}-{unit}"] = values[tens] + values[unit]
    return values


NUMBER_WORD_VALUES: dict[str, int] = _number_word_values()
"""'zero' to 'ninety-nine' (hyphenated compounds: 'twenty-five'), each with its value."""


def alternatives(words: tuple[str, ...] | list[str]) -> str:
    """A regular-expression alternation of literal words, in the order given: ``one|two|three``."""
    return "|".join(words)


_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def follows_the(text: str, pos: int, *, window: int = 5) -> bool:
    """Whether the word 'the' (any case) ends right before ``pos``, looking back ``window`` characters: 'the three
    painters', 'the Trump campaign'."""
    return _THE_BEFORE.search(text, max(0, pos - window), pos) is not None


WEEKDAYS = word_set("monday tuesday wednesday thursday friday saturday sunday")
MONTHS = word_set("january february march april may june july august september october november december")


def without_accents(word: str) -> str:
    """``Bogotá`` -> ``Bogota``, ``María`` -> ``Maria``: the letters without their combining marks, as English word
    lists (place names, the US birth records) write them."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))
