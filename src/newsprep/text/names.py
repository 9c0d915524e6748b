"""How news writes the names of people and organisations: titles before a name, particles inside one, the words
that end an organisation's name. Read by the entity rules and by the quote speakers.

Each list is written here once. Where a stage's rule uses a narrower or wider set, the stage derives it from the list
here and names the words it adds or leaves out, with why (those differences are as the rules were tuned; merging them
changes output and belongs to the issue that owns the rule).
"""

from __future__ import annotations

import re

from newsprep.text.words import word_set

COURTESY_TITLES = word_set("Dr. Dr Drs. Doctor Prof. Professor Mr. Mr Mrs. Mrs Ms. Ms Miss Mx. Sir Dame", casefold=True)
"""Titles of courtesy, which a name may carry wherever it stands ("the minister, Dr Abdullah,"), casefolded, an
abbreviation with its period as written. A title of office (Judge, Justice, Senator, Minister) says what the person
does and is no courtesy title."""

PERSON_TITLES = COURTESY_TITLES | word_set(
    """
    President President-elect Vice Prime Premier Minister Secretary Secretary-General Chancellor
    Governor Gov. Mayor Senator Sen. Sens. Rep. Reps. Representative Congressman Congresswoman
    Councilman Councilwoman Judge Justice
    Chief Gen. General Lt. Lt Lieutenant Col. Colonel Capt. Captain Sgt. Sergeant Maj. Major Adm.
    Admiral Cmdr. Commander Officer Detective Det. Sheriff King Queen Prince Princess Pope Rev. Reverend
    Father Cardinal Bishop Archbishop Rabbi Imam Sheikh Speaker Ambassador Commissioner Director
    Chairman Chairwoman Chair Chairperson CEO Lord Lady Attorney Coach Spokesman Spokeswoman
    Spokesperson Leader Deputy Assistant Acting Undersecretary Under-Secretary Envoy Adviser Advisor
    Czar Tsar Emir Crown Ayatollah Supreme Former Senior First Lady Ex-President Sen Rep Gov
    Treasurer Coroner Magistrate Ombudsman Solicitor-General Attorney-General Auditor-General Inspector
    Superintendent Constable Mullah Haji Shadow Cllr Cllr. Councillor MLA MP MEP
    """,
    casefold=True,
)
"""Words of a person's title ("Chinese Foreign Minister", "U.S. Defense Secretary", "Dr."), casefolded, an
abbreviation with its period as written: the courtesy titles and the titles of office. The British, Irish and
Indian titles of elected members (``Cllr``, ``MLA``, ``MP``, ``MEP``) came in speakers round 45: web pages of councils
and regional news write them before a name (``Cllr Tom Garvey``) as US pages write ``Sen.``."""

HONOURS = word_set("OBE MBE CBE KBE DBE GBE BEM CMG KCMG GCMG KCB GCB CVO KCVO GCVO LVO MVO DSO")
"""The British orders and decorations written after a name: on its own such a word is an honour a person receives
(``received an OBE``), never a place's or an organisation's short name."""
POST_NOMINALS = HONOURS | word_set("QC KC SC MP MEP MSP MLA FRS PhD DPhil MD DDS Esq")
"""Letters written after a person's name that are no part of it (speakers round 59), as written but without their
periods (``Ph.D.`` -> ``PhD``): the British orders and decorations, a counsel's rank (``QC``, ``KC``, South Africa's
``SC``), a seat (``MP``, ``MEP``, ``MSP``, ``MLA``), a fellowship and the degrees news prints after a name. Not the
generational suffixes (``Jr.``, ``Sr.``, ``III``): the annotation guides keep them in the name."""

NAME_PARTICLES = word_set("al ben bin da de del della den der di du el ibn la le van von y")
"""Lower-case words inside a person's name ("Ursula von der Leyen", "Mohammed bin Salman", "Luis de la Torre")."""

ORG_HEADS = word_set(
    """
    Semiconductor Semiconductors Systems Technologies Technology Inc. Inc Corp. Corp Corporation Company
    Co. Group Holdings Bank Partners Capital Airlines Airways Motors Pharmaceuticals Pharma Labs
    Laboratories Foundation Institute Institution University College School Association Council
    Committee Commission Authority Agency Department Ministry Party Union Club Society Societies Network
    News Times Post Press Fund Trust Alliance Coalition League Federation Organization Organisation
    Bureau Board Court Police Industries Enterprises Media Studios Ventures LLC Ltd. Ltd
    """,
    casefold=True,
)
"""Last words that make a name an organisation even when the model says PERSON ("Calder Semiconductor")."""

ORG_HEADS_ALSO_SURNAMES = word_set("Court Post Capital Bank Press", casefold=True)
"""The organisation heads that also end people's names ("Margaret Court", "Emily Post"): such a head makes a name an
organisation only after a word that is not a person's (a place, an organisation word: "Jakarta Post")."""

ORG_NOUNS = word_set(
    """
    campaign campaigns administration administrations organization organisation foundation team camp
    transition company companies empire brand brands properties hotel hotels tower towers
    university institute
    """,
    casefold=True,
)
"""Lower-case words after a surname that make it name an organisation ("the Trump campaign", "Trump Tower")."""

ORG_KIND_NOUNS = word_set(
    """
    alliance charity company firm nonprofit non-profit group agency organization organisation startup
    retailer automaker carmaker airline bank broadcaster newspaper network coalition union consortium
    conglomerate insurer lender manufacturer chain publisher outlet brand label
    """,
    casefold=True,
)
"""Lower-case nouns for a kind of organisation: just before a name in apposition they make it an organisation ("the
vaccine alliance Gavi", "the charity Oxfam")."""


SPOKESPERSON = "spokesman|spokeswoman|spokesperson"
"""The nouns of one who speaks for another, as an alternation for the patterns that read a spokesperson (here and in
the quote stage's ``found``)."""
_SPOKESPERSON_FOR = re.compile(rf"\b(?:{SPOKESPERSON})\s+(?:for|of|at)\s+$", re.I)
_SPOKESPERSON_REACH = 40
"""Characters read back from a name's start: enough for the noun and its preposition."""


def after_spokesperson_for(text: str, start: int) -> bool:
    """Whether ``a spokeswoman for``, ``the spokesman of`` or ``a company spokesperson at`` ends right before
    ``start``: the name there is the one the spokesperson speaks for, most often an organisation (speakers round 48)."""
    return _SPOKESPERSON_FOR.search(text[max(0, start - _SPOKESPERSON_REACH) : start]) is not None


def without_periods(words: frozenset[str]) -> frozenset[str]:
    """The words with a trailing period dropped ("sen." -> "sen"), for rules that strip periods before comparing."""
    return frozenset(word.rstrip(".") for word in words)


def shorter_runs(name: tuple[str, ...], lengths: frozenset[int]) -> frozenset[tuple[str, ...]]:
    """Every run of a name's words shorter than the name ("Hass" and "Ryan" of "Ryan Hass") whose length is one of
    ``lengths`` (those of the names it will be looked up for: a span of thousands of words would otherwise give
    millions of runs). Built once per name, then looked up, rather than scanning the name for each other one."""
    sizes = [n for n in sorted(lengths) if 0 < n < len(name)]
    return frozenset(name[i : i + n] for n in sizes for i in range(len(name) - n + 1))
