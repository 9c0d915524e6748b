"""A candidate's campaign as a speaker (``Pell’s campaign said``, ``the Pell campaign said``, ``the campaign said``
after either): the organisation, named by its candidate's fullest name and the noun (``Dana Pell campaign``).

A campaign is rarely tagged an organisation: NER tags the candidate, so the campaign is found from the person named
right before the noun, in the speaker's phrase or, for ``the campaign``, nearest before it."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from newsprep.model import Mention

CAMPAIGN = "campaign"
CAMPAIGN_REACH = 3000
"""How far back (characters) ``the campaign said`` looks for the candidate's campaign named before it."""
_OWNED = re.compile(r"(?:[’']s)?\s+(?:(?:re-?election|presidential|senate|mayoral|gubernatorial)\s+)?campaign\b")
"""What follows a candidate's name in a campaign's name: ``’s campaign``, `` campaign``, ``’s re-election campaign``."""


def is_campaign(name: str | None) -> bool:
    """A speaker name made by ``campaign_name``."""
    return name is not None and name.endswith(" " + CAMPAIGN)


def owns_campaign(text: str, mention: Mention) -> bool:
    """The person ``mention`` is named as a campaign's candidate (``Pell’s campaign``, ``the Pell campaign``)."""
    return _OWNED.match(text, mention.char_end) is not None


def campaign_text(text: str, mention: Mention) -> str:
    """The campaign as written from its candidate's name (``Pell’s campaign``, ``Pell re-election campaign``)."""
    owned = _OWNED.match(text, mention.char_end)
    return text[mention.char_start : mention.char_end if owned is None else owned.end()]


def campaign_name(candidate: str) -> str:
    return f"{candidate} {CAMPAIGN}"


def _start(mention: Mention) -> int:
    return mention.char_start


def campaign_candidate(
    text: str,
    mentions: Sequence[Mention],
    span: tuple[int, int],
    is_person: Callable[[Mention], bool],
    quoted: Callable[[int], bool],
) -> Mention | None:
    """The person whose campaign the phrase ``text[span[0]:span[1]]`` (headed by ``campaign``) is: the one it names
    before the noun (``Pell’s campaign``), else, for a bare ``the campaign``, the one whose campaign was named last
    before it, within ``CAMPAIGN_REACH`` and outside quotations. None when no person owns a campaign there (``the
    campaign`` after ``the campaign season`` only: no guess). ``mentions`` are sorted by offset."""
    start, end = span
    lo = bisect.bisect_left(mentions, start, key=_start)
    inside = [m for m in mentions[lo : bisect.bisect_left(mentions, end, key=_start)] if is_person(m)]
    if inside:
        return inside[-1] if owns_campaign(text, inside[-1]) else None
    first = bisect.bisect_left(mentions, start - CAMPAIGN_REACH, key=_start)
    for mention in reversed(mentions[first:lo]):
        if is_person(mention) and not quoted(mention.char_start) and owns_campaign(text, mention):
            return mention
    return None
