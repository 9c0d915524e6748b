"""Turn one article's records into table rows (plain dicts keyed by contract column names)."""

from __future__ import annotations

from typing import Any

from newsprep.model import CleanArticle, Extraction

Row = dict[str, Any]
TableRows = dict[str, list[Row]]


def document_rows(
    *, doc_id: str, source_path: str, encoding: str, input_format: str, article: CleanArticle,
    extraction: Extraction,
) -> TableRows:
    """All rows one published article contributes, one list per table."""
    documents: Row = {
        "doc_id": doc_id,
        "source_path": source_path,
        "title": article.title,
        "dateline": article.dateline,
        "contributors": list(article.contributors),
        "encoding": encoding,
        "input_format": input_format,
        "clean_text": article.clean_text,
        "word_count": len(article.clean_text.split()),
        "paragraph_count": len(article.paragraphs),
        "caption_count": len(article.captions),
        "quote_count": len(extraction.quotes),
        "entity_count": len(extraction.entities),
        "mention_count": len(extraction.mentions),
        "statistic_count": len(extraction.statistics),
    }
    return {
        "documents": [documents],
        "paragraphs": [
            {"doc_id": doc_id, "paragraph_idx": p.idx, "kind": p.kind, "text": p.text,
             "char_start": p.char_start, "char_end": p.char_end}
            for p in article.paragraphs
        ],
        "captions": [
            {"doc_id": doc_id, "caption_idx": c.idx, "text": c.text, "credit": c.credit,
             "occurrences": c.occurrences}
            for c in article.captions
        ],
        "quotes": [
            {"doc_id": doc_id, "quote_idx": q.idx, "text": q.text, "kind": q.kind, "speaker": q.speaker,
             "speaker_mention": q.speaker_mention, "speaker_description": q.speaker_description, "cue": q.cue,
             "paragraph_idx": q.paragraph_idx, "char_start": q.char_start, "char_end": q.char_end,
             "part_count": q.part_count}
            for q in extraction.quotes
        ],
        "entities": [
            {"doc_id": doc_id, "entity_id": e.entity_id, "text": e.text, "label": e.label,
             "mention_count": e.mention_count}
            for e in extraction.entities
        ],
        "mentions": [
            {"doc_id": doc_id, "entity_id": m.entity_id, "text": m.text, "source": m.source,
             "caption_idx": -1 if m.caption_idx is None else m.caption_idx,
             "char_start": m.char_start, "char_end": m.char_end}
            for m in extraction.mentions
        ],
        "statistics": [
            {"doc_id": doc_id, "stat_idx": s.idx, "text": s.text, "value": s.value, "unit": s.unit,
             "measures": s.measures, "qualifier": s.qualifier, "range_id": s.range_id, "source": s.source,
             "paragraph_idx": s.paragraph_idx, "char_start": s.char_start, "char_end": s.char_end}
            for s in extraction.statistics
        ],
    }


def reject_row(*, source_path: str, doc_id: str | None, stage: str, reason: str, detail: str) -> Row:
    return {"source_path": source_path, "doc_id": doc_id, "stage": stage, "reason": reason, "detail": detail}
