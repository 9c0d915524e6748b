"""``his wife said``, ``her father said``, ``his lawyer said``: a description by a possessive and a noun, the person
the article set off with that possessive and noun before (``his wife, Helen Corrigan,``; ``His attorney, Lena
Obrecht,``; ``Costello’s mother, Bernadette,``) (speakers round 44)."""

from __future__ import annotations

import re

SAME_PERSON_NOUNS = {
    "widow": ("widow", "wife"),
    "widower": ("widower", "husband"),
    "lawyer": ("lawyer", "attorney"),
    "attorney": ("attorney", "lawyer"),
}
"""Nouns a story writes for the same person (an obituary's ``his wife, Helen`` is ``his widow`` later; ``his
attorney`` is ``his lawyer``); any other noun stands for itself."""
MODIFIERS_MAX = 2
"""Words between the possessive and its noun when the person was set off (``his longtime agent, Saul Feingold``)."""
_POSSESSIVE_DESCRIPTION = re.compile(
    r"(?P<owner>(?i:his|her|their)|[A-Z][\w\-]*[’']s)\s+(?:[a-z][\w\-]*\s+){0,2}(?P<noun>[a-z][\w\-]*)"
)


def possessive_noun(written: str) -> tuple[str, str] | None:
    """``his widow`` -> (``his``, ``widow``); ``Costello’s mother`` -> (``Costello’s``, ``mother``): the owner and the
    noun of a description that is a possessive and a noun, else None."""
    found = _POSSESSIVE_DESCRIPTION.fullmatch(written.strip())
    return None if found is None else (found.group("owner"), found.group("noun").lower())


def set_off_name_start(text: str, owner: str, noun: str, before: int) -> int | None:
    """Where the name starts that the article last set off, before ``before``, after the same owner and noun
    (``his wife, Helen Corrigan``: the H), else None. A pronoun owner matches in any case (``His attorney``), a name
    as written, with either apostrophe."""
    nouns = "|".join(SAME_PERSON_NOUNS.get(noun, (noun,)))
    pronoun = owner.lower() in ("his", "her", "their")
    owner_pattern = rf"(?i:{owner})" if pronoun else re.escape(owner[:-2]) + r"[’']s"
    pattern = rf"\b{owner_pattern}\s+(?:[a-z][\w\-]*\s+){{0,{MODIFIERS_MAX}}}(?:{nouns}),\s+(?=[A-Z])"
    starts = [found.end() for found in re.finditer(pattern, text[:before])]
    return starts[-1] if starts else None
