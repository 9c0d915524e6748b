"""The subject of a quote's sentence when it describes the speaker without naming anyone, for quotes the attribution
rules leave with no speaker (issue 16, round 13): ``A senior official called the plan “reckless.”``, ``One resident
put it bluntly: “...”``. The quote stage asks only when ``attribution.speaker_of`` found no one, so a description never
stands where a name would; and the quote after it does not continue it (as ``speaker_of`` would take it), so no rule
that finds a name for that quote is skipped."""

from __future__ import annotations

from newsprep.extract.quotes.attribution.found import AttributionKind, Candidate, Found
from newsprep.extract.quotes.descriptions import description_as_written
from newsprep.extract.quotes.grammar import ALL_CUES, has_speech_cue, sentence_subject
from newsprep.extract.quotes.spans import MASK
from newsprep.extract.quotes.speakers import SpeakerResolver
from newsprep.text.tokens import LATIN_WORDS


def described_subject(candidate: Candidate, resolver: SpeakerResolver, mask: str) -> Found | None:
    """The description opening the quote's sentence, as the resolver reads it, when a speech, naming or judging verb
    stands between it and the quote (or the sentence introduces the quote with a colon) and it names no one."""
    stop = candidate.span.open_at
    if candidate.sentence_start >= stop:
        return None
    phrase = sentence_subject(mask, candidate.sentence_start, stop)
    if phrase is None:
        return None
    between = mask[phrase.end : stop]
    introduced = between.rstrip().endswith(":") and ":" not in between.rstrip()[:-1]
    if MASK in between or not (introduced or (":" not in between and _has_cue(between))):
        return None  # "The plan, a resident wrote, was “dead”" is the cue rules'; a heading before a colon is no one
    speaker = resolver.resolve(phrase.start, phrase.end)
    attribution: AttributionKind = "colon" if introduced else "cue"
    if speaker.name is None:
        # "In a letter to the board, a director, Ada Roe, wrote that it was “...”": a phrase before the subject kept
        # the cue rules from the name set off after the description
        named = resolver.appositive_person(phrase.end)
        if named is not None:
            return Found(named, None, None, attribution)
    if speaker.name is not None or description_as_written(speaker.mention) is None:
        return None
    return Found(speaker, None, None, attribution)


def _has_cue(text: str) -> bool:
    """A speech verb, or a naming verb (``called``, ``dubbed``), in ``text``."""
    return has_speech_cue(text) or any(m.group().lower() in ALL_CUES for m in LATIN_WORDS.finditer(text))
