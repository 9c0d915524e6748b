"""A person's name the model cut into pieces, made whole again (entities round e10, issues 17 and 16).

Long names (two given names and two surnames, particles between: Iberian, Arabic, Dutch names) are where the small
model most often tags part of a name, or its parts as two spans: ``Maria Aparecida`` + ``Ribeiro Lins``, ``João
Pedro`` + ``dos`` + ``Santos Almeida``, ``Luís Filipe`` with ``Mendes da Costa`` left untagged, ``Fatima`` with
``al-Suwaidi`` left untagged. The full name is then published nowhere, the later mention by the surnames alone
becomes a second person, and a quote's speaker is a fragment of a name (issue 16).

A run of name words (capitalised words and name particles, nothing else between them) that holds a span is one
name when a span in it is a PERSON or opens with a given name, and every span in it is a person's or a name with no
organisation's word. The run's untagged words before its first span count only from a given name on (``Striker
Harry Kane`` stays ``Harry Kane``); a run cut short by an organisation's or a title's word (``<Name> Family
Foundation``) is left alone, and so is a word the article also writes in lower case (a common word, not a name).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import NamedTuple

from newsprep.extract.entities.lexicon import ORGANISATION_WORDS, PERSON_ROLE_NOUNS
from newsprep.extract.entities.places import NORP_WORDS
from newsprep.extract.entities.roles import is_a_given_name
from newsprep.extract.entities.source_text import SourceKey, source_key
from newsprep.extract.entities.things import ACTING_VERBS
from newsprep.model import NerSpan
from newsprep.text import NAME_PARTICLES, PERSON_TITLES, SENTENCE_OPENERS, word_set
from newsprep.text.words import MONTHS, WEEKDAYS

NAME_RUN_PARTICLES = NAME_PARTICLES | word_set("das do dos ter ten bint")
"""Lower-case words inside a name: the shared particles and the Portuguese (``dos Santos``), the Dutch ``ter``/``ten``
and the Arabic ``bint`` they lack (not the Portuguese ``e``: it joins two people's names as often as two surnames)."""
_PARTICLE_PREFIX = re.compile(r"(?:al|el|ad|as|ash|bin|ibn)-[A-ZÀ-Þ]")
"""``al-Tamimi``, ``el-Sayed``: a particle joined to a capitalised surname."""
_WORD_MARKS = r",.;:!?()\[\]\"“”‘/"
"""The marks that end a word as a space does."""
_WORD_CHARS = rf"[^\s{_WORD_MARKS}]"
_WORD = re.compile(rf"(?:[A-Z]|Jr|Sr)\.(?=\s)|{_WORD_CHARS}+")
"""A word as a name run reads it: no spaces or punctuation; a period kept only after an initial or ``Jr.`` (any
other ends a sentence, and a name with it)."""
_WORD_MARK = re.compile(rf"[{_WORD_MARKS}]")
_POSSESSIVE_END = re.compile(r"['’]s?$")
_GAP = re.compile(r"[ \u00a0]+")
_MAYBE_RUN_WORD = (
    rf"(?=[^a-z0-9\s,.;:!?()\[\]\"“”‘/]|{_WORD_CHARS}*-|(?:{'|'.join(sorted(NAME_RUN_PARTICLES))})(?!{_WORD_CHARS}))"
    rf"(?:(?:[A-Z]|Jr|Sr)\.(?=\s)|{_WORD_CHARS}++)"
)
"""A ``_WORD`` that may be in a run: every word but one that opens with a lower-case ASCII letter or a digit, holds no
hyphen and is no particle (that one is neither a name word nor a particle: it ends a run)."""
_RUN_REGION = re.compile(rf"(?<!{_WORD_CHARS}){_MAYBE_RUN_WORD}(?:[ \u00a0]++{_MAYBE_RUN_WORD})+")
"""Two or more such words with spaces only between them, from the start of a word: where a run can be. Found by one
search of the text, where reading each word in Python cost four times as much."""
_INITIAL = re.compile(r"[A-Z]\.")
_NOT_NAME_WORDS = ORGANISATION_WORDS | PERSON_TITLES | PERSON_ROLE_NOUNS | NORP_WORDS | WEEKDAYS | MONTHS | ACTING_VERBS
"""Case-folded words that are no part of a person's name, capitalised or not: an organisation's, a title or a role
(``Project Manager``), a demonym, a day or month, and the verbs that open an inverted attribution (``Said Tom
Brask``: ``Said`` is a given name too)."""
_JOINABLE_LABELS = frozenset({"PERSON", "ORG"})


class _Word(NamedTuple):
    start: int
    end: int
    text: str


def join_split_person_names(spans: Sequence[NerSpan], texts: Mapping[SourceKey, str]) -> list[NerSpan]:
    """``spans`` with each name cut into pieces by the model published as one PERSON span over the whole name."""
    result = list(spans)
    for key, text in texts.items():
        if key[0] == "title":  # a headline capitalises every word: its runs are no names
            continue
        in_source = sorted((s for s in result if source_key(s) == key), key=lambda s: s.char_start)
        if not in_source:
            continue  # no span: no run holds one to join
        for run in name_runs_near(text, in_source):
            joined = _joined_name(run, in_source, text)
            if joined is not None:
                inside = [s for s in in_source if joined.char_start <= s.char_start and s.char_end <= joined.char_end]
                result = [s for s in result if s not in inside] + [joined]
    return sorted(result, key=lambda s: (s.source, -1 if s.caption_idx is None else s.caption_idx, s.char_start))


def name_runs_near(text: str, spans: Sequence[NerSpan]) -> list[list[_Word]]:
    """``name_runs`` of the stretches of ``text`` where a span starts, in the text's order: every run that holds a
    span, and no run the whole text does not have. Only a run holding a span can be joined, and reading every word of
    a long article for the few places its names sit was most of the entities stage's work.

    The stretches are ``_RUN_REGION``'s: each run lies whole inside one (a run's words are all among the words it
    takes, spaces only between them), and a stretch starts where a word does, so the words read from there are the
    words a scan of the whole text finds."""
    starts = sorted(s.char_start for s in spans)
    known: dict[str, bool] = {}
    runs: list[list[_Word]] = []
    for region in _RUN_REGION.finditer(text):
        start, end = region.span()
        first = bisect.bisect_left(starts, start)
        if first < len(starts) and starts[first] <= end:
            runs.extend(name_runs(text, start, end, known))
    return runs


def name_runs(
    text: str, start: int = 0, end: int | None = None, known: dict[str, bool] | None = None
) -> list[list[_Word]]:
    """Runs of two or more name words separated by spaces only, with no particle at either end, among the words that
    start in ``text[start:end]`` (the whole text by default). ``known`` keeps what each word was judged, across calls
    on one text: a text repeats its words."""
    lower_words = lower_case_words(text)
    known = {} if known is None else known
    stop = len(text) if end is None else end

    def name_word(word: str) -> bool:
        found = known.get(word)
        if found is None:
            found = known[word] = _is_name_word(word, lower_words)
        return found

    runs: list[list[_Word]] = []
    current: list[_Word] = []
    for found in _WORD.finditer(text, start):  # no endpos: an initial's period needs the space after it in view
        if found.start() >= stop:
            break
        word = found.group()
        named = (word[:1].isupper() or "-" in word) and name_word(word)  # no other word is one ("al-Tamimi" is)
        goes_on = current and (named or word in NAME_RUN_PARTICLES)
        if goes_on and _GAP.fullmatch(text, current[-1].end, found.start()) is not None:
            current.append(_Word(found.start(), found.end(), word))
            continue
        if current:
            runs.append(current)
        current = [_Word(found.start(), found.end(), word)] if named else []
    runs.append(current)
    trimmed = [_without_edge_particles(run) for run in runs]
    return [run for run in trimmed if len(run) >= 2]


@functools.lru_cache(maxsize=16)
def lower_case_words(text: str) -> frozenset[str]:
    """The words ``text`` writes in lower case anywhere (a capitalised one of them is a common word, no name): read
    once per text, whatever the number of its stretches. They are the ``_WORD``s of ``text`` in lower case, found by
    splitting the text at its spaces and word-ending marks: ``_WORD``'s words are the longest runs of ``_WORD_CHARS``
    (its initials' period is a mark, and a word in lower case is never an initial), so the pieces between marks are
    the same words; one substitution and a split cost about two thirds of a regex match per word (fixed cost round
    23)."""
    return frozenset(filter(str.islower, _WORD_MARK.sub(" ", text).split()))


def _without_edge_particles(run: list[_Word]) -> list[_Word]:
    while run and run[-1].text in NAME_RUN_PARTICLES:
        run = run[:-1]
    return run


def _is_name_word(word: str, lower_words: frozenset[str]) -> bool:
    """A capitalised word of a name (``Ribeiro``, ``O'Sullivan-Byrne``, ``al-Tamimi``, ``Ó``, an initial ``T.``)."""
    if not word[:1].isupper():
        return _PARTICLE_PREFIX.match(word) is not None  # most words: lower case, and no name unless "al-Tamimi"
    if word == "Ó" or _INITIAL.fullmatch(word):
        return True
    if word.endswith("-"):
        return False  # a word broken at a line's end ("Abu-al-"), or a compound's first half ("Marketing-")
    if _POSSESSIVE_END.search(word):
        return False  # "Biden’s Cabinet": a possessive ends a name, and what follows is its owner's
    letters = word.replace("-", "").replace("'", "").replace("’", "").removesuffix(".")
    return (
        letters.isalpha()
        and word[0].isupper()
        and any(c.islower() for c in letters)
        and word.casefold().removesuffix(".") not in _NOT_NAME_WORDS
        and word not in SENTENCE_OPENERS
        and word.casefold() not in lower_words
    )


def _joined_name(run: list[_Word], spans: list[NerSpan], text: str) -> NerSpan | None:
    """The PERSON span over the run's name, or None when the run is no cut name or the model already has it whole."""
    start, end = run[0].start, run[-1].end
    inside = [s for s in spans if start <= s.char_start and s.char_end <= end]
    if not inside or any(s.char_start < end and start < s.char_end and s not in inside for s in spans):
        return None  # no span here, or one reaching past the run (an organisation's longer name)
    if _run_is_cut_short(text, end) or not all(_joinable(s) for s in inside):
        return None
    if not any(s.label == "PERSON" or _opens_with_given_name(s.text) for s in inside):
        return None
    first = min(s.char_start for s in inside)
    name_start = next((w.start for w in run if w.start <= first and is_a_given_name(w.text)), first)
    if len(inside) == 1 and (inside[0].char_start, inside[0].char_end) == (name_start, end):
        return None  # the model has the whole name
    return replace(inside[0], char_start=name_start, char_end=end, text=text[name_start:end], label="PERSON")


def _run_is_cut_short(text: str, end: int) -> bool:
    """``<Name> Family Foundation``: the next word, capitalised, is an organisation's or a title's."""
    after = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    return after is not None and after.group()[:1].isupper()


def _joinable(span: NerSpan) -> bool:
    """A PERSON span, or an ORG one that opens with a given name and holds no organisation's word (``Luís
    Filipe``): a company's name beside a person's (``Lockheed`` + ``Martin``) stays apart."""
    if span.label == "PERSON":
        return True
    words = span.text.split()
    return (
        span.label in _JOINABLE_LABELS
        and _opens_with_given_name(span.text)
        and not any(w.casefold() in ORGANISATION_WORDS for w in words)
    )


def _opens_with_given_name(name: str) -> bool:
    first = name.split()[0] if name.split() else ""
    return is_a_given_name(first)
