"""The gender of the people an article names, for the he/she that refers to them and the descriptions of them.

- ``PersonGenders``: a person's gender from an honorific before the surname in the article (``Mr. Ostrow``,
  ``Ms. Falk``), from the given name (``newsprep.text.given_names``, the US birth records), or from the
  pronouns of the sentences that open with a full name (``Irene Falk ... her``), in that order of trust (a lone
  word's pronouns are not read: NER takes "Moon" or "Gateway" for a person as readily as a surname). A surname
  that several people named in full share (``shared_surnames``: a father and a son, a couple) gives no gender: its
  honorifics belong to one of them, or to a relative never named in full (``Ms. Hadley``, the mother of Tom and
  Will Hadley), so the given name speaks first.
- ``copular_gender``: the gendered noun a name is said to be (``Velde, a father of three,``);
  ``description_gender``, ``described_gender``: the gender of an unnamed speaker's description (``my father``) or of
  the pronoun after it.

Apart from ``names`` (where a name begins and ends in the text): these read what the text says of a person once
the name is known, and need nothing of how it was found.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from newsprep.text import word_set as vocabulary
from newsprep.text.given_names import Gender, given_name_gender

PRONOUN_GENDER: dict[str, Gender] = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female"}
_HONORIFIC = re.compile(r"(M(?<!\wM)(?:r|rs|s|iss))\.?\s+(?:[A-Z]\.\s+)?([A-Z][\w’'\-]+)")
"""``\b(Mr|Mrs|Ms|Miss)`` written to start with its literal "M", which the regex engine then searches for quickly."""
_HONORIFIC_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+(?:[A-Z]\.\s+)?$")
"""An honorific ending right where a surname begins (``Mrs. `` of ``Mrs. Pruitt``)."""
_HONORIFIC_GENDER: dict[str, Gender] = {"mr": "male", "mrs": "female", "ms": "female", "miss": "female"}
_CHAIN_PRONOUN = re.compile(r"\b(he|she|him|her|his)\b", re.IGNORECASE)
_CHAIN_WINDOW = 160
"""Characters after a name where its own pronouns stand (``Falk said her plan ...``)."""
_WRITTEN_NAME = re.compile(r"(?:[A-Z]\.|[A-Z][\w’'\-]*)(?:\s+(?:[A-Z]\.|[A-Z][\w’'\-]*))*")
"""A name as written (capitalised words and initials), where its own sentence goes on."""
_GENDERED_NOUNS: dict[str, Gender] = {
    **dict.fromkeys(
        vocabulary(
            "woman women mother wife daughter sister grandmother girl widow actress queen princess congresswoman "
            "chairwoman businesswoman spokeswoman councilwoman sportswoman"
        ),
        "female",
    ),
    **dict.fromkeys(
        vocabulary(
            "man men father husband son brother grandfather boy widower actor king prince congressman chairman "
            "businessman spokesman councilman sportsman"
        ),
        "male",
    ),
}
_COPULAR_NOUN = re.compile(
    r"(?:[A-Z][\w.’'\-]*\s+)*[A-Z][\w’'\-]*(?:,|\s+(?:is|was|became|remains))\s+(?:a|an|the|one\s+of\s+the)\s+"
    r"((?:[\w’'\-]+\s+){0,4}?)(" + "|".join(sorted(_GENDERED_NOUNS)) + r")\b"
)
"""``Pell is one of the first two women elected ...``, ``Velde, a father of three,``: a gendered noun that the name
is (its copula or appositive), in the first words after it."""
_NOT_OF_THE_NAME = vocabulary("whose his her their its with and or who which that to for by from at on in than")
"""Words that put the gendered noun in another phrase than the name's own description (``Pell, whose wife``)."""


def honorific_genders(text: str) -> dict[str, Gender | None]:
    """Lower-case surname -> the gender its honorifics give (``Mr. Ostrow``); None when they disagree."""
    genders: dict[str, Gender | None] = {}
    for match in _HONORIFIC.finditer(text):
        surname, gender = match.group(2).lower(), _HONORIFIC_GENDER[match.group(1).lower()]
        seen = genders.get(surname, gender)
        genders[surname] = gender if seen == gender else None  # Mr. and Mrs. Tomczak: unknown
    return genders


def shared_surnames(names: Iterable[str]) -> frozenset[str]:
    """Lower-case last words that two or more of the full ``names`` (two words or more) end with."""
    by_surname: dict[str, set[str]] = {}
    for name in names:
        words = name.split()
        if len(words) > 1:
            by_surname.setdefault(words[-1].lower(), set()).add(name)
    return frozenset(surname for surname, full in by_surname.items() if len(full) > 1)


def honorific_at(text: str, position: int, surname: str) -> Gender | None:
    """The gender of the honorific written with ``surname`` at ``position``: opening the phrase there (``Ms.
    Ferreira said``) or right before the surname standing there (``Ms. `` then ``Ferreira``); None when none is."""
    opening = _HONORIFIC.match(text, position)
    if opening is not None:
        return _HONORIFIC_GENDER[opening.group(1).lower()] if opening.group(2).lower() == surname.lower() else None
    before = _HONORIFIC_BEFORE.search(text, max(0, position - 12), position)
    return None if before is None else _HONORIFIC_GENDER[before.group(1).lower()]


def own_pronoun(text: str, at: int, length: int) -> Gender | None:
    """The gender of the he/she/him/his/her after the name at ``at`` (``length`` characters, or as written) in its own
    sentence (``Dana Pell says the claims against her ...``), if any."""
    window = text[at : at + _CHAIN_WINDOW]
    written = _WRITTEN_NAME.match(window)
    after = written.end() if written is not None else length  # "Omar." for Ilhan Omar: past "Omar" only
    # to the end of the sentence, and never past a quotation mark: "“Dana is right,” he said" is no chain
    stops = [found for found in (window.find(mark, after) for mark in '.“”"') if found >= after]
    pronoun = _CHAIN_PRONOUN.search(window, 0, min(stops, default=len(window)))
    return None if pronoun is None else PRONOUN_GENDER[pronoun.group(1).lower()]


class PersonGenders:
    """The gender of each person of one article, as far as the article and the name list tell."""

    def __init__(self, text: str, people: Sequence[tuple[int, str]]) -> None:
        """``people``: (offset, canonical name) of the person mentions, in text order."""
        self._text = text
        shared = shared_surnames(name for _, name in people)
        self._honorific = {k: v for k, v in honorific_genders(text).items() if k not in shared}
        """The honorifics' gender of each surname only one person named in full carries."""
        self._chains: dict[str, list[Gender]] = {}
        for at, name in people:
            pronoun = own_pronoun(text, at, len(name))
            if pronoun is not None:
                self._chains.setdefault(name, []).append(pronoun)
            described = copular_gender(text, at)
            if described is not None:
                self._chains.setdefault(name, []).append(described)
        self._known: dict[str, Gender | None] = {}

    def of(self, name: str) -> Gender | None:
        if name not in self._known:
            self._known[name] = self._gender(name)
        return self._known[name]

    def _gender(self, name: str) -> Gender | None:
        words = name.split()
        if not words:
            return None
        by_title = self._honorific.get(words[-1].lower())
        if by_title is not None:
            return by_title
        if len(words) > 1:
            by_name = given_name_gender(words[0])
            if by_name is not None:
                return by_name
        chain = self._chains.get(name, []) if len(words) > 1 else []
        if chain and chain.count(chain[0]) * 3 >= len(chain) * 2:
            return chain[0]
        return None


def copular_gender(text: str, at: int) -> Gender | None:
    """The gender of the noun the name at ``at`` is said to be (``_COPULAR_NOUN``), if any."""
    match = _COPULAR_NOUN.match(text, at)
    if match is None or any(word.lower() in _NOT_OF_THE_NAME for word in match.group(1).split()):
        return None
    return _GENDERED_NOUNS[match.group(2).lower()]


_DESCRIBED_PRONOUN = re.compile(r"\b(he|she|his|her)\b", re.IGNORECASE)


def description_gender(description: str) -> Gender | None:
    """``my father``, ``a woman in the crowd``: the gender of a description's gendered noun; None when it holds none,
    or nouns of both genders (``the mother of the boy``)."""
    genders = {_GENDERED_NOUNS[word] for word in description.lower().split() if word in _GENDERED_NOUNS}
    return genders.pop() if len(genders) == 1 else None


def described_gender(text: str, position: int) -> Gender | None:
    """The gender of the first he/she/his/her after a description at ``position``, in its sentence and before any
    quotation."""
    end = len(text)
    for stop in (".", "“", '"'):
        found = text.find(stop, position, end)
        end = found if found >= 0 else end
    pronoun = _DESCRIBED_PRONOUN.search(text, position, end)
    return PRONOUN_GENDER[pronoun.group(1).lower()] if pronoun else None
