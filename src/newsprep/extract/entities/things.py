"""Things the model tags as people, organisations or places: events, laws, devices and apps (issue 17, round e3).

The small model calls a competition, a festival or a law an ORG ("the Harbour Cup", "the Clean Rivers Act") and
sometimes a PERSON or a place. English names such a thing by a head noun at its end that no organisation, person or
place ends with: the head says what the name names, as ``FACILITY_HEADS`` does for buildings. The label becomes the
model's own EVENT or LAW, so the name is still published, but no longer counted as an organisation, person or place.
The heads are matched as written (title case): an acronym in capitals (``ACT``, a territory or a testing body) is no
law's head. Left out on purpose: heads organisations also end with (``Conference`` and ``Convention`` name sports
leagues and churches, ``Games`` studios, ``Plan`` health insurers, ``Report`` and ``Series`` publications and product
lines, ``Law`` law schools).

A name written in brand case (``iWidget``, ``eReader``: one or two lower-case letters before a capital) is a
device's, a service's or an app's, never a person's or a place's; it is dropped (no published label names a product).
A company so named (an online shop, a repair site) shows itself by acting in the text (``eWidget said``, ``eWidget
hired``, ``as eWidget points out``), and keeps its name then.

A site or a company the model tags PERSON (``posted on Chirper``) shows what it is by the preposition: people are not
"on" a name unless it is part of a longer name elsewhere in the article; such a name becomes an ORG.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from newsprep.extract.entities.source_text import SourceKey, text_of
from newsprep.model import NerSpan
from newsprep.text import ORG_HEADS, alternatives, word_set

EVENT_HEADS = word_set(
    "Olympics Cup Trophy Championship Championships Tournament Marathon Festival Awards Show Earthquake"
)
"""Last words of a competition's, a ceremony's, a fair's or a disaster's name."""

LAW_HEADS = word_set("Act Amendment Constitution Treaty Agreement Accord Accords")
"""Last words of a law's, a treaty's or a constitution's name."""

AGENT_AND_PLACE_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC"})


def thing_label(name: str, label: str) -> str:
    """EVENT or LAW for a person's, organisation's or place's name of two words or more a thing's head ends, else
    ``label`` as given."""
    if label not in AGENT_AND_PLACE_LABELS:
        return label
    words = name.split()
    if len(words) < 2:
        return label
    if words[-1] in EVENT_HEADS:
        return "EVENT"
    if words[-1] in LAW_HEADS:
        return "LAW"
    return label


_BRAND_CASE = re.compile(r"[a-z]{1,2}[A-Z][A-Za-z]*\b")
"""A word opening with one or two lower-case letters before a capital: how makers write a device, a service or an
app (``iWidget``, ``eReader``); no person's name and no place's is written so."""
ACTING_VERBS = word_set(
    """said says told announced reported hired fired sued bought acquired agreed declined confirmed denied
    points pointed notes noted warned launched raised"""
)
"""Verbs whose subject is a body that acts: a name written before one of them is a company's, even in brand case."""


def drop_brand_case_things(spans: Sequence[NerSpan], texts: Mapping[SourceKey, str]) -> list[NerSpan]:
    """Drop each person, organisation or place span that opens with a brand-case word (a device's or an app's name),
    unless the span ends with an organisation's head (``eWidget Holdings``) or the article writes the name right
    before an acting verb (``iWidget said``: a company named in brand case)."""
    candidates = {
        s.text
        for s in spans
        if s.label in AGENT_AND_PLACE_LABELS
        and _BRAND_CASE.match(s.text)
        and s.text.split()[-1].casefold() not in ORG_HEADS
    }
    if not candidates:
        return list(spans)
    acting = {name for name in candidates if _acts(name, texts.values())}
    return [s for s in spans if s.text not in candidates or s.text in acting or s.label not in AGENT_AND_PLACE_LABELS]


def _acts(name: str, texts: Iterable[str]) -> bool:
    before_verb = re.compile(rf"(?<!\w){re.escape(name)} ([a-z]+)")
    return any(m.group(1) in ACTING_VERBS for text in texts for m in before_verb.finditer(text))


_ON_BEFORE = re.compile(r"(?:^|\W)on $")


def sites_tagged_person(spans: Sequence[NerSpan], texts: Mapping[SourceKey, str]) -> list[NerSpan]:
    """A one-word PERSON the article writes right after ``on`` (``posted on Chirper``, ``deals on Corvex devices``) and
    in no person's full name is a site's or a company's name: each of its PERSON spans becomes ORG. A person one is
    "on" (``pressure on Hadley``) is named in full elsewhere in the article, which keeps it a PERSON, whatever label
    the model gave the full name (a person's full name tagged ORG must not draw the surname into an ORG)."""
    in_full_names = {word for s in spans if " " in s.text for word in s.text.split()}
    sites = {
        s.text
        for s in spans
        if s.label == "PERSON"
        and " " not in s.text
        and s.text not in in_full_names
        and _ON_BEFORE.search(text_of(texts, s)[max(0, s.char_start - 4) : s.char_start])
    }
    if not sites:
        return list(spans)
    return [replace(s, label="ORG") if s.label == "PERSON" and s.text in sites else s for s in spans]


_WORK_NOUNS = (
    "film",
    "movie",
    "series",
    "sitcom",
    "novel",
    "book",
    "album",
    "song",
    "documentary",
    "memoir",
    "musical",
    "opera",
)
_WORK_ALTERNATIVES = alternatives(_WORK_NOUNS)
_WORK_BEFORE = re.compile(rf"(?<![\w-])(?:{_WORK_ALTERNATIVES}) [“\"‘]?$")
"""A lower-case noun for a kind of work, just before a name: the name is the work's title (``the slasher film
<Title>``, ``his book “<Title>”``). Nouns that are also verbs (``play``, ``show``) or head a relative clause as often
(``a program <Name> says``) are left out."""
_WORK_AND_NAME = re.compile(rf"(?<![\w-])(?:{_WORK_ALTERNATIVES}) [“\"‘]?[A-Z]")
"""A kind of work before a capitalised word: one search of each text, so that articles without one read no span."""
_CLOSING_QUOTE = re.compile(r"[”\"’]")
_TITLE_END = re.compile(r"[,.;:!?)—–]|$", re.MULTILINE)
"""What follows a work's title written without quote marks: punctuation or the line's end. A verb there makes the name
a clause's subject (``the novel <Author> wrote``), a person's or a body's."""


def drop_titles_of_works(spans: Sequence[NerSpan], texts: Mapping[SourceKey, str]) -> list[NerSpan]:
    """Without each person, organisation or place span written right after a lower-case noun for a kind of work
    (film, series, book...) on its line, and closed by the quote mark it opened with or before punctuation: a film's,
    a show's or a book's title, no entity. Only that mention goes; the same name elsewhere keeps its own."""
    if not any(_names_a_work(text) for text in texts.values()):  # most articles: no span is read
        return list(spans)
    return [s for s in spans if s.label not in AGENT_AND_PLACE_LABELS or not _titles_a_work(s, text_of(texts, s))]


def _names_a_work(text: str) -> bool:
    return any(f"{noun} " in text for noun in _WORK_NOUNS) and _WORK_AND_NAME.search(text) is not None


def _titles_a_work(span: NerSpan, text: str) -> bool:
    before = _WORK_BEFORE.search(text[max(0, span.char_start - 16) : span.char_start])
    if before is None:
        return False
    closing = _CLOSING_QUOTE if before.group().endswith(("“", '"', "‘")) else _TITLE_END
    return closing.match(text, span.char_end) is not None
