"""A new person taking the paragraph over between a quote's speaker and a later he/she (issue 16, round 20).

A he/she after a quote goes to the person who spoke earlier in the paragraph, but only while no sentence in between
has another named person as its subject: ``"...," said Ada Holm. A rider from the club, Ilan Petrov, summed it up.
"...," he said`` is Petrov's. Text that joined its paragraphs makes the paragraph the whole article, so the person
the text turned to must stop the earlier speaker's run."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsprep.extract.quotes.grammar import DETERMINERS, sentence_subject
from newsprep.extract.quotes.people import CONTRAST_BREAK
from newsprep.extract.quotes.spans import MASK
from newsprep.extract.quotes.speaker_value import PERSON_PRONOUNS, Speaker
from newsprep.extract.quotes.speakers import SpeakerResolver

_DESCRIBED_NAME = re.compile(
    r"(?:A|An|The|One|Another)\s[^,.;:\"“]{0,80},\s+((?:[A-Z][\w’'\-]+\s+){1,3}[A-Z][\w’'\-]+),\s+[a-z]"
)
"""``A delegate from the river council, Samir Odell, summed up ...``: a description opening the sentence, then
the name in apposition and the predicate. Not ``SpeakerResolver.appositive_person``: that reads a PERSON mention right
after the end of an attribution's phrase (``his cousin, Ruth Ambler``); this spans a description with its complements
(``A delegate from the river council,``, which ``sentence_subject`` ends at ``A delegate``) and a name NER may miss."""


def another_subject_between(
    resolver: SpeakerResolver, mask: str, starts: Sequence[int], lo: int, hi: int, speaker: str
) -> bool:
    """True when a sentence starting in ``mask[lo:hi]`` has a named person other than ``speaker`` as its subject
    (a name, or a description with the name in apposition), or a clause of contrast opens with one."""
    return subject_between(resolver, mask, starts, lo, hi, speaker) is not None


def subject_between(
    resolver: SpeakerResolver,
    mask: str,
    starts: Sequence[int],
    lo: int,
    hi: int,
    speaker: str,
    *,
    by_name: bool = False,
) -> Speaker | None:
    """The named person other than ``speaker`` that the last such sentence or clause in ``mask[lo:hi]`` is about;
    ``by_name``: only one the sentence calls by name (``The Queen also spoke of faith`` may be the speaker again)."""
    clauses = [match.end() for match in CONTRAST_BREAK.finditer(mask, lo, hi)]  # "..., however Rena Voss hit out"
    bounds = sorted({s for s in starts if lo <= s < hi} | set(clauses))
    found = None
    for start, end in zip(bounds, [*bounds[1:], hi], strict=False):
        subject = _subject_person(resolver, mask, start, end)
        if subject is None or subject.name is None or _same_person(subject.name, speaker):
            continue
        if not by_name or subject.mention.split()[0].lower() not in DETERMINERS:
            found = subject
    return found


def _subject_person(resolver: SpeakerResolver, mask: str, start: int, end: int) -> Speaker | None:
    described = _DESCRIBED_NAME.match(mask, start, end)
    if described is not None:
        subject = resolver.resolve(described.start(1), described.end(1))
    else:
        phrase = sentence_subject(mask, start, end)
        if phrase is None or not mask[phrase.start : phrase.start + 1].isupper():
            return None
        subject = resolver.resolve(phrase.start, phrase.end)
    named = subject.mention[:1].isupper() and subject.mention.lower() not in PERSON_PRONOUNS
    return subject if subject.is_person and named else None


def _same_person(one: str, other: str) -> bool:
    """``Obama`` and ``Barack Obama``, ``Elizabeth II`` and ``Queen Elizabeth II``: one name ends the other, or both
    share the last word (a namesake is left to the rules before this one)."""
    return one.endswith(other) or other.endswith(one) or one.split()[-1] == other.split()[-1]


def turned_to_another(
    resolver: SpeakerResolver, mask: str, starts: Sequence[int], stretch: tuple[int, int], name: str | None
) -> bool:
    """For a quote whose sentence starts at ``stretch[1]`` in a paragraph starting at ``stretch[0]``: whether the
    narration after the paragraph's last quote makes another named person than ``name`` a sentence's subject
    (``"...," Pike said. Coach Tom Dolan defended the pick. "..."``: not Pike's words going on)."""
    paragraph_start, sentence_start = stretch
    lo = mask.rfind(MASK, paragraph_start, sentence_start) + 1
    return lo > 0 and name is not None and another_subject_between(resolver, mask, starts, lo, sentence_start, name)
