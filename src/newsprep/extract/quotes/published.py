"""A quote's speaker as the table publishes it: the canonical name, or the description the text gives when it names
no one (``descriptions``), with what the speaker is (``quotes.speaker_kind``), its entity and how it was found."""

from __future__ import annotations

from dataclasses import dataclass

from newsprep.extract.quotes.descriptions import (
    common_noun_read_as_name,
    description_as_written,
    is_indefinite_pronoun,
)
from newsprep.extract.quotes.speaker_value import Speaker
from newsprep.extract.quotes.speakers import SpeakerResolver
from newsprep.model import QuoteAttribution, SpeakerKind


@dataclass(frozen=True, slots=True)
class PublishedSpeaker:
    """The ``speaker``, ``speaker_kind``, ``speaker_entity_id`` and ``attribution`` of a quote's row."""

    name: str | None
    kind: SpeakerKind | None
    entity_id: str | None
    attribution: QuoteAttribution


NO_SPEAKER = PublishedSpeaker(None, None, None, "none")


def published_speaker(
    speaker: Speaker | None, attribution: QuoteAttribution, resolver: SpeakerResolver
) -> PublishedSpeaker:
    """The row's speaker fields for ``speaker`` found by ``attribution``: a name resolved to a person or an
    organisation; else, when the text describes the speaker (``the former strategist said``), that description, with
    no entity; else none. A description never stands where a name was found."""
    if speaker is None:
        return NO_SPEAKER
    if speaker.name is not None:
        if is_indefinite_pronoun(speaker.name):
            return NO_SPEAKER  # "Others said", or a pronoun resolved to it: a wrong name is worse than none
        entity = resolver.entity_id(speaker)
        common = None if entity is not None else common_noun_read_as_name(speaker.name, speaker.mention)
        if common is not None:
            return PublishedSpeaker(common, "description", None, attribution)  # "Officials said": no one's name
        label = resolver.entity_label(speaker)
        is_person = label == "PERSON" if label is not None else speaker.is_person
        return PublishedSpeaker(speaker.name, "person" if is_person else "organisation", entity, attribution)
    described = description_as_written(speaker.mention)
    if described is None:
        return NO_SPEAKER
    # "the agency said" naming no organisation: the description stands in the quote's sentence, not a noun resolved
    found_by: QuoteAttribution = "cue" if attribution == "organisation_noun" else attribution
    return PublishedSpeaker(described, "description", None, found_by)
