"""A participle's phrase opening a sentence and holding a quotation (``Declaring “...” at risk, Mayor Pell called a
review``, ``After urging “...” in the town, Pell asked ...``): the phrase has no subject of its own, so the words
are those of the main clause's subject, which stands after the phrase's closing comma, past the quotation. Reads the
masked paragraph text, as ``cues`` does."""

from __future__ import annotations

import re

from newsprep.extract.quotes.grammar import ALL_CUES, Phrase, phrase_tokens, run_in, sentence_subject
from newsprep.extract.quotes.spans import MASK
from newsprep.text import word_set as vocabulary

_FRONTING = vocabulary("after before while upon by on in since without")
"""Prepositions and conjunctions that open a participle's phrase (``After urging ...``): a word in -ing right after
one is a verb, whatever it is."""
_DATELINE = re.compile(r"\s*(?:--|[—–])\s*")
_PHRASE_END = re.compile(r"[^.!?;:" + MASK + r"]*?,\s*")
"""From the end of the quotation, the comma closing the participle's phrase (``“...” is at risk, ``), within the
sentence and before any other quotation."""
_SENTENCE_END = re.compile(r"[.!?;:](?=\s|$)|" + MASK)


def _participle_opens(mask: str, lo: int, first_quote: int) -> bool:
    """Whether the text before the sentence's first quotation is a participle's phrase with nothing before it but a
    dateline (``PORT ELLIS (Wire) -- Declaring``) and a word that opens such a phrase: a participle of a verb of
    speaking or naming (``Declaring``, ``Calling``), or any verb in -ing after ``after``, ``before``, ``while`` ...
    (a noun in -ing opening a sentence, ``Housing “costs” rose``, is the subject itself)."""
    tokens = phrase_tokens(mask, lo, first_quote)
    for i, tok in enumerate(tokens[:12]):
        gap_end = tokens[i + 1][0] if i + 1 < len(tokens) else first_quote
        if _DATELINE.search(mask, tok[1], gap_end) and run_in([t[2] for t in tokens[: i + 1]]):
            tokens = tokens[i + 1 :]
            break
    if not tokens or "," in {tok[2] for tok in tokens}:
        return False
    first = tokens[0][2]
    if first.lower() in _FRONTING and len(tokens) > 1:
        verb = tokens[1][2]
        return verb.islower() and verb.endswith("ing") and len(verb) > 4
    return first[:1].isupper() and first.lower().endswith("ing") and first.lower() in ALL_CUES


def fronted_subject(mask: str, lo: int, open_at: int) -> Phrase | None:
    """The main clause's subject of a sentence (``mask[lo:]``) opening with a participle's phrase that holds a
    quotation, for a quotation at ``open_at`` in that phrase or after it; None for any other sentence."""
    first_quote = mask.find(MASK, lo, open_at + 1)
    if first_quote < 0 or not _participle_opens(mask, lo, first_quote):
        return None
    quote_end = first_quote
    while quote_end < len(mask) and mask[quote_end] == MASK:
        quote_end += 1
    comma = _PHRASE_END.match(mask, quote_end)
    if comma is None:
        return None
    end = _SENTENCE_END.search(mask, comma.end())
    return sentence_subject(mask, comma.end(), end.start() if end else len(mask))
