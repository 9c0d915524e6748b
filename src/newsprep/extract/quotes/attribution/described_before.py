"""A role named in the sentence before a quote, for a quote whose paragraph names nobody (issue 16, round 42):
``Asked about the delay, the minister shrugged. “Shipyards have full order books.”``. The role stands for the person
the article named with it (``Transport Minister Helga Vantongeren``), as ``“...,” the minister said`` would; a role
nobody was named with is no one's (a guess the rules do not make)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsprep.extract.quotes.attribution.found import Candidate
from newsprep.extract.quotes.grammar import DEFINITE_ROLES, ROLE_NOUNS, sentence_subject
from newsprep.extract.quotes.spans import MASK
from newsprep.extract.quotes.speaker_value import Speaker
from newsprep.extract.quotes.speakers import SpeakerResolver


def role_subject_before(
    candidate: Candidate, resolver: SpeakerResolver, mask: str, starts: Sequence[int]
) -> Speaker | None:
    """The person whose role (``the minister``) is the subject of the sentence right before the quote's sentence, in
    the quote's paragraph, when that sentence quotes nobody and the article named someone with the role."""
    lo = max((s for s in starts if candidate.paragraph_start <= s < candidate.sentence_start), default=None)
    if lo is None or MASK in mask[lo : candidate.sentence_start]:
        return None
    phrase = sentence_subject(mask, lo, candidate.sentence_start)
    end = None if phrase is None else _definite_role_end(mask, phrase.start, phrase.end)
    if phrase is None or end is None or resolver.role_held_by_nobody(phrase.start, end):
        return None
    speaker = resolver.resolve(phrase.start, end)
    return speaker if speaker.is_person and speaker.name is not None else None


_ROLE_WORDS = 3
"""A role phrase holds at most this many words after ``the`` (``the union branch leader``)."""


def _definite_role_end(mask: str, start: int, end: int) -> int | None:
    """Where ``the minister`` or ``the union leader`` ends, opening the subject ``mask[start:end]`` (the verb the
    subject reader left with it, ``shrugged``, cut off); None when the subject opens otherwise."""
    words = list(re.finditer(r"[A-Za-z]+", mask[start:end]))
    if not words or words[0].group().lower() != "the":
        return None
    for word in words[1 : 1 + _ROLE_WORDS]:
        if not word.group().islower():
            return None  # "the Harbour Board": a name, not a role
        if word.group() in ROLE_NOUNS | DEFINITE_ROLES:
            return start + word.end()
    return None
