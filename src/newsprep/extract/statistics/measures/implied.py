"""Words a count already says, and the noun it leaves out (measures round 16 of issue 17).

A count's clause can hold words that tell nothing about what is counted, which sink a phrase's precision against
what a reader writes:

- an adjective saying the things counted are not the same ('five different routes', 'two separate inquiries'):
  things counted are distinct by being counted; a reader writes 'routes', 'inquiries';
- a verb saying only that someone counted them, after the noun ('40 complaints logged', 'nine cases reported'):
  the number is that tally; a reader writes 'complaints', 'cases' (a verb saying what befell the things, 'guns
  seized', 'deals registered', stays);
- no noun at all when a toll of harm counts people ('12 dead', 'three injured and 20 evacuated'): the text leaves
  'people' out, a reader puts it back ('people dead', 'people injured');
- a distance named by its unit, then where or how it was covered ('40 kilometres upstream from the dam', '900 miles
  tracked'): the phrase opens on the unit, which says only how the distance is told; a reader writes 'distance'.
- a parent told by how many children they have ('a mother of four', 'a father of two'): the text names the parent,
  a reader writes what the number counts, 'children of mother' (measures round 19).
"""

from __future__ import annotations

import re

from newsprep.extract.statistics.measures.empty import EMPTY_WORDS
from newsprep.extract.statistics.measures.word_classes import PARENT_NOUN, bare_word
from newsprep.text import word_set

DIFFERENCE_ADJECTIVES = word_set("different separate various distinct")
"""Adjectives that only say the things counted are not one another ('individual', 'other' and 'several' name a
kind or a part of a group, and readers keep them)."""

TALLY_VERBS = word_set("reported recorded tallied counted logged")
"""Past participles that say a count was taken, not what happened to the things counted."""

TRAVEL_UNITS = word_set("miles mile kilometers kilometres km meters metres")
"""Units of a distance travelled or lying between places; feet and yards are left out (a height above a mark, a
player's yards rushed), as are rates ('metres per second')."""

_PARENT_OF = re.compile(rf"\b(?P<parent>{PARENT_NOUN})\s+of\s*$", re.IGNORECASE)
"""'a single mother of', 'the grandfather of': a parent the count after 'of' tells the children of."""

HARM_WORDS = word_set("dead killed injured wounded hurt missing drowned evacuated rescued")
"""What befell the people of a toll; the count names them by it alone ('12 dead')."""


def without_difference_adjective(phrase: str | None) -> str | None:
    """'different bus routes' -> 'bus routes': the adjective of difference before the counted noun goes, unless the
    noun alone would be left (the count's unit again, which names nothing: 'different routes' stays)."""
    words = phrase.split() if phrase else []
    if len(words) < 3 or bare_word(words[0]) not in DIFFERENCE_ADJECTIVES or bare_word(words[1]) in EMPTY_WORDS:
        return phrase
    return " ".join(words[1:])


def without_tally_verb(phrase: str | None) -> str | None:
    """'noise complaints logged' -> 'noise complaints': a last word saying only that the things were counted goes
    (after a word that names something, not 'were recorded'), unless the noun alone would be left."""
    words = phrase.split() if phrase else []
    if len(words) < 3 or bare_word(words[-1]) not in TALLY_VERBS or bare_word(words[-2]) in EMPTY_WORDS:
        return phrase
    return " ".join(words[:-1])


def people_harmed(phrase: str | None) -> str | None:
    """'dead' -> 'people dead'; 'injured and 20 evacuated' -> 'people injured': a count's phrase that opens on what
    befell the people counted, up to another group joined by 'and'."""
    words = phrase.split() if phrase else []
    if not words or not words[0].islower() or bare_word(words[0]) not in HARM_WORDS:
        return phrase
    kept = words[: words.index("and")] if "and" in words else words
    return " ".join(["people", *kept])


_EMPTY_WORD_OR_PER = EMPTY_WORDS | frozenset({"per"})


def distance_named(phrase: str | None) -> str | None:
    """'kilometres upstream from the dam' -> 'distance upstream from the dam'; 'miles tracked' -> 'distance tracked':
    a phrase opening on a unit of distance and then a word of where or how (not a preposition: 'miles on the test
    cycle' is a range, 'metres per second' a speed)."""
    words = phrase.split() if phrase else []
    if len(words) < 2 or bare_word(words[0]) not in TRAVEL_UNITS or not words[1][:1].isalpha():
        return phrase
    if bare_word(words[1]) in _EMPTY_WORD_OR_PER:
        return phrase
    return " ".join(["distance", *words[1:]])


def children_of_parent(before: str) -> str | None:
    """'Ana Ruiz, a mother of three' -> 'children of mother'; 'a grandfather of nine' -> 'grandchildren of
    grandfather': a count with no noun of its own after a parent and 'of' counts that parent's children."""
    if not before.rstrip().endswith(" of"):
        return None  # most counts: no search at all
    parent = _PARENT_OF.search(before[-40:])
    if parent is None:
        return None
    children = "grandchildren" if parent["grand"] else "children"
    return f"{children} of {parent['parent'].lower()}"
