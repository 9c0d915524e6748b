"""A capitalised word that is no name: the speaker reader takes a capitalised word before a verb for a name, and a
sentence's first word is capitalised whatever it is (``Turmoil continued ...``, ``Back then, I said``)."""

from __future__ import annotations

import re

from newsprep.extract.quotes.descriptions.as_written import description_as_written, speaks, word_after
from newsprep.extract.quotes.grammar import SPEECH_CUES
from newsprep.text.given_names import is_given_name

_OPENS_AFTER = frozenset(".!?:;\"“”'‘’(\n")
"""What stands before a word that opens a sentence, a quotation or a paragraph (spaces skipped)."""


def opens_a_sentence(text: str, start: int) -> bool:
    """``text[start:]`` is the first word of a sentence, a quotation or a paragraph."""
    before = text[:start].rstrip(" \t\u00a0")
    return not before or before[-1] in _OPENS_AFTER


_NAMING_SPEECH_VERBS = SPEECH_CUES - {"continue", "continues", "continued"}
"""Speech verbs a name stands before; ``continued`` follows a sentence's subject of any kind (``Turmoil continued``)."""


def before_speech_verb(text: str, end: int) -> bool:
    """The word ending at ``end`` stands right before a speech verb (``Okonkwo said``, ``..., Okonkwo added.``): a
    name there is the one who speaks in that sentence."""
    return word_after(text, end) in _NAMING_SPEECH_VERBS


def capitalised_only_as_opener(text: str, word: str, end: int) -> bool:
    """A lone capitalised word, no given name, that the text writes capitalised only where a sentence opens: nothing
    shows it is a name (a surname or a one-word name is capitalised inside a sentence too: ``a speech by Velde``).
    A word right before a speech verb (ending at ``end``) is always taken for a name: ``Okonkwo said`` names
    someone whose name the text may write nowhere else, and a common noun or an adverb before ``said`` is rare."""
    if " " in word or not word[:1].isupper() or word.isupper() or is_given_name(word):
        return False
    if before_speech_verb(text, end):
        return False
    found = [m.start() for m in re.finditer(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])", text)]
    return bool(found) and all(opens_a_sentence(text, at) for at in found)


_LOWER_CASE_RUN = re.compile(r"(?:\s+(?!(?:to|at|in|on|for|with|from|by|as|and|or|but|that|who)\b)[a-z][\w’'-]*){1,4}")
"""Up to four lower-case words after a capitalised opener, stopped at a preposition or a joining word."""


def opener_description(text: str, end: int, word: str) -> str | None:
    """``Angry strikers continued to call ...``: the description a sentence's capitalised first word
    (ending at ``end``) opens, up to its last noun for someone who can speak; None when it opens none."""
    run = _LOWER_CASE_RUN.match(text, end)
    words = run.group().split() if run is not None else []
    for count in range(len(words), 0, -1):
        if speaks(words[count - 1]):
            return description_as_written(" ".join([word, *words[:count]]))
    return None
