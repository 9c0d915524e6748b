"""Given names NER left out of a person's name (``Mayor María Fernanda`` + ``Cárdenas Lozano``, ``Esteban`` tagged
an organisation + ``Duque Mejía``): the full name, so that the surname alone later is completed to it (issue 16)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsprep.extract.quotes.people import person_name
from newsprep.extract.quotes.titles import is_role
from newsprep.model import Mention
from newsprep.text import (
    COURTESY_TITLES,
    MONTHS,
    NAME_PARTICLES,
    PERSON_TITLES,
    WEEKDAYS,
    without_accents,
    without_periods,
    word_set,
)
from newsprep.text.given_names import is_given_name

_WORDS_BEFORE = re.compile(r"(?:^|(?<=[^\w’'.\-]))((?:[A-ZÀ-Þ][\w’'\-]+ ){1,2})$")
"""One or two capitalised words, single spaces between them and the name."""


def given_names_before(text: str, mentions: Sequence[Mention]) -> list[tuple[int, str]]:
    """(offset of the person mention, the full name) for each person name of two or more words that one or two
    given names stand right before, untagged or tagged alone: NER cut them off. The word before the given names is
    no capitalised word other than a title or a role (``New Maria Lopez`` is not read), and no given name is a month,
    a weekday, a title or a role (``June``, ``Judge``)."""
    found = []
    for mention in mentions:
        words = mention.text.split()
        if mention.label != "PERSON" or len(words) < 2 or not all(_in_name(word) for word in words):
            continue
        before = _WORDS_BEFORE.search(text, max(0, mention.char_start - 40), mention.char_start)
        if before is None or not all(_given(word) for word in before.group(1).split()):
            continue
        lead = text[max(0, before.start() - 30) : before.start()].rstrip()
        last = lead.split()[-1] if lead.split() else ""
        if last[:1].isupper() and last[-1:].isalpha() and not is_role(last):
            continue
        found.append((mention.char_start, person_name(f"{before.group(1)}{mention.text}")))
    return found


def _in_name(word: str) -> bool:
    return word[:1].isupper() or word in NAME_PARTICLES


_TITLES_ALSO_GIVEN = without_periods(PERSON_TITLES | COURTESY_TITLES) | word_set(
    "duke earl baron marquis laird dean marshal elder deacon sultan raja kaiser don dona doña royal"
)
"""Titles, ranks and offices the birth records also hold as given names (``Bishop``, ``Dean``, ``Duke``, ``Don``,
``Sultan``): before a name they are its title (``Bishop Amara Quell``), never its first given name."""


def _given(word: str) -> bool:
    """A given name of the birth records, read without its accents (``María``, ``Inés``: the US records write
    ``Maria``, ``Ines``); no month, weekday, title or role."""
    lowered = word.lower()
    if lowered in MONTHS | WEEKDAYS | _TITLES_ALSO_GIVEN or is_role(word):
        return False
    return is_given_name(word) or is_given_name(without_accents(word))
