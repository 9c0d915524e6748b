"""Entities stage: fix NER spans with news rules, resolve names within the article, count mentions.

Pure: takes the cleaned article and the spans ``newsprep.nlp.find_ner_spans`` found in it (title, body and
captions with their credits) and returns one ``Entity`` per resolved entity and one ``Mention`` per span,
both sorted. Never raises on odd spans: a span whose offsets do not fit its text is dropped or clipped.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from newsprep.extract.entities.resolution import resolve_names
from newsprep.extract.entities.rules import fix_spans, source_texts
from newsprep.model import ENTITY_LABELS, CleanArticle, Entity, Mention, NerSpan


@lru_cache(maxsize=65_536)
def entity_id(label: str, text: str) -> str:
    """Stable across documents: the same label and canonical text give the same id."""
    return hashlib.sha256(f"{label}\x1f{text}".encode()).hexdigest()[:16]


def resolve_entities(
    article: CleanArticle, spans: Sequence[NerSpan], *, labels: frozenset[str] = ENTITY_LABELS
) -> tuple[tuple[Entity, ...], tuple[Mention, ...]]:
    """Entities sorted by (label, text) and mentions sorted by (source, caption, offset)."""
    fixed = fix_spans(article, spans, labels)
    resolved = resolve_names(fixed, source_texts(article))
    mentions = tuple(
        sorted(
            (
                Mention(
                    entity_id=entity_id(r.label, r.entity_text),
                    entity_text=r.entity_text,
                    label=r.label,
                    source=r.span.source,
                    caption_idx=r.span.caption_idx,
                    char_start=r.span.char_start,
                    char_end=r.span.char_end,
                    text=r.span.text,
                )
                for r in resolved
            ),
            key=_mention_order,
        )
    )
    counts = Counter((m.label, m.entity_text) for m in mentions)
    entities = tuple(
        Entity(entity_id(label, text), text, label, count) for (label, text), count in sorted(counts.items())
    )
    return entities, mentions


def _mention_order(mention: Mention) -> tuple[str, int, int, int]:
    caption = -1 if mention.caption_idx is None else mention.caption_idx
    return (mention.source, caption, mention.char_start, mention.char_end)
