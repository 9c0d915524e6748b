"""A cue inside what an organisation or a document reports, whose subject names nobody (round 58, issue 16).

``The statement recalled they had pledged to consider “...”`` (a ``they`` no group was named as) and ``The guild
objects too, contending in a submission that the newest charts assure crews “...”`` (a thing, not a speaker): the
last cue before the quote has a subject that would publish no speaker, and the words are those of the organisation
or document whose report holds that cue, the attribution before it in the same sentence. A subject that names
someone or describes a speaker (``a senior pilot told members``), and a person who reports (``Pell recalled they had
pledged ...``), are left as they are."""

from __future__ import annotations

from newsprep.extract.quotes.attribution.found import Candidate, Found, resolved
from newsprep.extract.quotes.clauses import attribution_before
from newsprep.extract.quotes.descriptions import description_as_written
from newsprep.extract.quotes.grammar import Attribution
from newsprep.extract.quotes.speakers import SpeakerResolver


def names_nobody(found: Found) -> bool:
    """``found`` would publish no speaker: no name, and no description of one (``they``, ``the information``)."""
    speaker = found.speaker
    return speaker is None or (speaker.name is None and description_as_written(speaker.mention) is None)


def reporting_organisation(
    candidate: Candidate, attribution: Attribution, found: Found, resolver: SpeakerResolver, mask: str
) -> Found | None:
    """The organisation (or the document's issuer) whose report, earlier in the quote's sentence, holds the cue of
    ``attribution`` when ``found``, read from that cue, names nobody; None otherwise."""
    if attribution is not candidate.before or not names_nobody(found):
        return None
    phrase = attribution.phrase
    outer = attribution_before(mask, candidate.sentence_start, phrase.start)
    if outer is None or outer.phrase.end > phrase.start:
        return None
    reporter = resolved(outer, resolver, "cue")
    if reporter.speaker is None or reporter.speaker.name is None or reporter.speaker.is_person:
        return None
    return reporter
