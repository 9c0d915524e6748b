"""The base a rate is told over, after 'per', kept in the phrase of an amount (measures round 18; tests in
``tests/stages/statistics/measures/test_agents_and_bases.py``, every sentence invented): 'a bonus of $30 per kilogram of
leaf' -> 'bonus per kilogram of leaf'; 'at a cost of $2 million per carriage' -> 'cost per carriage'. The annotation
conventions keep the base 'in your measures phrase when it helps'; the stage's phrase was the one noun before the
number.
"""

from __future__ import annotations

from newsprep.extract.statistics.measures.clause import noun_phrase_forward, tidy_phrase

_NO_BASE = frozenset({"cent", "centum"})
"""'per cent' is a unit of the number, no base."""


def with_rate_base(phrase: str | None, right: list[str]) -> str | None:
    """'bonus' with 'per kilogram of green leaf' after the number -> 'bonus per kilogram of green leaf'; the base is a
    noun phrase, with one 'of' inside it. Only a one-word phrase takes it: a longer one already says what it is."""
    if phrase is None or " " in phrase or len(right) < 2 or right[0] != "per":
        return phrase
    base = noun_phrase_forward(right[1:])
    if not base or base[0].lower() in _NO_BASE:
        return phrase
    rest = right[1 + len(base) :]
    of_what = noun_phrase_forward(rest[1:]) if rest[:1] == ["of"] else []
    return tidy_phrase([phrase, "per", *base, *(["of", *of_what] if of_what else [])]) or phrase
