"""The Great Expectations suites, one per stage, as data.

pandera (``newsprep.schemas.tables``) is the hard contract on each table: types, nulls, keys, ranges. These suites
cover dataset-level quality that a column type cannot say: artifact residue, offsets that slice to their
text, duplicates after cleaning, cross-table integrity, the share of attributed quotes. Each check names the
check frame it runs on (built by ``newsprep.quality.frames``), a GX expectation class and its arguments, and a
severity: a failed ``critical`` check stops the publish; a ``warning`` is recorded and shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from newsprep.schemas.tables import ENTITY_LABELS, TABLES

CHILD_TABLES = tuple(spec.name for spec in TABLES if spec.parent == "documents")
"""The tables whose every row must belong to a published document."""

Severity = Literal["critical", "warning"]


@dataclass(frozen=True, slots=True)
class CheckSpec:
    stage: str
    frame: str
    name: str
    expectation: str
    kwargs: dict[str, Any] = field(default_factory=dict)
    severity: Severity = "critical"


def _all_true(stage: str, frame: str, column: str, name: str, severity: Severity = "critical") -> CheckSpec:
    return CheckSpec(
        stage, frame, name, "ExpectColumnValuesToBeInSet", {"column": column, "value_set": [True]}, severity
    )


MIN_SPEAKER_ENTITY_SHARE = 0.4
"""Below this share of quotes with a speaker_entity_id, speakers are mostly descriptions or unresolved names."""


MAX_NOT_ENGLISH_SHARE = 0.05
"""Above this share of documents in another language (``documents.language``), a good part of the corpus's rows come
from an English model and English rules run on text they were not written for: worth a warning, never a reason to
withhold the rest."""


def stage_suites(*, min_speaker_share: float) -> dict[str, list[CheckSpec]]:
    """Checks grouped by stage, in the order they run."""
    return {
        "ingest": [
            _all_true("ingest", "inventory", "accounted", "every raw file is in documents or rejects"),
            CheckSpec(
                "ingest",
                "documents",
                "at least one document published",
                "ExpectTableRowCountToBeBetween",
                {"min_value": 1},
                "warning",
            ),
        ],
        "clean": [
            CheckSpec(
                "clean",
                "documents",
                "no artifact phrase left in clean_text",
                "ExpectColumnValuesToBeInSet",
                {"column": "artifact_residue", "value_set": [False]},
            ),
            CheckSpec(
                "clean",
                "documents",
                "every document has a title",
                "ExpectColumnValueLengthsToBeBetween",
                {"column": "title", "min_value": 1},
                "warning",
            ),
            _all_true("clean", "paragraphs", "slice_ok", "paragraph offsets slice clean_text to their text"),
            CheckSpec(
                "clean",
                "paragraphs",
                "no duplicate paragraph within a document",
                "ExpectColumnValuesToBeInSet",
                {"column": "repeated_in_document", "value_set": [False]},
                # Real articles repeat lines of their own (recipe lists, forms, refrains): worth a look, not a
                # reason to withhold every other document. Caption residue has critical checks of its own.
                "warning",
            ),
            CheckSpec(
                "clean",
                "captions",
                "no caption text left in clean_text",
                "ExpectColumnValuesToBeInSet",
                {"column": "in_clean_text", "value_set": [False]},
            ),
        ],
        "quotes": [
            CheckSpec(
                "quotes",
                "quotes",
                "no quote is empty",
                "ExpectColumnValuesToBeBetween",
                {"column": "stripped_length", "min_value": 1},
            ),
            _all_true("quotes", "quotes", "slice_ok", "quote offsets slice clean_text to their text"),
            CheckSpec(
                "quotes",
                "quotes",
                "share of quotes with a speaker",
                "ExpectColumnMeanToBeBetween",
                {"column": "has_speaker", "min_value": min_speaker_share},
                "warning",
            ),
            CheckSpec(
                "quotes",
                "quotes",
                "share of quotes whose speaker is a resolved entity",
                "ExpectColumnMeanToBeBetween",
                {"column": "speaker_is_entity", "min_value": MIN_SPEAKER_ENTITY_SHARE},
                "warning",
            ),
        ],
        "entities": [
            CheckSpec(
                "entities",
                "entities",
                "entity labels in the allowed set",
                "ExpectColumnValuesToBeInSet",
                {"column": "label", "value_set": list(ENTITY_LABELS)},
            ),
            _all_true("entities", "mentions", "slice_ok", "mention offsets slice their source text"),
            _all_true("entities", "mentions", "entity_known", "every mention refers to an entity of its document"),
        ],
        "statistics": [
            _all_true("statistics", "statistics", "finite", "statistic values are finite"),
            _all_true("statistics", "statistics", "slice_ok", "statistic offsets slice clean_text to their text"),
        ],
        "corpus": [
            *(
                _all_true("corpus", table, "key_known", f"every key in {table} is a row of corpus_entities")
                for table in ("entities", "mentions", "quotes")
            ),
            _all_true(
                "corpus", "corpus_entities", "counts_match", "corpus_entities' counts match entities, mentions, quotes"
            ),
        ],
        "publish": [
            *(
                _all_true("publish", table, "doc_published", f"every {table} row belongs to a published document")
                for table in CHILD_TABLES
            ),
            _all_true("publish", "documents", "counts_match", "documents' counts match the child tables"),
            CheckSpec(
                "publish",
                "documents",
                "share of documents not in English (their entities, quotes and statistics come from English rules)",
                "ExpectColumnMeanToBeBetween",
                {"column": "not_english", "max_value": MAX_NOT_ENGLISH_SHARE},
                "warning",
            ),
        ],
    }
