"""What an article tells about the people it names: their gender (for he/she), and where a name ends.

- ``PersonGenders``: a person's gender from an honorific before the surname in the article (``Mr. Ostrow``,
  ``Ms. Falk``), from the given name (``newsprep.text.given_names``, the US birth records), or from the
  pronouns of the sentences that open with a full name (``Irene Falk ... her``), in that order of trust (a lone
  word's pronouns are not read: NER takes "Moon" or "Gateway" for a person as readily as a surname).
- ``name_without_verb``: ``Ana Ruiz Thanks Voters`` -> ``Ana Ruiz``: a title-case headline run into a name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsprep.extract.quotes.cues import SPEECH_CUES
from newsprep.text import word_set
from newsprep.text.given_names import Gender, given_name_gender

PRONOUN_GENDER: dict[str, Gender] = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female"}
_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+(?:[A-Z]\.\s+)?([A-Z][\w’'\-]+)")
_HONORIFIC_GENDER: dict[str, Gender] = {"mr": "male", "mrs": "female", "ms": "female", "miss": "female"}
_CHAIN_PRONOUN = re.compile(r"\b(he|she|him|her|his)\b", re.IGNORECASE)
_CHAIN_WINDOW = 160
"""Characters after a name where its own pronouns stand (``Falk said her plan ...``)."""
_HEADLINE_VERBS = frozenset(
    word.capitalize()
    for word in {cue for cue in SPEECH_CUES if cue.endswith(("s", "ed")) or cue in ("said", "told", "wrote")}
    | word_set(
        "thanks drops wins loses calls slams urges vows backs joins quits leaves faces eyes seeks takes gets makes "
        "sees sets hits has is was rejects blasts praises defends announces launches signs denies admits reveals "
        "returns meets named elected dies"
    )
)
"""Verbs of a headline (``Mayor Lee Drops Bid``): the speech cues that cannot be a surname (third person and past
forms, not ``Wonder``), and the verbs headlines use most."""


def name_without_verb(name: str) -> str:
    """A name cut before the first capitalised verb after its first word (a headline's words, not the name's)."""
    words = name.split()
    for i, word in enumerate(words[1:], start=1):
        if word in _HEADLINE_VERBS or (word.isupper() and word.capitalize() in _HEADLINE_VERBS):
            return " ".join(words[:i])
    return name


def honorific_genders(text: str) -> dict[str, Gender | None]:
    """Lower-case surname -> the gender its honorifics give (``Mr. Ostrow``); None when they disagree."""
    genders: dict[str, Gender | None] = {}
    for match in _HONORIFIC.finditer(text):
        surname, gender = match.group(2).lower(), _HONORIFIC_GENDER[match.group(1).lower()]
        seen = genders.get(surname, gender)
        genders[surname] = gender if seen == gender else None  # Mr. and Mrs. Tomczak: unknown
    return genders


class PersonGenders:
    """The gender of each person of one article, as far as the article and the name list tell."""

    def __init__(self, text: str, people: Sequence[tuple[int, str]]) -> None:
        """``people``: (offset, canonical name) of the person mentions, in text order."""
        self._text = text
        self._honorific = honorific_genders(text)
        self._chains: dict[str, list[Gender]] = {}
        for at, name in people:
            window = text[at : at + _CHAIN_WINDOW]
            stop = window.find(".", len(name))
            pronoun = _CHAIN_PRONOUN.search(window, 0, stop if stop > 0 else len(window))
            if pronoun is not None:
                self._chains.setdefault(name, []).append(PRONOUN_GENDER[pronoun.group(1).lower()])

    def of(self, name: str) -> Gender | None:
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
