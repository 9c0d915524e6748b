"""Where a quote's speaker is found, and how (``quotes.attribution``).

The attribution next to the quote (``cues``) comes first; then, for a quote with none in its sentence, the places
news puts it: a colon introduction (``She put it bluntly: “...”``, ``Dana Pell, The Ledger: “...”``), a paragraph
ending in a colon before the quote, the speaker of the quote this one continues, an attribution or the subject of
an earlier sentence (``Pell wrote on Tuesday. “It was his best night.”``). Each answer says which it was:

``cue``, ``according_to``, ``colon``, ``previous_sentence``, ``pronoun``, ``organisation_noun``,
``continuation`` or ``none`` (``found.ATTRIBUTIONS``). The records and the last step, from an attribution to a
speaker, are in ``found``; the attributions in earlier sentences and colon introductions in ``earlier_sentences``;
the speakers of partial quotes in ``partial_speakers``.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsprep.extract.quotes.attribution.after_quote import pointing_back, signed_line
from newsprep.extract.quotes.attribution.described_before import role_subject_before
from newsprep.extract.quotes.attribution.earlier_sentences import (
    attribution_in_paragraph_before,
    colon_subject,
    earlier_attribution,
    introduction,
    last_sentence_before,
    opens_with_name,
    reporting_end,
)
from newsprep.extract.quotes.attribution.found import (
    NOT_FOUND,
    AttributionKind,
    Candidate,
    Found,
    is_named,
    resolved,
    spokesperson_voice,
)
from newsprep.extract.quotes.attribution.narration import (
    narration_between,
    narration_opens,
    next_sentence_partner,
    person_subject,
    recent_person,
    sentence_partner,
    topic_line_subject,
)
from newsprep.extract.quotes.attribution.partial_speakers import clause_talker, partial_subject, words_owner
from newsprep.extract.quotes.attribution.reporting_organisations import reporting_organisation
from newsprep.extract.quotes.attribution.subject_shift import (
    another_subject_between,
    subject_between,
    turned_to_another,
)
from newsprep.extract.quotes.clauses import attribution_before
from newsprep.extract.quotes.grammar import PRONOUNS, SPEECH_CUES, Attribution
from newsprep.extract.quotes.spans import MASK
from newsprep.extract.quotes.speaker_value import Speaker
from newsprep.extract.quotes.speakers import SpeakerResolver


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


def _paragraph_subject(
    candidate: Candidate, resolver: SpeakerResolver, mask: str, starts: Sequence[int]
) -> Speaker | None:
    """“It adds up,” he said: the person who spoke earlier in the same paragraph, if one did; for a quote opening its
    paragraph, an unnamed spokesperson who spoke in the paragraph before (``A spokeswoman for the regulator said the
    refunds ...`` then ``“...,” she said.``): the voice goes on over the paragraph break, as a person quoted there
    would be found by the pronoun's own reading."""
    earlier = earlier_attribution(candidate, mask, starts)
    across = earlier is None
    if earlier is None:
        earlier = attribution_in_paragraph_before(candidate, mask, starts)
    if earlier is None or mask[earlier.phrase.start : earlier.phrase.end].lower() in PRONOUNS:
        return None
    speaker = resolver.resolve(earlier.phrase.start, earlier.phrase.end)
    if speaker.name is not None and not speaker.is_person:
        # "A spokeswoman for the fund said ...": the voice a he/she goes on with, if the gender fits (``resolved``)
        voice = spokesperson_voice(mask, earlier.phrase.start, speaker.mention)
        return None if voice is None else Speaker(speaker.name, voice, False)
    if across or not speaker.is_person or speaker.name is None:
        return None  # a person in the paragraph before is the pronoun's own reading to find
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
        return Found(speaker, None, candidate.turn.description, "continuation" if candidate.turn_goes_on else "colon")
    talker = clause_talker(candidate, resolver, mask) or words_owner(candidate, resolver, mask)
    if talker is not None:
        return talker  # "as Pell went on about “...”, Velde nodded", "Pell’s claim that “...”": whose words they are
    attribution = _reported_speech(candidate, mask) or _attribution_of(candidate)
    if attribution is not None:
        left = mask[candidate.sentence_start : candidate.span.open_at].rstrip()
        kind: AttributionKind = "colon" if attribution is candidate.before and left.endswith(":") else "cue"
        by_cue = resolved(attribution, resolver, kind, _paragraph_subject(candidate, resolver, mask, starts))
        return reporting_organisation(candidate, attribution, by_cue, resolver, mask) or by_cue
    left = mask[candidate.sentence_start : candidate.span.open_at].rstrip()
    if left.endswith(":"):
        colon = colon_subject(mask, candidate.sentence_start, candidate.sentence_start + len(left) - 1)
        found = None if colon is None else resolved(colon, resolver, "colon")
        if found is not None and found.speaker is not None and is_named(found.speaker, resolver):
            return found
        if (
            candidate.kind == "direct"
            and not opens_with_name(mask, candidate.sentence_start)
            and recent_person(previous, candidate.paragraph_idx)
            and resolver.first_person(candidate.paragraph_start, candidate.span.open_at) is None
        ):
            # "That reading led to a realisation: “...”": an introduction naming nobody, right after a person's
            # quotes, and no one else named in the paragraph before it (a name NER missed, "Amara Oduya, writing
            # for Frame & Focus:", names someone: not the speaker before)
            return Found(previous[1] if previous else None, None, None, "colon")
        topic = topic_line_subject(candidate, resolver, mask)
        if topic is not None:
            return Found(topic, None, None, "previous_sentence")  # "On why it took four years: “...”"
    if candidate.kind != "direct":
        found = partial_subject(candidate, resolver, mask)
        partner = None if found.speaker is not None else sentence_partner(candidate, previous, resolver, mask)
        if partner is not None:
            return Found(partner, None, None, "continuation")
        after = (
            None if found.speaker is not None else next_sentence_partner(candidate, previous, resolver, mask, starts)
        )
        return found if after is None else Found(after, None, None, "previous_sentence")
    introduced = introduction(candidate, mask, starts)
    if introduced is not None:
        return resolved(introduced, resolver, "colon")
    end = candidate.parts[-1].outer_end if candidate.parts else candidate.span.outer_end
    signed = signed_line(mask, end) if _whole_paragraph(candidate, mask) else None
    if signed is not None:
        return resolved(signed, resolver, "cue")  # "“...”" then "— Dana Pell, a reader in Ohio"
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
        earlier = earlier_attribution(candidate, mask, starts)
        if earlier is not None:
            found = resolved(earlier, resolver, "previous_sentence")
            earlier_name = None if found.speaker is None else found.speaker.name
            turned = None
            if earlier_name is not None:
                turned = subject_between(
                    resolver, mask, starts, earlier.phrase.end, candidate.sentence_start, earlier_name, by_name=True
                )
            # "“...,” Velde said. Okafor disagreed. “It is not enough.”": the person the text turned to since
            return found if turned is None else Found(turned, None, None, "previous_sentence")
        first = resolver.first_person(candidate.paragraph_start, candidate.span.open_at)
        if first is None and narration_opens(candidate, previous, resolver, mask):
            # "“We are done,” Pell said." / "The shelter opened in 1990. “We will close on Friday.”"
            return Found(previous[1] if previous else None, None, None, "continuation")
        first = first or role_subject_before(candidate, resolver, mask, starts)  # "..., the minister shrugged. “...”"
        return NOT_FOUND if first is None else Found(first, None, None, "previous_sentence")
    if _whole_paragraph(candidate, mask):
        # "Pell wrote on Tuesday." then a paragraph that is the quote: the previous paragraph's last sentence.
        last = last_sentence_before(candidate, mask, starts)
        earlier = None if last is None else attribution_before(mask, last[0], reporting_end(mask, *last))
        quotes_nobody = last is not None and MASK not in mask[slice(*last)]
        # "In an interview, she explained why." / "That is according to Okafor, who ..." then the quote: a he/she, or
        # a person after "according to", when that sentence quotes nobody itself
        according = earlier is not None and earlier.cue == "according to"
        if (
            earlier is not None
            and (mask[earlier.phrase.start : earlier.phrase.end].lower() not in PRONOUNS or quotes_nobody)
            and (not according or quotes_nobody)
        ):
            found = resolved(earlier, resolver, "previous_sentence")
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


def _whole_paragraph(candidate: Candidate, mask: str) -> bool:
    """The quote opens its paragraph and nothing but its closing punctuation follows it there."""
    if candidate.span.open_at != candidate.paragraph_start:
        return False
    end = candidate.parts[-1].outer_end if candidate.parts else candidate.span.outer_end
    line_end = mask.find("\n", end)
    return mask[end : len(mask) if line_end < 0 else line_end].strip(" .,;:!?") == ""
