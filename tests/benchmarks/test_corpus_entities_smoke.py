"""Smoke test of ``benchmarks/corpus_entities.py`` on two made-up published documents replicated to ten."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from benchmarks.corpus_entities import measure, replicated_tables
from newsprep.run.publish import write_parquet_atomic
from newsprep.tables import frame_from_rows

DOCS = ("a" * 64, "b" * 64)


def _published(folder: Path) -> Path:
    folder.mkdir()
    rows: dict[str, list[dict[str, object]]] = {
        "documents": [
            {"doc_id": d, "source_path": f"{n}.txt", "title": "t", "contributors": [], "encoding": "utf-8"}
            | {"input_format": "text", "clean_text": "Ana Ruiz spoke. Ruiz left.", "word_count": 5, "language": "en"}
            | dict.fromkeys(("paragraph_count", "caption_count", "statistic_count"), 0)
            | {"quote_count": 1, "entity_count": 1, "mention_count": 2}
            for n, d in enumerate(DOCS)
        ],
        "entities": [
            {"doc_id": d, "entity_id": "0" * 16, "text": "Ana Ruiz", "label": "PERSON", "mention_count": 2}
            | {"entity_key": "person:ana-ruiz"}
            for d in DOCS
        ],
        "mentions": [
            {"doc_id": d, "entity_id": "0" * 16, "text": text, "source": "body", "caption_idx": None}
            | {"char_start": start, "char_end": start + len(text), "entity_key": "person:ana-ruiz"}
            for d in DOCS
            for text, start in (("Ana Ruiz", 0), ("Ruiz", 16))
        ],
        "quotes": [
            {"doc_id": d, "quote_idx": 0, "text": "x", "kind": "direct", "speaker": "Ana Ruiz"}
            | {"speaker_key": "person:ana-ruiz", "speaker_mention": "Ruiz", "speaker_description": None, "cue": "said"}
            | {"paragraph_idx": 0, "char_start": 0, "char_end": 1, "part_count": 1}
            | {"attribution": "cue", "speaker_entity_id": "0" * 16}
            for d in DOCS
        ],
    }
    for table, table_rows in rows.items():
        write_parquet_atomic(frame_from_rows(table, table_rows), table, folder / f"{table}.parquet")
    return folder


def test_the_tables_are_replicated_under_new_ids_and_keyed(tmp_path: Path) -> None:
    folder = _published(tmp_path / "out")
    tables = replicated_tables([folder], 10)
    assert tables["documents"]["doc_id"].n_unique() == 10 and not set(DOCS) & set(tables["documents"]["doc_id"])
    assert tables["mentions"].height == 20
    result = measure([folder], 10)
    assert (result["articles"], result["entities"], result["mentions"], result["quotes"]) == (10, 10, 20, 10)
    assert result["corpus_entities"] == 1 and result["seconds"] >= 0
    assert result["peak_rss_mb_after"] >= result["peak_rss_mb_before"] > 0
    assert pl.read_parquet(folder / "entities.parquet").height == 2  # the published folder is only read
