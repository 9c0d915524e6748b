"""What the words of an attribution phrase tell about whom it names, before any name is looked up.

- ``role_alone``: a title with no name (``Minister for Immigration``); ``named_after_office``: a name NER tagged a
  place or an organisation, right after an office word (``South Tasman Premier Kofi Ardane``).
- ``OWNER_BEFORE_TITLE``: a place or body owning the title a name follows (``Norway's Queen``); ``ROLE_OF``: a role
  held for someone (``the lawyer for Velde``); ``ANOTHER_PERSON``: someone's own people after a possessive (``Velde’s
  lawyer``); ``LOWER_CASE_LEAD``: the lower-case words before an organisation's name.

Apart from ``resolver`` (``SpeakerResolver``, which reads the article around the phrase): these read the phrase's
own words, and need nothing of the article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsprep.extract.entities.places import NATIONAL_NOUNS
from newsprep.extract.quotes.grammar import ROLE_NOUNS
from newsprep.extract.quotes.people import is_role
from newsprep.model import Mention
from newsprep.text import word_set as vocabulary
from newsprep.text.given_names import is_given_name


def role_alone(bare: str, name: str) -> str | None:
    """The role of a phrase that is a title with no name (``Minister``, ``Opposition Leader``, ``Minister for
    Immigration``), ``name`` the phrase ``bare`` without its titles; None when a name is there (``Rebecca Chancellor``,
    ``Secretary of State Antony Blinken``: a given name opens what is left)."""
    words = name.split()
    if not words or (len(words) > 1 and is_given_name(words[0])):
        return None
    if words[-1].lower() in ROLE_NOUNS or (len(words) == 1 and words[0].casefold() in NATIONAL_NOUNS):
        return words[-1].lower()  # also "the Englishman said": a description of a person, as "the senator" is
    portfolio = _PORTFOLIO.search(bare)
    return portfolio.group(1).lower() if portfolio and portfolio.group(1).lower() in ROLE_NOUNS else None


_PORTFOLIO = re.compile(r"\b([A-Z][\w\-]*)\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+(?:and\s+)?[A-Z][\w\-]*)*$")
"""``Minister for Immigration``, ``Secretary of the Treasury``: a title and its portfolio, ending the phrase."""


LOWER_CASE_LEAD = re.compile(r"^(?:(?:[a-z]|\d[\d,.]*-[a-z])[\w\-]*\s+)+(?=[A-Z])")
"""The lower-case words before an organisation's name, a number hyphened to one among them (``a 40-page complaint
filed by the federal``), never a name that opens with a digit (``3M``)."""
OWNER_BEFORE_TITLE = re.compile(r"\s*(?:[A-Z][\w.\-]*\s+){0,2}[A-Z][\w.\-]*[’']s\s+([A-Z][\w.\-]*)(?=\s+[A-Z])")
"""``Britain's Queen``, ``New Zealand's Prime``: a place or body owning the title a name follows."""
ANOTHER_PERSON = vocabulary(
    "lawyer attorney mother father wife husband son daughter brother sister friend neighbor neighbour doctor"
)
"""A person's own people after a possessive (``Velde’s lawyer``): someone else, who speaks for themself."""
ROLE_OF = re.compile(r"(?:the|a|an)\s+(?:[a-z][\w\-]*\s+)?([a-z][\w\-]*)\s+(?:for|of|to)\s+(?:the\s+)?[A-Z]")
"""``the lawyer for Velde``, ``a senior adviser to the Harbor Council``: a role held for someone, not that someone."""


def named_after_office(bare: str, name: str, inside: Sequence[Mention]) -> bool:
    """``South Tasman Premier Kofi Ardane``: the name left once the titles are cut stands right after an office word
    and is itself one of NER's mentions (a place or an organisation to it): a person's name, not an organisation's
    (``Mayor of Tasman`` is no one: ``of``, not an office, stands before the place)."""
    before = bare.split()[: -len(name.split())]
    return len(name.split()) > 1 and bool(before) and is_role(before[-1]) and any(m.text == name for m in inside)
