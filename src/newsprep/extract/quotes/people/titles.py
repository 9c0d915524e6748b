"""The words before and inside a person's name that are not the name: titles, roles and epithets
(``Secretary of State Antony Blinken``, ``Farmer Dale Kowalski``, ``Sleepy Dan Ferrante`` -> the name), each
compared in lower case without its period."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsprep.extract.quotes.grammar import DEFINITE_ROLES, ROLE_NOUNS
from newsprep.text import NAME_PARTICLES, PERSON_TITLES, without_periods
from newsprep.text import word_set as vocabulary
from newsprep.text.given_names import given_name_gender, is_given_name

TITLE_WORDS = (
    without_periods(PERSON_TITLES)
    - vocabulary(
        "archbishop assistant ayatollah bishop cardinal chairperson crown czar det drs emir envoy ex-president first "
        "maj major president-elect reps secretary-general senior sens sheikh supreme tsar under-secretary "
        "undersecretary"
    )
) | vocabulary(
    "assemblyman assemblywoman councillor sister brother superintendent principal teacher pastor inspector founder "
    "economist analyst nominee candidate host anchor correspondent state foreign defense defence interior finance "
    "trade health then-president then-candidate gop democratic republican democrat u.s us uk datuk datin dato dato’ "
    "dato' tun seri alhaji alhaja hajiya shri smt emeritus rt hon honourable constable"
)
"""Words dropped before a speaker's name (compared without their period): the person titles, less the 26 this rule
has never stripped (kept as they were: issue 16 owns the speakers), and the roles, portfolios and parties that
describe a speaker ("economist", "Foreign", "GOP")."""
_DESCRIPTORS = (
    vocabulary(
        "farmer rancher grower fisherman nurse practitioner physician surgeon dentist pharmacist paramedic welder "
        "worker employee resident homeowner owner landlord tenant member council police officer firefighter student "
        "parent mother grandmother grandfather widow widower volunteer veteran activist organizer organiser lawyer "
        "mechanic electrician plumber carpenter miner trucker driver retiree engineer researcher historian author "
        "writer artist chef clerk cashier manager shopper voter commuter rider producer photographer designer "
        "architect comedian poet rapper musician drummer guitarist pianist striker goalkeeper midfielder defender "
        "quarterback pitcher skipper jockey trainer filmmaker prosecutor juror witness defendant plaintiff trooper "
        "agent pilot rookie guard forward center centre winger"
    )
    | DEFINITE_ROLES
    | ROLE_NOUNS
)
"""Occupations and roles written before a name (``Farmer Dale Kowalski``): dropped only when a full name
follows, since several are surnames too (``Dale Farmer``)."""
_RANK_LEADS = frozenset({"senior", "leading", "acting"})
"""Words that lead a rank (``Senior Constable``, ``Acting Superintendent``): dropped before a title word."""
_DESCRIPTOR_ENDINGS = ("keeper", "maker", "worker", "owner")
"""Compound occupations (beekeeper, winemaker, steelworker, homeowner), never given names."""
_NAME_PARTICLES = NAME_PARTICLES - vocabulary("ben el") | vocabulary("of for and the")
"""Lower-case words that do not end a role description before a name: the particles (less two the rule never had)
and the words that link a name's parts ("Bank of America")."""
_POSSESSIVE = re.compile(r"[’']s$")
_ORDINAL = re.compile(r"^(?:[IVX]+|Jr|Sr)\.?$")
_EPITHET = re.compile(r"[A-Z][a-z\-]*(?:y|ed|in[’']?|ing|ous|ful|er|or|ist|ian|man|woman|person)|[^\w].*")
"""A word that may be an epithet or a role before a name: of an adjective's shape (``Sleepy``, ``Crooked``, ``Lyin’``)
or an agent noun's (``Selectwoman``, ``Drummer``), or no word (a dash run into the name); not a given name the birth
records miss (``Mahmud``, ``Abba``) nor an initial."""


def without_epithet(name: str) -> str:
    """``Sleepy Dan Ferrante`` -> ``Dan Ferrante``: a name opens with its given name, so a capitalised word that is
    no given name before a given name of known gender and a surname is an epithet or a role (``Singer Ada Vale``);
    three words only (``Aung San Suu Kyi`` is a name); a particle is no given name (``Pieter van Houten``: ``Van`` is a
    given name in the birth records, ``van`` is part of the surname), nor is one written with a capital after a first
    word that is no role (``Nguyen Van Thanh``: a family name, then ``Van``; ``Singer Van Holt`` drops the role). The
    first word is cut only when it has an epithet's shape or is a role (``_EPITHET``): a given name the US records miss
    (``Abba Kabir Yusuf``) or an initial (``R. Bartholomew Quince``) stays; a double given name counts by its first
    part (``Juror Anna-Liisa Virtanen``)."""
    words = name.split()
    if (
        len(words) == 3
        and not is_given_name(words[0])
        and words[0].lower() not in NAME_PARTICLES
        and (_EPITHET.fullmatch(words[0]) is not None or is_role(words[0]))
        and words[1][:1].isupper()
        and given_name_gender(words[1].split("-")[0]) is not None
        and not _ORDINAL.match(words[-1])
        and (words[1].lower() not in NAME_PARTICLES or is_role(words[0]))
    ):
        return " ".join(words[1:])
    return name


def is_role(word: str) -> bool:
    """A word for what a person is or does, written before a name (``Singer``, ``Judge``, ``Farmer``)."""
    lowered = word.lower().strip(".,")
    return lowered in ROLE_NOUNS | DEFINITE_ROLES | _DESCRIPTORS | TITLE_WORDS or lowered.endswith(_DESCRIPTOR_ENDINGS)


_PORTFOLIO_TITLES = vocabulary(
    "state foreign defense defence interior finance trade health gop democratic republican democrat u.s us uk"
)
"""Words of ``TITLE_WORDS`` that name a portfolio, a party or a country, not an office: never the office a place's
name stands before (``Foreign Minister``: the office is ``Minister``)."""


def office_after_place(words: Sequence[str]) -> int:
    """``South Tasman Premier Kofi Ardane`` -> 2: the index of an office word that only capitalised words stand
    before, none a given name nor a title (a place's, a people's or an organisation's name: ``New Zealand``,
    ``Ecuadorian``, ``White House Press``), with a name of two words or more after it; 0 when there is none."""
    for j in range(1, len(words) - 2):
        word = words[j].lower().strip(".,")
        lead = words[:j]
        if not all(w[:1].isupper() and not is_given_name(w) for w in lead):
            return 0
        if word in TITLE_WORDS and word not in _PORTFOLIO_TITLES and words[j + 1][:1].isupper():
            return j
    return 0


def strip_titles(name: str) -> str:
    """``Secretary of State Antony Blinken`` -> ``Antony Blinken``, ``Ecuadorian President Tavita Manoa`` ->
    ``Tavita Manoa``; keeps at least one word."""
    words = name.split()
    words = words[office_after_place(words) :]
    keep_from = 0
    i = 0
    while i < len(words) - 1:
        word = words[i].lower().strip(".,")
        descriptor = (word in _DESCRIPTORS or word.endswith(_DESCRIPTOR_ENDINGS)) and len(words) - i > 2
        # "Tan Sri Azman Hashim", "Datuk Sri Najib Razak": "Sri" only after a title ("Sri Mulyani" is a given name)
        honour = (word == "sri" and i > 0) or (word in ("tan", "puan") and words[i + 1].lower().strip(".,") == "sri")
        # "Senior Constable Kim Dale", "Leading Senior Constable": a police rank of two or three words
        honour = honour or (word in _RANK_LEADS and words[i + 1].lower().strip(".,") in _RANK_LEADS | TITLE_WORDS)
        if word in TITLE_WORDS or descriptor or honour or not words[i][:1].isupper():
            i += 1
            keep_from = i
            while i < len(words) - 1 and words[i].lower() in ("of", "for", "the") and words[i + 1][:1].isupper():
                i += 2
                keep_from = i
            continue
        break
    kept = words[min(keep_from, len(words) - 1) :]
    # "Coast Guard admiral Carl Osgood": a lower-case role word inside the phrase ends the description.
    for i in range(len(kept) - 3, -1, -1):
        if kept[i][:1].islower() and kept[i] not in _NAME_PARTICLES and all(w[:1].isupper() for w in kept[i + 1 :]):
            kept = kept[i + 1 :]
            break
    return _POSSESSIVE.sub("", " ".join(kept)).strip(" ,.") or name
