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
  elsewhere, so the two spellings resolve to one entity.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsprep.model import NerSpan
from newsprep.text.given_names import is_given_name

_WORD = re.compile(r"\S+")
_KEY_DROP = str.maketrans("", "", ".,’'\"“”")


def drop_epithets(spans: Sequence[NerSpan]) -> list[NerSpan]:
    """Each PERSON span of three words or more that opens with capitalised words, none a given name, before a
    capitalised given name ("van" is in the birth records, but a particle here) the article writes as a PERSON without
    them ("<Epithet> Ann Lee" beside "Ann Lee"), cut to that name."""
    forms = {_key(span.text) for span in spans if span.label == "PERSON"}
    return [_without_epithet(span, forms) if span.label == "PERSON" else span for span in spans]


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
