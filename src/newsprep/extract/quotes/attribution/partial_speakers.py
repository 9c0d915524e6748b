"""The speaker of a partial quote, a phrase quoted inside the reporter's own sentence: the talker of the clause it
stands in (``as Pell went on about “...”``), the owner of a claim (``Pell’s claim that “...”``), or the named subject
of the sentence or of its clause of speaking (``Gov. Tomblin lauded the plan for its “new and innovative ideas.”``)."""

from __future__ import annotations

import re

from newsprep.extract.quotes.attribution.found import NOT_FOUND, Candidate, Found, is_description, is_named, resolved
from newsprep.extract.quotes.clauses import NAMED_BY, fronted_subject, speech_clause
from newsprep.extract.quotes.grammar import (
    CALLED_BY_AGENT,
    CLAIM_OF,
    IN_WORDS_OF,
    ORDER_FROM,
    WHAT_THEY_CALLED,
    has_speech_cue,
    sentence_subject,
)
from newsprep.extract.quotes.speaker_value import PERSON_PRONOUNS, Speaker
from newsprep.extract.quotes.speakers import SpeakerResolver


def clause_talker(candidate: Candidate, resolver: SpeakerResolver, mask: str) -> Found | None:
    """The named subject of the ``as``/``while``/``when`` clause of speaking a partial quote stands in."""
    if candidate.kind == "direct":
        return None
    clause = speech_clause(mask, candidate.sentence_start, candidate.span.open_at)
    found = None if clause is None else resolved(clause, resolver, "cue")
    return found if found is not None and found.speaker is not None and is_named(found.speaker, resolver) else None


def words_owner(candidate: Candidate, resolver: SpeakerResolver, mask: str) -> Found | None:
    """``Pell’s claim that “...”``, ``a pledge by Pell to “...”``, ``in Pell’s words, “...”``, ``Pell denounced what
    she called “...”``, ``was hailed by Pell as “...”``: the named owner of the words a partial quote stands in,
    whoever the sentence's subject or attribution is (``Radio reports said the mayor would answer Pell’s claim that
    the dam had “hundreds of cracks”``: Pell's words, not the radio's)."""
    if candidate.kind == "direct" or candidate.sentence_start >= candidate.span.open_at:
        return None
    for owned in (CLAIM_OF, ORDER_FROM, *IN_WORDS_OF, WHAT_THEY_CALLED, CALLED_BY_AGENT):
        claim = owned.search(mask, candidate.sentence_start, candidate.span.open_at)
        owner = None if claim is None else resolver.resolve(claim.start("owner"), claim.end("owner"))
        pronoun = claim.groupdict().get("pronoun") if claim is not None else None
        if pronoun is not None and owner is not None and not resolver.gender_fits(owner.name, pronoun):
            continue  # "Velde mocked what she called ...": she is someone else
        if owner is not None and is_named(owner, resolver):
            return Found(owner, None, None, "cue")
    return None


def _namer(candidate: Candidate, resolver: SpeakerResolver, mask: str) -> Found | None:
    """``Vass has labelled the “...”``: the named subject of a naming verb (``clauses.naming``), read only where no
    attribution's cue was found (``X described as “...”`` keeps its cue and its mention)."""
    claim = NAMED_BY.search(mask, candidate.sentence_start, candidate.span.open_at)
    owner = None if claim is None else resolver.resolve(claim.start("owner"), claim.end("owner"))
    return Found(owner, None, None, "cue") if owner is not None and is_named(owner, resolver) else None


def partial_subject(candidate: Candidate, resolver: SpeakerResolver, mask: str) -> Found:
    """``Gov. Tomblin lauded the plan for its “new and innovative ideas.”``: the named subject of the sentence."""
    if candidate.sentence_start >= candidate.span.open_at:
        return NOT_FOUND
    owner = words_owner(candidate, resolver, mask) or _namer(candidate, resolver, mask)
    if owner is not None:
        return owner
    # "Declaring “...” at risk, Mayor Pell called ...": the subject after a participle's phrase holding a quotation
    phrase = fronted_subject(mask, candidate.sentence_start, candidate.span.open_at) or sentence_subject(
        mask, candidate.sentence_start, candidate.span.open_at
    )
    if phrase is None or not (
        mask[phrase.start : phrase.start + 1].isupper() or mask[phrase.start : phrase.end] in PERSON_PRONOUNS
    ):
        return NOT_FOUND  # a name, or a he/she after an opening clause ("After saying ..., she was “...”")
    if ":" in mask[phrase.end : candidate.span.open_at] or mask[phrase.end : phrase.end + 1] in (":", "—"):
        return NOT_FOUND  # "Veto Power Impedes Peace: ...": a heading, not a subject
    speaker = resolver.resolve(phrase.start, phrase.end)
    if is_description(speaker.mention) and speaker.mention.lower() not in PERSON_PRONOUNS:
        # "The opposition spokesman on transport, Declan Firth, called the delay “...”": the name in apposition, not
        # the organisation a spokesman is guessed to speak for
        speaker = resolver.appositive_person(phrase.end) or speaker
    if not is_named(speaker, resolver):
        speaker = _clause_subject(candidate, resolver, mask) or speaker
    if not is_named(speaker, resolver) or resolver.entity_label(speaker) not in ("PERSON", "ORG", None):
        return NOT_FOUND  # "When Democratic inquisitors ...": an adjective, not who spoke
    return Found(speaker, None, None, "cue")


_JOINED_CLAUSE = re.compile(r",\s+(?:and|but|while)\s|;")


_SUBORDINATE = re.compile(r"(?:^|[\s,])(?:as|when|while|after|because|since)\s+", re.IGNORECASE)


def _clause_subject(candidate: Candidate, resolver: SpeakerResolver, mask: str) -> Speaker | None:
    """``The stakes rose as the Harbor Council published reports that depicted “...”``: a sentence whose subject
    names nobody, the subject of the last clause before the quote that opens with ``as``/``when``/... and holds its
    speech verb."""
    openers = list(_SUBORDINATE.finditer(mask, candidate.sentence_start, candidate.span.open_at))
    clause = mask[openers[-1].end() : candidate.span.open_at] if openers else ""
    if not has_speech_cue(clause) or _JOINED_CLAUSE.search(clause):
        return None  # "as the council sat idle, and critics depicted “...”": the speech verb is another clause's
    phrase = sentence_subject(mask, openers[-1].end(), candidate.span.open_at)
    return None if phrase is None else resolver.resolve(phrase.start, phrase.end)
