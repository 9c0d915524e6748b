"""The label a name takes in its article: the majority of its uses, and a known place's; and the key its mentions share.

``name_key`` is the form two mentions of one name share (resolution reads it too); ``vote_labels`` lets the article's
majority decide the label of a name the model tagged two ways; ``relabel_places`` makes a known place tagged PERSON
or ORG a place unless a fuller name holds it.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace
from functools import lru_cache

from newsprep.extract.entities.places import PLACE_KEYS
from newsprep.model import NerSpan

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
"""Labels of names (people, organisations, places, groups, buildings), as opposed to events and laws."""


_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=65_536)
def name_key(text: str) -> str:
    """The form two mentions share when they name the same thing: no case, periods, quotes or leading "the"."""
    key = text.casefold().replace("’", "'").replace(".", "")
    key = _SPACES.sub(" ", key).strip()
    return key[4:] if key.startswith("the ") else key


def vote_labels(spans: list[NerSpan]) -> list[NerSpan]:
    """A name the model tagged two ways ("Blinken" as PERSON and GPE) takes the label most of its uses have.

    Each word of a full PERSON name votes PERSON for that word ("Reyes" in "Teresa Reyes") and wins a tie;
    a one-word PERSON that is no part of a full name loses a tie to a place ("the Riverside plan").
    """
    keys = [name_key(span.text) for span in spans]
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    full_name_votes: Counter[str] = Counter()  # per word: the full PERSON names it is part of
    for span, key in zip(spans, keys, strict=True):
        if span.label in NAME_LABELS:
            votes[key][span.label] += 1
        if span.label == "PERSON" and " " in key:
            full_name_votes.update(set(key.split()))
    for word, count in full_name_votes.items():
        votes[word]["PERSON"] += count
    best_of: dict[str, str] = {}  # a name's winning label, ranked once per name, not per mention
    result: list[NerSpan] = []
    for span, key in zip(spans, keys, strict=True):
        counts = votes.get(key)
        if span.label in NAME_LABELS and counts:
            if key not in best_of:
                ranked = sorted(counts.items(), key=lambda kv: (-kv[1], _tie_rank(kv[0], key in full_name_votes)))
                best_of[key] = ranked[0][0]
            best = best_of[key]
            if best != span.label and counts[best] >= counts[span.label]:
                span = replace(span, label=best)
        result.append(span)
    return result


def _tie_rank(label: str, in_full_name: bool) -> int:
    if label == "PERSON":
        return 0 if in_full_name else 2
    return 1 if label in ("GPE", "LOC") else 3


def relabel_places(spans: list[NerSpan]) -> list[NerSpan]:
    """A known place tagged PERSON or ORG ("the Bali consensus") is a place unless a full name contains it: a
    person's ("Paris Hilton") or, for an ORG, an organisation's ("Oxford" with "University of Oxford")."""
    name_words = {w for s in spans if s.label == "PERSON" and " " in s.text for w in name_key(s.text).split()}
    org_names = [f" {name_key(s.text)} " for s in spans if s.label == "ORG" and " " in name_key(s.text)]
    return [
        replace(s, label="GPE")
        if s.label in ("PERSON", "ORG")
        and name_key(s.text) in PLACE_KEYS
        and name_key(s.text) not in name_words
        and not (s.label == "ORG" and any(f" {name_key(s.text)} " in name for name in org_names))
        else s
        for s in spans
    ]
