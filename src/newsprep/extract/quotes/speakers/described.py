"""Speakers written as a description, not a name: documents (``the statement said``), organisation nouns (``the
agency said``), spokespeople (``a Lanark spokesman``), campaigns (``Pell’s campaign``) and those who speak for an
owner (``Brenner’s office``), each resolved to the person or the organisation by its full name.

``DescribedSpeakers`` is the part of ``SpeakerResolver`` (``resolver``) that reads them; the resolver supplies the
article's mentions and its person lookups (the methods this class leaves to it)."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from newsprep.extract.quotes.descriptions import (
    TEEN_AGES,
    TEEN_NOUNS,
    introduced_modifier,
    name_introduced_with,
    one_person_head,
    other_roles,
    possessive_noun,
    set_off_name_start,
)
from newsprep.extract.quotes.grammar import AGE, DEFINITE_ROLES, ROLE_NOUNS
from newsprep.extract.quotes.organisations import (
    CAMPAIGN,
    DOCUMENT_NOUNS,
    OFFICIALS,
    OWNED_VOICES,
    SPOKESPEOPLE,
    body_of_portfolio,
    campaign_candidate,
    campaign_name,
    campaign_text,
    document_introduction,
    document_named_before,
    document_owner,
    full_organisation,
    is_organisation_noun,
    issuer_after,
    nearest_organisation,
    official_of_noun,
    org_name,
    organisation_modifier,
    organisation_owning,
    organisation_subjects,
    owns_campaign,
    portfolio_fits,
    spoken_for_noun,
    without_article,
)
from newsprep.extract.quotes.speaker_value import Speaker
from newsprep.extract.quotes.speakers.article_lookups import ArticleLookups
from newsprep.extract.quotes.speakers.salience import window_start
from newsprep.model import Mention


class DescribedSpeakers(ArticleLookups):
    """Resolves lower-case speaker phrases of one article (a mixin of ``SpeakerResolver``)."""

    def resolve(self, start: int, end: int) -> Speaker:
        raise NotImplementedError  # the resolver's: any phrase

    def _titled_person(self, role: str, position: int, *, in_apposition: bool = False) -> str | None:
        raise NotImplementedError

    def appositive_person(self, end: int) -> Speaker | None:
        raise NotImplementedError  # ``PeopleNamedInPassage``'s: a name set off right after a description

    def _described(self, head: str, position: int) -> str | None:
        raise NotImplementedError

    def _aged_person(self, ages: range, position: int) -> str | None:
        raise NotImplementedError  # the resolver's: the person named last with an age in ``ages``

    def person_described(self, position: int, end: int, kind: str, conflicting: frozenset[str]) -> str | None:
        raise NotImplementedError  # the resolver's: the one person the text was just about

    def _described_speaker(self, start: int, end: int, head: str, inside: Sequence[Mention]) -> Speaker:
        """The speaker of ``text[start:end]``, a phrase whose last word ``head`` is in lower case; ``inside``: the
        mentions in the phrase."""
        written = self._text[start:end].strip()
        if head == CAMPAIGN:
            return self._campaign(start, end)  # "Pell’s campaign said", "the campaign said"
        issuers = [m for m in inside if m.label in ("PERSON", "ORG")]
        owners = [m for m in issuers if self._owns_after(m)]
        if head in OWNED_VOICES and owners:
            return self._issuer(owners[-1], written)  # "Brenner’s office said": Brenner
        if head in DOCUMENT_NOUNS and issuers:
            return self._issuer(issuers[-1], written)  # "the IMF report said": the IMF
        owning = (
            organisation_owning(written, self._mentions_before(start))
            if not issuers and (head in DOCUMENT_NOUNS or head in OWNED_VOICES)
            else None
        )
        if owning is not None:
            return Speaker(owning, written, False)  # "Loomwork’s statement said", only the full name tagged before
        issuer = issuer_after(self._text, self._mentions, self._starts, end) if head in DOCUMENT_NOUNS else None
        if issuer is not None:
            return self._issuer(issuer, written)  # "said a report from Brinmoor Capital Research"
        if head in DOCUMENT_NOUNS | OWNED_VOICES:
            issued = self._document_issuer(head, written, start)
            if issued is not None:
                return issued
        if head in SPOKESPEOPLE:
            spoken_for = self._spoken_for(head, start, end, inside)
            if spoken_for is not None:
                return spoken_for
        body = official_of_noun(written, head) if head in OFFICIALS else None
        found = None if body is None else self._described(body, start)
        if found is not None:
            return Speaker(found, written, False)  # "a ministry official said": the ministry the article names
        if head in DEFINITE_ROLES and written.lower().startswith("the "):
            # "the coach said": the one named coach, else the one person the text was just about
            return Speaker(self._titled_person(head, start) or self._one_person_about(start, end), written, True)
        introduced = name_introduced_with(self._text, head, start) if written.lower().startswith("the ") else None
        if introduced is not None:
            return Speaker(introduced, written, True)  # "a man known as Nick ... “...,” the man said": Nick
        if head in TEEN_NOUNS and written.lower().startswith("the "):
            return Speaker(self._aged_person(TEEN_AGES, start), written, True)  # "Kofi Asante, 19, ... the teenager"
        described_person = head in ROLE_NOUNS or AGE.fullmatch(head) is not None
        found = self._described(head, start)
        if found is not None and not portfolio_fits(written, head, found):
            # "the foreign ministry said" after a trade ministry: the ministry of that field, else a description
            found = body_of_portfolio(written, head, self._mentions_before(start))
        if found is None and written.lower().startswith("the ") and not is_organisation_noun(head):
            # "their fly-half, Mattias Ekwueme, ..." then "“...,” the fly-half said": the person the article set
            # off with that noun, for a role no word list holds
            named = self._titled_person(head, start, in_apposition=True)
            if named is not None:
                return Speaker(named, written, True)
        if found is None:
            held = self._possessive_holder(written, start)
            if held is not None:
                return held  # "his wife, Helen Corrigan, ..." then "“...,” his widow said"
        about = self._one_person_about(start, end) if found is None else None
        if about is not None:
            return Speaker(about, written, True)  # "In some cases, Zhou said, ..." then "the researcher explained"
        return Speaker(found, written, described_person)

    def _one_person_about(self, start: int, end: int) -> str | None:
        """``the researcher`` at ``text[start:end]``, a description of one person no title resolved: the one person
        the text was just about (``descriptions.people``), else None."""
        kind = one_person_head(self._text[start:end].strip())
        return None if kind is None else self.person_described(start, end, kind, other_roles(kind))

    def _possessive_holder(self, written: str, start: int) -> Speaker | None:
        """``his wife said``: the person the article set off with that possessive and noun before ``start``
        (``possessive_roles``), when NER tagged the name there."""
        described = possessive_noun(written)
        at = None if described is None else set_off_name_start(self._text, *described, start)
        if at is None:
            return None
        named = self._mentions[bisect.bisect_left(self._starts, at) : bisect.bisect_right(self._starts, at)]
        people = [m for m in named if self._is_person(m)]
        return self._named(people[0], written) if people else None

    def _organisation_called(self, start: int, written: str) -> Speaker | None:
        """``police said``: the police force named last before (``the Ashford Police Department``); ``the Agency
        said``, ``The Company told``: an organisation noun written with a capital (as press releases write it) is the
        organisation ``the agency`` would be; when none is named so, a description, as ``the government said`` is (``the
        Government said`` names no government). None for any other phrase (read as before)."""
        if without_article(written.lower()) == "police":
            forces = [
                m
                for m in self._mentions[: bisect.bisect_left(self._starts, start)]
                if m.label == "ORG" and "police" in m.entity_text.lower().split()
            ]
            if forces:
                return Speaker(org_name(self._text, forces[-1]), written, False)
            body = self._described("police", start)  # Scotland Yard: the last of organisations.nouns.STEPS
            return None if body is None else Speaker(body, written, False)
        words = written.split()
        if len(words) != 2 or words[0].lower() != "the" or not words[1].istitle():
            return None
        noun = words[1].lower()
        if not is_organisation_noun(noun):
            return None
        return Speaker(self._described(noun, start), written, False)

    def _document_issuer(self, head: str, written: str, start: int) -> Speaker | None:
        """``the department’s report said``: the organisation of the owner noun; ``the notice said`` after ``The Gull
        Ferry Company posted a notice``: the one who issued it, the subject of the sentence that brought it in (no one
        when that subject names nobody)."""
        owner = document_owner(written)
        if owner is not None:
            name = self._described(owner, start)
            if name is not None or (head in DOCUMENT_NOUNS and owner not in ROLE_NOUNS):
                # "the city’s release said", no city found: a description, never another organisation's release
                return Speaker(name, written, owner in ROLE_NOUNS)
            return None
        if head in OWNED_VOICES:
            return None
        span = document_introduction(self._text, head, start, self._sentences, self._is_quoted)
        if span is None:
            return None
        if span[0] >= start:
            return None
        issuer = self.resolve(*span)  # "a group of parents sent a letter": nobody named, and no guess
        if issuer.name is None:
            # "In a memo to staff, the head of surgery, Dr. Ada Roe, set out ...": the name in apposition
            issuer = self.appositive_person(span[1]) or issuer
        return Speaker(issuer.name, written, issuer.is_person)

    def _document_it(self, position: int, written: str) -> Speaker:
        """``The Harwell Trust issued a statement. “...,” it read``: whoever the document named last before
        ``position`` (in its paragraph or the one before) is resolved to, as ``the statement said`` would be."""
        span = document_named_before(self._text, window_start(self._text, position), position, self._is_quoted)
        if span is None:
            return Speaker(None, written, False)
        phrase = self._text[span[0] : span[1]]
        found = self._document_issuer(phrase.split()[-1].lower(), phrase, position) or self.resolve(*span)
        return Speaker(found.name, written, found.is_person)

    def _campaign(self, start: int, end: int, written: str | None = None) -> Speaker:
        found = campaign_candidate(self._text, self._mentions, (start, end), self._is_person, self._is_quoted)
        name = None if found is None else self._fullest(self._names.person(found), found.char_start)
        mention = self._text[start:end].strip() if written is None else written  # as written at the attribution
        return Speaker(None if name is None else campaign_name(name), mention, False)

    def _organisation_it(self, position: int, *, nearest: bool = True) -> str | None:
        """``In an email, the company defended it. “...,” it said``: an ``it`` followed by a speech cue is the
        organisation its own sentence or the one before is about, else (``nearest``) the one named last, in its
        paragraph or the one before; ``they said`` only the organisation a sentence is about (else people, unnamed)."""
        for span in organisation_subjects(self._text, self._sentences, position):
            about = None if self._is_quoted(span[0]) else self.resolve(*span)
            if about is not None and about.name is not None and not about.is_person:
                return about.name
        if not nearest:
            return None
        reach = window_start(self._text, position)
        found = nearest_organisation(self._mentions, self._starts, position, self._is_quoted)
        return None if found is None or found.char_start < reach else org_name(self._text, found)

    def _spoken_for(self, head: str, start: int, end: int, inside: Sequence[Mention]) -> Speaker | None:
        """``a Lanark spokesman said``, ``said a spokeswoman for Lanark``: the spokesperson named earlier with that
        title, else the organisation they speak for (in the phrase, after it, or named nearest before)."""
        written = self._text[start:end].strip()
        titled = self._titled_person(head, start)
        if titled is not None:
            return Speaker(titled, written, True)
        organisations = [m for m in inside if m.label == "ORG"]
        owners = [m for m in inside if m.label == "PERSON" and self._owns_after(m)]
        named = organisations or owners  # "Brenner’s spokesman said": the one spoken for
        modifier = None if named else organisation_modifier(written, head)
        if modifier is None and not named and written.lower() == f"the {head}":
            # "A West Riding Police spokesman said ... “...,” the spokesman said": the force that one spoke for
            reach = window_start(self._text, start)
            introduced = introduced_modifier(self._text, head, reach, start)
            modifier = None if introduced is None else self._full_organisation(introduced, start)
        if modifier is not None:
            return Speaker(modifier, written, False)  # "a Corvane spokesperson", Corvane not tagged an organisation
        noun = None if named else spoken_for_noun(written, head)
        if noun is not None:
            return Speaker(self._described(noun, start), written, False)  # "an agency spokeswoman": the agency
        issuer = named[-1] if named else issuer_after(self._text, self._mentions, self._starts, end)
        issuer = issuer or nearest_organisation(self._mentions, self._starts, start, self._is_quoted)
        return None if issuer is None else self._issuer(issuer, written)

    def _issuer(self, mention: Mention, written: str) -> Speaker:
        """Who issued a document or is spoken for: a candidate's campaign (``an ad from the Pell campaign``) is it."""
        if self._is_person(mention) and owns_campaign(self._text, mention):
            return self._campaign(mention.char_start, mention.char_end, campaign_text(self._text, mention))
        return self._named(mention, written)

    def _named(self, mention: Mention, written: str) -> Speaker:
        if self._is_person(mention):
            return Speaker(self._fullest(self._names.person(mention), mention.char_start), written, True)
        return Speaker(self._full_organisation(org_name(self._text, mention), mention.char_start), written, False)

    def _mentions_before(self, position: int) -> Sequence[Mention]:
        return self._mentions[: bisect.bisect_left(self._starts, position)]

    def _full_organisation(self, name: str, position: int) -> str:
        """``name`` by the full name of an organisation named before ``position`` that it is the tail of."""
        return full_organisation(name, self._mentions_before(position))
