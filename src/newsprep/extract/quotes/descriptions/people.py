"""A definite description of one person at a cue (``the researcher explained``, ``the Facebook founder said``, ``the
Alabama Republican said``) that no title resolves: the person the text was just about (issue 16, round 54).

News names a person, then goes on with a description the article never wrote beside the name (``In some cases,
Zhou said, ...`` then ``“...,” the researcher explained``). When the paragraph before and the quote's own paragraph up
to the description name exactly one person (``PeopleBefore.salient_person``), the description is that person, but not
when the text says it is someone else (``PeopleBefore.person_described`` asks these): a name set off right after the
description (NER having missed it); one of the same kind brought in before it without a name (``a nurse``, ``The
patient was given ...``); an unnamed voice in the stretch (``A resident who ... said``); the other gender (``the
woman``); the person named with another role (``Mayor Ada Roe`` for ``the nurse``; for a party label, another
party label). Plural heads (``the researchers``), indefinite ones (``a former employee``) and bodies (``the police``)
are no one person."""

from __future__ import annotations

import re
from functools import lru_cache

from newsprep.extract.quotes.descriptions.as_written import PEOPLE_NOUNS, RECORDING_NOUNS, speaks
from newsprep.extract.quotes.grammar import DEFINITE_ROLES, ROLE_ABBREVIATIONS, ROLE_NOUNS, ROLE_TITLES
from newsprep.extract.quotes.organisations import DOCUMENT_NOUNS, OWNED_VOICES, SPOKESPEOPLE, is_organisation_noun
from newsprep.text import singular_forms
from newsprep.text import word_set as vocabulary

BODIES_OF_PEOPLE = vocabulary("police prosecutors jury panel faculty clergy family children")
"""People nouns for a body of people: no one person."""
DESCRIPTION_MODIFIERS = 3
"""``the Swedish computer programmer``: at most this many words between ``the`` and the head noun."""
ROLE_WORDS = (
    ROLE_NOUNS
    | DEFINITE_ROLES
    | PEOPLE_NOUNS
    | frozenset(word for titles in ROLE_TITLES.values() for word in titles)
    | frozenset(word for titles in ROLE_ABBREVIATIONS.values() for word in titles)
) - vocabulary("man woman person lady gentleman")
"""Words that give a person a role when written beside the name (``Mayor Ada Roe``, ``Ada Roe, a nurse,``); ``a
woman`` beside a name says who she is, not what she does, so it is no other role than ``the researcher``."""
PARTY_WORDS = vocabulary("democrat democratic republican")
_SENTENCE_END = re.compile(r"[.!?;:“”\"(]")
_NAME_SET_OFF = re.compile(r"\s*,\s*[A-Z]")
"""``The director, Oluwaseun Adebayo-Clarke, said``: a capitalised word set off right after the description."""


def one_person_head(written: str) -> str | None:
    """The head noun of ``written`` when it is ``the`` and a description of one person (``the researcher``, ``the
    Facebook founder``, ``the Swedish computer programmer``); None for an indefinite or possessive description, a
    plural, a body of people, an organisation, a document, a spokesperson (``described._spoken_for`` reads those)."""
    words = written.split()
    if len(words) < 2 or len(words) > DESCRIPTION_MODIFIERS + 2 or words[0].lower() != "the":
        return None
    if any(word.endswith(("’s", "'s", "’", "'")) for word in words):
        return None  # "the company's founder": the possessive rules' (``possessive_roles``)
    head = words[-1]
    return head if head.isalpha() and head.islower() and names_one_person(head) else None


def names_one_person(head: str) -> bool:
    """``head``, a lower-case noun, is a role or kind of one person: not a plural (``researchers``), a body of
    people, an organisation, a document or a spokesperson (``described._spoken_for`` reads those)."""
    if len(singular_forms(head)) > 1:
        return False  # "the researchers": no one person
    if head in BODIES_OF_PEOPLE | SPOKESPEOPLE | DOCUMENT_NOUNS | OWNED_VOICES | RECORDING_NOUNS:
        return False
    return not is_organisation_noun(head) and (head in ROLE_WORDS or speaks(head))


def named_right_after(text: str, end: int) -> bool:
    """The description ending at ``end`` is followed by a name set off by a comma (``The director, Ada Roe,``): the
    text names who it is, even where NER missed the name; the person named before is not it."""
    return _NAME_SET_OFF.match(text, end) is not None


def unnamed_one_before(text: str, head: str, end: int) -> bool:
    """``a nurse``, ``one former employee``, ``The patient was given ...``: a person of the kind ``head`` the article
    brought in before ``end`` by that noun, whom ``the nurse`` then refers to rather than anyone named."""
    return any(_brings_in(text, match) for match in _brought_in_by(head).finditer(text[:end]))


@lru_cache(maxsize=256)
def _brought_in_by(head: str) -> re.Pattern[str]:
    """'a nurse', 'one former employee', 'The patient': a person brought in by the noun ``head``. Built once per
    head noun, not at every description (review fold round)."""
    return re.compile(
        rf"\b(?:a|an|one|another|the)\s+(?:[\w’'\-]+\s+){{0,{DESCRIPTION_MODIFIERS}}}{re.escape(head)}\b", re.IGNORECASE
    )


_PREDICATE_LEAD = re.compile(r"(?:,|\b(?:as|is|was|be|been|became|becomes))\s*$", re.IGNORECASE)
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?”\"\n])\s*$")


def _brings_in(text: str, match: re.Match[str]) -> bool:
    """The description ``match`` brings in a person of its own: not a name's appositive or predicate (``Ada Roe, a
    Kansas Republican,``, ``worked as a hospital pharmacist``: that is the named person); with ``the``, only as the
    subject opening a sentence (``The patient was given ...``), not another description of someone named (``asked
    questions, but the Ohio Republican ...``)."""
    lead = text[max(0, match.start() - 12) : match.start()]
    if _PREDICATE_LEAD.search(lead):
        return False
    return not match.group().lower().startswith("the") or _SENTENCE_OPENING.search(lead) is not None


def words_beside(lead: str, name: str, appositive: str) -> set[str]:
    """The lower-case words written beside a name: the last three of its sentence before it (``Mayor``, ``led by
    glaciologist``), a title the name's mention holds (``Sen. Ada Roe``) and its appositive (``, a nurse at ...,``)."""
    clause = _SENTENCE_END.split(lead)[-1]
    words = [*clause.split()[-3:], *name.split()[:-1], *appositive.split()]
    return {word.strip(".,").lower() for word in words}


def other_roles(head: str) -> frozenset[str]:
    """The words that, beside a name, make it someone else than ``the <head>``: any role but the head's own titles
    (``President Ada Roe`` is not ``the researcher``; ``Sen. Ada Roe`` is ``the senator``)."""
    return ROLE_WORDS - ROLE_TITLES.get(head, frozenset()) - ROLE_ABBREVIATIONS.get(head, frozenset()) - {head}
