"""A person's full name tagged ORG where the article's later mentions of the surname are a person's (entities round
e10, issue 17).

The small model tags some long names ORG at their first mention (``Eduardo Henrique <Surnames>``, ``Dara Mac Giolla
<Surname>``), often beside an organisation of the same family's name, and tags the later mentions of the surnames
alone PERSON (``<Surnames> said``). The article then holds an organisation with a person's name and a person with
no given name. A span the model tagged ORG that opens with a given name, holds no organisation's word or demonym, does
not open with a known place, and ends in words the article tags PERSON more often than ORG on their own, is that
person's full name.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from newsprep.extract.entities.labels import name_key
from newsprep.extract.entities.lexicon import ORGANISATION_WORDS
from newsprep.extract.entities.places import NORP_WORDS, PLACE_KEYS
from newsprep.extract.entities.roles import is_a_given_name
from newsprep.model import NerSpan

_LONGEST_NAME = 5
"""Words in the longest person's name read (two given names, two surnames and a particle)."""


def people_named_by_surname(spans: Sequence[NerSpan]) -> list[NerSpan]:
    """``spans`` with each ORG span that is a given name and surnames the article tags PERSON relabelled PERSON."""
    uses: Counter[tuple[str, str]] = Counter((s.label, name_key(s.text)) for s in spans)
    people = {s.text for s in spans if s.label == "ORG" and s.source != "title" and _a_persons_full_name(s.text, uses)}
    return [replace(s, label="PERSON") if s.label == "ORG" and s.text in people else s for s in spans]


def _a_persons_full_name(name: str, uses: Counter[tuple[str, str]]) -> bool:
    words = name.split()
    if not 2 <= len(words) <= _LONGEST_NAME or not is_a_given_name(words[0]):
        return False
    if any(w.casefold().strip(".,") in ORGANISATION_WORDS or w.casefold() in NORP_WORDS for w in words):
        return False
    if any(name_key(" ".join(words[:n])) in PLACE_KEYS for n in range(1, len(words) + 1)):
        return False  # "San Francisco <Paper>", "Florida <Caucus>": a place's name opens it, not a given name
    tails = (name_key(" ".join(words[i:])) for i in range(1, len(words)))
    return any(uses[("PERSON", tail)] > uses[("ORG", tail)] for tail in tails)
