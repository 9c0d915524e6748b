"""Names as the corpus compares them: written forms reduced to the words that tell one entity from another.

Pure functions of strings. ``name_words`` gives the words of any name with case, diacritics, periods, hyphens,
apostrophes, a leading "the" and a possessive "'s" taken away; ``person_name`` splits a person's words into first
name, middle names, surname and generational suffix (titles such as "Sen." or "President" dropped);
``well_known_form`` maps the few forms every reader knows ("the U.S.", "U.N.") to one name.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from newsprep.text.names import NAME_PARTICLES, PERSON_TITLES, without_periods

SUFFIXES = {"jr": "jr", "sr": "sr", "ii": "ii", "iii": "iii", "iv": "iv"}
"""Generational suffixes: kept in the key, so that a father and his son stay two people."""
TITLE_WORDS = without_periods(PERSON_TITLES) | {"u", "s", "us", "former", "then", "late"}
"""Words before a person's name that are no part of it ("Sen.", "President", "U.S. Defense Secretary", "former")."""
WELL_KNOWN_FORMS = {
    "us": "united states",
    "usa": "united states",
    "united states of america": "united states",
    "uk": "united kingdom",
    "great britain": "united kingdom",
    "un": "united nations",
    "eu": "european union",
    "gop": "republican party",
    "ussr": "soviet union",
}
"""Forms every reader takes for one name, whatever the article: abbreviations of countries and unions."""

CACHED_NAMES = 1 << 17
"""Written forms whose reading is kept (a corpus repeats its names thousands of times: each is read once)."""
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
_POSSESSIVE = re.compile(r"(?<=\S)'s$|(?<=s)'$")
_DROPPED = re.compile(r"[.'\u00b7]")
_SEPARATORS = re.compile(r"[^\w\s]|_")


def _plain(text: str) -> str:
    """Casefolded, without diacritics, apostrophes unified."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@lru_cache(maxsize=CACHED_NAMES)
def name_words(text: str) -> tuple[str, ...]:
    """The words of a written name: "The F.B.I.'s" -> ("fbi",); "Jean-Marie Le Pen" -> ("jeanmarie", "le", "pen").

    Periods, apostrophes and hyphens inside a word are dropped (the word's parts join), other punctuation
    separates words; a leading "the" and a trailing possessive go.
    """
    words = _plain(text).split()
    if words:
        words[-1] = _POSSESSIVE.sub("", words[-1])
    joined = " ".join(words).replace("-", "")
    cleaned = _SEPARATORS.sub(" ", _DROPPED.sub("", joined)).split()
    return tuple(cleaned[1:] if len(cleaned) > 1 and cleaned[0] == "the" else cleaned)


def well_known_form(words: tuple[str, ...]) -> tuple[str, ...]:
    """The common name for a form every reader knows ("us" -> "united states"), else the words as they are."""
    known = WELL_KNOWN_FORMS.get(" ".join(words))
    return tuple(known.split()) if known is not None else words


@dataclass(frozen=True, slots=True)
class PersonName:
    """A person's name split the way names are compared: middles may be dropped or initialled, suffixes never."""

    first: str | None
    middles: tuple[str, ...]
    surname: str
    suffix: str | None

    @property
    def full(self) -> bool:
        """Whether the name gives a first name as well as the surname."""
        return self.first is not None

    @property
    def middle_initials(self) -> str:
        return "".join(m[0] for m in self.middles)

    def key_words(self) -> tuple[str, ...]:
        """First name, surname and suffix: "Donald J. Trump" and "Donald Trump" give the same words."""
        head = (self.first,) if self.first is not None else ()
        return (*head, *self.surname.split(), *((self.suffix,) if self.suffix else ()))


@lru_cache(maxsize=CACHED_NAMES)
def person_name(text: str) -> PersonName | None:
    """Split a person's written name; None when nothing but titles is left ("Mr. President")."""
    words = list(name_words(text))
    suffix = None
    if len(words) > 1 and words[-1] in SUFFIXES:
        suffix = SUFFIXES[words.pop()]
    while len(words) > 1 and words[0] in TITLE_WORDS:
        words.pop(0)
    if not words or (len(words) == 1 and words[0] in TITLE_WORDS and words[0] not in ("king", "major")):
        return None
    if len(words) == 1:
        return PersonName(None, (), words[0], suffix)
    # A surname may open with particles ("von der Leyen", "de la Torre", "bin Salman"): they belong to it.
    start = len(words) - 1
    while start > 1 and words[start - 1] in NAME_PARTICLES:
        start -= 1
    surname = " ".join(words[start:])
    return PersonName(words[0], tuple(words[1:start]), surname, suffix)
