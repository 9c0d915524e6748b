"""Candidate phrases for a statistic's `measures` and their features, for ``measures_chooser.py`` (issue 17).

A candidate is a run of words of the number's own sentence; its features say where it sits against the number, how
long it is, its words' shapes and endings, the closed-class words beside it and between it and the number, the unit's
kind and, when the sentence was tagged and parsed, its tags and how the parse links it to the number. **No feature
is an open-class word of the text**: only score.py's stop words, ``CLOSED`` and the project's own cue lists
(``word_classes``) are looked up by identity.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from types import ModuleType

import numpy as np

from newsprep.extract.statistics.measures.word_classes import (
    AUXILIARIES,
    CHANGE_NOUNS,
    CURRENCY_WORDS,
    MEASURE_UNITS,
    PREPOSITIONS,
    REPORTING,
    SCALE_OR_PERCENT,
    TIME_OBJECTS,
)
from newsprep.text import word_set

MAX_RUN = 6
WINDOW = 16
TOKEN = re.compile(r"\w+(?:['’.-]\w+)*|[^\w\s]")
CLOSED = tuple(
    sorted(
        word_set(
            "of in for on at by with from to than as among about over under into per and or but the a an that which "
            "who its their his her our this these those there it they is are was were be been has have had"
        )
    )
)
"""Closed-class words whose identity is a feature (beside a candidate or between it and the number)."""
BREAKS = ',;:()—–"“”?'
ENDINGS = ("s", "ed", "ing", "ly", "tion", "ment", "er", "al")
UNIT_KINDS = ("percent", "money", "count", "other")
DEP_LABELS = ("nsubj", "nsubjpass", "dobj", "pobj", "compound", "amod", "ROOT", "conj", "appos", "attr", "npadvmod")
POS_TAGS = ("NOUN", "PROPN", "VERB", "ADJ", "ADV", "AUX", "ADP", "DET", "PRON", "NUM", "CCONJ", "PART", "X")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()


@dataclass(frozen=True)
class Sighting:
    """One matched statistic: its sentence's tokens, where the number sits, the rules' phrase and the gold."""

    set_name: str
    tokens: tuple[Token, ...]
    number: tuple[int, int]  # first and last token index of the number's text
    unit: str
    rules: str | None
    gold: str
    tags: tuple[str, ...] = ()
    deps: tuple[str, ...] = ()
    heads: tuple[int, ...] = ()
    stem: str = ""
    char_start: int = -1
    text: str = ""


def tokenize(text: str) -> tuple[Token, ...]:
    return tuple(Token(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text))


def number_tokens(tokens: Sequence[Token], start: int, end: int) -> tuple[int, int]:
    inside = [i for i, t in enumerate(tokens) if t.end > start and t.start < end]
    if not inside:
        nearest = min(range(len(tokens)), key=lambda i: abs(tokens[i].start - start))
        return nearest, nearest
    return inside[0], inside[-1]


def unit_kind(unit: str) -> str:
    if unit == "percent":
        return "percent"
    if unit in {"USD", "EUR", "GBP", "JPY", "CNY", "INR"} or (len(unit) == 3 and unit.isupper()):
        return "money"
    return "count" if unit in {"count", "people", ""} else "other"


def candidate_runs(sighting: Sighting, stop: frozenset[str]) -> list[tuple[int, int]]:
    """Runs of words (first and last index) near the number, no punctuation or number inside, content at both ends."""
    tokens, (first, last) = sighting.tokens, sighting.number
    low, high = max(0, first - WINDOW), min(len(tokens), last + 1 + WINDOW)
    runs = []
    for i in range(low, high):
        if first <= i <= last:
            continue
        for j in range(i, min(high, i + MAX_RUN)):
            if (i < first <= j) or not tokens[j].is_word:
                break
            if tokens[i].text.lower() in stop or tokens[j].text.lower() in stop:
                continue
            runs.append((i, j))
    return runs


def _shape_features(words: Sequence[str]) -> list[float]:
    last, head = words[-1], words[0]
    capitals = sum(w[0].isupper() for w in words) / len(words)
    endings = [float(last.lower().endswith(e)) for e in ENDINGS] + [float(head.lower().endswith(e)) for e in ENDINGS]
    lowered = [w.lower() for w in words]
    cues = [
        float(any(w in CHANGE_NOUNS for w in lowered)),
        float(any(w in CURRENCY_WORDS or w in SCALE_OR_PERCENT or w in MEASURE_UNITS for w in lowered)),
        float(any(w in REPORTING for w in lowered)),
        float(any(w in AUXILIARIES for w in lowered)),
        float(any(w in TIME_OBJECTS for w in lowered)),
        float(any(w in PREPOSITIONS for w in lowered)),
    ]
    return [capitals, float(all(w.isupper() for w in words)), *endings, *cues]


def _closed_identity(token: Token | None) -> list[float]:
    word = token.text.lower() if token else ""
    kinds = [float(word == c) for c in CLOSED]
    return [*kinds, float(token is None), float(token is not None and not token.is_word), float(word[:1].isdigit())]


def run_features(sighting: Sighting, run: tuple[int, int], score: ModuleType, *, with_rules: bool) -> list[float]:
    """The candidate run's features: place, length, shapes, closed-class neighbours (no open-class word)."""
    tokens, (first, last) = sighting.tokens, sighting.number
    i, j = run
    words = [t.text for t in tokens[i : j + 1]]
    left = j < first
    gap = tokens[j + 1 : first] if left else tokens[last + 1 : i]
    gap_text = {t.text for t in gap}
    gap_words = [t.text.lower() for t in gap if t.is_word]
    phrase = " ".join(words)
    n_content = len(score.content_words(phrase))
    unit = unit_kind(sighting.unit)
    features = [
        float(left),
        float(len(gap)),
        math.log1p(len(gap)),
        float(len(gap) == 0),
        float(len(words)),
        float(n_content),
        float(len(words) - n_content),
        float(sum(c in gap_text for c in ",")),
        float(any(c in gap_text for c in BREAKS)),
        float(len([w for w in gap_words if w not in score.STOP])),
        float(i == 0),
        float(j == len(tokens) - 1),
        *[float(c in gap_words) for c in CLOSED],
        *[float(gap_words[:1] == [c]) for c in ("of", "in", "for", "on", "by", "from", "to", "than")],
        *_closed_identity(tokens[i - 1] if i > 0 else None),
        *_closed_identity(tokens[j + 1] if j + 1 < len(tokens) else None),
        *_shape_features(words),
        *[float(unit == k) for k in UNIT_KINDS],
    ]
    if sighting.tags:
        features += parse_features(sighting, run)
    if with_rules:
        features += [0.0, score.measure_f1(phrase, sighting.rules), float(sighting.rules is None)]
    return features


def rules_features(sighting: Sighting, width: int) -> list[float]:
    """The rules' own phrase as a candidate: zeros for the run features, then its flag."""
    return [0.0] * (width - 3) + [1.0, 1.0, 0.0]


Candidates = tuple[list[str], np.ndarray]


def candidates_of(sighting: Sighting, score: ModuleType, *, with_rules: bool) -> Candidates:
    stop = frozenset(score.STOP)
    runs = candidate_runs(sighting, stop)
    phrases = [" ".join(t.text for t in sighting.tokens[i : j + 1]) for i, j in runs]
    rows = [run_features(sighting, run, score, with_rules=with_rules) for run in runs]
    if with_rules and sighting.rules:
        width = len(rows[0]) if rows else len(run_features(sighting, (0, 0), score, with_rules=True))
        phrases.append(sighting.rules)
        rows.append(rules_features(sighting, width))
    return phrases, np.array(rows, dtype=float)


def _ancestors(heads: Sequence[int], index: int) -> list[int]:
    path = [index]
    while heads[path[-1]] != path[-1] and len(path) < 40:
        path.append(heads[path[-1]])
    return path


def tree_distance(heads: Sequence[int], a: int, b: int) -> int:
    """Edges between two tokens of the parse (through their lowest common ancestor)."""
    up_a, up_b = _ancestors(heads, a), _ancestors(heads, b)
    common = next((n for n in up_a if n in up_b), None)
    if common is None:
        return 40
    return up_a.index(common) + up_b.index(common)


def parse_features(sighting: Sighting, run: tuple[int, int]) -> list[float]:
    """The run's tags, its last word's relation, and how the parse links it to the number (no word identities)."""
    tags, deps, heads = sighting.tags, sighting.deps, sighting.heads
    i, j = run
    first, last = sighting.number
    run_tags = tags[i : j + 1]
    inside = range(i, j + 1)
    # the run's own head: the word whose head lies outside the run
    head = next((k for k in inside if not i <= heads[k] <= j), j)
    number_head = heads[last]
    verb = number_head if tags[number_head] in {"VERB", "AUX"} else heads[number_head]
    subject = {k for k in range(len(tags)) if heads[k] == verb and deps[k].startswith("nsubj")}
    distance = min(tree_distance(heads, head, n) for n in range(first, last + 1))
    return [
        *[float(run_tags[-1] == t) for t in POS_TAGS],
        *[float(run_tags[0] == t) for t in POS_TAGS],
        *[float(tags[head] == t) for t in POS_TAGS],
        sum(t in {"NOUN", "PROPN"} for t in run_tags) / len(run_tags),
        float("VERB" in run_tags),
        *[float(deps[head] == d) for d in DEP_LABELS],
        float(deps[head] not in DEP_LABELS),
        float(number_head in inside),
        float(heads[head] in range(first, last + 1)),
        float(bool(subject & set(inside))),
        float(verb in inside),
        float(distance),
        float(distance <= 1),
        float(distance <= 2),
        float(heads[head] == number_head and head != number_head),
    ]
