"""A quote candidate, the speaker found for it and how (``quotes.attribution``): the records the attribution rules
pass around, and the step every rule ends in, from the phrase at an attribution to a speaker and its class."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import get_args

from newsprep.extract.quotes.grammar import DETERMINERS, PRONOUNS, Attribution, Phrase
from newsprep.extract.quotes.organisations import is_campaign
from newsprep.extract.quotes.spans import QuoteSpan
from newsprep.extract.quotes.speaker_value import PERSON_PRONOUNS, Speaker
from newsprep.extract.quotes.speakers import SpeakerResolver
from newsprep.model import QuoteAttribution, QuoteKind
from newsprep.text import SPOKESPERSON

AttributionKind = QuoteAttribution
ATTRIBUTIONS: tuple[AttributionKind, ...] = get_args(QuoteAttribution)


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
    turn_goes_on: bool = False
    """A further paragraph of a transcript's turn: the label is the one that opened the turn."""
    parts: list[QuoteSpan] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Found:
    """A quote's speaker (None when the text names none), its cue and description, and how it was found."""

    speaker: Speaker | None
    cue: str | None
    description: str | None
    attribution: AttributionKind


NOT_FOUND = Found(None, None, None, "none")


def resolved(
    attribution: Attribution, resolver: SpeakerResolver, kind: AttributionKind, local: Speaker | None = None
) -> Found:
    """The speaker of an attribution; a he/she goes to ``local`` (the paragraph's speaker) when the gender fits (an
    unnamed spokesperson's: the organisation), and so does a role nobody was named with (``the union leader said``)
    when ``local`` is a person."""
    phrase = attribution.phrase
    speaker = resolver.resolve(phrase.start, phrase.end)
    if is_description(speaker.mention) and speaker.mention.lower() not in PRONOUNS:
        # "According to his cousin, Ruth Ambler, ...", "Another fan, Victor Szabo, disagreed: ..."; the name in
        # apposition also outranks a guess from the role alone ("“...,” said its president, Ruth Ambler", not the
        # president named earlier in the article)
        speaker = resolver.appositive_person(phrase.end) or speaker
    if local is not None and local.is_person and resolver.role_held_by_nobody(phrase.start, phrase.end):
        # "Okafor told the radio that ... “...,” the union leader said": nobody was named with the role, so it is the
        # one the paragraph has just reported speaking, not a person quoted further back
        speaker = Speaker(local.name, speaker.mention, True)
    written = speaker.mention.lower()
    if written in PERSON_PRONOUNS or written in PRONOUNS:
        if local is not None and spokesperson_fits(local.mention, written):
            speaker = Speaker(local.name, speaker.mention, False)  # the organisation an unnamed spokeswoman spoke for
        elif (
            written in PERSON_PRONOUNS
            and local is not None
            and local.is_person
            and resolver.gender_fits(local.name, written)
        ):
            speaker = Speaker(local.name, speaker.mention, True)
        kind = "pronoun" if kind == "cue" else kind  # "She put it bluntly: ...": a colon introduction still
    elif attribution.cue == "according to" and kind != "previous_sentence":
        kind = "according_to"  # from an earlier sentence it stays a guess: an open paragraph may still take its own
    elif _organisation_described(speaker):
        kind = "organisation_noun" if kind == "cue" else kind  # "the agency said", not "the People’s Daily said"
    return Found(speaker, attribution.cue, phrase.description, kind)


_SPOKESPERSON_PRONOUNS = {"spokesman": ("he",), "spokeswoman": ("she",), "spokesperson": ("he", "she", "they")}
"""The pronouns that carry an unnamed spokesperson on: a spokesperson of unsaid gender is often ``they``."""
_UNNAMED_SPOKESPERSON = re.compile(
    rf"^(?:(?:a|an)\s+(?:[A-Za-z\-]+\s+)?|the\s+(?-i:[a-z\-]+)[’']s\s+)({SPOKESPERSON})\b", re.I
)
"""``A fund spokeswoman``, ``a spokesman for ...``, and ``the regulator’s spokeswoman``: one unnamed spokesperson (the
possessive's noun in lower case: a person's, ``Ruiz’s spokesman``, is read apart)."""
_SPOKESPERSON_FOR = re.compile(
    rf"\b(?P<spokesperson>(?i:an?\s+(?:[a-z\-]+\s+)?(?:{SPOKESPERSON})\s+(?:for|of|at)\s+))"
    r"(?:the\s+)?(?:[A-Z][\w’'\-]*\s+(?:(?:and|&)\s+)?)*$"
)
"""``a spokeswoman for`` right before the organisation's phrase, or before the part of its name the phrase reader
kept (``a spokesperson for the Universities and`` before ``Colleges Employers’ Association``: it stops at ``and``)."""


def spokesperson_voice(text: str, start: int, mention: str) -> str | None:
    """The unnamed spokesperson an attribution's phrase at ``start`` is (``A fund spokeswoman``) or speaks through
    (``a spokeswoman for`` before ``the fund``: the two joined); None when it is neither."""
    lead = _SPOKESPERSON_FOR.search(text, max(0, start - 60), start)
    if lead is not None:
        return lead.group("spokesperson") + mention
    return mention if _UNNAMED_SPOKESPERSON.match(mention) else None


def spokesperson_fits(mention: str, pronoun: str) -> bool:
    """``A spokeswoman for the fund said it was studying the plan. “...,” she said``: the he/she goes on with the
    unnamed spokesperson the paragraph has just reported, of the gender the noun says, who speaks for the
    organisation."""
    unnamed = _UNNAMED_SPOKESPERSON.match(mention)
    return unnamed is not None and pronoun in _SPOKESPERSON_PRONOUNS[unnamed.group(1).lower()]


def _organisation_described(speaker: Speaker) -> bool:
    """An organisation found from a noun (``the agency``, ``The utility`` opening a sentence, ``the IMF report``,
    ``Pell’s campaign``), not from its name (``the People’s Daily``)."""
    words = speaker.mention.split() or [""]
    first = words[0].lower() if words[0].lower() in DETERMINERS else words[0]
    described = not first[:1].isupper() and not words[-1][:1].isupper()
    return not speaker.is_person and (described or is_campaign(speaker.name))


def is_description(mention: str) -> bool:
    """A description in lower case, after its article if any (``his cousin``, ``Another fan``)."""
    words = mention.split()
    if len(words) > 1 and words[0].lower() in DETERMINERS:
        words = words[1:]
    return bool(words) and words[0][:1].islower()


def is_named(speaker: Speaker, resolver: SpeakerResolver) -> bool:
    """A speaker read from a sentence's subject is one when it is a resolved entity or a resolved pronoun
    (``That reading led to a realisation:`` names nobody)."""
    if speaker.name is None:
        return False
    return (
        speaker.mention.lower() in PERSON_PRONOUNS
        or resolver.entity_id(speaker) is not None
        or is_campaign(speaker.name)  # "Pell’s campaign": no entity of its own
    )
