"""Speakers: from the phrase at an attribution to a canonical name.

The resolved entity mentions give canonical names ("Hass" -> "Ryan Hass"); when NER missed a name, a
capitalised phrase is taken as written, stripped of titles and completed from a fuller name with the same
surname. Pronouns go to the nearest preceding person (a quoted speaker or a sentence subject). A phrase in lower
case (a document, an organisation noun, a spokesperson, a campaign: "the readout said") is read by
``described.DescribedSpeakers``, the part of the resolver for speakers written as a description.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from newsprep.extract.entities import NAME_LABELS
from newsprep.extract.entities.places import names_a_people
from newsprep.extract.quotes.descriptions import (
    PARTY_WORDS,
    TRAILING_ADVERB,
    capitalised_only_as_opener,
    described_head,
    is_nationality_description,
    named_next,
    nationality_adjective,
    next_sentence,
    opener_description,
    party_label,
    role_held_for,
    with_lead_in,
    word_after,
)
from newsprep.extract.quotes.grammar import (
    AFTER_QUOTE_CUES,
    AGE,
    DOCUMENT_VERBS,
    EVALUATIVE_CUES,
    NAMING_CUES,
    NOT_SPEAKERS,
    OWN_WORDS,
    POSSESSIVE_END,
    ROLE_NOUNS,
    SPEAKER_ORG_HEADS,
    opens_name,
)
from newsprep.extract.quotes.organisations import (
    SPOKESPEOPLE,
    body_before_place,
    completed_organisation,
    name_after_kind_noun,
    organisation_described,
    organisations_taken_for_people,
    owns_campaign,
    whole_organisation,
    whole_organisation_end,
    without_article,
)
from newsprep.extract.quotes.people import (
    PERSON_LABELS,
    PRONOUN_GENDER,
    FullNames,
    PersonGenders,
    Referents,
    description_gender,
    is_role,
    misread_person,
    name_without_verb,
    strip_titles,
    surname_taken_for_org,
    written_name,
)
from newsprep.extract.quotes.speaker_value import PERSON_PRONOUNS, Speaker
from newsprep.extract.quotes.speakers.antecedents import PeopleBefore, described_voice
from newsprep.extract.quotes.speakers.described import DescribedSpeakers
from newsprep.extract.quotes.speakers.entity_ids import EntityIds
from newsprep.extract.quotes.speakers.named_in_passage import PeopleNamedInPassage
from newsprep.extract.quotes.speakers.phrases import (
    ANOTHER_PERSON,
    LOWER_CASE_LEAD,
    OWNER_BEFORE_TITLE,
    ROLE_OF,
    named_after_office,
    role_alone,
)
from newsprep.model import Mention
from newsprep.text.given_names import Gender, is_given_name

_AFFILIATION_LEAD = re.compile(r"\s+(?:of|with|from|at)\s+$")
"""The preposition between a person's name and the organisation they belong to, right before a speaker phrase."""
_AFFILIATION_LEAD_CHARS = 10
_CAPITALISED_RUN = re.compile(r"(?<![\w’'.\-])(?:(?:[A-Z][\w’'\-]*|(?:[A-Z]\.)+) ){0,4}[A-Z][\w’'\-]*$")
"""Up to five capitalised words on one line, only initials with a stop inside (``Dana H. Pell``, not ``June. Dana``)."""
_CAPITALISED_RUN_CHARS = 80
_WORD = re.compile(r"\S+")


class SpeakerResolver(PeopleNamedInPassage, PeopleBefore, DescribedSpeakers):
    """Resolves attribution phrases in one article, remembering who was quoted so far."""

    def __init__(
        self,
        text: str,
        mentions: Sequence[Mention],
        *,
        sentence_starts: Sequence[int],
        quoted: Sequence[tuple[int, int]],
    ) -> None:
        self._text = text
        self._mentions = sorted(
            (m for m in mentions if m.source == "body" and m.label in NAME_LABELS and m.char_start >= 0),
            key=lambda m: (m.char_start, m.char_end),
        )
        self._starts = [m.char_start for m in self._mentions]
        self._sentences = sorted(sentence_starts)
        self._quoted = sorted(quoted)
        self._names = FullNames(text, self._mentions, self._is_quoted)
        self._genders = PersonGenders(text, self._names.people)
        self._history: list[tuple[int, Speaker]] = []
        self._described_voices: list[tuple[int, Gender | None]] = []
        self._referents = Referents(text, self._mentions, self._sentences, self._names, self._genders, self._is_quoted)
        self._spoken: list[Mention] | None = None
        self._entity_ids = EntityIds(mentions)

    def _is_person(self, mention: Mention) -> bool:
        """A PERSON mention, or a lone surname of a person named in full that NER took for something else
        (``Steenburgen`` tagged ORG beside ``Mary Steenburgen``); never a name in quote marks (a title)."""
        if self._text[mention.char_start - 1 : mention.char_start] in ("“", '"'):
            return False
        if names_a_people(mention.text) and mention.text not in self._names.surnames:
            return False  # "The Englishmen says he ...", NER's person tag: a description, never a name
        return (
            mention.label in PERSON_LABELS
            or (" " not in mention.text and mention.text in self._names.surnames)
            or (
                " " not in mention.text
                and mention.label == "ORG"
                and mention.text in self._referents.written_surnames()
            )
            or (mention.label == "ORG" and mention.char_start in self._names.tagged_org)
        )

    def entity_label(self, speaker: Speaker) -> str | None:
        """The label of the speaker's entity (PERSON, ORG, ...), None when the speaker is not an entity."""
        found = self.entity_id(speaker)
        return None if found is None else self._entity_ids.label(found)

    def entity_id(self, speaker: Speaker) -> str | None:
        """The entity in ``entities`` whose canonical name the speaker is, if one is."""
        return None if speaker.name is None else self._entity_ids.of(speaker.name, speaker.is_person)

    def remember(self, position: int, speaker: Speaker, *, in_full: bool = True) -> None:
        """Keeps the speaker of a quote at ``position``; an unnamed person only when quoted ``in_full`` (a direct
        quote): a he/she after it goes on with that voice, while a phrase quoted in narration (``an angry caller
        called it “...”``) may be answered by anyone."""
        if speaker.name is not None:
            self._history.append((position, speaker))
        elif in_full and described_voice(speaker):
            self._described_voices.append((position, description_gender(speaker.mention)))

    def resolve(self, start: int, end: int) -> Speaker:
        adverb = TRAILING_ADVERB.search(self._text[start:end].rstrip())
        if adverb is not None:
            return self.resolve(start, start + adverb.start())
        affiliated = self._affiliated_person(start)
        if affiliated is not None:
            return affiliated  # "“...,” Chief Dana Pell with the Harbor Police said": Pell, not the police
        body = body_before_place(self._text, self._mentions, self._starts, self._sentences, start, end)
        if body is not None:
            return self.resolve(body.start, body.end)  # "the Harbor Command in Velden said": the command
        end = whole_organisation_end(self._mentions, self._starts, start, end)
        speaker = self._resolve(whole_organisation(self._mentions, self._starts, start, end), end)
        if speaker.name is not None:
            role = None if speaker.is_person else role_held_for(self._text, start, speaker.mention)
            # "a lawyer for the broadcaster"; "A co-owner of the Devils said" then "Devils co-owner Ada Roe": Roe
            return speaker if role is None else Speaker(self._named_next(role, end), role, True)
        whole = with_lead_in(self._text, start, speaker.mention)  # "a woman holding a toddler"
        written = speaker.mention if whole is None else whole
        if (named := self._named_next(written, end)) is not None:  # "a founder said" then "Founder Ada Roe": Roe
            return Speaker(named, written, True)
        return speaker if whole is None else Speaker(None, whole, speaker.is_person)

    def _named_next(self, written: str, end: int) -> str | None:
        """The person the next sentence names with the head noun of ``written`` (``descriptions.next_named``)."""
        head, bounds = described_head(written), next_sentence(self._text, self._sentences, end)
        if head is None or bounds is None:
            return None
        lo, hi = (bisect.bisect_left(self._starts, bound) for bound in bounds)
        people = [
            (m.char_start, m.char_end, self._fullest(self._names.person(m), m.char_start))
            for m in self._mentions[lo:hi]
            if self._is_person(m) and not self._is_quoted(m.char_start)
        ]
        return named_next(self._text, bounds, people, head)

    def _resolve(self, start: int, end: int) -> Speaker:
        written = self._text[start:end].strip()
        lowered = written.lower()
        if lowered in PERSON_PRONOUNS:
            return Speaker(self._antecedent(start, PRONOUN_GENDER[lowered]), written, True)
        if OWN_WORDS.fullmatch(lowered):
            # "His response: “No comment.”": the one the possessive refers to
            return Speaker(self._antecedent(start, PRONOUN_GENDER[lowered.split()[0]]), written, True)
        cue = word_after(self._text, end, past_adverbs=True)  # "“...,” it later wrote": the verb
        if lowered == "it" and cue in DOCUMENT_VERBS:
            return self._document_it(start, written)  # "“...,” it read": the statement named before
        if lowered in ("it", "they") and cue in AFTER_QUOTE_CUES | NAMING_CUES | EVALUATIVE_CUES:
            # also "what it called", "It rated the claim “half true”": the organisation
            return Speaker(self._organisation_it(start, nearest=lowered == "it"), written, False)
        called = self._organisation_called(start, written)
        if called is not None:
            return called  # "“...,” police said", "the Agency said": the organisation named before
        if lowered in NOT_SPEAKERS or lowered.endswith(("’re", "'re", "’m", "'m", "’ve", "'ve", "’ll", "'ll")):
            return Speaker(None, written, False)
        if POSSESSIVE_END.search(written) and cue in ANOTHER_PERSON:
            return Speaker(None, f"{written} {cue}", True)  # "said Velde’s lawyer": the lawyer, unnamed
        inside = self._mentions[bisect.bisect_left(self._starts, start) :]
        inside = [m for m in inside if m.char_start < end and m.char_end <= end + 2]
        persons = [m for m in inside if self._is_person(m)]
        head = without_article(written).split()[-1] if written.split() else ""
        words = lowered.split()
        spokes = next((i for i, w in enumerate(words[:-2]) if w in SPOKESPEOPLE), None)
        owners_only = all(self._owns_after(m) for m in persons)
        if spokes is not None and words[spokes + 1] in ("for", "of", "at") and owners_only:
            # "said a spokeswoman for Lanark Capital Partners": the organisation, not "spokeswoman for Lanark ...";
            # "a spokesman for Velde’s Lanark Group": the group, not its owner
            spoken_for = self._spoken_for(words[spokes], start, end, inside)
            if spoken_for is not None:
                return spoken_for
        role_of = ROLE_OF.match(written)
        if role_of is not None and role_of.group(1) not in SPOKESPEOPLE:
            # "the lawyer for Velde": not Velde; the person named with that role, if any (else an appositive after)
            titled = self._titled_person(role_of.group(1), start) if role_of.group(1) in ROLE_NOUNS else None
            return Speaker(titled, written, True)
        if not opens_name(head):
            return self._described_speaker(start, end, head.lower(), inside)  # "the agency", "Brenner’s office"
        if persons and persons[-1].char_end >= end - 2 and owns_campaign(self._text, persons[-1]):
            return self._issuer(persons[-1], written)  # "said a spokeswoman for the Velde campaign"
        owned = self._owned_organisation(persons, inside, end)
        if owned is not None:
            return owned  # "Velde’s Lanark Group said": the group speaks, not its owner
        if persons:
            return Speaker(self._fullest(written_name(self._names.person(persons[-1]), written), start), written, True)
        owner = OWNER_BEFORE_TITLE.match(self._text, start, end)
        if owner is not None and is_role(owner.group(1)):
            return self._resolve(owner.start(1), end)  # "Norway's Queen Sonja II said": the queen, not Norway
        bare = POSSESSIVE_END.sub("", name_without_verb(without_article(written).strip(" ,.")))
        kind_named = None if persons else name_after_kind_noun(bare)
        if kind_named is not None:  # "Developer Quillforge said", "Rival Northwind Media said"
            return Speaker(self._full_organisation(completed_organisation(kind_named, inside), start), written, False)
        party = party_label(written)
        held = None if party is None else self._titled_person(party, start, in_apposition=True)
        if party is not None and held is None:
            # "Sen. Ada Roe was blunt. “...,” the Ohio Democrat said": nobody set off with the label, the one person
            # the text was just about, if no other party label stands beside that name
            held = self.person_described(start, end, party, PARTY_WORDS)
        if held is not None:
            return Speaker(held, written, True)  # "Sen. Ada Roe, the Ohio Democrat who ...", "the Ohio Democrat said"
        name = strip_titles(bare)
        role = role_alone(bare, name)
        if role is not None:
            # "The Foreign Minister, Dr Abdullah, appeared ...": a title alone names nobody; the person in
            # apposition, else the title read as a description ("the foreign minister")
            return self.appositive_person(end) or self._described_speaker(start, end, role, inside)
        is_org = any(word.lower().strip(".") in SPEAKER_ORG_HEADS for word in name.split())
        misread = (
            None
            if is_org or self._names.has_full_name(name)
            # "St. John later added" after "Greta St. John", the tail NER tagged a place
            else (self._names.ending(name, start) if " " in name else misread_person(self._mentions, name, start))
        )
        if misread is None and not is_org and name in self._referents.written_surnames():
            misread = self._fullest(name, start)  # "Reese said" after "Guard Tavion Reese", NER's NORP tag on "Reese"
        if misread is None and not is_org and name != bare and name in self._names.surnames:
            misread = self._fullest(name, start)  # "Justice Corder said" after "Anne Corder", NER's ORG tag on both
        if misread is None and not is_org and named_after_office(bare, name, inside):
            misread = self._fullest(name, start)  # "Ecuadorian President Tavita Manoa", NER's GPE tag on the name
        if misread is not None:
            return Speaker(misread, written, True)  # "York said" after "Kate York" tagged a place
        if not is_org and is_nationality_description(self._text, start, written):
            # "the Swede said": the person the article described so ("Swedish goalkeeper Jonas Lindqvist"), else the
            # person named last ("the 31-year-old Swede said": no name)
            described = self._titled_person(nationality_adjective(written), start)
            return Speaker(described or self._last_person(start), written, True)
        if is_org or (inside and not surname_taken_for_org(name, inside)):
            # "A senior Dravian Defence official": no lower-case word opens an organisation's name
            named = LOWER_CASE_LEAD.sub("", bare)
            return Speaker(self._full_organisation(completed_organisation(named, inside), start), written, False)
        if names_a_people(name) and name not in self._names.surnames:
            return Speaker(None, written, True)  # "according to a version put into French": no one's name
        if not inside and capitalised_only_as_opener(self._text, name, end):
            # "Turmoil continued": a sentence's first word, no one's name; "Angry strikers continued": a description
            return Speaker(None, opener_description(self._text, end, written) or written, True)
        return Speaker(self._fullest(name, start), written, True)

    def _owned_organisation(self, persons: Sequence[Mention], inside: Sequence[Mention], end: int) -> Speaker | None:
        """The organisation ending the phrase right after its owner's possessive (``Velde’s Lanark Group``)."""
        if not persons or not self._owns_after(persons[-1]):
            return None
        owned = [m for m in inside if m.label == "ORG" and m.char_start > persons[-1].char_end >= 0]
        return self._named(owned[-1], owned[-1].text) if owned and owned[-1].char_end >= end - 2 else None

    def _affiliated_person(self, start: int) -> Speaker | None:
        """The person named right before the phrase at ``start`` and joined to it by ``of``, ``with``, ``from`` or
        ``at`` (``Dana Pell of the Harbor Police``, ``Chief Dana Pell with the Harbor Police``): the phrase reader
        stopped at the article and took the organisation the person belongs to for the subject."""
        lead = _AFFILIATION_LEAD.search(self._text, max(0, start - _AFFILIATION_LEAD_CHARS), start)
        if lead is None:
            return None
        i = bisect.bisect_left(self._starts, lead.start()) - 1
        mention = self._mentions[i] if i >= 0 else None
        if mention is not None and mention.char_end == lead.start():
            if not self._is_person(mention) or self._is_quoted(mention.char_start):
                return None
            return self._named(mention, mention.text)
        # NER missed the name ("Patrol Chief Dana Pell with the ..."): capitalised words holding a given name
        run = _CAPITALISED_RUN.search(self._text, max(0, lead.start() - _CAPITALISED_RUN_CHARS), lead.start())
        given = (
            None if run is None else next((w for w in _WORD.finditer(run.group()) if is_given_name(w.group())), None)
        )
        if run is None or given is None:
            return None
        speaker = self._resolve(run.start() + given.start(), run.end())  # from the given name: no unknown title
        return speaker if speaker.is_person and speaker.name is not None else None

    def _fullest(self, name: str, position: int) -> str:
        quoted = [(at, s.name) for at, s in self._history if s.is_person and s.name and " " in s.name]
        full = self._names.fullest(name, position, quoted)
        if " " not in full and full in self._referents.written_surnames():
            # "Vasquez" after "Dorotea Vasquez", a name NER did not tag: the untagged name nearest before
            written = [(at, n) for at, n in self._referents.untagged_names() if n.endswith(" " + full)]
            before = [n for at, n in written if at <= position]
            return before[-1] if before else written[0][1]
        return full

    def _described(self, head: str, position: int) -> str | None:
        """``the senator said``: the person named last with that title; an organisation noun or a document: the
        organisation (``organisations``)."""
        if head in ROLE_NOUNS:
            return (
                self._titled_person(head, position) or self.salient_person(position) or self._speaker_before(position)
            )
        if AGE.fullmatch(head):
            # "Ada Roe, 45, ..." then "the 45-year-old said": the person given that age, else the one named last
            # ("Tomas Brenner lost his job. “...,” the 45-year-old said.")
            age = int(head.split("-")[0])
            return self._aged_person(range(age, age + 1), position) or self._last_person(position)
        quoted = [speaker.name for _, speaker in self._history if not speaker.is_person and speaker.name]
        if self._spoken is None:
            spoken = [m for m in self._mentions if not self._is_quoted(m.char_start)]  # not those quoted
            self._spoken = organisations_taken_for_people(self._text, spoken)  # "Lumora ... unveiled its glasses"
        return organisation_described(head, position, self._text, self._spoken, quoted, is_quoted=self._is_quoted)

    def _is_quoted(self, position: int) -> bool:
        i = bisect.bisect_right(self._quoted, (position, len(self._text) + 1)) - 1
        return i >= 0 and self._quoted[i][0] <= position < self._quoted[i][1]
