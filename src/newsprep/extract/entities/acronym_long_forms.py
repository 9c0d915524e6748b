"""An acronym read by the words it stands for, which the article writes out (issue 17, round e14).

- ``untagged_long_forms``: the small model tags a short acronym (``the ABS said``) as an organisation more surely than
  the capitalised words it stands for, which it may miss when a role or a verb follows them (``the Alder Bay Service
  spokeswoman``); the acronym alone is published, and its entity is named by the short form where the full one is the
  name. A run of capitalised words whose initials are exactly an ORG acronym's letters, in a text where no span covers
  any of them, becomes an ORG span, which resolution joins to the acronym (``resolution._join_acronyms``) and names
  the entity by.
- ``drop_acronyms_of_common_nouns``: an acronym the article defines in brackets right after lower-case words that
  spell it (``a slow radio pulse (SRP)``, ``the rate on idle deposits (RID)``) stands for a common noun phrase, no
  name, whatever label the model gave its capitals.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from newsprep.extract.entities.labels import NAME_LABELS
from newsprep.extract.entities.source_text import SourceKey, source_key
from newsprep.model import NerSpan

_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
_LINK = r"(?:of|for|and|on|the|&)"
_CAPITALISED = r"[A-Z][\w'’-]*"
_CAPITALISED_RUN = re.compile(rf"(?<![\w.'’-]){_CAPITALISED}(?: (?:{_LINK} )*{_CAPITALISED})+(?![\w'’-])")
"""Two or more capitalised words, link words only between them (``Bureau of Land Records``)."""
_OPENING_ARTICLES = ("The ", "A ", "An ")
_LINK_WORDS = frozenset({"of", "for", "and", "on", "the", "&"})
_LOWER_CASE_WORD = re.compile(r"[a-z][a-z-]*")


def untagged_long_forms(spans: Sequence[NerSpan], texts: Mapping[SourceKey, str]) -> list[NerSpan]:
    """An ORG span for each run of capitalised words no span touches that spells (one letter a word) an ORG acronym
    of the article which no span of two or more words spells."""
    acronyms = {bare for span in spans if span.label == "ORG" and (bare := _bare_acronym(span.text)) is not None}
    if not acronyms:  # most articles: nothing to look for
        return []
    acronyms -= {code for span in spans if len(span.text.split()) >= 2 for code in initials(span.text.split())}
    if not acronyms:
        return []
    return [
        NerSpan(key[0], key[1], start, end, text[start:end], "ORG")
        for key, text in texts.items()
        for start, end in _runs_spelling(text, acronyms)
        if not any(source_key(s) == key and s.char_start < end and start < s.char_end for s in spans)
    ]


def initials(words: Sequence[str]) -> frozenset[str]:
    """What a name's words spell, one capital a word: link words left out, or each giving its first letter
    (``Bank of Ennis``: ``BE`` and ``BOE``)."""
    cleaned = [w.strip("()[],.’'\"") for w in words]
    cleaned = [w for w in cleaned if w]
    if not cleaned or not all(w[0].isupper() or w.casefold() in _LINK_WORDS for w in cleaned):
        return frozenset()
    without_links = "".join(w[0] for w in cleaned if w.casefold() not in _LINK_WORDS)
    with_links = "".join(w[0].upper() for w in cleaned)
    return frozenset({without_links, with_links})


def _bare_acronym(text: str) -> str | None:
    bare = text.replace(".", "")
    return bare if _ACRONYM.match(bare) else None


def _runs_spelling(text: str, acronyms: set[str]) -> list[tuple[int, int]]:
    found = []
    first_letters = {acronym[0] for acronym in acronyms}
    fewest_words = max(2, min(len(acronym) for acronym in acronyms))
    for run in _CAPITALISED_RUN.finditer(text):
        start, words = run.start(), run.group()
        for article in _OPENING_ARTICLES:  # a sentence's "The" opens the run, not the name
            if words.startswith(article):
                start, words = start + len(article), words[len(article) :]
        split = words.split()
        if len(split) < fewest_words or (split[0][0] not in first_letters and split[0].casefold() not in _LINK_WORDS):
            continue  # most runs: fewer words than any acronym has letters, or another first letter
        if initials(split) & acronyms:
            found.append((start, run.end()))
    return found


def drop_acronyms_of_common_nouns(spans: Sequence[NerSpan], texts: Mapping[SourceKey, str]) -> list[NerSpan]:
    """Without the name-labelled spans of an acronym of three or more letters that the article defines as
    ``<lower-case words> (<acronym>)``: as many words as it has letters, up to two more, whose initials hold its
    letters in order, the first word giving the first and the last word the last."""
    acronyms = {bare for span in spans if span.label in NAME_LABELS and (bare := _bare_acronym(span.text)) is not None}
    acronyms = {acronym for acronym in acronyms if len(acronym) >= 3}  # two letters ("(AP)") close too many phrases
    if not acronyms:
        return list(spans)
    common = {acronym for acronym in acronyms if any(_defined_in_lower_case(acronym, t) for t in texts.values())}
    if not common:
        return list(spans)
    return [s for s in spans if s.label not in NAME_LABELS or _bare_acronym(s.text) not in common]


def _defined_in_lower_case(acronym: str, text: str) -> bool:
    bracketed = f"({acronym})"
    at = text.find(bracketed)
    while at != -1:
        run: list[str] = []
        for word in reversed(text[max(0, at - 120) : at].split()):  # the lower-case words before it, nearest first
            if not _LOWER_CASE_WORD.fullmatch(word) or len(run) > len(acronym) + 1:
                break
            run.insert(0, word)
        if any(_initials_hold(acronym.casefold(), run[start:]) for start in range(len(run) - len(acronym) + 1)):
            return True
        at = text.find(bracketed, at + 1)
    return False


def _initials_hold(letters: str, words: Sequence[str]) -> bool:
    """The words' initials hold ``letters`` in order, the first word's giving the first, the last word's the last."""
    firsts = [w[0] for w in words]
    if len(firsts) < 2 or firsts[0] != letters[0] or firsts[-1] != letters[-1]:
        return False
    remaining = iter(firsts)
    return all(letter in remaining for letter in letters)
