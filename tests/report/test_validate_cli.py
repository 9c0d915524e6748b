"""`newsprep validate DIR`: contracts checked on Parquet files as they are on disk (what CI and analysts run)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import polars as pl
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from newsprep.cli import app
from newsprep.run.publish import write_parquet_atomic
from newsprep.tables import frame_from_rows

DOC = "a" * 64
QUOTE: dict[str, Any] = {
    "doc_id": DOC,
    "quote_idx": 0,
    "text": "We will rebuild",
    "kind": "direct",
    "speaker": "Ana Ruiz",
    "speaker_key": "person:ana-ruiz",
    "speaker_mention": "Ruiz",
    "speaker_description": None,
    "cue": "said",
    "paragraph_idx": 0,
    "char_start": 1,
    "char_end": 16,
    "part_count": 1,
    "speaker_entity_id": None,
    "attribution": "cue",
    "speaker_kind": "person",
}
REJECT = {"source_path": "x.bin", "doc_id": None, "stage": "ingest", "reason": "binary", "detail": "not text"}


@pytest.fixture
def good_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "tables"
    folder.mkdir()
    write_parquet_atomic(frame_from_rows("quotes", [QUOTE]), "quotes", folder / "quotes.parquet")
    write_parquet_atomic(frame_from_rows("rejects", [REJECT]), "rejects", folder / "rejects.parquet")
    return folder


def test_good_tables_pass(good_dir: Path) -> None:
    result = CliRunner().invoke(app, ["validate", str(good_dir)])
    assert result.exit_code == 0, result.output
    assert "quotes" in result.output and "rejects" in result.output and "FAILED" not in result.output


def test_a_tampered_table_fails_naming_the_table_and_the_check(good_dir: Path) -> None:
    tampered = pl.DataFrame([QUOTE | {"kind": "indirect"}]).to_arrow()
    pq.write_table(tampered, good_dir / "quotes.parquet")  # plain pyarrow, no contract schema
    result = CliRunner().invoke(app, ["validate", str(good_dir)])
    assert result.exit_code == 1, result.output
    assert "FAILED" in result.output
    problems = [line for line in result.output.splitlines() if line.startswith("quotes: ")]
    assert problems and "column 'kind'" in problems[0] and "isin" in problems[0] and "indirect" in problems[0]
    assert not any(line.startswith("rejects: ") for line in result.output.splitlines())


def test_a_missing_column_fails(good_dir: Path) -> None:
    pq.write_table(frame_from_rows("rejects", [REJECT]).drop("detail").to_arrow(), good_dir / "rejects.parquet")
    result = CliRunner().invoke(app, ["validate", str(good_dir)])
    assert result.exit_code == 1 and "rejects: " in result.output and "detail" in result.output


def test_a_missing_nullable_column_fails_in_one_line(good_dir: Path) -> None:
    pq.write_table(frame_from_rows("quotes", [QUOTE]).drop("speaker").to_arrow(), good_dir / "quotes.parquet")
    result = CliRunner().invoke(app, ["validate", str(good_dir)])
    assert result.exit_code == 1, result.output
    assert "quotes: table is missing columns its contract names: speaker" in result.output.splitlines()


def test_every_problem_is_one_line_without_frames_or_query_plans(good_dir: Path) -> None:
    rows = [QUOTE, QUOTE | {"text": "Twice\nover", "kind": "indirect"}, QUOTE | {"quote_idx": 1, "char_start": -4}]
    pq.write_table(pl.DataFrame(rows).to_arrow(), good_dir / "quotes.parquet")
    result = CliRunner().invoke(app, ["validate", str(good_dir)])
    assert result.exit_code == 1, result.output
    problems = [line for line in result.output.splitlines() if line.startswith("quotes: ")]
    assert len(problems) == 3, result.output  # the duplicate key, the kind, the negative offset
    assert "key (doc_id, quote_idx) is not unique: 2 rows share a key, e.g. rows 0, 1" in problems[0]
    assert not any(mark in result.output for mark in ("┌", "╞", "Resolved plan", "Traceback"))


def test_an_unreadable_file_fails(good_dir: Path) -> None:
    (good_dir / "quotes.parquet").write_bytes(b"not parquet")
    result = CliRunner().invoke(app, ["validate", str(good_dir)])
    assert result.exit_code == 1 and "quotes: unreadable Parquet" in result.output


@pytest.mark.parametrize("make", ["missing", "empty"])
def test_a_folder_without_tables_is_a_usage_error(tmp_path: Path, make: str) -> None:
    folder = tmp_path / "nothing"
    if make == "empty":
        folder.mkdir()
    result = CliRunner().invoke(app, ["validate", str(folder)])
    assert result.exit_code == 2
