"""Where a quote's speaker is found, and how (``quotes.attribution``).

The attribution next to the quote (``cues``) comes first; then, for a quote with none in its sentence, the places
news puts it: a colon introduction (``She put it bluntly: “...”``, ``Dana Pell, The Ledger: “...”``), a paragraph
ending in a colon before the quote, the speaker of the quote this one continues, an attribution or the subject of
an earlier sentence (``Pell wrote on Tuesday. “It was his best night.”``). Each answer says which it was:

``cue``, ``according_to``, ``colon``, ``previous_sentence``, ``pronoun``, ``organisation_noun``,
``continuation`` or ``none`` (``ATTRIBUTIONS``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import get_args

from newsprep.extract.quotes.after_quote import pointing_back, signed_line
from newsprep.extract.quotes.campaigns import is_campaign
from newsprep.extract.quotes.clauses import attribution_before
from newsprep.extract.quotes.cues import Attribution, Phrase
from newsprep.extract.quotes.marks import MASK, QuoteSpan
from newsprep.extract.quotes.narration import (
    narration_between,
    narration_opens,
    person_subject,
    recent_person,
    sentence_partner,
    topic_line_subject,
)
from newsprep.extract.quotes.speaker_value import PERSON_PRONOUNS, Speaker
from newsprep.extract.quotes.speakers import SpeakerResolver
from newsprep.extract.quotes.speech_clauses import speech_clause
from newsprep.extract.quotes.subject_shift import another_subject_between, turned_to_another
from newsprep.extract.quotes.subjects import sentence_subject
from newsprep.extract.quotes.words import (
    ALL_CUES,
    CLAIM_OF,
    DETERMINERS,
    IN_WORDS_OF,
    ORDER_FROM,
    PREPOSITIONS,
    PRONOUNS,
    SPEECH_CUES,
    has_speech_cue,
)
from newsprep.model import QuoteAttribution, QuoteKind

AttributionKind = QuoteAttribution
ATTRIBUTIONS: tuple[AttributionKind, ...] = get_args(QuoteAttribution)
COLON_INTRO_MAX_WORDS = 12
"""An introduction longer than this (from its subject to the colon, an aside after the subject not counted) is a
sentence of its own, not a speaker's."""
_SUBJECT_ASIDE = re.compile(r",(?!\s*(?:and|but|or|then)\s)[^,]*,")
"""``Dana Pell, a moderate who has voted with both parties, struck a different tone:``: the aside after the subject
(a clause joined by ``and`` is no aside: ``She froze, and started shaking, then said:``)."""


@dataclass(slots=True)
class Candidate:
    span: QuoteSpan
    paragraph_idx: int
    paragraph_start: int
    sentence_start: int
    kind: QuoteKind
    after: Attribution | None = None
    before: Attribution | None = None
    trailing: Attribution | None = None
    """``A clerk who “borrows” is asked to pay it back, Halvorsen said.``: the attribution closing the sentence."""
    turn: Phrase | None = None
    parts: list[QuoteSpan] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Found:
    """A quote's speaker (None when the text names none), its cue and description, and how it was found."""

    speaker: Speaker | None
    cue: str | None
    description: str | None
    attribution: AttributionKind


NOT_FOUND = Found(None, None, None, "none")


def _attribution_of(candidate: Candidate) -> Attribution | None:
    for attribution in (candidate.after, candidate.before, candidate.trailing):
        if attribution is not None:
            return attribution
    return None


def _reported_speech(candidate: Candidate, mask: str) -> Attribution | None:
    """``He called back and said, “...,” the clerk’s office said``: a quotation that a speech verb right before it
    introduces (``said,``) or an attribution ending in a colon (``Brenner told a deputy:``) is the words of the one
    who said them there, not of the attribution after it, which reports them."""
    before = candidate.before
    if before is None or candidate.after is None or before.cue is None:
        return None
    left = mask[candidate.sentence_start : candidate.span.open_at].rstrip()
    introduced = left.endswith(f"{before.cue},") and before.cue.lower() in SPEECH_CUES
    return before if introduced or left.endswith(":") else None


def _earlier_attribution(candidate: Candidate, mask: str, starts: Sequence[int]) -> Attribution | None:
    """The nearest attribution in the sentences of the paragraph before the quote's sentence."""
    bounds = [s for s in starts if candidate.paragraph_start <= s < candidate.sentence_start]
    ends = [*bounds[1:], candidate.sentence_start]
    for lo, hi in reversed(list(zip(bounds, ends[: len(bounds)], strict=True))):
        earlier = attribution_before(mask, lo, _reporting_end(mask, lo, hi))
        if earlier is not None:
            return earlier
    return None


def _reporting_end(mask: str, lo: int, hi: int) -> int:
    """``He added that the state could declare a disaster.``: the sentence up to its first speech cue followed by
    ``that``; the cues of the reported clause after it (``declare``) are what was said, not who said it."""
    if mask.find(" that", lo, hi) < 0:
        return hi
    for match in _CUE_THAT.finditer(mask, lo, hi):
        if match.group(1).lower() in ALL_CUES:
            return match.end(1)
    return hi


_CUE_THAT = re.compile(r"\b([A-Za-z]+)\s+that\b")


def _last_sentence_before(candidate: Candidate, mask: str, starts: Sequence[int]) -> tuple[int, int] | None:
    end = len(mask[: candidate.paragraph_start].rstrip())
    start = max((s for s in starts if s < end), default=None)
    return None if start is None else (start, end)


def _introduction(candidate: Candidate, mask: str, starts: Sequence[int]) -> Attribution | None:
    """``The Harbour Daily reports:`` closing the paragraph before a quotation that opens its own."""
    if candidate.span.open_at != candidate.paragraph_start:
        return None
    last = _last_sentence_before(candidate, mask, starts)
    if last is None or not mask[: last[1]].endswith(":"):
        return None
    return attribution_before(mask, last[0], last[1] - 1) or _colon_subject(mask, last[0], last[1] - 1)


def _colon_subject(mask: str, lo: int, colon: int) -> Attribution | None:
    """``She put it bluntly:``, ``Dana Pell, The Ledger:``: the subject of a short clause ending in a colon."""
    words = mask[lo:colon].split()
    comma = mask.find(",", lo, colon)
    if words and words[0].lower() in PREPOSITIONS and comma > 0:
        lo = comma + 1  # "With allies nervous about the vote, President Aldana is unveiling a slogan:"
    phrase = sentence_subject(mask, lo, colon)
    if (
        phrase is None
        or not 0 < len(_SUBJECT_ASIDE.sub(" ", mask[phrase.start : colon], count=1).split()) <= COLON_INTRO_MAX_WORDS
        or not (mask[phrase.start].isupper() or mask[phrase.start : phrase.end].lower() in PRONOUNS)
    ):
        return None
    return Attribution(None, phrase, colon)


def _resolved(
    attribution: Attribution, resolver: SpeakerResolver, kind: AttributionKind, local: Speaker | None = None
) -> Found:
    """The speaker of an attribution; a he/she goes to ``local`` (the paragraph's speaker) when the gender fits."""
    phrase = attribution.phrase
    speaker = resolver.resolve(phrase.start, phrase.end)
    if speaker.name is None and _described(speaker.mention):
        # "According to his cousin, Ruth Ambler, ...", "Another fan, Victor Szabo, disagreed: ..."
        speaker = resolver.appositive_person(phrase.end) or speaker
    written = speaker.mention.lower()
    if written in PERSON_PRONOUNS or written in PRONOUNS:
        if written in PERSON_PRONOUNS and local is not None and resolver.gender_fits(local.name, written):
            speaker = Speaker(local.name, speaker.mention, True)
        kind = "pronoun" if kind == "cue" else kind  # "She put it bluntly: ...": a colon introduction still
    elif attribution.cue == "according to" and kind != "previous_sentence":
        kind = "according_to"  # from an earlier sentence it stays a guess: an open paragraph may still take its own
    elif _organisation_described(speaker):
        kind = "organisation_noun" if kind == "cue" else kind  # "the agency said", not "the People’s Daily said"
    return Found(speaker, attribution.cue, phrase.description, kind)


def _organisation_described(speaker: Speaker) -> bool:
    """An organisation found from a noun (``the agency``, ``The utility`` opening a sentence, ``the IMF report``,
    ``Pell’s campaign``), not from its name (``the People’s Daily``)."""
    words = speaker.mention.split() or [""]
    first = words[0].lower() if words[0].lower() in DETERMINERS else words[0]
    described = not first[:1].isupper() and not words[-1][:1].isupper()
    return not speaker.is_person and (described or is_campaign(speaker.name))


def _described(mention: str) -> bool:
    """A description in lower case, after its article if any (``his cousin``, ``Another fan``)."""
    words = mention.split()
    if len(words) > 1 and words[0].lower() in DETERMINERS:
        words = words[1:]
    return bool(words) and words[0][:1].islower()


def _paragraph_subject(
    candidate: Candidate, resolver: SpeakerResolver, mask: str, starts: Sequence[int]
) -> Speaker | None:
    """“It adds up,” he said: the person who spoke earlier in the same paragraph, if one did."""
    earlier = _earlier_attribution(candidate, mask, starts)
    if earlier is None or mask[earlier.phrase.start : earlier.phrase.end].lower() in PRONOUNS:
        return None
    speaker = resolver.resolve(earlier.phrase.start, earlier.phrase.end)
    if not speaker.is_person or speaker.name is None:
        return None
    shifted = another_subject_between(
        resolver, mask, starts, earlier.phrase.end, candidate.sentence_start, speaker.name
    )
    return None if shifted else speaker


def speaker_of(
    candidate: Candidate,
    resolver: SpeakerResolver,
    mask: str,
    starts: Sequence[int],
    previous: tuple[int, Speaker | None] | None,
) -> Found:
    """Who said ``candidate``, with ``previous`` the paragraph and speaker of the quote before it."""
    if candidate.turn is not None:
        speaker = resolver.resolve(candidate.turn.start, candidate.turn.end)
        return Found(speaker, None, candidate.turn.description, "colon")
    talker = _clause_talker(candidate, resolver, mask)
    if talker is not None:
        return talker  # "as Pell went on about “...”, Velde nodded": the words of the clause they stand in
    attribution = _reported_speech(candidate, mask) or _attribution_of(candidate)
    if attribution is not None:
        left = mask[candidate.sentence_start : candidate.span.open_at].rstrip()
        kind: AttributionKind = "colon" if attribution is candidate.before and left.endswith(":") else "cue"
        return _resolved(attribution, resolver, kind, _paragraph_subject(candidate, resolver, mask, starts))
    left = mask[candidate.sentence_start : candidate.span.open_at].rstrip()
    if left.endswith(":"):
        colon = _colon_subject(mask, candidate.sentence_start, candidate.sentence_start + len(left) - 1)
        found = None if colon is None else _resolved(colon, resolver, "colon")
        if found is not None and found.speaker is not None and _named(found.speaker, resolver):
            return found
        if (
            candidate.kind == "direct"
            and recent_person(previous, candidate.paragraph_idx)
            and resolver.first_person(candidate.paragraph_start, candidate.span.open_at) is None
        ):
            # "That reading led to a realisation: “...”": an introduction naming nobody, right after a person's
            # quotes, and no one else named in the paragraph before it
            return Found(previous[1] if previous else None, None, None, "colon")
        topic = topic_line_subject(candidate, resolver, mask)
        if topic is not None:
            return Found(topic, None, None, "previous_sentence")  # "On why it took four years: “...”"
    if candidate.kind != "direct":
        found = _partial_subject(candidate, resolver, mask)
        partner = None if found.speaker is not None else sentence_partner(candidate, previous, resolver, mask)
        return found if partner is None else Found(partner, None, None, "continuation")
    introduced = _introduction(candidate, mask, starts)
    if introduced is not None:
        return _resolved(introduced, resolver, "colon")
    end = candidate.parts[-1].outer_end if candidate.parts else candidate.span.outer_end
    signed = signed_line(mask, end) if _whole_paragraph(candidate, mask) else None
    if signed is not None:
        return _resolved(signed, resolver, "cue")  # "“...”" then "— Dana Pell, a reader in Ohio"
    back = pointing_back(mask, end)
    named = None if back is None else resolver.first_person(*back)
    if named is not None:
        return Found(named, None, None, "previous_sentence")  # "“...” That is how Pell describes the work."
    same_paragraph = previous is not None and previous[0] == candidate.paragraph_idx
    continues = same_paragraph or candidate.span.open_at == candidate.paragraph_start
    if continues and previous is not None and previous[1] is not None and previous[0] >= candidate.paragraph_idx - 1:
        stretch = (candidate.paragraph_start, candidate.sentence_start)
        if not turned_to_another(resolver, mask, starts, stretch, previous[1].name):
            return Found(previous[1], None, None, "continuation")  # a continuation of the previous speaker's words
    if candidate.sentence_start > candidate.paragraph_start:
        # "Smith criticised the plan. “It will fail.”": the person the paragraph is about.
        earlier = _earlier_attribution(candidate, mask, starts)
        if earlier is not None:
            return _resolved(earlier, resolver, "previous_sentence")
        first = resolver.first_person(candidate.paragraph_start, candidate.span.open_at)
        if first is None and narration_opens(candidate, previous, resolver, mask):
            # "“We are done,” Pell said." / "The shelter opened in 1990. “We will close on Friday.”"
            return Found(previous[1] if previous else None, None, None, "continuation")
        return NOT_FOUND if first is None else Found(first, None, None, "previous_sentence")
    if _whole_paragraph(candidate, mask):
        # "Pell wrote on Tuesday." then a paragraph that is the quote: the previous paragraph's last sentence.
        last = _last_sentence_before(candidate, mask, starts)
        earlier = None if last is None else attribution_before(mask, last[0], _reporting_end(mask, *last))
        quotes_nobody = last is not None and MASK not in mask[slice(*last)]
        # "In an interview, she explained why." / "That is according to Okafor, who ..." then the quote: a he/she, or
        # a person after "according to", when that sentence quotes nobody itself
        according = earlier is not None and earlier.cue == "according to"
        if (
            earlier is not None
            and (mask[earlier.phrase.start : earlier.phrase.end].lower() not in PRONOUNS or quotes_nobody)
            and (not according or quotes_nobody)
        ):
            found = _resolved(earlier, resolver, "previous_sentence")
            if (
                found.speaker is not None
                and found.speaker.name is not None
                and (found.speaker.is_person or not according)
            ):
                return Found(found.speaker, None, None, "previous_sentence")
        about = last is not None and earlier is None and not mask[: last[1]].endswith(":")  # a colon: introduced
        subject = person_subject(resolver, mask, *last) if about and last is not None else None
        # "Rhoda Vance runs the shelter. She has seen the need grow." then the quote: the one it is about; "That
        # worries Abdul Rahimi, who owns a bakery." then the quote: the one person it introduces
        subject = subject or (resolver.introduced_person(*last) if about and last is not None else None)
        if subject is not None:
            return Found(subject, None, None, "previous_sentence")
        if about and last is not None and narration_between(candidate, previous, resolver, mask, last[0]):
            # "“We will rebuild,” the mayor said." / "The storm destroyed 40 homes." / "“It will take years.”"
            return Found(previous[1] if previous else None, None, None, "continuation")
        lone = resolver.salient_person(candidate.span.open_at, spoken_or_referred=True) if about else None
        if lone is not None:
            # "For Dana Pell, the fight is personal. Her father built the pier." then the quote: the one person the
            # paragraph before is about, quoted before or referred to again (one named only in passing is no speaker)
            return Found(Speaker(lone, lone, True), None, None, "previous_sentence")
    return NOT_FOUND


def _clause_talker(candidate: Candidate, resolver: SpeakerResolver, mask: str) -> Found | None:
    """The named subject of the ``as``/``while``/``when`` clause of speaking a partial quote stands in."""
    if candidate.kind == "direct":
        return None
    clause = speech_clause(mask, candidate.sentence_start, candidate.span.open_at)
    found = None if clause is None else _resolved(clause, resolver, "cue")
    return found if found is not None and found.speaker is not None and _named(found.speaker, resolver) else None


def _named(speaker: Speaker, resolver: SpeakerResolver) -> bool:
    """A speaker read from a sentence's subject is one when it is a resolved entity or a resolved pronoun
    (``That reading led to a realisation:`` names nobody)."""
    if speaker.name is None:
        return False
    return (
        speaker.mention.lower() in PERSON_PRONOUNS
        or resolver.entity_id(speaker) is not None
        or is_campaign(speaker.name)  # "Pell’s campaign": no entity of its own
    )


def _whole_paragraph(candidate: Candidate, mask: str) -> bool:
    """The quote opens its paragraph and nothing but its closing punctuation follows it there."""
    if candidate.span.open_at != candidate.paragraph_start:
        return False
    end = candidate.parts[-1].outer_end if candidate.parts else candidate.span.outer_end
    line_end = mask.find("\n", end)
    return mask[end : len(mask) if line_end < 0 else line_end].strip(" .,;:!?") == ""


def _partial_subject(candidate: Candidate, resolver: SpeakerResolver, mask: str) -> Found:
    """``Gov. Tomblin lauded the plan for its “new and innovative ideas.”``: the named subject of the sentence."""
    if candidate.sentence_start >= candidate.span.open_at:
        return NOT_FOUND
    for owned in (CLAIM_OF, ORDER_FROM, *IN_WORDS_OF):  # "Pell’s claim that “...”", "in Pell’s words, “...”"
        claim = owned.search(mask, candidate.sentence_start, candidate.span.open_at)
        owner = None if claim is None else resolver.resolve(claim.start("owner"), claim.end("owner"))
        if owner is not None and _named(owner, resolver):
            return Found(owner, None, None, "cue")
    phrase = sentence_subject(mask, candidate.sentence_start, candidate.span.open_at)
    if phrase is None or not (
        mask[phrase.start : phrase.start + 1].isupper() or mask[phrase.start : phrase.end] in PERSON_PRONOUNS
    ):
        return NOT_FOUND  # a name, or a he/she after an opening clause ("After saying ..., she was “...”")
    if ":" in mask[phrase.end : candidate.span.open_at] or mask[phrase.end : phrase.end + 1] in (":", "—"):
        return NOT_FOUND  # "Veto Power Impedes Peace: ...": a heading, not a subject
    speaker = resolver.resolve(phrase.start, phrase.end)
    if not _named(speaker, resolver):
        speaker = _clause_subject(candidate, resolver, mask) or speaker
    if not _named(speaker, resolver) or resolver.entity_label(speaker) not in ("PERSON", "ORG", None):
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
