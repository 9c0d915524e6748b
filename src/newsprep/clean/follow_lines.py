"""Social follow lines: a page's call to follow an account on a platform ('Follow us on Twitter', 'Like us on X').

Outlets close a story, or a reporter's bio, with a line asking the reader to follow them ('Follow the Courier on
Facebook, X and Instagram.', 'Be sure to visit the club on Instagram and TikTok.', 'Get Metro Sport On Twitter!').
It is page chrome, listed with share menus and bio lines among the furniture of tests/fixtures/outlets/README.md,
and every outlet words it alike, so it is dropped on any page, no profile's marks needed. Kept in, it publishes the
platforms as entities no annotator lists (`goose-entities-dev`'s gold holds none of a follow line's names).

A line goes only when it is nothing but such calls: each sentence opens on the call's verb and ends on the platforms
(a handle, or 'for more ...' after them, may close it); a contact sentence ('E-mail us at ...') or a short question
('Want more?') may stand beside a call, never alone. A sentence of reporting that mentions following someone on a
platform opens on its subject, not on the verb, and stays; so does a line opening on a quote mark, which carries a
quotation's close (a transcript's last paragraph). The platforms, and what the entity stage does with a call left
inside a longer line, are ``newsprep.text.social``'s: one list, one convention.
"""

from __future__ import annotations

import re

from newsprep.text.social import PLATFORM_PATTERN

__all__ = ["follow_lines"]

_HANDLE = r"@\w+"
_ONE_PLATFORM = (
    rf"(?:on\s+)?(?:our\s+|the\s+)?{PLATFORM_PATTERN}(?:\s+(?:page|account|channel|feed))?(?:\s*:?\s*{_HANDLE})?"
)
_PLATFORMS = rf"{_ONE_PLATFORM}(?:\s*,\s*{_ONE_PLATFORM})*(?:\s*,?\s+(?:and|or|&)\s+{_ONE_PLATFORM})?"
"""'Facebook, Twitter, and Instagram', 'Facebook, on Instagram and on X', 'Twitter @dailycourier'."""
_CALL = r"(?:follow|like|find|visit|join|get|catch|connect\s+with|keep\s+up\s+with|stay\s+connected\s+with|check\s+out)"
_LEAD = r"(?:(?:be\s+sure|make\s+sure|don['’]t\s+forget)\s+to\s+|please\s+|you\s+can\s+(?:also\s+)?|and\s+|also\s+)?"
_WHOM = r"(?:us|me|him|her|them|@\w+|[^\s.!?]+(?:\s+[^\s.!?]+){0,5}?)"
"""Who is to be followed: a pronoun, a handle, or a name of up to six words ('ONE Esports', 'the Daily Courier')."""
_MORE = r"(?:\s+for\s+(?:more|the\s+latest|updates|all)\b[^.!?]{0,80})?"
_FOLLOW_SENTENCE = re.compile(rf"{_LEAD}{_CALL}\s+{_WHOM}\s+(?:on|at|via)\s+{_PLATFORMS}{_MORE}\s*[.!]?", re.IGNORECASE)
_PLATFORM_NAMED = re.compile(rf"\s(?:on|at|via)\s+(?:on\s+)?(?:our\s+|the\s+)?{PLATFORM_PATTERN}", re.IGNORECASE)
"""The part of ``_FOLLOW_SENTENCE`` every match holds: 'on', 'at' or 'via' after a space, then a platform. A cheap
gate: tried at each place, the whole pattern opens on its call verbs and a name of up to six words, which made the
follow-line test cost 0.20 CPU s per 500 articles (the clean stage 0.45 -> 0.25 with the gate); one line in a thousand
passes it."""
_CONTACT_SENTENCE = re.compile(
    r"(?:e-?mail|write\s+to|contact|reach|message)\s+(?:us|me|him|her|them)(?:\s+directly)?\s+(?:at|on|via)\s+\S+[.!]?",
    re.IGNORECASE,
)
_SHORT_QUESTION_WORDS = 8
_MAX_CHARS = 300
"""Longer than this, a line is a paragraph (a bio, a story's close) that holds a call, not a follow line."""
_OPENING_QUOTES = "\"“‘'«"
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")
"""A stop and a space: a follow line's sentences are short calls, with no initials or abbreviations to step over."""


def follow_lines(lines: list[str]) -> list[bool]:
    """For each line (blank ones included), whether it is a social follow line, whole."""
    return [is_follow_line(line) for line in lines]


def is_follow_line(line: str) -> bool:
    """Every sentence of ``line`` a call to follow on a platform, a contact sentence or a short question leading to
    one, and at least one call among them."""
    text = line.strip()
    if not text or len(text) > _MAX_CHARS or text[0] in _OPENING_QUOTES or _PLATFORM_NAMED.search(text) is None:
        return False
    if _FOLLOW_SENTENCE.search(text) is None:
        return False
    kinds = [_sentence_kind(sentence.strip()) for sentence in _SENTENCE_BREAK.split(text)]
    if "call" not in kinds or "other" in kinds:
        return False
    # a question only leads: the sentence after it must be a call or a contact, not another question or nothing
    return all(kind != "question" or kinds[i + 1 : i + 2] in (["call"], ["contact"]) for i, kind in enumerate(kinds))


def _sentence_kind(sentence: str) -> str:
    if _FOLLOW_SENTENCE.fullmatch(sentence):
        return "call"
    if _CONTACT_SENTENCE.fullmatch(sentence):
        return "contact"
    if sentence.endswith("?") and len(sentence.split()) <= _SHORT_QUESTION_WORDS:
        return "question"
    return "other"
