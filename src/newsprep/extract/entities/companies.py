"""Companies the small model tags as places or people (issue 17, entities round e13).

A company whose name is no English word and no person's (a telecom, a streaming service, a satellite broadcaster) is
often tagged GPE or PERSON. The article says what it is where it writes what only a company has: its executives, its
shares or its stock (``<Name>'s executives``, ``<Name> shares rose``, ``the chief executive of <Name>``), or an
apposition naming a kind of company (``<Name>, a mobile payments company``). Each span of such a name becomes an ORG,
unless the gazetteer knows the name as a place, a person's given name opens it, it is a word of a longer person's name
in the article, or the article writes it after ``in`` (``in <Name>``: a place, or a stake in a company; either way
the text is left as the model read it).

Not read as a company's: ``said in a statement`` and a spokesperson (people have both), a bare ``<Name> shares``
without a market verb after it (``<Name> shares his view``: a person), and ``, the company`` with no modifier between
(``With <Product>, the company built...``: the company is another name's).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from newsprep.extract.entities.labels import name_key
from newsprep.extract.entities.places import PLACE_KEYS
from newsprep.extract.entities.roles import is_a_given_name
from newsprep.extract.entities.source_text import SourceKey, text_of
from newsprep.model import NerSpan
from newsprep.text import shorter_runs

_LABELS_A_COMPANY_TAKES = frozenset({"GPE", "LOC", "PERSON"})
_COMPANY_NOUNS = (
    "company|firm|maker|retailer|startup|start-up|manufacturer|conglomerate|carrier|provider|broadcaster|chain"
)
_COMPANY_AFTER = re.compile(
    r"(?:['’]s (?:executives|shares|stock|CEO|chief executive)\b"
    r"| (?:executives|stock)\b"
    r"| shares (?:rose|fell|jumped|dropped|climbed|slid|gained|lost|closed|were|are|have|had)\b"
    rf"|, (?:a|an|the) (?:[a-z][a-z-]* ){{1,3}}(?:{_COMPANY_NOUNS})(?![\w'’-]))"
)
"""What follows a company's name and no place's or person's: its executives, shares or stock, or an apposition of a
kind of company with at least one modifier (``a mobile marketing company``)."""
_COMPANY_BEFORE = re.compile(r"(?:\bCEO|\bchief executive|\bexecutives|\bshares|\bstock) (?:of|at) $")
"""What precedes a company's name: ``the chief executive of``, ``shares of``."""
_IN_BEFORE = re.compile(r"(?:^|\W)in $")
_REACH = 24
_PART_LENGTHS = frozenset({1, 2})
"""A company's name's shorter runs read as its own (``Ridgeback`` and ``Coal`` of ``Ridgeback Coal``)."""


def companies_tagged_place_or_person(spans: Sequence[NerSpan], texts: Mapping[SourceKey, str]) -> list[NerSpan]:
    """``spans`` with every span of a name the article writes as a company's (its executives, shares, stock, or an
    apposition naming a kind of company), tagged a place or a person, labelled ORG."""
    candidates = {
        name_key(s.text)
        for s in spans
        if s.label in _LABELS_A_COMPANY_TAKES and _written_as_a_company(s, text_of(texts, s))
    }
    if not candidates:  # most articles: nothing more is read
        return list(spans)
    companies = candidates - _names_of_places_or_people(candidates, spans, texts)
    if not companies:
        return list(spans)
    parts = {" ".join(run) for key in companies for run in shorter_runs(tuple(key.split()), _PART_LENGTHS)}
    others = [s for s in spans if name_key(s.text) not in companies]  # the company's own spans name no person
    named = companies | (parts - _names_of_places_or_people(parts, others, texts))
    return [
        replace(s, label="ORG") if s.label in _LABELS_A_COMPANY_TAKES and name_key(s.text) in named else s
        for s in spans
    ]


def _written_as_a_company(span: NerSpan, text: str) -> bool:
    before = text[max(0, span.char_start - _REACH) : span.char_start]
    return _COMPANY_AFTER.match(text, span.char_end) is not None or _COMPANY_BEFORE.search(before) is not None


def _names_of_places_or_people(keys: set[str], spans: Sequence[NerSpan], texts: Mapping[SourceKey, str]) -> set[str]:
    """The keys a gazetteer knows as places, that open with a given name, that are a word of a longer person's name
    in the article, or that the article writes after ``in``."""
    in_longer_people = {w for s in spans if s.label == "PERSON" and " " in s.text for w in name_key(s.text).split()}
    after_in = {
        name_key(s.text)
        for s in spans
        if name_key(s.text) in keys and _IN_BEFORE.search(text_of(texts, s)[max(0, s.char_start - 4) : s.char_start])
    }
    return {
        key
        for key in keys
        if key in PLACE_KEYS or is_a_given_name(key.split()[0].title()) or key in in_longer_people or key in after_in
    }
