"""Which quoted spans are quotations, not terms, titles, nicknames or scare quotes, and whether a quotation is direct
(a whole utterance) or partial (a fragment run into the sentence). Pure functions of one candidate and the article's
text and mask."""

from __future__ import annotations

import re

from newsprep.extract.quotes.attribution import Candidate
from newsprep.extract.quotes.clauses import named_by_speaker, speech_clause
from newsprep.extract.quotes.grammar import (
    CAST_AS,
    CLAIM_OF,
    COMPARED_TO,
    VOICED_OBJECT,
    Attribution,
    claims_as_verb,
    has_speech_cue,
    names_a_term,
)
from newsprep.extract.quotes.quotations.disclosed import disclosed_before
from newsprep.extract.quotes.quotations.literal_strings import is_literal_string
from newsprep.extract.quotes.quotations.mentioned import is_mentioned
from newsprep.extract.quotes.spans import MASK
from newsprep.model import QuoteKind
from newsprep.text import word_set
from newsprep.text.tokens import WORDS

SCARE_QUOTE_MAX_WORDS = 3
"""An unattributed quoted span this short, with no speech cue in its sentence, is a term or a scare quote."""
TITLE_MAX_WORDS = 8
WORK_TITLE_MAX_WORDS = 20
"""A capitalised span right after the noun of a work (``his book “...”``) is its title up to this many words: a
subtitle doubles a title's length (``“Harbor Lights: A Short History of the Towns That Built Them”``)."""
_WORK_NOUN = re.compile(
    r"\b(?:book|novel|memoir|biography|film|movie|documentary|song|single|album|show|series|episode|podcast|play|"
    r"musical|opera|poem|essay|column|op-ed|article|paper|report|study|newsletter|blog\s+post|speech|lecture|talk|"
    r"course|game|app)s?,?\s*$",
    re.IGNORECASE,
)
"""The nouns of works whose titles are written in quotation marks."""
_SMALL_WORDS = word_set("a an and as at but by for from in of on or the to with vs")


def _words(text: str) -> list[str]:
    return WORDS.findall(text)


def _looks_like_title(text: str, *, max_words: int = TITLE_MAX_WORDS) -> bool:
    """``Shark Tank``, ``The Art of the Deal``: every word capitalised, short, no sentence inside."""
    words = _words(text)
    if not words or len(words) > max_words or text.rstrip(" .,;:")[-1:] in ("?", "!"):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL_WORDS for w in words)


def is_quotation(candidate: Candidate, text: str, mask: str, sentence_end: int) -> bool:
    """A quotation, not a term, title, nickname or scare quote."""
    span = candidate.span
    quoted = text[span.start : span.end]
    if candidate.turn is not None:
        return True
    if is_literal_string(text, span.open_at):
        return False  # '"title": "...",', '- ^ Roe, A. (2019). "..."': a string in code, a cited work's title
    if candidate.kind == "partial" and _looks_like_title(quoted):
        return False  # 'On “Face the Nation,” Ryan said ...': a title inside the sentence, whoever speaks
    if candidate.kind == "partial" and named_by_speaker(mask, candidate.sentence_start, span.open_at) is not None:
        return True  # 'the countries Vass has labelled the “arc of ruin”': a named speaker's coinage, not a term
    left = mask[candidate.sentence_start : span.open_at]
    if candidate.kind == "partial" and names_a_term(left):
        return False  # 'was diagnosed with “hay lung,” according to a report': a name, whoever reports it
    if candidate.after is not None:
        return True
    if is_mentioned(left, quoted, mask[span.outer_end : sentence_end], has_attribution=candidate.before is not None):
        return False  # 'you tell yourself “no.”', 'people shrug and think, “Enough.”': a thought, a word mentioned
    if candidate.before is not None and left.rstrip().endswith(":"):
        return True  # 'Asked if it would open, Velde said: “No.”': an answer, however short, is no title
    if names_a_term(left) or _looks_like_title(quoted):
        return False
    if _WORK_NOUN.search(left) and _looks_like_title(quoted, max_words=WORK_TITLE_MAX_WORDS):
        return False  # 'In his book “Harbor Lights: A Short History of the Towns That Built Them,” Pell ...'

    if len(_words(quoted)) > SCARE_QUOTE_MAX_WORDS:
        return True
    if candidate.kind == "direct" and quoted[:1].isupper() and quoted.rstrip("’'\")]")[-1:] in (".", "?", "!"):
        return True  # a whole sentence, however short
    sentence = mask[candidate.sentence_start : sentence_end]
    return (
        candidate.before is not None
        or has_speech_cue(sentence)
        or CLAIM_OF.search(left) is not None
        or CAST_AS.search(left) is not None
        or COMPARED_TO.search(left) is not None
        or claims_as_verb(left)
        or VOICED_OBJECT.search(left) is not None
        or speech_clause(mask, candidate.sentence_start, span.open_at) is not None
        or disclosed_before(left)
    )


def quote_kind(left: str, quoted: str, before: Attribution | None) -> QuoteKind:
    lead = left.rstrip()
    if not lead.strip(" —–-([" + MASK) or lead.endswith(":"):
        return "direct"
    if before is not None and lead.endswith((",", before.cue or "\0")) and quoted[:1].isupper():
        return "direct"
    return "partial"
