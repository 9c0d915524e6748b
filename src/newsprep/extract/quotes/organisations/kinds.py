"""Which organisation an organisation noun means (``the union said``, ``the agency said``): the noun against the
organisations' names, their own nouns' kinds, and the noun the text introduced each with. Pure functions over one
article's text and mentions."""

from __future__ import annotations

import itertools
import re

from newsprep.model import Mention
from newsprep.text import word_set as vocabulary

KINDS = tuple(
    vocabulary(nouns)
    for nouns in (
        "company firm corporation group startup brand label studio publisher developer lender insurer bank airline "
        "carrier retailer automaker carmaker manufacturer maker utility broadcaster network newspaper magazine outlet "
        "drugmaker chipmaker railroad railway operator supplier distributor provider conglomerate chain miner "
        "producer exporter builder exchange platform paper jeweller jeweler",
        "union association federation confederation brotherhood guild syndicate alliance coalition group",
        "university college school institute academy",
        "hospital clinic",
        "team club franchise squad",
        "agency department ministry office administration authority commission regulator watchdog service bureau "
        "council board committee government",
        "charity foundation nonprofit non-profit organization organisation group coalition alliance association "
        "institute league club fund",
    )
)
"""Kinds of organisation: ``the union said`` is not the ``Lakeview Hospital`` named after the union, whose own noun
is of another kind (a noun in no kind, ``Skyward Air``, may be any)."""
_INTRODUCING_NOUN = re.compile(r"\b([a-z][a-z\-]*)\s*,?\s+(?:the\s+)?$")
"""``the broadcaster Meridian One``, ``The jeweller, Harlow & Finch,``, ``the U.N. refugee agency UNHCR``, ``the
union, the Brotherhood of ...``: the lower-case noun written right before a name (a comma and ``the`` between)."""
INTRODUCTION_REACH = 40
"""How far back (characters) from a name its introducing noun may start."""


def kinds_of(noun: str) -> set[int]:
    """The kinds (indices into ``KINDS``) the lower-case noun is of."""
    return {i for i, kind in enumerate(KINDS) if noun in kind}


def own_nouns(name: str) -> list[str]:
    """An organisation's own nouns, in lower case: its last word and a word before its ``of``/``for`` (``Bank`` of
    ``Bank of Marovia``, ``Brotherhood`` of ``International Brotherhood of Harbor Workers``)."""
    words = name.lower().split()
    before_of = [word for word, following in itertools.pairwise(words) if following in ("of", "for")]
    return words[-1:] + before_of


def same_kind(name: str, head: str) -> bool:
    """The organisation ``name`` may be the one ``the <head>`` means: one of its own nouns is of a kind ``head`` is of,
    or none is of any kind."""
    own = set().union(*(kinds_of(noun) for noun in own_nouns(name)))
    wanted = kinds_of(head)
    return not own or not wanted or bool(own & wanted)


def of_kind(name: str, head: str) -> bool:
    """One of the organisation's own nouns is of a kind ``head`` is of, broad kinds too (``Office`` for ``the
    regulator``): unlike ``same_kind``, a name of no kind is not."""
    return any(kinds_of(noun) & kinds_of(head) for noun in own_nouns(name))


BROAD_KINDS = frozenset({0, 5})
"""Companies and public bodies: so many of their names carry no noun of their kind (``Calloway Securities``,
``Reuters``) that a name with one (``Bank of Marovia``, ``Kassel District Council``) does not outrank a nearer name
for ``the firm`` or ``the news agency``."""


def fits_kind(name: str, head: str) -> bool:
    """One of the organisation's own nouns is ``head``, or of a narrow kind ``head`` is of (``Brotherhood`` for
    ``the union``), not merely of no kind."""
    own = own_nouns(name)
    return head in own or any(kinds_of(noun) & kinds_of(head) - BROAD_KINDS for noun in own)


_OPENING_NOUN = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))([A-Z][a-z\-]+)\s+$")
"""``Developer Valdris said ...``: a noun opening the sentence, written with a capital, right before the name."""


def introducing_noun(text: str, mention: Mention) -> str | None:
    """The lower-case noun the text brought the name in with, right before it (``the broadcaster Meridian One``,
    ``the port operator, Greyhaven Terminals``), or a noun of an organisation's kind opening the sentence before it
    (``Developer Valdris``), if one."""
    reach = max(0, mention.char_start - INTRODUCTION_REACH)
    before = _INTRODUCING_NOUN.search(text, reach, mention.char_start)
    if before is not None:
        return before.group(1)
    opening = _OPENING_NOUN.search(text, reach, mention.char_start)
    noun = None if opening is None else opening.group(1).lower()
    return noun if noun is not None and kinds_of(noun) else None


def introduced_as(text: str, mention: Mention, head: str) -> bool:
    """The text brought the name in with ``head`` or a noun of its kind right before it (``the broadcaster Meridian
    One`` for ``the network``, ``the port operator, Greyhaven Terminals`` for ``the company``)."""
    noun = introducing_noun(text, mention)
    return noun is not None and (noun == head or bool(kinds_of(noun) & kinds_of(head)))


def named_with_head(name: str, head: str) -> bool:
    """``Orrin Minerals`` for ``the miner``: a word of the name opens with the noun and is longer (a name NER tagged a
    person, where ``Banks`` is no bank: two letters more at least)."""
    return any(word.startswith(head) and len(word) >= len(head) + 2 for word in name.lower().split()[1:])
