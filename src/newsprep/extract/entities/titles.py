"""Role words and epithets before a person's name: the entity and its mentions are the name alone (issue 17).

The gold conventions name a person without a title (``../shared/fixtures/README.md``: "canonical full name without
title"; every PERSON in the entity gold is the bare name, "Dr." and offices left out), and one person named with and
without a title is one entity. ``rules._strip_title`` cuts the words of ``PERSON_TITLES`` and lower-case words; two
constructions got past it before:

- an office the shared title list lacked (treasurer, coroner, mullah ...): now in ``newsprep.text.PERSON_TITLES``,
  which ``rules._strip_title`` cuts, as the quote stages and the corpus keys do (adding them there changed no quote
  row on any dev or guard set);
- a capitalised epithet or role word no list can hold (a nickname an opponent uses, a band or a pageant a person is
  known by): ``drop_epithets`` cuts the words before a given name when the article names the person without them
  elsewhere, so the two spellings resolve to one entity;
- the portfolio of an office written ``<Office> for|of <Portfolio> <Name>``, which NER often takes into the name and
  leaves the office out (``Minister for Fisheries`` + ``Tavita Manoa``): ``drop_portfolios`` (issue 16, round 27).
- the same after ``Head of``, with the portfolio and the person tagged one ORG (``Head of`` + ``Partnerships Beatriz
  Ocampo``): ``people_after_portfolios`` (issue 16, round 45).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from newsprep.extract.entities.lexicon import PORTFOLIO_WORDS
from newsprep.extract.entities.source_text import SourceKey, text_of
from newsprep.model import NerSpan
from newsprep.text import ORG_HEADS, PERSON_TITLES
from newsprep.text.given_names import is_given_name

_WORD = re.compile(r"\S+")
_OFFICE_OF = re.compile(r"\b([A-Z][\w-]+)\s+(?:for|of)\s+(?:the\s+)?$")
"""An office and the word linking it to its portfolio, right before a span (``Minister for ``, ``Secretary of the``)."""
_KEY_DROP = str.maketrans("", "", ".,’'\"“”")
_PORTFOLIO_OFFICES = PERSON_TITLES | {"head"}
"""The offices ``drop_portfolios`` reads before a portfolio: the person titles, and ``Head`` (``Head of Partnerships
<Name>``, the title company and university pages write most; no person title, since ``Head`` opens no name alone)."""


def drop_epithets(spans: Sequence[NerSpan]) -> list[NerSpan]:
    """Each PERSON span of three words or more that opens with capitalised words, none a given name, before a
    capitalised given name ("van" is in the birth records, but a particle here) the article writes as a PERSON without
    them ("<Epithet> Ann Lee" beside "Ann Lee"), cut to that name."""
    forms = {_key(span.text) for span in spans if span.label == "PERSON"}
    return [_without_epithet(span, forms) if span.label == "PERSON" else span for span in spans]


def drop_portfolios(spans: Sequence[NerSpan], texts: Mapping[SourceKey, str]) -> list[NerSpan]:
    """Each PERSON span of three words or more right after an office and ``for``/``of`` (``Minister for``) that opens
    with capitalised words, none a given name (a portfolio's word may be one: ``Navy``): those words are the office's
    portfolio (``Fisheries``, ``Foreign Affairs``), cut before the first given name, else before the last two
    words (a surname and a given name the birth records miss). A name that opens with a given name is left whole
    (``the Secretary of Ann Lee``)."""
    return [_without_portfolio(span, text_of(texts, span)) if span.label == "PERSON" else span for span in spans]


def people_after_portfolios(spans: Sequence[NerSpan], texts: Mapping[SourceKey, str]) -> list[NerSpan]:
    """Each ORG span right after an office and ``for``/``of`` that is a portfolio, then a given name and one or two
    capitalised words (``Head of`` + ``Partnerships Beatriz Ocampo``): NER took the portfolio and the person for one
    organisation, so the given name and what follows it are the person, a PERSON (speakers round 45: company pages
    write ``Head of <Portfolio> <Name>`` as US news writes ``Secretary of State <Name>``)."""
    return [_person_after_portfolio(span, text_of(texts, span)) if span.label == "ORG" else span for span in spans]


def _person_after_portfolio(span: NerSpan, text: str) -> NerSpan:
    words = [word.group() for word in _words_after_office(span, text)]
    lead = next((k for k, word in enumerate(words) if not _is_portfolio_word(word)), 0)
    name = words[lead:]
    if lead == 0 or not 2 <= len(name) <= 3 or not all(word[:1].isupper() for word in name):
        return span
    if any(word.strip(",.").casefold() in ORG_HEADS for word in name):
        return span  # "Head of Research Grace Foundation": an organisation after all
    cut = len(span.text) - len(" ".join(name))
    return NerSpan(span.source, span.caption_idx, span.char_start + cut, span.char_end, span.text[cut:], "PERSON")


def _words_after_office(span: NerSpan, text: str) -> list[re.Match[str]]:
    """The span's words when it holds three or more and an office and ``for``/``of`` stand right before it (``Minister
    for ``, ``Head of ``): a portfolio may open it; none otherwise."""
    words = list(_WORD.finditer(span.text))
    office = _OFFICE_OF.search(text, max(0, span.char_start - 40), span.char_start)
    if len(words) < 3 or office is None or office.group(1).casefold() not in _PORTFOLIO_OFFICES:
        return []
    return words


def _without_portfolio(span: NerSpan, text: str) -> NerSpan:
    words = _words_after_office(span, text)
    if not words:
        return span
    lead = next((k for k, word in enumerate(words) if not _is_portfolio_word(word.group())), len(words) - 2)
    first = words[min(lead, len(words) - 2)]
    if lead == 0 or not first.group()[:1].isupper():
        return span
    cut = first.start()
    return NerSpan(span.source, span.caption_idx, span.char_start + cut, span.char_end, span.text[cut:], span.label)


def _is_portfolio_word(word: str) -> bool:
    """A capitalised word no given name, or a portfolio's word the birth records hold as a name too (``Navy``)."""
    return _is_epithet_word(word) or (word[:1].isupper() and word.casefold() in PORTFOLIO_WORDS)


def _without_epithet(span: NerSpan, forms: set[tuple[str, ...]]) -> NerSpan:
    words = list(_WORD.finditer(span.text))
    for k in range(1, len(words) - 1):
        lead = words[:k]
        if not all(_is_epithet_word(w.group()) for w in lead):
            break
        name = words[k].group()
        if name[:1].isupper() and is_given_name(name) and _key(span.text[words[k].start() :]) in forms:
            cut = words[k].start()
            return NerSpan(
                span.source, span.caption_idx, span.char_start + cut, span.char_end, span.text[cut:], span.label
            )
    return span


def _is_epithet_word(word: str) -> bool:
    """A capitalised word of two letters or more that is no given name: never an initial ("J."), which is part of a
    name."""
    return len(word) > 1 and word.isalpha() and word[0].isupper() and not is_given_name(word)


def _key(text: str) -> tuple[str, ...]:
    return tuple(text.casefold().translate(_KEY_DROP).split())
