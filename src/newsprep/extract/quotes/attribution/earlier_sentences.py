"""Attributions outside a quote's own sentence, before it: an earlier attribution in the paragraph, the reporting
part of a sentence (not the cues of what it reports), and a colon introduction (``She put it bluntly:``, a paragraph
ending in ``The Harbour Daily reports:``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsprep.extract.quotes.attribution.found import Candidate
from newsprep.extract.quotes.clauses import attribution_before
from newsprep.extract.quotes.descriptions import verb_before_its_object
from newsprep.extract.quotes.grammar import (
    PREPOSITIONS,
    PRONOUNS,
    Attribution,
    Phrase,
    is_cue_at,
    phrase_tokens,
    sentence_subject,
)

COLON_INTRO_MAX_WORDS = 12
"""An introduction longer than this (from its subject to the colon, an aside after the subject not counted) is a
sentence of its own, not a speaker's."""
_SUBJECT_ASIDE = re.compile(r",(?!\s*(?:and|but|or|then)\s)[^,]*,")
"""``Dana Pell, a moderate who has voted with both parties, struck a different tone:``: the aside after the subject
(a clause joined by ``and`` is no aside: ``She froze, and started shaking, then said:``)."""


def earlier_attribution(candidate: Candidate, mask: str, starts: Sequence[int]) -> Attribution | None:
    """The nearest attribution in the sentences of the paragraph before the quote's sentence."""
    return _nearest_attribution(mask, starts, candidate.paragraph_start, candidate.sentence_start)


def attribution_in_paragraph_before(candidate: Candidate, mask: str, starts: Sequence[int]) -> Attribution | None:
    """The nearest attribution in the paragraph before the quote's, for a quote whose sentence opens its paragraph
    (``A spokeswoman for the regulator said ...`` then ``“...,” she said.``)."""
    if candidate.sentence_start != candidate.paragraph_start:
        return None
    end = len(mask[: candidate.paragraph_start].rstrip())
    return _nearest_attribution(mask, starts, mask.rfind("\n", 0, end) + 1, end)


def _nearest_attribution(mask: str, starts: Sequence[int], start: int, end: int) -> Attribution | None:
    """The attribution of the last sentence in ``mask[start:end]`` that holds one (its reporting part only)."""
    bounds = [s for s in starts if start <= s < end]
    ends = [*bounds[1:], end]
    for lo, hi in reversed(list(zip(bounds, ends[: len(bounds)], strict=True))):
        earlier = attribution_before(mask, lo, reporting_end(mask, lo, hi))
        if earlier is not None:
            return earlier
    return None


def reporting_end(mask: str, lo: int, hi: int) -> int:
    """``He added that the state could declare a disaster.``: the sentence up to its first speech cue followed by
    ``that``; the cues of the reported clause after it (``declare``) are what was said, not who said it. With no
    ``that``, a sentence opening on its subject ends its reporting part at its first ``said``/``says`` (``A
    spokeswoman said it could not comment while its enquiries continued.``: not ``its enquiries``)."""
    if mask.find(" that", lo, hi) >= 0:
        for match in _CUE_THAT.finditer(mask, lo, hi):
            if is_cue_at(mask, match.start(1), match.end(1)):
                return match.end(1)
    said = _SAID_THEN_CLAUSE.search(mask, lo, hi)
    if said is None or _OPENS_ON_A_CLAUSE.match(mask, lo) or _cue_before(mask, lo, said.start()):
        return hi
    return said.end(1)


def _cue_before(mask: str, lo: int, end: int) -> bool:
    """A speech cue in ``mask[lo:end]``: the ``said`` after it may be reported, not reporting."""
    return any(is_cue_at(mask, word.start(), word.end()) for word in _LETTERS.finditer(mask, lo, end))


_LETTERS = re.compile(r"[A-Za-z]+")
_CUE_THAT = re.compile(r"\b([A-Za-z]+)\s+that\b")
_SAID_THEN_CLAUSE = re.compile(r"\b(said|says)\s+(?=[A-Za-z])")
"""``said`` or ``says`` and a word after it: the reported clause goes on (not ``said.``, ``said,`` nor ``said:``)."""
_OPENS_ON_A_CLAUSE = re.compile(
    r"\s*(?:After|As|Before|Because|If|Once|Since|Though|Although|Unless|Until|When|While|Whereas)\b"
)
"""A sentence opening on a subordinate clause (``After the mayor said the plan was dead, Okafor told ...``): its first
``said`` is not the sentence's own."""


def last_sentence_before(candidate: Candidate, mask: str, starts: Sequence[int]) -> tuple[int, int] | None:
    end = len(mask[: candidate.paragraph_start].rstrip())
    start = max((s for s in starts if s < end), default=None)
    return None if start is None else (start, end)


def introduction(candidate: Candidate, mask: str, starts: Sequence[int]) -> Attribution | None:
    """``The Harbour Daily reports:`` closing the paragraph before a quotation that opens its own."""
    if candidate.span.open_at != candidate.paragraph_start:
        return None
    last = last_sentence_before(candidate, mask, starts)
    if last is None or not mask[: last[1]].endswith(":"):
        return None
    return attribution_before(mask, last[0], last[1] - 1) or colon_subject(mask, last[0], last[1] - 1)


def colon_subject(mask: str, lo: int, colon: int) -> Attribution | None:
    """``She put it bluntly:``, ``Dana Pell, The Ledger:``: the subject of a short clause ending in a colon."""
    words = mask[lo:colon].split()
    comma = mask.find(",", lo, colon)
    while 0 < comma < colon and mask[comma + 1 : colon].lstrip()[:1].isdigit():
        comma = mask.find(",", comma + 1, colon)  # "On May 3, 2015, Dana Pell wrote:": a date's year is no subject
    if words and words[0].lower() in PREPOSITIONS and comma > 0:
        lo = comma + 1  # "With allies nervous about the vote, President Aldana is unveiling a slogan:"
    phrase = sentence_subject(mask, lo, colon)
    if (
        phrase is None
        or not 0 < len(_SUBJECT_ASIDE.sub(" ", mask[phrase.start : colon], count=1).split()) <= COLON_INTRO_MAX_WORDS
        or not (mask[phrase.start].isupper() or mask[phrase.start : phrase.end].lower() in PRONOUNS)
    ):
        return None
    return Attribution(None, _before_its_verb(mask, phrase, colon), colon)


_NAME_THEN_COMMA = re.compile(r"[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)+,")
"""``Amara Oduya, writing for ...``: two or more capitalised words and a comma, the way a list or a subject in
apposition writes a person's name (a sentence opening ``That reading led to`` is no name)."""


def opens_with_name(mask: str, lo: int) -> bool:
    """The sentence at ``lo`` opens with a name written in full, tagged or not."""
    return _NAME_THEN_COMMA.match(mask, lo) is not None


def _before_its_verb(mask: str, phrase: Phrase, colon: int) -> Phrase:
    """``The council's website carries the following notice:``: a verb no cue list holds left the subject reader the
    whole clause; the subject ends before the verb, so that a description is its noun phrase (the quotes contract)."""
    tokens = phrase_tokens(mask, phrase.start, colon)
    for i in range(1, len(tokens) - 1):
        if tokens[i][1] <= phrase.end and verb_before_its_object(tokens[i][2].lower(), tokens[i + 1][2]):
            return Phrase(phrase.start, tokens[i - 1][1], phrase.description)
    return phrase
