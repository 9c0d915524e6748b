"""The word just before a number, and whether it opens its sentence: what the statistics rules read on the left."""

from __future__ import annotations

import re

_WORD = re.compile(r"[\w’'.#&-]+")


def last_word(before: str) -> str:
    words = _WORD.findall(before[-40:])
    return words[-1] if words else ""


def is_sentence_start(before: str) -> bool:
    """True when the word just before the number opens the sentence (so its capital says nothing)."""
    stripped = before.rstrip()
    head = stripped[: len(stripped) - len(last_word(stripped))].rstrip()
    return not head or head[-1] in '.!?:;"“”(—–'
