"""Attributions after a quotation, outside its own sentence: a line signed under a quote paragraph (``“...”`` then
``— Dana Pell, a reader in Ohio``) and the next sentence pointing back at the quote (``“...” That is how Pell
describes the work.``, ``So says Pell.``, ``Those were the words of Dana Pell.``). Both read the masked text
(quotations replaced by ``MASK``)."""

from __future__ import annotations

import re

from newsprep.extract.quotes.clauses import attribution_after
from newsprep.extract.quotes.cues import Attribution
from newsprep.extract.quotes.marks import MASK

SIGNATURE_MAX_WORDS = 10
_DASH_LINE = re.compile(r"\s*\n\s*([―—–-]\s*[^\n]+)")
_MASKED_NAME = re.compile(r"\w\*")
"""``— Man** Fe****``: a name masked by its publisher names nobody."""
_POINTING_BACK = re.compile(
    r"[ \t]*(?:(?:That|This|Those|These|Such)(?:[’']s|\s+(?:is|was|are|were))\s+(?:how|what|according\s+to"
    r"|the\s+(?:[\w\-]+\s+)?(?:words?|view|message|verdict|advice|assessment|warning|conclusion|opinion|take)"
    r"\s+(?:of|from))|(?:Or\s+)?So\s+(?:says|said))\b"
)
"""A sentence about the quotation before it: a demonstrative, a form of ``be`` and how or whose words they were
(``That is how Pell describes it``, ``Those were the words of Dana Pell``, ``That’s according to Pell``), or ``So
says Pell``; not any sentence opening with ``That`` (``That’s a bold claim, Velde said``: another speaker)."""
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")


def signed_line(mask: str, end: int) -> Attribution | None:
    """The attribution on the line after a quote paragraph ending at ``end``, signed with a dash."""
    newline = mask.find("\n", end)
    line = _DASH_LINE.match(mask, newline) if newline >= 0 else None
    if line is None or len(line.group(1).split()) > SIGNATURE_MAX_WORDS or _MASKED_NAME.search(line.group(1)):
        return None
    return attribution_after(mask, line.start(1) - 1, line.end(1))


def pointing_back(mask: str, end: int) -> tuple[int, int] | None:
    """The span of the sentence right after a quotation ending at ``end`` (its closing mark), in its paragraph, when
    that sentence points back at the quotation and quotes nothing itself."""
    match = _POINTING_BACK.match(mask, end)
    if match is None:
        return None
    stop = _SENTENCE_END.search(mask, match.end())
    sentence_end = stop.start() if stop is not None else len(mask)
    return None if MASK in mask[match.end() : sentence_end] else (match.end(), sentence_end)
