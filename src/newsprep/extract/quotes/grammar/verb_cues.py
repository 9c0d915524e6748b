"""Cues that are cues only in a verb's place in their sentence: present-tense ``claim(s)`` before its object (a noun
elsewhere: ``his claims``, ``amid claims``), and a verb of voicing whose object is the quoted span (``spoke of
“anxiety”``, ``expressed “sympathy”``). One test for each, so that the quotation test and every reader of a speaker
agree on what is a cue."""

from __future__ import annotations

import re

from newsprep.extract.quotes.grammar.words import ALL_CUES, BE_FORMS, PREPOSITIONS
from newsprep.text import word_set as vocabulary

_CLAIM_OBJECT = r"\s+(?:an?|the|these|those|this|its|their|his|her)\s"
"""The determiner opening ``claim``'s object: only there is its bare form surely a verb (``claim an “odd” rise``)."""
_CLAIMS_VERB = re.compile(r"(?:^|(?P<before>[\w’'.,)]+)\s+)claims?" + _CLAIM_OBJECT + r"[^;:]*$", re.IGNORECASE)
_CLAIM_OBJECT_AFTER = re.compile(_CLAIM_OBJECT)
_WORD_BEFORE = re.compile(r"(?P<before>[\w’'.,)]+)\s+$")
_NOUN_MAKERS = (
    vocabulary("a an the his her its their our my your this that these those such any no of to about against among")
    | PREPOSITIONS
    | BE_FORMS
)
"""Words that make the ``claim`` after them a noun (``his claims``, ``the claim``, ``amid claims``, ``there were
claims``) or an infinitive (``to claim``)."""


def _claim_is_verb(before: str) -> bool:
    """The word before a ``claim(s)`` that has a determiner after it leaves it a verb: no determiner, possessive,
    preposition, form of ``be``, ``of`` nor ``to``."""
    return before.lower() not in _NOUN_MAKERS and not before.endswith(("’s", "'s", "s’", "s'"))


def claims_as_verb(left: str) -> bool:
    """``Pell claims these plans “redirect” ...``, ``officials from the union claim an “unusual” number``: present-tense
    ``claim`` before its object is a verb of saying, so a short span after it is its subject's words. Its bare forms
    are no cue elsewhere (``his claims of “...”``): here a determiner must follow it and none come before it."""
    found = _CLAIMS_VERB.search(left)
    return found is not None and _claim_is_verb(found.group("before") or "")


def is_cue_at(text: str, start: int, end: int) -> bool:
    """The word ``text[start:end]`` is a speech cue: a listed one, or present-tense ``claim(s)`` in a verb's place as
    ``claims_as_verb`` reads it (``officials from the union, which ..., claim an “unusual” rise``: the officials speak).
    The one test every cue reader asks, so that the quotation test and the readers of its speaker agree."""
    word = text[start:end].lower()
    if word in ALL_CUES:
        return True
    if word not in ("claim", "claims") or _CLAIM_OBJECT_AFTER.match(text, end) is None:
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return _claim_is_verb(before.group("before") if before else "")


VOICED_OBJECT = re.compile(r"\b(?:(?:spoke|speaks)\s+of|expressed|expresses|voiced)\s*$", re.IGNORECASE)
"""``Velde spoke of “anxiety” over the fleet``, ``Pell and Velde expressed “sympathy” with the crews``: a verb of
voicing right before a short quoted span makes it the words voiced (the subject's), not a term; only with the span as
its object (``expressed concern about the “gig” economy`` is a term's)."""
