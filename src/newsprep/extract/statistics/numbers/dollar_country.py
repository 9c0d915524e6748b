"""Whose dollars a bare '$' is: the dollar of the one dollar-using country the article names, when it names it
strongly enough.

A '$' with no country ('US$', 'A$', 'NZ$' say theirs) is read as the US dollar unless the article says otherwise.
The names come from the gazetteer's data (countryinfo: each country's names, capital, demonyms, first-level
divisions and currencies), so Australia, Canada, New Zealand or Singapore are rows of one table. A bare '$' takes
the dollar of the other country the article names most (the one named first among equals) when:

- that country is named more often than the US;
- the article names it as a reader at home would: by its people ('Australian', 'Canadians'), by a state, province
  or city, or at least twice; one mention of a country's name or capital is a place a story passes through ('sales
  in Canada'), not where it is written;
- and where the US is named at all, the article names that country's people too ('a Canadian firm'): a US story
  naming Toronto's province, or a listing in Hong Kong beside New York, stays usd.

A name two countries with different currencies share ('Chinese': Hong Kong's demonym in the data, and China's) or
that is a person's name or a plain word on its own (``NOT_PLACES``: 'Victoria', 'Kingston') says nothing.

By hand: which ISO codes are dollars (countryinfo gives a country's codes, not their names), the US's short names
(the data keeps no code-like names: 'US', 'USA'), and the Australian state capitals that are no country's capital.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Literal

from newsprep.extract.entities.places import NOT_PLACES, countries, country_names, demonyms, listed, place_key
from newsprep.text import word_set

NameKind = Literal["country", "people", "place"]

DOLLAR_CODES = word_set("aud bbd bmd bnd bsd bzd cad fjd gyd hkd jmd kyd lrd nad nzd sbd sgd srd ttd twd usd xcd")
"""ISO 4217 codes of the currencies called dollar."""
_COUNTRY: NameKind = "country"
_PEOPLE: NameKind = "people"
_PLACE: NameKind = "place"
_BY_HAND: dict[str, dict[str, NameKind]] = {
    "usd": dict.fromkeys(("US", "U.S.", "USA", "U.S.A.", "America"), _COUNTRY)
    | {"Americans": _PEOPLE, "Washington": _PLACE},
    "aud": dict.fromkeys(("Sydney", "Melbourne", "Brisbane", "Adelaide", "Hobart", "Perth"), _PLACE),
}
"""Names the data lacks: the US's short forms (and Washington, which ``NOT_PLACES`` leaves out as a surname: on the
US side a false name only keeps 'usd'), and Australia's state capitals, which are no country's capital."""
_DIVISIONS_FROM_POPULATION = 10_000_000
"""A small country's or territory's listed divisions are districts and villages whose names news uses for other
things ('South Island', 'Saint Patrick', 'Cook'); a large country's are states and provinces ('Queensland',
'Ontario', 'Texas')."""
_LATIN = re.compile(r"^[A-Z][A-Za-z .'’-]+$")


@dataclass(frozen=True, slots=True)
class CountryName:
    """What one name in the text says: the dollar it points at (None: no dollar, or no one currency) and its kind."""

    code: str | None
    kind: NameKind


def _currency_of(country: dict[str, object]) -> str | None:
    """The country's own currency's code (its first: Haiti's gourde, not the US dollar it also takes), or None."""
    codes = [code.lower() for code in listed(country.get("currencies"))]
    return codes[0] if codes else None


def _divisions_of(country: dict[str, object]) -> list[str]:
    """The country's first-level divisions, when it has people enough for news to name them on their own."""
    population = country.get("population")
    large = isinstance(population, int) and population >= _DIVISIONS_FROM_POPULATION
    return list(listed(country.get("provinces"))) if large else []


def _names_of(country: dict[str, object]) -> dict[str, NameKind]:
    """The country's names and capital, its demonyms (with their plurals) and its divisions, as written."""
    peoples = demonyms(country)
    names = dict.fromkeys(_divisions_of(country), _PLACE)
    names |= dict.fromkeys([*peoples, *(f"{d}s" for d in peoples)], _PEOPLE)
    names |= dict.fromkeys([*country_names(country), *listed(country.get("capital"))], _COUNTRY)
    return {n: kind for n, kind in names.items() if _LATIN.match(n) and place_key(n) not in NOT_PLACES}


@cache
def _names_to_currencies() -> dict[str, CountryName]:
    """Every country's names, each to its dollar; a name of a country whose money is no dollar, or that countries
    with different currencies share, says nothing, and being matched it keeps a longer name from being read as a
    shorter one inside it ('People's Republic of China' is not 'Republic of China')."""
    owners: dict[str, set[str | None]] = {}
    kinds: dict[str, NameKind] = {}
    for country in countries():
        code = _currency_of(country)
        for name, kind in _names_of(country).items():
            owners.setdefault(name, set()).add(code)
            kinds.setdefault(name, kind)
    named = {
        name: CountryName(next(iter(codes)) if len(codes) == 1 else None, kinds[name]) for name, codes in owners.items()
    }
    named |= {name: CountryName(code, kind) for code, names in _BY_HAND.items() for name, kind in names.items()}
    return {name: n if n.code in DOLLAR_CODES else CountryName(None, n.kind) for name, n in named.items()}


_CAPITALISED = re.compile(r"(?<![\w.’'])[A-Z][\w.’'-]*")
"""Where a name may begin: a capitalised word (with its periods and apostrophes: 'U.S.', 'St.', "People's")."""
_NAME_ENDS = re.compile(r"[’']s\b|(?![\w’']|\.\w)")
"""A name ends at a word's end, or before a possessive's 's' ("Australia's")."""
_POSSESSIVE = re.compile(r"[’']s$")


def _first_word(word: str) -> str:
    """A capitalised word as the look-up table keys it: no full stop after it, no possessive 's'."""
    return _POSSESSIVE.sub("", word.rstrip("."))


@cache
def _names_by_first_word() -> dict[str, tuple[str, ...]]:
    """Every name, under its first capitalised word, longest first: a dictionary look-up at each capitalised word
    of the text (a regex of three thousand names tried at each one was ten times slower)."""
    by_first: dict[str, list[str]] = {}
    for name in _names_to_currencies():
        first = _CAPITALISED.match(name)
        if first is not None:
            by_first.setdefault(_first_word(first.group()), []).append(name)
    return {word: tuple(sorted(names, key=len, reverse=True)) for word, names in by_first.items()}


def dollar_countries_named(text: str) -> list[CountryName]:
    """Each name of a dollar country in the text, in text order (names do not overlap: the longest at a place)."""
    names, by_first = _names_to_currencies(), _names_by_first_word()
    found: list[CountryName] = []
    taken_to = 0
    for word in _CAPITALISED.finditer(text):
        if word.start() < taken_to:
            continue
        for name in by_first.get(_first_word(word.group()), ()):
            if text.startswith(name, word.start()) and _NAME_ENDS.match(text, word.start() + len(name)):
                taken_to = word.start() + len(name)
                if names[name].code is not None:
                    found.append(names[name])
                break
    return found


def _named_at_home(names: list[CountryName], *, us_named: bool) -> bool:
    """Whether one country's names say the article is written where it is (module docstring)."""
    if us_named:
        return any(name.kind == "people" for name in names)
    return len(names) >= 2 or names[0].kind != "country"


def bare_dollar_code(text: str) -> str:
    """The currency code of a bare '$' in an article whose whole text is ``text`` (module docstring)."""
    named = dollar_countries_named(text)
    counts = Counter(name.code for name in named if name.code is not None and name.code != "usd")
    if not counts:
        return "usd"
    code = max(counts, key=counts.__getitem__)  # Counter keeps first-named order: the first among equals
    us_count = len(named) - counts.total()
    own = [name for name in named if name.code == code]
    if len(own) <= us_count or not _named_at_home(own, us_named=us_count > 0):
        return "usd"
    return code


_DOLLARS_IN_WORDS = re.compile(r"^.[^A-Z]*\bdollars?$")
"""'five thousand dollars', '40 dollars': an amount whose word 'dollars' no country's name comes before ('2 million
US dollars', '300 Canadian dollars' say theirs)."""


def is_bare_dollar(printed: str) -> bool:
    """Whether a statistic's printed text is a dollar that names no country: a '$' ('$45', not 'US$45' or 'A$45') or
    the word alone ('five thousand dollars'), which is the same dollar the article's '$' would be."""
    if printed.startswith("$"):
        return not printed[1:2].isalpha()
    return _DOLLARS_IN_WORDS.match(printed) is not None
