"""Canonical names: a surname, a given name or the end of a name completed to the person's full name (issue 16).

The people an article names in full come from its person mentions (and names NER tagged an organisation,
``names.person_tagged_org``); where NER missed or cut a name, from the text as written (``Ines de la Fuente``,
``Adaeze Okonkwo-Bright``). A surname goes to the one of that surname named last before the quote (a father and a
son), never to a namesake of the other gender than the article's honorifics for it (``Mr. Obama`` is not Michelle).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

from newsprep.extract.quotes.grammar import opens_name
from newsprep.extract.quotes.people.genders import honorific_at, honorific_genders, own_pronoun, shared_surnames
from newsprep.extract.quotes.people.names import person_name, person_tagged_org, written_full_names
from newsprep.model import Mention
from newsprep.text import MONTHS, NAME_PARTICLES, WEEKDAYS, word_set
from newsprep.text.given_names import Gender, given_name_gender, is_given_name

PERSON_LABELS = frozenset({"PERSON"})


class FullNames:
    """The people of one article named in full, to complete the shorter names its attributions use."""

    def __init__(self, text: str, mentions: Sequence[Mention], is_quoted: Callable[[int], bool]) -> None:
        """``mentions``: the article's body name mentions in text order; ``is_quoted``: whether an offset is inside
        a quotation (a name there is no one's introduction)."""
        self._text = text
        self._is_quoted = is_quoted
        self._honorifics = honorific_genders(text)
        self._shared = shared_surnames(person_name(m.entity_text) for m in mentions if m.label in PERSON_LABELS)
        """Surnames several people named in full carry (a father and a son): the article's honorifics for one of
        them tell nothing of the others."""
        self._own_pronouns: dict[str, Gender] = {}
        """A person named in full -> the he/she after that name in its sentence (``Jodee Marwick says ... him``)."""
        for mention in mentions:
            if mention.label not in PERSON_LABELS or " " not in mention.text:
                continue  # only a person's full name has a pronoun of its own: the others' were read and dropped
            pronoun = own_pronoun(text, mention.char_start, len(mention.text))
            if pronoun is not None:
                self._own_pronouns.setdefault(person_name(mention.entity_text), pronoun)
        self.tagged_org = frozenset(m.char_start for m in mentions if person_tagged_org(m, text))
        """Offsets of the people's names NER tagged an organisation (``Nadia Okoro`` tagged ORG)."""
        people = [
            (m.char_start, self.person(m))
            for m in mentions
            if m.label in PERSON_LABELS or m.char_start in self.tagged_org
        ]
        self._person_starts = frozenset(m.char_start for m in mentions if m.label in PERSON_LABELS)
        self._lone_person_words = frozenset(m.text for m in mentions if m.label in PERSON_LABELS and " " not in m.text)
        self._other_names = [(m.char_start, m.char_end) for m in mentions if m.label not in PERSON_LABELS]
        self._lower_words: frozenset[str] | None = None
        split = split_names(text, [m for m in mentions if m.label in PERSON_LABELS])
        couples = couples_sharing_a_surname(text, people, self._person_starts)
        self.people = sorted(people + couples + split + relatives_by_given_name(text, people))
        """(offset, canonical name) of each person mention, in text order (the first of a couple named with one
        surname, ``Omar and Nuray Velde``, by the name it shares)."""
        last_words = [name.split()[-1] for _, name in self.people if " " in name]
        self.surnames = set(last_words) | {part for word in last_words if "-" in word for part in word.split("-")}
        """The last words of the people's full names, and each part of a double one (``Lindqvist-Moreau``)."""
        self._by_word: dict[str, list[tuple[int, str, bool]]] = {}
        for at, full in self.people:
            words = full.lower().split()
            for i, word in enumerate(words if len(words) > 1 else []):
                self._by_word.setdefault(word, []).append((at, full, i == len(words) - 1))
            for part in words[-1].split("-") if len(words) > 1 and "-" in words[-1] else []:
                # "said Lindqvist" of Xavier Lindqvist-Moreau: a part of a double surname, as any word of the name
                self._by_word.setdefault(part, []).append((at, full, False))
        self._written: dict[str, list[tuple[int, str]]] = {}

    def person(self, mention: Mention) -> str:
        """A person mention's canonical name, or its surname as written when the honorifics for that surname are of
        the other gender than the canonical given name (``Mr. Obama`` merged with ``Michelle Obama``: a titled surname
        never resolves to a namesake of the other gender, a spouse)."""
        name, own = person_name(mention.entity_text), person_name(mention.text)
        if " " in own:
            return name
        titled = self._titled(own, mention.char_start)
        return own if self._other_gender_than(titled, name) or _unsure_namesake(titled, name) else name

    def _titled(self, surname: str, position: int | None) -> Gender | None:
        """The gender honorifics give ``surname``: the one written with it at ``position`` (``Ms. Ferreira``), else
        the article's, unless several people named in full share the surname (``Ms. Hadley``, the mother, says
        nothing of Tom or Will Hadley)."""
        written = None if position is None else honorific_at(self._text, position, surname)
        if written is not None or surname.lower() in self._shared:
            return written
        return self._honorifics.get(surname.lower())

    def other_gender(self, surname: str, full: str, position: int | None = None) -> bool:
        """True when the honorifics for ``surname`` (``_titled``) and the given name of ``full`` disagree on gender,
        unless the he/she after ``full`` in its own sentence agrees with the honorifics (``Jodee Marwick says ...
        against him`` and ``Mr Marwick``: one man, whatever the name list says of Jodee)."""
        return self._other_gender_than(self._titled(surname, position), full)

    def _other_gender_than(self, titled: Gender | None, full: str) -> bool:
        """``other_gender`` with the honorifics' gender (``titled``) read already: a caller that weighs many full
        names against one surname at one position reads the honorifics once, not once per name."""
        if titled is None:
            return False  # most surnames: no honorific, so no given name can disagree with one
        words = full.split()
        given = given_name_gender(words[0]) if len(words) > 1 else None
        return given is not None and titled != given and self._own_pronouns.get(full) != titled

    def namesakes(self, surname: str) -> list[str]:
        """The people named in full whose surname is ``surname``, in the order first named."""
        return list(dict.fromkeys(full for _, full, is_last in self._by_word.get(surname.lower(), ()) if is_last))

    def has_full_name(self, word: str) -> bool:
        """Whether a person named in full has ``word`` among the words of the name."""
        return word.lower() in self._by_word

    def fullest(self, name: str, position: int, quoted: Sequence[tuple[int, str]]) -> str:
        """A one-word name completed from the people named or ``quoted`` (offset, full name of the people quoted so
        far): the surname first, then any word of the name; then the name as the text writes it in full. When two
        people share the surname (a father and a son), the one named last before ``position`` wins, unless that one was
        named in passing as another's relative (``without_relatives``). A name of two or three words that opens with
        no given name may be the end of a longer one (``Ni Bhriain``)."""
        if " " in name:
            return self.ending(name, position) or name
        key = name.lower()
        titled = self._titled(name, position)  # one surname at one position: the same for every name weighed below
        # A word with an honorific before it (``Mr. Obama``) is a surname: never another word of a name.
        for surname_only in (True,) if key in self._honorifics else (True, False):
            found = [
                (at, full)
                for at, full, is_last in self._by_word.get(key, ())
                if (is_last or not surname_only) and not self._other_gender_than(titled, full)
            ]
            for at, full in quoted:
                words = full.lower().split()
                if (words[-1] == key or (not surname_only and key in words)) and not self._other_gender_than(
                    titled, full
                ):
                    found.append((at, full))
            fitting = [(at, full) for at, full in found if titled and given_name_gender(full.split()[0]) == titled]
            found = fitting or found  # "Mr. Velde": Omar Velde before Nuray Velde, whose gender nothing tells
            found = without_relatives(self._text, found, position)  # "a picture of his wife Liesl Velde"
            before = [(at, full) for at, full in found if at <= position]
            pool = before or found
            if pool:
                nearest = max(at for at, _ in pool) if before else min(at for at, _ in pool)
                return max((full for at, full in pool if at == nearest), key=len)
        return self._written_in_full(name, position) or name

    def ending(self, name: str, position: int) -> str | None:
        """``Ni Bhriain`` -> ``Siobhan Ni Bhriain``: a name of two or three words that opens with no given name is
        the end of a person's name named in full (nearest before ``position``, else first after)."""
        words = name.lower().split()
        if len(words) > 3 or (is_given_name(words[0]) and words[0] not in NAME_PARTICLES):
            return None  # "De Vries-Langeveld" may end a name: "De" is a particle here, not a given name
        found = [
            (at, full)
            for at, full, is_last in self._by_word.get(words[-1], ())
            if is_last and len(full.split()) > len(words) and full.lower().split()[-len(words) :] == words
        ]
        if not found and words[0] in NAME_PARTICLES:
            found = self._inside(words) or self._written_ending(name.split())
        return _nearest(found, position)

    def _written_ending(self, words: Sequence[str]) -> list[tuple[int, str]]:
        """``Du Plessis said`` after ``Johannes "Jannie" du Plessis``, NER tagging neither as a person: a surname
        opening with a particle ends a full name the text writes, opening with a given name, outside quotations."""
        lowered = [word.lower() for word in words]
        return [
            (at, full)
            for at, full in written_full_names(self._text, words[-1])
            if full.lower().split()[-len(words) :] == lowered
            and len(full.split()) > len(words)
            and is_given_name(full.split()[0])
            and not self._is_quoted(at)
        ]

    def _inside(self, words: Sequence[str]) -> list[tuple[int, str]]:
        """``De la Cruz`` -> ``Rodrigo de la Cruz Villamizar``: a surname opening with a particle, written alone, is the
        first of a double surname (Spanish names are cut to it on second mention) when a person's full name holds its
        words in a row after the given name."""
        size = len(words)
        return [
            (at, full)
            for at, full in self.people
            if any(full.lower().split()[i : i + size] == list(words) for i in range(1, len(full.split()) - size))
        ]

    def _written_in_full(self, surname: str, position: int) -> str | None:
        """A surname with no person named in full by NER: the full name as the text writes it (``Ines de la Fuente``
        untagged, ``Wendell Pruitt`` tagged ORG, ``Adaeze Okonkwo-Bright`` cut short), opening with a given name or
        where NER saw a person begin; outside quotations, never of the other gender than the surname's honorifics."""
        if not opens_name(surname):
            return None
        if surname not in self._written:
            self._written[surname] = [
                (at, full)
                for at, full in written_full_names(self._text, surname)
                if (is_given_name(full.split()[0]) or at in self._person_starts or self._unlisted_given_name(at, full))
                and not self._is_quoted(at)
                and not self.other_gender(surname, full)
            ]
        return _nearest(self._written[surname], position)

    def _unlisted_given_name(self, at: int, full: str) -> bool:
        """``Zorvan Pellegrue`` written once, NER tagging only ``Pellegrue`` a person: a first word the given-name
        records miss (a name of another language, a rare one) still opens the name when the surname alone is a person
        mention, the name is written with single spaces as an introduction (``_introduces``), no other name (a place, a
        group: ``Brooklyn``) covers the first word, and that word is no common one (never written lower-case in the
        article, no day or month, no function word)."""
        first, surname = full.split()[0], full.split()[-1]
        if surname not in self._lone_person_words or not first.isalpha() or first.isupper():
            return False
        if not self._text.startswith(full, at) or not _introduces(self._text, at, at + len(full)):
            return False
        if any(start <= at < end for start, end in self._other_names):
            return False
        if self._lower_words is None:
            # once per article, and only for a surname nobody is named in full with
            self._lower_words = frozenset(_LOWER_WORD.findall(self._text))
        lowered = first.lower()
        return lowered not in self._lower_words and lowered not in _NOT_GIVEN_NAMES


_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_APPOSITIVE_NEXT = re.compile(r",[ \t]+[a-z]|[ \t]*[—–]|[ \t]+\(")
_LOWER_NEXT = re.compile(r"[ \t]+[a-z]")
_SENTENCE_END_BEFORE = re.compile(r"(?:^|[.!?][\"”’)]*[ \t]+|\n)[ \t]*$")


def _introduces(text: str, start: int, end: int) -> bool:
    """Whether the words at ``start:end`` are written as a person's introduction: an appositive after them (``,
    a lawyer``, ``— surgeon``, ``(``), or they open a sentence before a lower-case word (``Zorvan Pellegrue runs
    ...``). A place or a title mid-sentence (``cleaned Central Park on Sunday``), a byline before a paragraph or a
    longer capitalised phrase (``Granting Indigenous Peoples ...``) is none."""
    if _APPOSITIVE_NEXT.match(text, end):
        return True
    return (
        _LOWER_NEXT.match(text, end) is not None
        and _SENTENCE_END_BEFORE.search(text, max(0, start - 8), start) is not None
    )


_NOT_GIVEN_NAMES = (
    WEEKDAYS
    | MONTHS
    | word_set(
        "a an the and or but nor so yet if when while as after before since until then now still even also only just "
        "in on at by for from with of to about against among between into over under through without "
        "he she it we they i you his her its our their this that these those there here who what which where why how "
        "meanwhile however yesterday today tonight tomorrow later earlier instead indeed perhaps maybe"
    )
)
"""Words that open a sentence before a surname (``Meanwhile Pellegrue said``), whatever the article's case."""

_COUPLE = re.compile(r"\b([A-Z][a-z’'\-]+)\s+(?:and|&)\s+([A-Z][a-z’'\-]+)\s+([A-Z][\w’'\-]+)")


def couples_sharing_a_surname(
    text: str, people: Sequence[tuple[int, str]], person_starts: frozenset[int]
) -> list[tuple[int, str]]:
    """``Omar and Nuray Velde``: the first of two given names joined before one surname is named with it (offset,
    ``Omar Velde``), when the second and the surname are a person's name and the first a given name or a person."""
    named = {at: name for at, name in people if " " in name}
    found = []
    for match in _COUPLE.finditer(text):
        second = named.get(match.start(2), "")
        first = match.group(1)
        if second.split()[-1:] == [match.group(3)] and (is_given_name(first) or match.start(1) in person_starts):
            found.append((match.start(1), f"{first} {match.group(3)}"))
    return found


_KIN = "mother|father|wife|husband|widow|widower|son|daughter|brother|sister|grandmother|grandfather|aunt|uncle"
_RELATIVE = re.compile(
    rf"\b([A-Z][\w’'\-]+)[’']s\s+(?:{_KIN})\s+([A-Z][a-z’'\-]+)(?![\w’'\-]|\s+(?:[A-Z]|(?:{'|'.join(NAME_PARTICLES)})\s))"
)


def without_relatives(text: str, found: Sequence[tuple[int, str]], position: int) -> list[tuple[int, str]]:
    """Of the namesakes ``found`` (offset, full name) a bare surname before ``position`` may be, those not named in
    passing as someone's relative: a namesake the article introduces as a relative (``his wife, Liesl``) and last
    names before the quote after a verb or a preposition (``a picture of Liesl Vance``, ``a rally for his wife Marisol
    Orlen``) is not whom the bare surname means; the person the article is about is. A relative who opens a sentence
    (``His son, Erik Brandt, runs it now.``) is the one named last, as before. All of them when none is left."""
    if len({full for _, full in found}) < 2:
        return list(found)
    passing = {full for _, full in found if _named_in_passing(text, found, full, position)}
    kept = [(at, full) for at, full in found if full not in passing]
    return kept or list(found)


def _named_in_passing(text: str, found: Sequence[tuple[int, str]], full: str, position: int) -> bool:
    if not _introduced_as_relative(text, full.split()[0]):
        return False
    last = max((at for at, name in found if name == full and at <= position), default=None)
    if last is None:
        return False
    before = text[max(0, last - 80) : last]
    kin = _KIN_BEFORE.search(before)
    before = before[: kin.start()] if kin is not None else before
    return _AFTER_VERB_OR_PREPOSITION.search(before) is not None


@functools.lru_cache(maxsize=64)
def _introduced_as_relative(text: str, given: str) -> bool:
    """Whether ``text`` introduces someone by ``given`` as a relative (``his wife, Liesl``). Asked for every bare
    surname's namesakes, so once per article and name: a search of the whole article each time cost more than the
    rest of the quote stage together."""
    return re.search(rf"{_KIN_INTRODUCTION}{re.escape(given)}\b", text) is not None


_KIN_INTRODUCTION = rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w’'\-]+[’']s),?\s+(?:{_KIN}),?\s+"
"""A relative's introduction before a name (``his wife, ``, ``Velde's father ``)."""
_KIN_BEFORE = re.compile(_KIN_INTRODUCTION + "$")
_AFTER_VERB_OR_PREPOSITION = re.compile(r"\b(?!(?:and|or|but|nor)\b)[a-z]+,?\s+$")
"""A lower-case word before a name, no conjunction (``Omar Velde and his son Kerem Velde`` name two subjects)."""


def relatives_by_given_name(text: str, people: Sequence[tuple[int, str]]) -> list[tuple[int, str]]:
    """``Kylie Morrow's mother Elizabeth``: a relative named by a given name alone after a person named in full is
    named with that person's surname (offset of the given name, ``Elizabeth Morrow``), so that ``Ms Morrow`` after it
    is the relative, the Morrow named last."""
    surnames = {name.split()[-1] for _, name in people if " " in name}
    return [
        (match.start(2), f"{match.group(2)} {match.group(1)}")
        for match in _RELATIVE.finditer(text)
        if match.group(1) in surnames and is_given_name(match.group(2))
    ]


def split_names(text: str, people: Sequence[Mention]) -> list[tuple[int, str]]:
    """``José Luis`` tagged a person and followed, after one space, by ``Rodríguez Zapatero``, which NER tags a person
    there or elsewhere in the article: one name NER split, (offset, the whole name); words that open a name only
    (``Khalid bin Saeed`` and ``al-Rashid``). A father's name after ``bin``/``binti`` (``Rosnah`` and ``Ismail`` of
    ``Rosnah binti Ismail``) is part of the name, also after a lone given name."""
    named = {m.text for m in people if opens_name(m.text)}
    found = []
    for first in people:
        # what follows the mention is read once per mention, not once per name that might follow it
        joint = _PATRONYMIC.match(text, first.char_end)
        after = joint.end() if joint else first.char_end + 1  # where a second name would start
        if text[after - 1 : after] != " ":
            continue  # nothing joins a mention not followed by a space ("Pell, who", "Pell's")
        if joint is None and first.text[:1].isupper() and " " not in first.text.strip():
            continue  # a lone word may be another person (``told Pell Velde would ...``): left as it was
        for second in named:
            end = after + len(second)
            if text.startswith(second, after) and not text[end : end + 1].isalnum():
                found.append((first.char_start, person_name(text[first.char_start : end])))
    return found


_PATRONYMIC = re.compile(r" (?:bin|binti|bint|ibn) ")
"""The word between a Malay or Arabic given name and the father's name (``Rosnah binti Ismail``)."""


def _nearest(found: Sequence[tuple[int, str]], position: int) -> str | None:
    """The name found last before ``position``, else the first after it."""
    before = [(at, name) for at, name in found if at <= position]
    return max(before)[1] if before else (min(found)[1] if found else None)


def _unsure_namesake(titled: Gender | None, full: str) -> bool:
    """``Mr. Velde`` (honorifics of gender ``titled``) merged with ``Nuray Velde``, whose given name tells no gender,
    when the article also names ``Omar Velde``: the surname is completed afresh (``fullest`` prefers the namesake of
    the honorific's gender)."""
    words = full.split()
    return titled is not None and len(words) > 1 and given_name_gender(words[0]) is None
