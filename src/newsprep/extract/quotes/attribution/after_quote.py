"""Attributions after a quotation, outside its own sentence: a line signed under a quote paragraph (``“...”`` then
``— Dana Pell, a reader in Ohio``) and the next sentence pointing back at the quote (``“...” That is how Pell
describes the work.``, ``So says Pell.``, ``Those were the words of Dana Pell.``). Both read the masked text
(quotations replaced by ``MASK``)."""

from __future__ import annotations

import re

from newsprep.extract.quotes.clauses import attribution_after
from newsprep.extract.quotes.grammar import Attribution, is_title_abbreviation
from newsprep.extract.quotes.spans import MASK

SIGNATURE_MAX_WORDS = 10
_DASH_LINE = re.compile(r"\s*\n\s*([―—–-]\s*[^\n]+)")
_MASKED_NAME = re.compile(r"\w\*")
"""``— Man** Fe****``: a name masked by its publisher names nobody."""
_VERDICT_NOUNS = r"(?:words?|view|message|verdict|advice|assessment|warning|conclusion|opinion|take)"
_POINTING_BACK = re.compile(
    r"[ \t]*(?:[—–][ \t]*)?(?:(?:[Tt]hat|[Tt]his|Those|These|Such)(?:[’']s|\s+(?:is|was|are|were))\s+"
    r"(?:how|what|according\s+to|the\s+(?:[\w\-]+\s+)?" + _VERDICT_NOUNS + r"\s+(?:of|from)"
    r"|(?=(?:[A-Z][\w\-]*\s+)*[A-Z][\w\-]*[’']s\s+(?:[\w\-]+\s+)?" + _VERDICT_NOUNS + r"\b))"
    r"|(?:Or\s+)?So\s+(?:says|said)"
    r"|The\s+(?:[\w\-]+\s+)?(?:words?|remarks?|comments?|message|verdict|warning|plea|rebuke|reply|retort)"
    r"\s+(?:came|come)\s+from)\b"
)
"""A sentence about the quotation before it: a demonstrative, a form of ``be`` and how or whose words they were
(``That is how Pell describes it``, ``Those were the words of Dana Pell``, ``That’s according to Pell``, ``That was
Pell’s verdict``, after a dash too: ``“...” — that was Pell’s verdict``), ``So says Pell`` or whom they came from
(``The warning came from Dana Pell``); not any sentence opening with ``That`` (``That’s a bold claim, Velde said``:
another speaker)."""
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
_LAST_WORD = re.compile(r"\S+$")
_OWNER_OF_ROLE = re.compile(r"\s+(?:[A-Z][\w\-]*\s+)*[A-Z][\w\-]*[’']s\s+[a-z][\w\-]*(?=\s+[A-Z])")
"""``Pell’s colleague`` before a name: the owner of the role is not whose words they were."""


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
    sentence_end = _sentence_end(mask, match.end())
    owner = _OWNER_OF_ROLE.match(mask, match.end(), sentence_end)
    start = match.end() if owner is None else owner.end()  # "The warning came from Pell’s colleague Dana Ruiz."
    return None if MASK in mask[match.end() : sentence_end] else (start, sentence_end)


def _sentence_end(mask: str, start: int) -> int:
    """Where the sentence running from ``start`` ends: its first stop that closes no title or initials (``That was
    how Gov. Dana Pell put it.``), or a line's end."""
    for stop in _SENTENCE_END.finditer(mask, start):
        word = _LAST_WORD.search(mask, start, stop.end())
        if stop.group() != "." or word is None or not is_title_abbreviation(word.group()):
            return stop.start()
    return len(mask)
