"""The bundled sample through the real Prefect flow: every table published, valid, and scored against gold."""

from __future__ import annotations

import hashlib
import json
import random
import time
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import polars as pl
import pytest

from newsprep.run.changes import SHRINK_CHECK
from newsprep.tables import ALL_TABLES, ARTICLE_TABLES, conform
from tests.conftest import SHARED_DIR, stop_prefect_events_worker
from tests.e2e.conftest import score

pytestmark = pytest.mark.slow


def test_every_table_is_published_and_conforms(sample_run: tuple[Path, dict[str, Any]]) -> None:
    out, result = sample_run
    assert result["published"]
    for table in ALL_TABLES:
        frame = pl.read_parquet(out / f"{table}.parquet")
        assert conform(table, frame).equals(frame), f"{table} is not sorted by key or breaks its contract"
    documents = pl.read_parquet(out / "documents.parquet")
    assert documents.height == 1 and documents["source_path"].to_list() == ["npr-blinken-china.txt"]
    assert (
        documents["doc_id"][0]
        == hashlib.sha256((Path(__file__).parents[2] / "data/raw/npr-blinken-china.txt").read_bytes()).hexdigest()
    )


def test_all_checks_pass_and_are_recorded(sample_run: tuple[Path, dict[str, Any]]) -> None:
    out, result = sample_run
    quality = pl.read_parquet(out / "quality.parquet")
    # The run's checks are the data's (published in quality.parquet) and the shrink guard's (a publish decision).
    assert [c["check"] for c in result["checks"]][-1] == SHRINK_CHECK and all(c["success"] for c in result["checks"])
    assert quality.height == len(result["checks"]) - 1 > 10
    assert quality.filter(~pl.col("success")).height == 0, quality.filter(~pl.col("success")).to_dicts()


def test_counts_in_the_manifest_match_the_tables(sample_run: tuple[Path, dict[str, Any]]) -> None:
    out, result = sample_run
    manifest_counts = result["row_counts"]
    for table in ARTICLE_TABLES:
        assert manifest_counts[table] == pl.read_parquet(out / f"{table}.parquet").height
    assert Path(result["manifest_path"]).is_file() and (out / "manifest.json").is_file()


def test_readable_by_duckdb_and_pandas(sample_run: tuple[Path, dict[str, Any]]) -> None:
    out, _ = sample_run
    top = duckdb.sql(
        f"SELECT speaker, count(*) AS n FROM '{out}/quotes.parquet' WHERE speaker IS NOT NULL "
        "GROUP BY speaker ORDER BY n DESC, speaker LIMIT 1"
    ).fetchall()
    assert top and top[0][1] >= 2
    assert len(pd.read_parquet(out / "entities.parquet")) > 0


def test_sample_scores_meet_the_foundation_bar(sample_run: tuple[Path, dict[str, Any]]) -> None:
    out, _ = sample_run
    figures = score(SHARED_DIR / "fixtures" / "gold", out)
    assert figures["docs_missing"] == []
    assert figures["clean_residue"] == 0
    for metric in ("caption_r", "credit_acc", "title_acc", "dateline_acc", "para_recall", "stat_f1"):
        assert figures[metric] == 1.0, (metric, figures)
    assert figures["quote_f1"] >= 0.9, figures
    assert figures["speaker_acc_strict"] >= 0.9, figures
    assert figures["entity_f1_lenient"] >= 0.85, figures


def test_no_published_quote_is_one_of_the_gold_terms(sample_run: tuple[Path, dict[str, Any]]) -> None:
    # score.py can match a term inside a longer gold quote as one of its parts; the gold's not_quotes say it is none
    out, _ = sample_run
    gold = json.loads((SHARED_DIR / "fixtures" / "gold" / "npr-blinken-china.json").read_text(encoding="utf-8"))
    published = set(pl.read_parquet(out / "quotes.parquet")["text"].to_list())
    assert gold["not_quotes"] and not published & set(gold["not_quotes"])


def test_no_prefect_thread_draws_from_the_global_random_after_a_run(sample_run: tuple[Path, dict[str, Any]]) -> None:
    """Hypothesis warns when the global ``random`` moves during a draw: once the run's events worker is stopped (as
    every test's teardown does), nothing of the run may keep drawing from it (its websocket pings did, every ~10 s)."""
    stop_prefect_events_worker()
    state = random.getstate()
    time.sleep(15)
    assert random.getstate() == state
