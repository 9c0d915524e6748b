"""A description at a cue that the article names in the very next sentence by the same noun: ``A co-owner of the
Harbor Hawks said ... “...”`` then ``Hawks co-owner Ada Roe ...`` (or ``Ada Roe, the team's co-owner, ...``): the
speaker is Ada Roe (issue 16, round 57; round 54 reads the mirror case, a person named before ``the researcher``).

News ledes hold the name back a sentence. Only the sentence right after the description's own is read, and only a
person written there with the description's head noun beside the name (a title in the three words before it, in
its mention, or its appositive), so a different person named next (``Ada Roe, a nurse,``) is never taken. Not when
that sentence sets the name apart from the described one (``another lawyer``, ``fellow resident``, opening with
``But`` or ``Meanwhile``, ``agreed``), when two people are so named, or for a body of people or a plural
(``a group of residents``, ``the researchers``). Pure functions over the text, its sentence starts and its names."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from newsprep.extract.quotes.descriptions.people import DESCRIPTION_MODIFIERS, names_one_person
from newsprep.extract.quotes.descriptions.role_holders import appositive_text
from newsprep.text import word_set as vocabulary

DETERMINERS = vocabulary("a an the one")
COMPLEMENT_WORDS = vocabulary("of for at with from to in on")
"""``a co-owner of the Harbor Hawks``: the head noun is the word before the first of these."""
SET_APART = vocabulary("another other others fellow rival opposing second both")
"""Written beside the name next, these make it someone else than the described one (``another co-owner, Ada Roe``)."""
_SECOND_VOICE = re.compile(
    r"^\W*(?:but|however|meanwhile|yet|still|instead|by contrast|in contrast)\b"
    r"|\b(?:agreed|agrees|disagreed|disagrees|echoed|echoes|countered|counters)\b",
    re.IGNORECASE,
)
"""A next sentence that brings in a second voice beside the described one, not its name."""
_TITLE_WORDS = 3
"""The words before a name read as its title (``New Jersey Devils co-owner``: the last three)."""


def described_head(written: str) -> str | None:
    """The head noun of ``written`` when it describes one person by a role (``a co-owner of the Harbor Hawks``,
    ``the company's founder``, ``an Ashford councillor``): a determiner, at most three words, the head, and
    optionally a complement (``of ...``); None for a plural, a body of people, an organisation, a document or a
    spokesperson (their own rules read those), a noun that names no role, and ``another lawyer``."""
    words = written.split()
    if len(words) < 2 or words[0].lower() not in DETERMINERS:
        return None
    ends = [i for i, word in enumerate(words[2:], start=2) if word.lower() in COMPLEMENT_WORDS]
    head_at = (ends[0] if ends else len(words)) - 1
    if head_at > DESCRIPTION_MODIFIERS + 1 or {word.lower() for word in words[1:head_at]} & SET_APART:
        return None
    head = words[head_at]
    return head if re.fullmatch(r"[a-z]+(?:-[a-z]+)*", head) and names_one_person(head) else None


def next_sentence(text: str, sentence_starts: Sequence[int], position: int) -> tuple[int, int] | None:
    """The bounds of the sentence after the one holding ``position`` (None at the text's last sentence)."""
    at = bisect.bisect_right(sentence_starts, position)
    if at >= len(sentence_starts):
        return None
    end = sentence_starts[at + 1] if at + 1 < len(sentence_starts) else len(text)
    return sentence_starts[at], end


def words_beside_name(text: str, start: int, end: int) -> set[str]:
    """The lower-case words written beside the name at ``text[start:end]``: the last three before it in its clause,
    the name's own words but its last (a title NER took in) and its appositive (``, the team's co-owner,``)."""
    clause = re.split(r"[.,;:!?“”\"()]", text[max(0, start - 60) : start])[-1]
    words = [*clause.split()[-_TITLE_WORDS:], *text[start:end].split()[:-1], *appositive_text(text, end).split()]
    return {word.strip(".,’'").lower() for word in words}


def named_next(
    text: str,
    bounds: tuple[int, int],
    people: Sequence[tuple[int, int, str]],
    head: str,
) -> str | None:
    """The one person of ``people`` (start, end, full name; in text order, outside quotations; those named in the
    sentence ``text[bounds[0]:bounds[1]]``, the one after a description with head noun ``head``: ``next_sentence``)
    written with ``head`` beside the name; None when nobody is, when two are, or when that sentence sets the name
    apart from the described one."""
    if _SECOND_VOICE.search(text[bounds[0] : bounds[1]]):
        return None
    found = set()
    for start, stop, name in people:
        beside = words_beside_name(text, start, stop)
        if head in beside:
            if beside & SET_APART:
                return None  # "another co-owner, Ada Roe": someone else
            found.add(name)
    return found.pop() if len(found) == 1 else None
