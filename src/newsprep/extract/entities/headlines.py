"""Names in a title-case headline: capitals no longer mark where a name ends, so the model runs names into the verb
after them ("Mayor Lee Drops Bid" gives a PERSON "Lee Drops Bid") or an adjective before them ("Derelict Obama"). A
person's span is cut to the part of it that is a name the body gives, when the words cut off are in no name of the
body; any span is cut before a headline verb."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from newsprep.model import NerSpan
from newsprep.text.headlines import HEADLINE_VERBS, is_title_case
from newsprep.text.tokens import CHUNKS

_EDGE = ",.;:!?'’\"“”"


def cut_headline_spans(spans: Sequence[NerSpan], title: str) -> list[NerSpan]:
    """The spans, those in a title-case headline cut to the name they start with."""
    if not is_title_case(title):
        return list(spans)
    body = [s for s in spans if s.source != "title"]
    person_names = {_key_words(s.text) for s in body if s.label == "PERSON"}
    name_words = {w for s in body for w in _key_words(s.text)}
    return [_cut(s, title, person_names, name_words) if s.source == "title" else s for s in spans]


def _key_words(text: str) -> tuple[str, ...]:
    return tuple(w.strip(_EDGE).casefold().replace(".", "") for w in text.split())


def _is_part_of(words: tuple[str, ...], names: set[tuple[str, ...]]) -> bool:
    n = len(words)
    return any(name[i : i + n] == words for name in names for i in range(len(name) - n + 1))


def _cut(span: NerSpan, title: str, person_names: set[tuple[str, ...]], name_words: set[str]) -> NerSpan:
    tokens = list(CHUNKS.finditer(title, span.char_start, span.char_end))
    words = [_key_words(t.group())[0] for t in tokens]
    first, last = 0, len(words)
    if span.label == "PERSON" and not _is_part_of(tuple(words), person_names):
        # the longest run of the span that is (part of) a person the body names; the words around it are in no name
        runs = [
            (i, j)
            for i in range(len(words))
            for j in range(len(words), i, -1)
            if _is_part_of(tuple(words[i:j]), person_names) and not any(w in name_words for w in words[:i] + words[j:])
        ]
        if runs:
            first, last = max(runs, key=lambda run: run[1] - run[0])
    if (first, last) == (0, len(words)):
        last = next((i for i in range(1, len(words)) if words[i] in HEADLINE_VERBS), len(words))
    if (first, last) == (0, len(words)):
        return span
    start, end = tokens[first].start(), tokens[last - 1].end()
    while end > start and title[end - 1] in _EDGE:
        end -= 1
    return replace(span, char_start=start, char_end=end, text=title[start:end])
