"""Turn one article's records into table rows (plain dicts keyed by contract column names)."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from newsprep.model import Mention, Reject
from newsprep.text.language import document_language

Row = dict[str, Any]


def record_row(doc_id: str, record: Any, *, idx_column: str | None = None) -> Row:
    """A record's fields as a row of its table; the record's ``idx`` becomes the table's position column.

    The records are flat (no nested dataclasses), so a shallow read of the fields is the whole row.
    """
    row: Row = {"doc_id": doc_id}
    for name in _field_names(type(record)):
        row[name] = getattr(record, name)
    if idx_column is not None:
        row[idx_column] = row.pop("idx")
    return row


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(record_type: type) -> tuple[str, ...]:
    """A record class's field names, in order: read once per class, not per row (``fields`` is slow)."""
    names = _FIELD_NAMES.get(record_type)
    if names is None:
        names = _FIELD_NAMES[record_type] = tuple(field.name for field in fields(record_type))
    return names


def mention_row(doc_id: str, mention: Mention) -> Row:
    row = record_row(doc_id, mention)
    del row["entity_text"], row["label"]  # both live in entities, keyed by entity_id
    return row


def text_measures(clean_text: str) -> Row:
    """The documents columns read from the clean text itself: its word count and its language."""
    return {"word_count": len(clean_text.split()), "language": document_language(clean_text)}


def reject_row(reject: Reject) -> Row:
    return {field.name: getattr(reject, field.name) for field in fields(reject)}
