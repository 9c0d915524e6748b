"""The narration around a quote with no attribution of its own (issue 16): whether it names anyone, who its
subject is, and whether a person's quote came right before; ``attribution.speaker_of`` reads these to decide
whether such a quote continues a speaker, is the subject's, or is nobody's."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsprep.extract.quotes.grammar import NAMING_CUES, has_speech_cue, sentence_subject
from newsprep.extract.quotes.organisations import DOCUMENT_NOUNS, SPOKESPEOPLE
from newsprep.extract.quotes.people import PRONOUN_GENDER, is_role
from newsprep.extract.quotes.spans import MASK
from newsprep.extract.quotes.speaker_value import PERSON_PRONOUNS, Speaker
from newsprep.extract.quotes.speakers import SpeakerResolver, window_start
from newsprep.text import ORG_HEADS, ORG_NOUNS
from newsprep.text import word_set as vocabulary
from newsprep.text.tokens import LATIN_WORDS
from newsprep.text.words import singular_forms

if TYPE_CHECKING:
    from newsprep.extract.quotes.attribution.found import Candidate


def narration_between(
    candidate: Candidate, previous: tuple[int, Speaker | None] | None, resolver: SpeakerResolver, mask: str, at: int
) -> bool:
    """One paragraph of narration that names no one (no person, organisation nor pronoun for a person) between a
    person's quote and this one."""
    if previous is None or previous[0] != candidate.paragraph_idx - 2 or not recent_person(previous, previous[0]):
        return False
    start = mask.rfind("\n", 0, at) + 1
    narration = mask[start : candidate.paragraph_start]
    return (
        MASK not in narration
        and not PERSON_PRONOUN.search(narration)
        and resolver.names_nobody(start, candidate.paragraph_start)
    )


def narration_opens(
    candidate: Candidate, previous: tuple[int, Speaker | None] | None, resolver: SpeakerResolver, mask: str
) -> bool:
    """A quoted sentence after narration that names no one, opening the paragraph right after a person's quote."""
    if candidate.kind != "direct" or not recent_person(previous, candidate.paragraph_idx):
        return False
    if previous is None or previous[0] != candidate.paragraph_idx - 1:
        return False
    narration = mask[candidate.paragraph_start : candidate.span.open_at]
    return (
        MASK not in narration
        and not PERSON_PRONOUN.search(narration)
        and resolver.names_nobody(candidate.paragraph_start, candidate.span.open_at)
    )


PERSON_PRONOUN = re.compile(r"\b(?:he|she|him|her|his|hers|they|them|their)\b", re.IGNORECASE)


def person_subject(resolver: SpeakerResolver, mask: str, lo: int, hi: int) -> Speaker | None:
    """The subject of ``mask[lo:hi]`` when it is a person: a named one (an entity) or a he/she resolved to one."""
    phrase = sentence_subject(mask, lo, hi)
    if phrase is None:
        return None
    speaker = resolver.resolve(phrase.start, phrase.end)
    named = speaker.mention.lower() in PERSON_PRONOUNS or resolver.entity_label(speaker) == "PERSON"
    return speaker if named and speaker.is_person and speaker.name is not None else None


def recent_person(previous: tuple[int, Speaker | None] | None, paragraph_idx: int) -> bool:
    """The quote before was a person's, in this paragraph or the one before."""
    return (
        previous is not None
        and previous[1] is not None
        and previous[1].is_person
        and previous[1].name is not None
        and previous[0] >= paragraph_idx - 1
    )


def sentence_partner(
    candidate: Candidate, previous: tuple[int, Speaker | None] | None, resolver: SpeakerResolver, mask: str
) -> Speaker | None:
    """``directives from Velde to “spare no one” in the “war on smugglers”``: a partial quote with an earlier quote in
    its own sentence takes that quote's speaker, when nothing between them names anyone or holds a speech cue."""
    earlier = mask.rfind(MASK, candidate.sentence_start, candidate.span.open_at)
    if earlier < 0 or previous is None or previous[0] != candidate.paragraph_idx or previous[1] is None:
        return None
    between = mask[earlier + 1 : candidate.span.open_at]
    if has_speech_cue(between) or PERSON_PRONOUN.search(between):
        return None
    return previous[1] if resolver.names_nobody(earlier + 1, candidate.span.open_at) else None


_HE_OR_SHE = re.compile(r"\b(?:he|she|him|her|his|hers)\b", re.IGNORECASE)
_WHO_COULD_SPEAK = (
    frozenset(head.lower() for head in ORG_HEADS)
    | ORG_NOUNS
    | SPOKESPEOPLE
    | DOCUMENT_NOUNS
    | vocabulary("government police group panel critics officials residents experts opponents supporters")
)
"""Heads of a subject that may be the one saying the words it is given (``The harbour board was “not so sure.”``), a
document too (``The draft defines the mission as “...”``: its issuer's words)."""


def _subject_could_speak(mask: str, lo: int, hi: int) -> bool:
    """The subject of ``mask[lo:hi]`` (its first words, up to a comma) is a body, a role, a document or a group that
    may say the words it is given (``The harbour board was``, ``The UN draft resolution defines``)."""
    phrase = sentence_subject(mask, lo, hi)
    if phrase is None:
        return False
    words = mask[phrase.start : hi].split(",")[0].split()[:_SUBJECT_WORDS]
    heads = (word.lower().removesuffix("’s").removesuffix("'s").strip(".;:") for word in words)
    return any(form in _WHO_COULD_SPEAK or is_role(form) for head in heads for form in singular_forms(head))


_SUBJECT_WORDS = 4
"""How many words from its start a subject's head is looked for in (``The UN draft resolution``)."""


def next_sentence_partner(
    candidate: Candidate,
    previous: tuple[int, Speaker | None] | None,
    resolver: SpeakerResolver,
    mask: str,
    starts: Sequence[int],
) -> Speaker | None:
    """``Pell said the rules had “gone too far.” With most farms doing well, a few “could lose the harvest.”``:
    a partial quote inside a sentence that names no person and holds no cue and no he/she, right after the sentence
    holding the quote before it, a person's, takes that person: the reporter is still giving their words (a sentence
    naming a person, or a speech or naming verb of its own, is someone else's or says whose)."""
    if not recent_person(previous, candidate.paragraph_idx) or previous is None:
        return None
    if mask[candidate.sentence_start : candidate.span.open_at].strip() == "":
        return None  # a quotation opening its sentence: a quote of its own, not words set in narration
    i = bisect.bisect_left(starts, candidate.sentence_start)
    if i == 0 or MASK not in mask[starts[i - 1] : candidate.sentence_start]:
        return None
    paragraph_end = mask.find("\n", candidate.sentence_start)
    end = min(starts[i + 1] if i + 1 < len(starts) else len(mask), len(mask) if paragraph_end < 0 else paragraph_end)
    narration = mask[candidate.sentence_start : end]
    naming = any(word.group().lower() in NAMING_CUES for word in LATIN_WORDS.finditer(narration))
    if naming or has_speech_cue(narration) or _HE_OR_SHE.search(narration):
        return None
    if _subject_could_speak(mask, candidate.sentence_start, candidate.span.open_at):
        return None
    return previous[1] if resolver.first_person(candidate.sentence_start, end) is None else None


_TOPIC_LINE = re.compile(r"(?:On|About|Asked about)\s[^:;.!?]*:")
"""``On why the album took four years:``, ``On the song she almost cut, “...”:``: an interview's topic line, the
question put as a phrase, ending in a colon."""
_GENDERED = re.compile(r"\b(?:he|she|him|her|his)\b", re.IGNORECASE)


def topic_line_subject(candidate: Candidate, resolver: SpeakerResolver, mask: str) -> Speaker | None:
    """``We spoke to her from a studio in Leeds.`` then ``On why the album took four years: “...”``: a quote after an
    interview's topic line that names no one, opening its paragraph, is the words of the person a he/she/him/her
    (outside quotations) in the paragraph before refers to, the last such; None otherwise."""
    left = mask[candidate.paragraph_start : candidate.span.open_at].rstrip()
    if candidate.kind != "direct" or not _TOPIC_LINE.fullmatch(left):
        return None
    if not resolver.names_nobody(candidate.paragraph_start, candidate.span.open_at):
        return None
    pronouns = list(_GENDERED.finditer(mask, window_start(mask, candidate.paragraph_start), candidate.paragraph_start))
    if not pronouns:
        return None
    last = pronouns[-1]
    name = resolver.antecedent(last.start(), PRONOUN_GENDER[last.group().lower()])
    return None if name is None else Speaker(name, last.group(), True)
