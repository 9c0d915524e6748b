"""Letters after a person's name that are no part of it: an honour, a counsel's rank, a seat, a degree (speakers
round 59, issue 16).

The model takes ``Nadia Whitlock OBE`` or ``Martin Fairley QC`` whole as a PERSON; the gold conventions name a
person without titles and post-nominals (``tests/fixtures/quotes-names/README.md``: "without titles, ranks,
post-nominals (``SC``)"), so the span ends at the name and the quote's speaker with it. A generational suffix
(``Jr.``, ``Sr.``, ``III``) is part of the name and stays.
"""

from __future__ import annotations

import re

from newsprep.text import HONOURS, POST_NOMINALS

_NAME_RIGHT_BEFORE = re.compile(r"[A-Z][\w’'\-]* $")
_NAME_REACH = 40
"""Characters read back from a lone span's start for the name word right before it."""
_LAST_WORD = re.compile(r"(?:,\s*|\s+)(\S+)$")
_NAME_WORD = re.compile(r"[A-Z][\w’'.\-]*")


def drop_post_nominals(text: str, start: int, end: int) -> int:
    """The end of the person's name in ``text[start:end]`` before its post-nominals (``Dana Okafor CBE QC`` ->
    ``Dana Okafor``; ``Lee Hart, PhD`` -> ``Lee Hart``): each last word of ``POST_NOMINALS`` (compared without its
    periods) is dropped while two capitalised words stay before it, so a one-word name (``QC``) is left whole."""
    while (last := _LAST_WORD.search(text, start, end)) is not None:
        before = text[start : last.start()].split()
        if last.group(1).replace(".", "") not in POST_NOMINALS or len(before) < 2:
            break
        if not all(_NAME_WORD.fullmatch(word) for word in before[-2:]):
            break
        end = last.start()
    return end


def lone_post_nominal(text: str, start: int, end: int) -> bool:
    """Whether a span is post-nominals alone, no entity: an honour (``received an OBE``) or letters right after a
    name the model left untagged (``Simon Marchbank KC``); not ``SC`` after a comma (``Columbia, SC``) nor after a
    lower-case word (``the KC office``)."""
    word = text[start:end].replace(".", "")
    if word in HONOURS:  # never a place's or an organisation's short name, as 'SC', 'KC' or 'MD' can be
        return True
    return word in POST_NOMINALS and _NAME_RIGHT_BEFORE.search(text, max(0, start - _NAME_REACH), start) is not None
