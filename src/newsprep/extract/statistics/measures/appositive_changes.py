"""A change told in apposition to the amount before it: 'moved 1.1 million containers, a 21 percent jump', 'at $295,
an increase of $20'. The appositive renames the amount's change, so it is a change in what that amount measures; the
sentence's subject ('The port', 'Entries') is what the clause rules would otherwise read it as a change in."""

from __future__ import annotations

import re

from newsprep.extract.statistics.measures.word_classes import CHANGE_NOUN_WORDS, CLOSING_NOUNS, UP_DOWN

_CHANGES = "|".join(sorted(CHANGE_NOUN_WORDS))
_APPOSITIVE_OPENING = re.compile(
    rf"[^.;:!?()\"“”]*,\s*an?\s+(?:[a-z]+\s+)?(?:(?P<noun>{_CHANGES})\s+of\s+)?"
    r"(?:(?:about|around|roughly|nearly|almost|some|just|only|more\s+than|less\s+than)\s+)?",
    re.IGNORECASE,
)
"""Between the amount and the number: ', a jump of ', ', an increase of about ', ', a ' (the noun after the number:
'a 21 percent jump'), a short aside before the comma ('in October, measured in ..., a')."""
_NO_LEVELS = frozenset(
    {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
    | {"hour", "day", "night", "week", "month", "year"}
)
"""A lone rank or unit of time the amount before was read as: nothing a change could be a change in."""
_CHANGE_AFTER = re.compile(rf"\s*(?P<noun>{_CHANGES})\b", re.IGNORECASE)
"""'a 21 percent jump': the change noun right after the number."""


def appositive_change(text: str, gap: tuple[int, int], number_end: int, level: str, own: str | None) -> str | None:
    """'<change> in <level>' when the text between the amount before (``gap[0]``) and the number (``gap[1]``) opens
    an appositive naming a change ('..., a jump of 6 percent', '..., a 21 percent jump'); ``level`` is what the
    amount before measures, ``own`` the number's phrase from its clause. None otherwise, when ``level`` is itself a
    change ('rose 4%, a rise of ...') and when ``own`` says more than a change ('a gain of four votes for Pruitt'
    -> 'votes for Pruitt': the gain is not the rival's count before it)."""
    if own is not None and (own.split() or [""])[0].lower() not in CHANGE_NOUN_WORDS:
        return None
    opening = _APPOSITIVE_OPENING.fullmatch(text, *gap)
    if opening is None:
        return None
    noun = opening.group("noun") or ((after := _CHANGE_AFTER.match(text, number_end)) and after.group("noun"))
    if not noun or level.lower().startswith(tuple(UP_DOWN.values())) or level.split()[0].lower() in CHANGE_NOUN_WORDS:
        return None
    if level.lower() in _NO_LEVELS:
        return None  # '$17 an hour' read as 'hour', '$14.1 million' after 'was third with' as 'third'
    words = level.split()
    if len(words) > 1 and words[-1] in CLOSING_NOUNS.values():
        words = words[:-1]  # 'shares closed at $45.20, a drop of 3%': a drop in the shares, not in their close
    return f"{noun.lower()} in {' '.join(words)}"
