"""The people before a position that a pronoun or a description refers to: the antecedent of a he/she, the one
person a paragraph is about, the person quoted last, the person named last with a title.

``PeopleBefore`` is the part of ``SpeakerResolver`` (``resolver``) that finds them; the resolver supplies the
article's mentions, its quoted speakers so far and its person lookups (the methods this class leaves to it)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from newsprep.extract.quotes.descriptions import (
    PEOPLE_NOUNS,
    appositive_head,
    appositive_text,
    before_speech_verb,
    description_qualifier,
    holder_qualifier,
    named_right_after,
    qualifiers_differ,
    role_right_before,
    stated_age,
    unnamed_one_before,
    words_beside,
)
from newsprep.extract.quotes.grammar import (
    DEFINITE_ROLES,
    NOUN_LINKS,
    PREPOSITIONS,
    RELATIVES,
    ROLE_ABBREVIATIONS,
    ROLE_NOUNS,
    ROLE_TITLES,
    head_noun_end,
)
from newsprep.extract.quotes.organisations import SPOKESPEOPLE
from newsprep.extract.quotes.people import (
    PERSON_LABELS,
    PRONOUN_GENDER,
    PersonGenders,
    Referents,
    described_gender,
    description_gender,
    person_name,
)
from newsprep.extract.quotes.speaker_value import Speaker
from newsprep.extract.quotes.speakers.article_lookups import ArticleLookups
from newsprep.extract.quotes.speakers.reported_voices import unnamed_reporters
from newsprep.extract.quotes.speakers.salience import sole_person, window_start
from newsprep.text import word_set as vocabulary
from newsprep.text.given_names import Gender, given_name_gender

CAPITALISED = re.compile(r"\b[A-Z][\w’'\-]+")
_REFERRING = re.compile(r"\b(?:he|she|him|his|her)\b", re.IGNORECASE)
_RIGHT_AFTER_QUOTE = re.compile(r"[\s,.!?”\"’'—-]*")
"""What stands between a quotation's last word and the he/she attributing it (``...,” he said``)."""
_DESCRIPTION = re.compile(r"(?:[Aa]n?|[Tt]he|[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Oo]ne)\s+([a-z][a-z’'\- ]*)")
"""A description with no name in it (``a staff member``, ``my father``, ``a soldier of the brigade``)."""
_HEAD_ENDS = PREPOSITIONS | RELATIVES | {"of", "to"}
_NO_ONE_PERSON = vocabulary("police prosecutors jury panel faculty clergy family children")
"""People nouns for a body of people: no he/she refers to it."""
_ONE_PERSON = (PEOPLE_NOUNS - _NO_ONE_PERSON) | vocabulary(
    "doctor surgeon physician dentist lawyer attorney teacher professor scientist researcher analyst economist"
)
"""Nouns for one person, the professions the people nouns leave to the resolver's roles added."""
_OBJECT_LINKS = NOUN_LINKS | {"by"}
"""A word between a role and a name that makes the name what the role is of (``the founder of Orchard Lane``)."""
ANTECEDENT_REACH = 4000
"""How far back (characters) a he/she looks for the people named before it (people quoted are always seen)."""


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A person a he/she may refer to, with where it stands (``PeopleBefore._antecedent`` takes the nearest)."""

    sentence: int
    """Which sentence of the article (``_sentences``) it stands in: a later one is nearer."""
    order: int
    """Its rank in that sentence: -1 for one who speaks there, else where it is named (the subject first)."""
    at: int
    name: str | None
    """The person's name; None for a voice the article quotes without naming (``described_voice``)."""
    speaks: bool
    """Quoted, or named right before a speech verb: surely a person."""


def described_voice(speaker: Speaker) -> bool:
    """A quote's speaker that is one person the article quotes without naming: a description, no name in it, of a
    person (the resolver's reading, or its head a noun for a person: ``a nurse on the ward``, ``a soldier of
    the brigade``, ``my father``)."""
    description = _DESCRIPTION.fullmatch(speaker.mention) if speaker.name is None else None
    if description is None:
        return False
    words = description.group(1).split()
    head = words[head_noun_end(words, _HEAD_ENDS) - 1]
    return head not in _NO_ONE_PERSON and (speaker.is_person or head in _ONE_PERSON)


class PeopleBefore(ArticleLookups):
    """Finds the people a pronoun or a description refers to in one article (a mixin of ``SpeakerResolver``)."""

    _genders: PersonGenders
    _referents: Referents
    _history: list[tuple[int, Speaker]]
    _described_voices: list[tuple[int, Gender | None]]
    _quoted: list[tuple[int, int]]

    def salient_person(self, position: int, *, spoken_or_referred: bool = False) -> str | None:
        """The one person named (outside quotations) from the start of the paragraph before ``position`` up to it,
        when nothing says it is of another gender than a he/she right after ``position`` (and, with
        ``spoken_or_referred``, one already quoted or referred to again by a he/she/his/her of their gender in that
        stretch: someone the text is about, not one named in passing); else None."""
        start = window_start(self._text, position)
        lo, hi = bisect.bisect_left(self._starts, start), bisect.bisect_left(self._starts, position)
        named = [
            self._fullest(self._names.person(m), m.char_start)
            for m in self._mentions[lo:hi]
            if self._is_person(m)
            and not self._is_quoted(m.char_start)
            and self._text[m.char_end : m.char_end + 1] != "*"
        ]  # "– Ali***": a masked signature names no one
        inside = [(m.char_start, m.char_end) for m in self._mentions[lo:hi]]  # "the Clinton Foundation": no person
        for word in CAPITALISED.finditer(self._text, start, position):  # a surname NER missed ("Trump charges")
            unnamed = not any(a <= word.start() < b for a, b in inside) and not self._is_quoted(word.start())
            if unnamed and word.group() in self._names.surnames:
                named.append(self._fullest(word.group(), word.start()))
        name = sole_person(named)
        if spoken_or_referred and not self._spoken_or_referred(name, start, position):
            return None
        gender = described_gender(self._text, position)
        return name if name is not None and (gender is None or self._genders.of(name) in (gender, None)) else None

    def person_described(self, position: int, end: int, kind: str, conflicting: frozenset[str]) -> str | None:
        """``the researcher explained``, a description of one person (head noun ``kind``) naming nobody with its
        title, written from ``position`` to ``end``: the one person named from the paragraph before up to it
        (``salient_person``), unless the text says it is someone else (``descriptions.people``): a name set off right
        after it; one of that kind the article brought in before without a name (``a nurse``, ``The patient was
        ...``); an unnamed voice in the stretch (``A resident who ... said ...``); the person of the other gender
        than the description's noun, or named anywhere before with one of the ``conflicting`` words beside the
        name."""
        reach = window_start(self._text, position)
        if named_right_after(self._text, end) or unnamed_one_before(self._text, kind, position):
            return None
        if any(reach <= at < position for at, _ in self._described_voices) or unnamed_reporters(
            self._text, self._sentences, reach, position, _ONE_PERSON
        ):
            return None
        name = self.salient_person(position)
        gender = description_gender(self._text[position:end])
        if name is None or (self._genders.of(name) not in (gender, None) and gender is not None):
            return None
        before = self._mentions[: bisect.bisect_left(self._starts, position)]
        lo = bisect.bisect_left(self._starts, reach)
        ids = {m.entity_id for m in before[lo:] if self._is_person(m)}
        for mention in before:
            if mention.entity_id not in ids or not self._is_person(mention):
                continue
            lead = self._text[max(0, mention.char_start - 40) : mention.char_start]
            if words_beside(lead, mention.text, appositive_text(self._text, mention.char_end)) & conflicting:
                return None  # "President Ada Roe ... “...,” the researcher said": someone else
        return name

    def _spoken_or_referred(self, name: str | None, start: int, end: int) -> bool:
        """``name`` was quoted before ``end``, or a he/she/his/her of their gender stands in ``text[start:end]``
        outside quotations."""
        if name in {speaker.name for at, speaker in self._history if at < end}:
            return True
        gender = self._genders.of(name) if name else None
        return any(
            not self._is_quoted(match.start()) and gender in (PRONOUN_GENDER[match.group().lower()], None)
            for match in _REFERRING.finditer(self._text, start, end)
        )

    def _speaker_before(self, position: int) -> str | None:
        """The person quoted last before ``position`` in its paragraph or the one before, when nothing says it is of
        another gender than a he/she right after ``position`` (``the senator said`` in a run of Pell’s quotes)."""
        start = window_start(self._text, position)
        spoken = [s.name for at, s in self._history if start <= at < position and s.is_person and s.name]
        gender = described_gender(self._text, position)
        fits = spoken and (gender is None or self._genders.of(spoken[-1]) in (gender, None))
        return spoken[-1] if fits else None

    def _last_person(self, position: int) -> str | None:
        """The person named last before ``position``, outside quotations."""
        for mention in reversed(self._mentions[: bisect.bisect_left(self._starts, position)]):
            if self._is_person(mention) and not self._is_quoted(mention.char_start):
                return self._fullest(self._names.person(mention), mention.char_start)
        return None

    def _titled_person(self, role: str, position: int, *, in_apposition: bool = False) -> str | None:
        """The person named last before ``position`` with the role among the words just before the name
        (``Sen. Bernie Sanders`` for "the senator") or in an appositive after it (``Dale Ormsby, the governor of
        Vermont,``); None when nobody was named with it. A person of the other gender than the pronoun after the
        description (``the president told voters he``) is not it: a titled surname merged with a namesake
        (``President Obama`` with ``Michelle Obama``) is then the surname as written. ``in_apposition``: for a role
        no word list holds, only a name set off by commas with that very noun (``their fly-half, Ada Roe,``, ``Ada
        Roe, the fly-half,``): a noun that merely stands near a name (``the company Ada Roe founded``) is no title."""
        titles = ROLE_TITLES.get(role, frozenset()) | ROLE_ABBREVIATIONS.get(role, frozenset()) | {role}
        gender = described_gender(self._text, position)
        set_off_by = re.compile(rf"(?:^|[^\w’'-]){re.escape(role)},\s*$") if in_apposition else None
        wanted = description_qualifier(self._text, position, titles)
        for mention in reversed(self._mentions):
            if mention.char_start >= position or mention.label not in PERSON_LABELS:
                continue
            written_lead = self._text[max(0, mention.char_start - 40) : mention.char_start]
            lead = written_lead.lower()
            appositive = appositive_text(self._text, mention.char_end)
            after = appositive.lower().split()
            if set_off_by is not None:
                # "their fly-half, Ada Roe,", "led by glaciologist Ada Roe", "Ada Roe, an oceanographer at ...,"
                in_title = role in mention.text.lower().split()[:-1] or role_right_before(lead, role)
                set_off = set_off_by.search(lead) is not None or in_title
                words = ({role} if set_off else set()) | {appositive_head(after)}
            else:
                # "The founder of Orchard Lane": a role before "of" is held by someone else, not by the name after it
                # ("a representative for Maya Roe" speaks for her, as a spokesperson does: kept)
                of_name = role not in SPOKESPEOPLE and lead.split()[-1:] and lead.split()[-1] in _OBJECT_LINKS
                before = [] if of_name else lead.split()[-3:]
                words = {w.strip(".,") for w in [*before, *mention.text.lower().split(), *after]}
            if not words & titles:
                continue
            if qualifiers_differ(wanted, holder_qualifier(written_lead, appositive, titles)):
                continue  # "the Rovers manager" is not "The Albion manager, Sue Kettering"
            for name in (self._fullest(self._names.person(mention), mention.char_start), person_name(mention.text)):
                if gender is None or self._genders.of(name) in (gender, None):
                    return name
        return None

    def _aged_person(self, ages: range, position: int) -> str | None:
        """The person named last before ``position`` with an age in ``ages`` beside the name (``Kofi Asante, 19,``
        for "the teenager"; ``Ada Roe, 45,`` for "the 45-year-old"), else None."""
        for mention in reversed(self._mentions[: bisect.bisect_left(self._starts, position)]):
            if not self._is_person(mention) or self._is_quoted(mention.char_start):
                continue
            lead = self._text[max(0, mention.char_start - 40) : mention.char_start]
            if stated_age(lead, self._text, mention.char_end) in ages:
                return self._fullest(self._names.person(mention), mention.char_start)
        return None

    def _names_a_person(self, sentence_start: int) -> bool:
        """A person is named in the sentence that starts at ``sentence_start``."""
        i = bisect.bisect_right(self._sentences, sentence_start)
        end = self._sentences[i] if i < len(self._sentences) else len(self._text)
        named = self._mentions[bisect.bisect_left(self._starts, sentence_start) : bisect.bisect_left(self._starts, end)]
        return any(self._is_person(m) for m in named)

    def role_held_by_nobody(self, start: int, end: int) -> bool:
        """``the union leader``: ``the`` and a role noun, when nobody was named with that role before ``start``."""
        words = self._text[start:end].lower().split()
        if len(words) < 2 or words[0] != "the" or words[-1] not in ROLE_NOUNS | DEFINITE_ROLES:
            return False
        return self._titled_person(words[-1], start) is None

    def antecedent(self, position: int, gender: Gender) -> str | None:
        """The person a he/she (of ``gender``) at ``position`` refers to (``_antecedent``)."""
        return self._antecedent(position, gender)

    def _antecedent(self, position: int, gender: Gender) -> str | None:
        """The person a he/she refers to: the nearest person quoted or named before it who is not known to be of
        the other gender (``Mr. Ostrow met Irene Falk. “...,” she said``: Falk) and is surely a person (quoted,
        a full name, known to be of the pronoun's gender, or a lone given name of it: ``Andrew ... he said``);
        failing that, the nearest not of the other gender.
        Nearest: by sentence, and in a sentence the person who speaks there (quoted, or named right before a speech
        verb: ``..., Hoenig warns.``), then the people in the order they are named (the subject first).
        An unnamed person quoted in full (``a nurse on the ward said``) is a candidate too, of the gender its
        noun says (``my father``): when the nearest, the he/she names nobody (None), never someone named before."""
        candidates: list[_Candidate] = []
        for at, speaker in self._history:
            if at < position and speaker.is_person and speaker.name:
                candidates.append(_Candidate(bisect.bisect_right(self._sentences, at), -1, at, speaker.name, True))
        described = {at: known for at, known in self._described_voices if at < position}
        reach = window_start(self._text, position)
        for at, known in unnamed_reporters(self._text, self._sentences, reach, position, _ONE_PERSON):
            if not self._names_a_person(at):
                described[at] = known  # "A firefighter who asked not to be named said ... “...,” he said": no one
        for at in described:
            candidates.append(_Candidate(bisect.bisect_right(self._sentences, at), -1, at, None, True))
        first = bisect.bisect_left(self._starts, position - ANTECEDENT_REACH)
        named = self._mentions[first : bisect.bisect_left(self._starts, position)]
        for mention in named:
            if self._is_person(mention) and not self._is_quoted(mention.char_start):
                if self._referents.after_own_pronoun(mention.char_start, gender):
                    continue  # "He emailed Gaiman ... “...,” he wrote": Gaiman is not the he
                name = self._fullest(self._names.person(mention), mention.char_start)
                name = name if " " in mention.text else self._referents.namesake(name, gender)
                sentence = bisect.bisect_right(self._sentences, mention.char_start)
                # "..., Hoenig warns." speaks in that sentence: first in it, as a person quoted there is
                speaks = before_speech_verb(self._text, mention.char_end)
                order = -1 if speaks else mention.char_start
                candidates.append(_Candidate(sentence, order, mention.char_start, name, speaks))
        for at, surname in self._referents.untagged_surnames(max(0, position - ANTECEDENT_REACH), position):
            if not self._referents.after_own_pronoun(at, gender):
                sentence = bisect.bisect_right(self._sentences, at)
                namesake = self._referents.namesake(self._fullest(surname, at), gender)
                candidates.append(_Candidate(sentence, at, at, namesake, False))
        for at, name in self._referents.untagged_names():
            if position - ANTECEDENT_REACH <= at < position and not self._is_quoted(at):
                candidates.append(_Candidate(bisect.bisect_right(self._sentences, at), at, at, name, False))
        named_inside = self._named_in_quotation_before(position)
        candidates = [c for c in candidates if c.name is None or c.name.split()[-1] not in named_inside]
        candidates.sort(key=lambda c: (-c.sentence, c.order))
        genders = [described.get(c.at) if c.name is None else self._genders.of(c.name) for c in candidates]
        fits = [(c, known) for c, known in zip(candidates, genders, strict=True) if known in (gender, None)]
        if not fits:
            return None
        sure = [(c, k) for c, k in fits if k == gender or c.speaks or _full_or_given_name(c.name, gender)]
        best, known = (sure or fits)[0]
        paragraph = self._text.rfind("\n", 0, best.at)
        if known is None and not best.speaks:
            # "Dorotea Vasquez owns the building. Her lawyer, Benedikt Sorensen, ... “...,” she said": in the nearest
            # person's paragraph, one known to be of the pronoun's gender before one nothing tells the gender of, when
            # named in the same sentence or the one before: further back (a broadcaster's paragraphs joined into one:
            # "Coach Tauno Lindqvist was sacked. The board met. It was read out by chairman Ilkka Marangoni. “...,” he
            # said") the nearest is the referent; so is a nearest who speaks (quoted, or before a speech verb): the
            # he/she right after a quote of Terje Vaino goes on with Vaino, whatever the names before
            best = next(
                (
                    c
                    for c, k in sure
                    if k == gender and self._text.rfind("\n", 0, c.at) == paragraph and c.sentence >= best.sentence - 1
                ),
                best,
            )
        # "“...,” a nurse on the ward said. “...,” he said": the unnamed voice goes on; no name is better than
        # the person named before it (its candidate has no name)
        return best.name

    def _named_in_quotation_before(self, position: int) -> set[str]:
        """The last words of the people a quotation ending right before a he/she at ``position`` names (``“We will
        not expel Arafat,” he said``): a speaker does not name themself in the third person, so the he/she is
        someone else."""
        i = bisect.bisect_left(self._quoted, (position, position)) - 1
        if i < 0 or _RIGHT_AFTER_QUOTE.fullmatch(self._text, self._quoted[i][1], position) is None:
            return set()
        start, end = self._quoted[i]
        inside = self._mentions[bisect.bisect_left(self._starts, start) : bisect.bisect_left(self._starts, end)]
        return {mention.text.split()[-1] for mention in inside if self._is_person(mention)}

    def gender_fits(self, name: str | None, pronoun: str) -> bool:
        """False only when the article or the name list says the person is not of the pronoun's gender."""
        known = self._genders.of(name) if name else None
        return known is None or known == PRONOUN_GENDER.get(pronoun.lower(), known)


def _full_or_given_name(name: str | None, gender: Gender) -> bool:
    """A name of more than one word, or a lone given name of ``gender`` (``Andrew ... he said``): surely a person."""
    return name is not None and (" " in name or given_name_gender(name) == gender)
