"""A company's legal form ends its name (issue 17, entities round e9).

News names a company with the legal form of its country after it: ``Halvorsen Line AS``, ``Nordstjernan Impact AB``,
``Van der Velde Salvage B.V.``, ``Kessler Druckmann PC``. The small model knows the English forms (``Inc.``, ``Ltd``,
in ``ORG_HEADS``) but tags a name ending in another form PERSON or a place, or leaves the form outside the span. A
span ending in a legal form, or followed by one, is an ORG holding it; a legal form ends the name, so an ``of
<Place>`` after it is the company's seat, not its name (``Nordstjernan Impact AB of Stockholm``).

The forms are matched case-sensitively: ``AS``, ``SA``, ``PC`` and ``SE`` are words or other abbreviations in lower or
title case.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from newsprep.extract.entities.places import PLACE_KEYS
from newsprep.extract.entities.source_text import SourceKey, text_of
from newsprep.model import NerSpan
from newsprep.text import word_set

LEGAL_FORMS = word_set(
    """
    AS ASA A/S AB AG SA S.A. SAS NV N.V. BV B.V. GmbH KG PLC plc LLP LP PC SE SpA S.p.A. Oy Oyj KK Pty Bhd Srl S.r.l.
    Inc. Inc Corp. Corp Co. Ltd Ltd. LLC L.L.C.
    a.s a.s. s.r.o s.r.o. Zrt Zrt. Kft Kft. Nyrt Nyrt. Ltda Ltda.
    """
)
"""Companies' legal forms across countries, as news prints them after a name (round e10 added the Czech and Slovak
``a.s.``, ``s.r.o.``, the Hungarian ``Zrt.``, ``Kft.``, ``Nyrt.`` and the Brazilian ``Ltda.``; each is written with
and without its last period, as a sentence's end takes it)."""
_FORM_AFTER = re.compile(r" ([A-Za-z./]+?)(?=[\s,;:)]|\.?$|\.\s)")
_SEAT_AFTER_FORM = re.compile(r" of [A-Z]")
_LABELS_A_FORM_MAKES_ORG = frozenset({"PERSON", "GPE", "LOC", "ORG", "NORP", "FAC"})
_PLACE_LABELS = frozenset({"GPE", "LOC"})


def companies_by_legal_form(spans: Sequence[NerSpan], texts: Mapping[SourceKey, str]) -> list[NerSpan]:
    """The spans, each one ending in a legal form or followed by one made an ORG that ends at its form, and the
    company's name written without its form elsewhere an ORG too."""
    companies = [_company(span, text_of(texts, span)) for span in spans]
    names = {_without_form(s.text) for s in companies if s.label == "ORG" and _end_at_legal_form(s.text) is not None}
    first_words = {name.split()[0] for name in names if len(name.split()) >= 2}
    return [_named_company(span, names, first_words) for span in companies]


def _without_form(name: str) -> str:
    return name.rsplit(" ", 1)[0].rstrip(",")


def _named_company(span: NerSpan, names: set[str], first_words: set[str]) -> NerSpan:
    """``Halvorsen Line said``, after ``Halvorsen Line AS``: the company, whatever label the model gave the short form;
    its first word alone (``Corvana`` of ``Corvana Technologies Corp.``) only where the model took it for a place the
    gazetteer does not hold, since a first word alone is as often a person's surname (``Ford``)."""
    if span.label == "ORG":
        return span
    if span.text in names and span.label in _LABELS_A_FORM_MAKES_ORG:
        return replace(span, label="ORG")
    if span.label in _PLACE_LABELS and span.text in first_words and span.text.casefold() not in PLACE_KEYS:
        return replace(span, label="ORG")
    return span


def _company(span: NerSpan, text: str) -> NerSpan:
    if span.label not in _LABELS_A_FORM_MAKES_ORG or len(span.text.split()) < 2:
        return span  # one word and a form after it is as often a product's maker and the product ("a Dell PC")
    end = _end_at_legal_form(span.text)
    if end is not None:
        return _as_company(span, text, span.char_start + end)
    form = _FORM_AFTER.match(text, span.char_end)
    if form is not None and form.group(1) in LEGAL_FORMS:
        with_period = f"{form.group(1)}." in LEGAL_FORMS and text.startswith(".", form.end(1))
        return _as_company(span, text, form.end(1) + with_period)  # "a.s." keeps its period before "of Žilina"
    return span


def _end_at_legal_form(name: str) -> int | None:
    """Where the name ends, after its legal form: its last word, or one before ``of <Place>``; None without one."""
    words = name.split()
    if words[-1] in LEGAL_FORMS and len(words) >= 2:
        return len(name)
    for match in _SEAT_AFTER_FORM.finditer(name):
        before = name[: match.start()].split()
        if len(before) >= 2 and before[-1] in LEGAL_FORMS:
            return match.start()
    return None


def _as_company(span: NerSpan, text: str, end: int) -> NerSpan:
    return replace(span, char_end=end, text=text[span.char_start : end], label="ORG")
