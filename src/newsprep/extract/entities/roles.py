"""A person's full name the model tagged ORG, where the text around it says it is a person's (issue 17, entities
rounds e2 and e8).

The small model tags some two-word names ORG (a given name and a surname it does not know, or one an organisation in
the same sentence bears). The text around the name often says what the person is: a lower-case role noun right before
it (``dairy farmer Ann Lee said``), or set off before it (``a non-executive director, Ann Lee, wrote``), an apposition
after it headed by one (``Ann Lee, an analyst at ...``) or describing a person (``Ann Lee, a ferry master on ...``,
``Ann Lee, who ...``, ``Ann Lee, 43,``). Such a name is a PERSON when it opens with a given name, holds no
organisation's word and stands in no organisation's place (``the`` or ``at`` before it, an organisation noun after it);
every mention of the same name with it.

A verb of saying (``Ann Lee said``) is no such sign: firms named for people (``<Given> <Surname> said profits rose``)
are its subjects as often, and the readable text holds four of them tagged ORG.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from newsprep.extract.entities.lexicon import ORG_WORDS, ORGANISATION_WORDS, PERSON_ROLE_NOUNS
from newsprep.extract.entities.places import PLACE_KEYS
from newsprep.extract.entities.source_text import SourceKey, text_of
from newsprep.model import NerSpan
from newsprep.text import NAME_PARTICLES, ORG_KIND_NOUNS, ORG_NOUNS, without_accents
from newsprep.text.given_names import is_given_name

_NAME_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?")
"""A capitalised name word, accents included (``Vélez-Mora``, ``Núñez``): round e9 found two people tagged ORG whose
names the plain-letter pattern refused."""
_ROLE_BEFORE = re.compile(r"(?:^|\s)([a-z][a-z-]*)(?:,| —)? $")
"""``farmer Ann Lee``, and a role set off before the name: ``a director, Ann Lee,``, ``its secretary — Ann Lee —``."""
_APPOSITION_AFTER = re.compile(r", (?:a|an|the) ((?:[a-z][a-z-]*)(?: [a-z][a-z-]*){0,2})")
"""``, an analyst``, ``, a senior analyst``, ``, the dairy farmer``: the apposition's first three words, its head
among them."""
_DESCRIBED_AFTER = re.compile(
    r"(?:,| —) (?:(?:who|whose)\b|(?:now |aged )?\d{1,3}\b|(?:a|an) ((?:[a-z0-9][a-z0-9-]*)(?: [a-z][a-z-]*){0,3}))"
)
"""What only a person's name has after it, set off: ``, who``, ``, whose``, an age (``, 43,``, ``, now 24``), or a
description (``, a ferry master on ...``) holding no organisation's word (``, a low brick building`` is a shop's)."""
_ORGANISATION_PLACE = re.compile(r"\b(?:the|at)\s+$", re.IGNORECASE)
"""Words before a name that put it where an organisation stands (``the <Name> says``, ``analysts at <Name> said``);
``of``, ``for``, ``to`` or ``by`` stand before people's names as often (``according to``, ``written by``)."""
_NEXT_WORD = re.compile(r"\s+([a-z]+)")
_ORGANISATION_WORDS = ORGANISATION_WORDS | ORG_WORDS
_NOT_A_PERSONS_DESCRIPTION = _ORGANISATION_WORDS | ORG_KIND_NOUNS | ORG_NOUNS


def people_tagged_org(spans: Sequence[NerSpan], texts: Mapping[SourceKey, str]) -> list[NerSpan]:
    """Each ORG span of two or three capitalised words, the first a given name, none an organisation's word or a
    place, relabelled PERSON, with every other ORG span of the same words, when one of them stands where the text
    says it is a person's (a role, a person's description) and none where an organisation stands."""
    named = [s for s in spans if s.label == "ORG" and _a_persons_name(s.text)]
    placed_as_organisation = {s.text for s in named if _where_an_organisation_stands(text_of(texts, s), s)}
    people = {
        s.text
        for s in named
        if s.text not in placed_as_organisation and _said_to_be_a_person(text_of(texts, s), s.char_start, s.char_end)
    }
    # a name that ends a longer ORG staying one (``De Vries`` of ``Ana de Vries`` with no given name known) keeps
    # its label, so the two stay one entity
    kept = {f" {s.text.casefold()}" for s in spans if s.label == "ORG" and s.text not in people}
    people = {p for p in people if not any(name.endswith(f" {p.casefold()}") for name in kept)}
    return [replace(s, label="PERSON") if s.label == "ORG" and s.text in people else s for s in spans]


def _a_persons_name(name: str) -> bool:
    """A given name, then one or two capitalised words, with name particles between (``Ana de Vries``)."""
    first, *rest = name.split() or [""]
    words = [first, *(w for w in rest if w not in NAME_PARTICLES)]
    if not 2 <= len(words) <= 3 or not all(_NAME_WORD.fullmatch(w) for w in words) or not is_a_given_name(words[0]):
        return False
    return not any(w.casefold() in _ORGANISATION_WORDS or w.casefold() in PLACE_KEYS for w in words)


def is_a_given_name(word: str) -> bool:
    """A given name, or a hyphenated one whose parts are each one (``Anne-Marie``, ``Jean-Pierre``), read with and
    without its accents: the birth records write ``Maria`` and ``Luis``, news ``María`` and ``Luís`` (round e10)."""
    return any(
        is_given_name(form) or ("-" in form and all(is_given_name(part) for part in form.split("-")))
        for form in dict.fromkeys((word, without_accents(word)))
    )


def _where_an_organisation_stands(text: str, span: NerSpan) -> bool:
    """``the <Name>``, ``at <Name>``, ``<Name> company``: a place in the sentence an organisation takes."""
    after = _NEXT_WORD.match(text, span.char_end)
    if after is not None and after.group(1) in _NOT_A_PERSONS_DESCRIPTION:
        return True
    return _ORGANISATION_PLACE.search(text, max(0, span.char_start - 6), span.char_start) is not None


def _said_to_be_a_person(text: str, start: int, end: int) -> bool:
    before = _ROLE_BEFORE.search(text, max(0, start - 30), start)
    if before is not None and before.group(1) in PERSON_ROLE_NOUNS:
        return True
    after = _APPOSITION_AFTER.match(text, end, end + 60)
    if after is not None and any(word in PERSON_ROLE_NOUNS for word in after.group(1).split()):
        return True
    described = _DESCRIBED_AFTER.match(text, end, end + 60)
    return described is not None and not any(
        word in _NOT_A_PERSONS_DESCRIPTION for word in (described.group(1) or "").split()
    )
