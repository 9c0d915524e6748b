"""A partial quote inside a clause that speaks on its own: ``As Renfrew talked about “open harbors,” the crowd
cheered``, ``while Velde spoke of “a port that pays,” Pell shook her head``, ``as Pell went on about “...” and
“...”, Velde said yes``. The words are the subject's of that ``as``/``while``/``when`` clause, whoever the sentence's
main clause makes speak: its attribution (``Velde said yes``) says something else."""

from __future__ import annotations

import re

from newsprep.extract.quotes.grammar import BE_FORMS, SPEECH_CUES, Attribution, sentence_subject
from newsprep.extract.quotes.spans import MASK
from newsprep.text import word_set as vocabulary
from newsprep.text.tokens import LATIN_WORDS

_OPENER = re.compile(r"(?:^|(?<=[\s,;(—–]))(?:as|while|when|whenever)\s+", re.IGNORECASE)
_COORDINATED_TAIL = re.compile(MASK + r"+[,;]?\s+(?:and|or)\s+(?:(?:a|an|the)\s+)?$")
"""``as Pell went on about “...,” and “...”``: the quotes of the same clause before this one, joined by and/or."""
TALK_VERBS = vocabulary(
    "talked talks spoke speaks railed rails ranted rants riffed riffs lectured lectures preached preaches "
    "harped harps raved raves"
)
"""Verbs of talking about something, which introduce no quotation of their own (``Pell talked about the levy``)
and so are no attribution cues, but say that the words quoted in their clause are the talker's."""
_GOES_ON = vocabulary("went goes")
"""``as Pell went on about “...”``: ``went on`` is talking on."""
_CLAUSE_BREAKS = frozenset(",;:" + MASK)


def _speaking_verb(clause: str, offset: int) -> tuple[int, str] | None:
    """The offset and word of the first verb of speaking in a clause (not a passive, not a bare -ing form)."""
    words = list(LATIN_WORDS.finditer(clause))
    for i, match in enumerate(words):
        word = match.group().lower()
        after = words[i + 1].group().lower() if i + 1 < len(words) else ""
        speaks = (
            word in TALK_VERBS
            or (word in SPEECH_CUES and not word.endswith("ing"))
            or (word in _GOES_ON and after == "on")
        )
        if speaks and i > 0 and words[i - 1].group().lower() not in BE_FORMS:
            return offset + match.start(), match.group()
    return None


def speech_clause(mask: str, sentence_start: int, open_at: int) -> Attribution | None:
    """The subject and verb of the ``as``/``while``/``when`` clause a partial quote stands in, when that clause is
    one of speaking (``as Renfrew talked about``) and runs unbroken up to the quote; None otherwise (``As the vote
    neared, Pell called it “...”``: the clause ended at its comma)."""
    openers = list(_OPENER.finditer(mask, sentence_start, open_at))
    if not openers:
        return None
    start = openers[-1].end()
    clause = mask[start:open_at]
    while (tail := _COORDINATED_TAIL.search(clause)) is not None:
        clause = clause[: tail.start()]
    if not clause.strip() or any(ch in _CLAUSE_BREAKS for ch in clause):
        return None
    verb = _speaking_verb(clause, start)
    if verb is None:
        return None
    phrase = sentence_subject(mask, start, verb[0])
    return None if phrase is None else Attribution(verb[1], phrase, open_at)
