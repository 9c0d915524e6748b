"""Unnamed people who report speech in narration (``A firefighter who asked not to be named said the wind ...``): a
he/she in the quote after goes on with that voice, not with someone named before it (speakers round 44; round 37 did
the same for an unnamed voice quoted in full)."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from newsprep.extract.quotes.people import description_gender
from newsprep.text.given_names import Gender

_REPORTER = re.compile(
    r"(?:A|An|One)\s+(?P<words>(?:[a-z][\w\-]*\s+){0,3}?(?P<head>[a-z][\w\-]*))\b[^“”\"\nA-Z]*?\b(?:said|says|told)\b"
)
"""A sentence opening with an indefinite description and going on to its speech verb, no quotation and no capital in
between: a capital may be a name NER missed (``A neighbour, Pieter vanRooyen, said``), who is then the speaker."""


def unnamed_reporters(
    text: str, sentence_starts: Sequence[int], start: int, end: int, one_person: Collection[str]
) -> list[tuple[int, Gender | None]]:
    """Each sentence starting in ``text[start:end]`` that opens with an unnamed person reporting speech (``A woman
    who runs a cafe ... said she had seen ...``), with no quotation in it: its start and the description's gender
    (``woman``: female; ``firefighter``: None). ``one_person``: the nouns for one person (``firefighter``, not
    ``police``)."""
    found: list[tuple[int, Gender | None]] = []
    for i, at in enumerate(sentence_starts):
        if not start <= at < end:
            continue
        stop = sentence_starts[i + 1] if i + 1 < len(sentence_starts) else len(text)
        sentence = text[at : min(stop, end)]
        reporter = _REPORTER.match(sentence)
        if reporter is None or reporter.group("head") not in one_person or re.search(r"[“”\"]", sentence):
            continue
        found.append((at, description_gender(reporter.group("words"))))
    return found
