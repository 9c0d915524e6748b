"""Where the names of the people an article names begin and end in its text, and which NER misread.

- ``name_without_verb``: ``Ana Ruiz Thanks Voters`` -> ``Ana Ruiz``: a title-case headline run into a name;
  ``person_name``: ``Secretary of State Antony Blinken`` -> ``Antony Blinken`` (``titles``: the words that are not
  the name); ``written_name``: a one-word mention completed to the name as written around it.
- ``misread_person``, ``surname_taken_for_org``, ``person_tagged_org``: a person's name NER tagged a place or an
  organisation; ``untagged_names``, ``written_full_names``: names NER left untagged or cut short.

Their genders are read apart, in ``genders``: what the text says of a person once the name is found.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import cache

from newsprep.extract.quotes.grammar import PREPOSITIONS, SPEAKER_ORG_HEADS, SPEECH_CUES
from newsprep.extract.quotes.people.titles import TITLE_WORDS, is_role, strip_titles, without_epithet
from newsprep.model import Mention
from newsprep.text import COURTESY_TITLES, NAME_PARTICLES, ORG_HEADS, ORG_NOUNS, after_spokesperson_for, without_periods
from newsprep.text import word_set as vocabulary
from newsprep.text.given_names import given_name_gender, is_given_name

_HEADLINE_VERBS = frozenset(
    word.capitalize()
    for word in {cue for cue in SPEECH_CUES if cue.endswith(("s", "ed")) or cue in ("said", "told", "wrote")}
    | vocabulary(
        "thanks drops wins loses calls slams urges vows backs joins quits leaves faces eyes seeks takes gets makes "
        "sees sets hits has is was rejects blasts praises defends announces launches signs denies admits reveals "
        "returns meets named elected dies"
    )
)
"""Verbs of a headline (``Mayor Lee Drops Bid``): the speech cues that cannot be a surname (third person and past
forms, not ``Wonder``), and the verbs headlines use most."""


_ORG_WORDS = without_periods(ORG_HEADS) | ORG_NOUNS
_NICKNAME_WORD = r"[A-Z][\w’'.\-]*"
_NICKNAME = rf"(?:[\"“]{_NICKNAME_WORD}(?: {_NICKNAME_WORD})?[\"”]|\({_NICKNAME_WORD}\))"
_QUOTED_NICKNAME = re.compile(rf"\s+{_NICKNAME}\s+")
"""``Marcia "Cia" Delacroix``, ``Robert (Bob) Kessler``, ``Thomas "T.J." Lindqvist``, ``Ray "Big Ray" Soto``: the
nickname, a word, initials or two words, is no part of the canonical name."""
_PARTICLE_PATTERN = "|".join(sorted(NAME_PARTICLES))
_ROLE_BEFORE = re.compile(r"\b([a-z][\w\-]*),?\s+$")
"""``The port authority’s chief executive, Marieke de Vries-Langeveld``, ``UN envoy Tomas Velde``: a role noun (and a
comma) before a name."""


@cache
def _full_name_pattern(surname: str) -> re.Pattern[str]:
    """A capitalised word, a nickname, initials and particles, then ``surname``: ``Ines de la Fuente``, ``Thomas J.
    Whitcombe``, ``Robert (Bob) Kessler``."""
    return re.compile(
        rf"(?<![\w’'.\-])[A-Z][a-z][\w’'\-]*(?:\s+{_NICKNAME})?(?:\s+[A-Z]\.)*(?:\s+(?:{_PARTICLE_PATTERN}))*"
        rf"\s+{re.escape(surname)}(?![\w’'\-])"
    )


def written_full_names(text: str, surname: str) -> list[tuple[int, str]]:
    """Where ``surname`` ends a name as written (offset, name): NER may have missed the name, cut it short
    (``Adaeze Okonkwo`` of ``Adaeze Okonkwo-Bright``) or taken it for a place; not a title and a name (``Prince
    Andrew``). The caller judges the first word."""
    found = (
        (match.start(), _QUOTED_NICKNAME.sub(" ", match.group()).split())
        for match in _full_name_pattern(surname).finditer(text)
    )
    return [(at, " ".join(words)) for at, words in found if words[0].lower() not in TITLE_WORDS]


@cache
def person_name(entity_text: str) -> str:
    """A person entity's canonical name as a speaker: no title before it, no headline verb after it."""
    return without_epithet(name_without_verb(strip_titles(_QUOTED_NICKNAME.sub(" ", entity_text))))


def person_tagged_org(mention: Mention, text: str) -> bool:
    """``Nadia Okoro`` tagged ORG: two or three capitalised words opening with a given name of known gender, none an
    organisation's word, no article before them (NER's usual slip on an unfamiliar name), also after a person's title
    (``Councillor Femi Adeyemi``) or opening with a given name of either gender whose surname the text gives an age
    (``Hollis Pettengill`` ... ``Pettengill, 68,``: an organisation has no age), or whatever the given name when the age
    follows the name itself (``Nurul Ain Hashim, a 34-year-old nurse``); after a role noun in lower case, with or
    without a comma (``its chief executive, Marieke de Vries-Langeveld``, ``UN envoy Tomas Velde``) as after a title; a
    particle may stand inside. An organisation's word anywhere in the mention, also before the words read as a title,
    makes it an organisation (``Coalition to Save Our Libraries``)."""
    if mention.label != "ORG":
        return False
    words = strip_titles(mention.text).split()
    if not _written_as_a_name(words, mention, text):
        return False  # most organisations: what follows reads the text around them, for nothing
    role = _ROLE_BEFORE.search(text, max(0, mention.char_start - 40), mention.char_start)
    titled = len(words) < len(mention.text.split()) or (role is not None and is_role(role.group(1)))
    aged = len(words) > 1 and (
        (is_given_name(words[0]) and _aged(text, words[-1])) or _AGE_AFTER.match(text, mention.char_end) is not None
    )
    gendered = given_name_gender(words[0]) is not None if words else False
    if gendered and after_spokesperson_for(text, mention.char_start):
        # "a spokeswoman for Corran Transit": a spokesperson most often speaks for an organisation, and a word a few
        # dozen children a year were given ("Corran") does not make it a person; a common given name still does
        gendered = is_given_name(words[0])
    return titled or aged or gendered


def _written_as_a_name(words: list[str], mention: Mention, text: str) -> bool:
    """What ``person_tagged_org`` asks of the mention's own words (``words``: without its titles) before it reads the
    text around it: two or three capitalised words (a particle may stand inside), none an organisation's word, no
    article before them."""
    return (
        2 <= len(words) <= 3
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(word[:1].isupper() or word in NAME_PARTICLES for word in words)
        and not any(word.lower().strip(".,") in _ORG_WORDS for word in mention.text.split())
        and not text[max(0, mention.char_start - 4) : mention.char_start].lower().endswith("the ")
    )


def _aged(text: str, surname: str) -> bool:
    """``Pettengill, 68,``: the text gives ``surname`` alone an age in apposition."""
    return re.search(rf"\b{re.escape(surname)}, \d{{1,3}},", text) is not None


def surname_taken_for_org(name: str, inside: Sequence[Mention]) -> bool:
    """``Tomás Reyes`` with only ``Reyes`` tagged ORG: NER's usual slip on an unfamiliar surname."""
    words = name.split()
    return (
        2 <= len(words) <= 4
        and all(word[:1].isupper() for word in words)
        and all(m.label == "ORG" and name.endswith(m.text) and len(m.text) < len(name) for m in inside)
    )


def name_without_verb(name: str) -> str:
    """A name cut before the first capitalised verb after its first word (a headline's words, not the name's)."""
    words = name.split()
    for i, word in enumerate(words[1:], start=1):
        if word in _HEADLINE_VERBS or (word.isupper() and word.capitalize() in _HEADLINE_VERBS):
            return " ".join(words[:i])
    return name


def misread_person(mentions: Sequence[Mention], surname: str, position: int) -> str | None:
    """``Kate York`` tagged GPE, then ``York said``: a two-word name of a given name and ``surname`` that NER took for
    a place or an organisation (the one named last before ``position``, else the first after). The caller asks only
    when no person of the article has that surname."""
    found = None
    for mention in mentions:
        words = mention.text.split()
        if mention.char_start >= position and found is not None:
            break
        if (
            mention.label != "PERSON"
            and len(words) == 2
            and words[1] == surname
            and words[0][:1].isupper()
            and given_name_gender(words[0]) is not None
        ):
            found = mention.text
    return found


_GLUED_PARTICLE = "|".join(sorted(NAME_PARTICLES, key=len, reverse=True))
_TWO_WORD_NAME = re.compile(
    rf"(?<![\w’'.\-])([A-Z][a-z]+)\s+((?:(?:{_GLUED_PARTICLE})(?=[A-Z]))?[A-Z][a-z][\w’'\-]*[a-z])(?![\w’'\-])(?!\s+[A-Z])"
)
"""A given name and a surname, which may open with a particle glued to it (``Pieter vanRooyen``: NER tags no name that
opens in lower case)."""
_WORD_BEFORE = re.compile(r"([\w’'.\-]+)\s+$")


def _cut_at_particle(name: re.Match[str], mention: tuple[int, int]) -> bool:
    """``Pieter`` tagged alone before ``vanRooyen``: NER stopped at the surname's glued particle (a word in lower
    case), so the given name it tagged is part of the name, not someone else."""
    return mention == name.span(1) and name.group(2)[:1].islower()


def _stands_alone(text: str, start: int) -> bool:
    """No capitalised word (but one ending a sentence) nor an article right before ``start``: a name opens there, not
    a part of a longer name or title (``The Ray Dalton Morning Show``)."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return True
    word = before.group(1)
    if word.lower() in _SENTENCE_OPENING_WORDS and _opens_sentence(text, before.start(1)):
        return True  # "For Ines Marlow, the answer is simple.": a preposition capitalised because it opens the sentence
    return word.lower() not in ("the", "a", "an") and (not word[:1].isupper() or (word.endswith(".") and len(word) > 4))


def _role_before(text: str, start: int) -> str | None:
    """``Councillor Deb Marchetti``, ``Guard Tavion Reese``, ``Dr. Ines Roth``: the capitalised title or role right
    before ``start`` (lower case, without its period), so a person's name opens there (its surname may be a given
    name too); None when the word before is none."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None or not before.group(1)[:1].isupper() or not is_role(before.group(1)):
        return None
    return before.group(1).lower().strip(".,")


_SENTENCE_OPENING_WORDS = PREPOSITIONS | vocabulary("but and so yet or when then as if though although because like to")


def _opens_sentence(text: str, start: int) -> bool:
    lead = text[max(0, start - 3) : start].rstrip(" ")
    return not lead or lead[-1] in '\n.!?:”"'


def untagged_names(text: str, tagged: Sequence[tuple[int, int]], places: frozenset[str]) -> list[tuple[int, str]]:
    """(offset, name) of each two-word name NER left untagged (``Dorotea Vasquez, who owns the building, ...``): a
    given name of known gender, then a capitalised word that is no organisation's word, no headline verb and no
    given name; NER tagged no part of the given name (it may have tagged the surname alone, never as a place:
    ``places``); a given name the article never writes in lower case (``Even Norway``, ``Hope Street``); ``tagged``:
    the (start, end) of the article's mentions, sorted. After a capitalised title or role (``Councillor``, ``Guard``)
    the surname may be a given name or a word NER tagged a place or group, and after a title (``Hon.``, ``Dr.``) the
    given name may be one the birth records miss. Also any name of two or three words the text gives an age
    (``_introduced_people``), in text order."""
    found = []
    for match in _TWO_WORD_NAME.finditer(text):
        given, surname = match.groups()
        i = bisect.bisect_right(tagged, (match.end(1), match.end(1))) - 1
        role = _role_before(text, match.start())  # "Guard Tavion Reese": NER's place or group tag is a misfire
        titled = role is not None
        if (
            (given_name_gender(given) is not None or role in TITLE_WORDS)  # "Hon. Tajudeen ...": the records miss it
            and given.lower() not in COURTESY_TITLES  # "Doctor Tarrant": a few births named Doctor, no given name here
            and not (i >= 0 and tagged[i][1] > match.start() and not _cut_at_particle(match, tagged[i]))
            and (titled or surname not in places)
            and surname.lower() not in _ORG_WORDS
            and surname not in _HEADLINE_VERBS
            and (titled or not is_given_name(surname))
            and (titled or _stands_alone(text, match.start()))
            and re.search(rf"\b{given.lower()}\b", text) is None
        ):
            found.append((match.start(), match.group()))
    return sorted(found + _introduced_people(text, tagged))


_AGE_AFTER = re.compile(r",\s+(?:\d{1,3},|(?:a|an)\s+\d{1,3}-year-old\b)")
"""``, 61,``, ``, a 34-year-old``: an age in apposition right after a name."""
_INTRODUCED_PERSON = re.compile(
    r"(?<![\w’'.\-])((?:[A-Z][a-z][\w’'\-]*\s+){1,2}[A-Z][a-z][\w’'\-]*)" + _AGE_AFTER.pattern
)
"""``Nurul Ain Hashim, a 34-year-old nurse,``, ``Tomas Vire, 61,``: a name of two or three capitalised words given an
age in apposition (an organisation has no age), whatever its given name."""
_NOT_NAME_OPENERS = vocabulary("the a an in on at for from with after before but and or as when while this that")


def _introduced_people(text: str, tagged: Sequence[tuple[int, int]]) -> list[tuple[int, str]]:
    """(offset, name) of each name NER left untagged that the text gives an age (``_INTRODUCED_PERSON``): no word of
    it tagged, none an organisation's word, not opening with an article or a preposition."""
    found: list[tuple[int, str]] = []
    if _AGE_AFTER.search(text) is None:  # no age in apposition anywhere (most articles): no name can be given one
        return found
    for match in _INTRODUCED_PERSON.finditer(text):
        name = match.group(1)
        i = bisect.bisect_right(tagged, (match.end(1), match.end(1))) - 1
        if (
            not (i >= 0 and tagged[i][1] > match.start())
            and name.split()[0].lower() not in _NOT_NAME_OPENERS
            and not any(word.lower() in _ORG_WORDS for word in name.split())
        ):
            found.append((match.start(), name))
    return found


def written_name(name: str, written: str) -> str:
    """A one-word person mention inside a longer name as written (``Marcia "Cia" Delacroix`` where NER tagged only
    ``Marcia``): the written name, two to four capitalised words, none an organisation's."""
    whole = person_name(written)
    words = whole.split()
    if " " in name or name not in words or not 2 <= len(words) <= 4:
        return name
    if all(w[:1].isupper() and w.lower().strip(".") not in SPEAKER_ORG_HEADS for w in words):
        return whole
    return name
