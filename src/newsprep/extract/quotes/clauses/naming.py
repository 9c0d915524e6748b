"""A short phrase a named speaker gives something as its name: ``the ports Premier Vass has labelled the
“arc of ruin”``, ``the client Ferro referred to as the “northern partners”``. The naming verb's subject is a name,
so the words are that person's coinage, quoted: a partial quote of the name's bearer, not a term (``what some have
called the “...”``, ``a tool dubbed “...”``, ``the fans he refers to as “...”`` stay terms: no name names them).

Round 57b (issue 16): 2 short partial quotes of two corpora (newspaper4k, Lee) the base dropped as terms; no
not_quote of the readable dev sets has a name as its naming verb's subject."""

from __future__ import annotations

import re

from newsprep.extract.quotes.descriptions import capitalised_only_as_opener
from newsprep.extract.quotes.grammar import NAMED_PAST, NAMES_PRESENT
from newsprep.extract.quotes.spans import MASK
from newsprep.text import alternatives

_NOT_NAMES = (
    r"(?!(?:The|A|An|This|That|These|Those|It|He|She|They|We|I|You|What|Who|Some|Many|Most|Others|Critics|"
    r"Officials|Supporters|Opponents|Experts|People)\b)"
)
"""Capitalised words that open a subject naming nobody: an article, a pronoun, a group."""
NAMED_BY = re.compile(
    r"(?<![\w.’'\-])" + _NOT_NAMES + r"(?P<owner>[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3})"
    r"(?:\s+(?:has|have|had|once|long|also|often|repeatedly|previously|now|later))*\s+"
    r"(?:"
    + alternatives((*NAMED_PAST, *NAMES_PRESENT))
    + r"|(?:referred|refers)\s+to\s+as|(?:described|describes)\s+as)"
    r"(?:\s+(?:it|them|him|her|this|that|these|those|the|a|an|his|its|their))*\s*$"
)
"""A name, an optional auxiliary or adverb, a naming verb in the active (past or present), the determiners before the
quotation: ``Premier Vass has labelled the``, ``Ferro referred to as the``. A ``words_owner`` pattern (``owner``)."""


def named_by_speaker(mask: str, sentence_start: int, open_at: int) -> tuple[int, int] | None:
    """Where the name stands (start, end in the text) when the words before a quotation, in its sentence, are a
    named subject's naming verb (``Premier Vass has labelled the “...”``); None otherwise, and when the name is a
    lone capitalised word the text writes capitalised only where a sentence opens (``Critics called the “...”``)."""
    match = NAMED_BY.search(mask, sentence_start, open_at)
    if match is None or any(ch in MASK for ch in match.group()):
        return None
    owner = match.group("owner")
    if capitalised_only_as_opener(mask, owner, match.end("owner")):
        return None
    return match.start("owner"), match.end("owner")


__all__ = ["NAMED_BY", "named_by_speaker"]
