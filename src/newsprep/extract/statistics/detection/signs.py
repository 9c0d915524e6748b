"""A number's own minus sign: 'averaged -0.5 percent', 'as low as minus 25 degrees' (statistics round 30 of issue 17).

A level below zero is printed with a minus sign glued to its digits or with the word 'minus' before them; read
without it, the number is another value (the goose and tech golds write the level negative, and span the sign with
the number). A change is told as its size, its direction in words ('fell 3%'), so a sign after a verb or word of
change ('closed -0.4%', 'down -2%') is left off; so is one after another number (a table's column of changes,
'112.40 -3.10 -2.68%': the aeb golds write the size), after a capital ('COVID -19': a name's number spaced off), or
a margin ('plus or minus 3.5 points', '+/- 2.5 percent'). A dash spaced on both sides ('the rest - 40 in all') is
punctuation, not a sign.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsprep.extract.statistics.detection.hits import Hit
from newsprep.extract.statistics.measures import CHANGE_OR_DIRECTION_WORD
from newsprep.text import word_set

_GLUED_SIGN_BEFORE = re.compile(r"(?<![\w.,%/+-])(?P<word>[a-z]+)\s[-−]$")
"""A lower-case word, one space, then a minus sign touching the digits ('and -0.5')."""
_MINUS_WORD_BEFORE = re.compile(r"(?<![\w.,%/+-])(?P<word>[a-z]+)\s+(?P<sign>minus)\s+$", re.IGNORECASE)
"""'as low as minus 25': the word 'minus' after a word; 'plus or minus' is a margin (its 'or' is refused below)."""
_CHANGE_OR_MARGIN_WORDS = CHANGE_OR_DIRECTION_WORD | word_set(
    "or by close closed closes ended ends finished change changed changes moved lose loses"
)
"""Words after which a sign is a change's direction or a margin's, not the sign of a level: every change word and
direction the measures know (``CHANGE_OR_DIRECTION_WORD``), a market's close, and a margin's 'or' and 'by'."""
_LOOK_BACK = 24


def with_own_sign(text: str, hit: Hit) -> Hit:
    """The hit read with the minus sign printed before it: its value negated and its span opened at the sign;
    unchanged when no sign of a level stands there (see the module's docstring)."""
    if hit.kind == "times" or hit.value <= 0:
        return hit
    window = max(0, hit.start - _LOOK_BACK)
    sign = _GLUED_SIGN_BEFORE.search(text, window, hit.start) or _MINUS_WORD_BEFORE.search(text, window, hit.start)
    if sign is None or sign.group("word").lower() in _CHANGE_OR_MARGIN_WORDS:
        return hit
    sign_start = sign.start("sign") if "sign" in sign.groupdict() else hit.start - 1
    return replace(hit, start=sign_start, value=-hit.value)
