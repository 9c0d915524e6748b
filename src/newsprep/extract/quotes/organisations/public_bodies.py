"""Public bodies known by a name that holds no noun of their kind (``Scotland Yard``, ``the Pentagon``), and the
nouns a text calls them by after naming them (``police said``, ``the department said``). Pure functions over one
article's text."""

from __future__ import annotations

import re
from collections.abc import Callable

from newsprep.text import word_set as vocabulary

PUBLIC_BODIES = {
    "Scotland Yard": vocabulary("police force"),
    "Pentagon": vocabulary("department military"),
    "White House": vocabulary("administration"),
    "Federal Reserve": vocabulary("bank"),
    "Fed": vocabulary("bank"),
    "Bundesbank": vocabulary("bank"),
    "NATO": vocabulary("alliance"),
    "Interpol": vocabulary("agency organisation organization"),
    "Europol": vocabulary("agency"),
}
"""A body's usual name, written with capitals, and the lower-case nouns that may stand for it: only nouns that name
the body itself (``the White House`` is ``the administration``, not every ``government``)."""
BODY_REACH = 2000
"""How far back (characters) a noun looks for the body named before it, as for an organisation noun."""
_BODY_NAMES = "|".join(sorted(map(re.escape, PUBLIC_BODIES), key=len, reverse=True))
_BODY_NAME = re.compile(rf"\b(?:New\s+)?({_BODY_NAMES})\b")


def public_body_called(noun: str, position: int, text: str, quoted: Callable[[int], bool]) -> str | None:
    """``Scotland Yard appealed for witnesses. “...,” police said``: the public body named last before ``position``
    (within ``BODY_REACH``, outside quotations) that ``noun`` may stand for, by its usual name; None when none is."""
    found = None
    for match in _BODY_NAME.finditer(text, max(0, position - BODY_REACH), position):
        if noun in PUBLIC_BODIES[match.group(1)] and not quoted(match.start()):
            found = match.group(1)
    return found
