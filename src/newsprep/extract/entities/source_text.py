"""Where an entity span's words are: the source text it slices (the title, the body or a caption), and whether it
starts a sentence there. Shared by the entity rules, which each read a few characters around a span."""

from __future__ import annotations

from collections.abc import Mapping

from newsprep.model import MentionSource, NerSpan

SourceKey = tuple[MentionSource, int | None]
"""A source text: ``("title", None)``, ``("body", None)`` or ``("caption", idx)``."""
SENTENCE_END = '.!?"“”’\n:—–'
"""What ends the text before a sentence's first word: a line break, a colon or a dash opens one too."""


def source_key(span: NerSpan) -> SourceKey:
    """The key of the text ``span`` slices (only a caption's spans carry their caption's index into it)."""
    return (span.source, span.caption_idx if span.source == "caption" else None)


def text_of(texts: Mapping[SourceKey, str], span: NerSpan) -> str:
    """The source text ``span`` slices, empty when the article has none such."""
    return texts.get(source_key(span), "")


def at_sentence_start(text: str, start: int) -> bool:
    """Whether ``start`` opens a sentence of ``text``: nothing but spaces before it, or a sentence's end. Only the few
    characters before it are read, more only when they are all spaces (rules call this once per span)."""
    look = 16
    while True:
        before = text[max(0, start - look) : start].rstrip(" \t")
        if before or look >= start:
            return not before or before[-1] in SENTENCE_END
        look *= 4
