"""Issue 18's bar on PolNeAR dev: one key per person across the 84 articles, and different people apart.

Runs ``newsprep run`` on the shared corpus (read at run time; its text never enters the repository) and scores the
published ``entity_key`` against the hand labels of ``benchmarks/annotations/polnear-identities.json``.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from benchmarks.entity_merges import DEFAULT_LABELS, evaluate, load_labels
from tests.conftest import SHARED_DIR
from tests.e2e.conftest import run_newsprep

pytestmark = pytest.mark.slow
RAW_CORPUS = SHARED_DIR / "corpus" / "polnear-dev" / "raw"


@pytest.fixture(scope="module")
def polnear(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not RAW_CORPUS.is_dir():
        pytest.fail(f"the shared PolNeAR dev corpus is missing: expected {RAW_CORPUS} (../shared beside the clone)")
    out = tmp_path_factory.mktemp("polnear-out")
    result = run_newsprep("run", RAW_CORPUS, "--out", out)
    assert result.returncode == 0, result.stdout + result.stderr
    return out


def test_merge_precision_and_recall_of_the_entity_key(polnear: Path) -> None:
    report, _ = evaluate(polnear, load_labels(DEFAULT_LABELS), key="entity_key")
    assert report["precision"] >= 0.99 and report["recall"] >= 0.95, report


TRUMP = ("Donald Trump", "Donald J. Trump", "Trump")


def test_every_form_of_trumps_name_is_one_speaker_and_the_clintons_are_three(polnear: Path) -> None:
    quotes = pl.read_parquet(polnear / "quotes.parquet")
    by_trump = quotes.filter(pl.col("speaker").is_in(TRUMP) | pl.col("speaker_mention").is_in(TRUMP))
    assert by_trump.filter(pl.col("speaker_mention") == "Trump").height > 0
    assert by_trump["speaker_key"].unique().to_list() == ["person:donald-trump"]
    corpus = pl.read_parquet(polnear / "corpus_entities.parquet")
    trump = corpus.filter(pl.col("entity_key") == "person:donald-trump").row(0, named=True)
    assert trump["name"] == "Donald Trump" and set(TRUMP) <= set(trump["aliases"])
    assert trump["quote_count"] == quotes.filter(pl.col("speaker_key") == "person:donald-trump").height
    clintons = corpus.filter(pl.col("name").is_in(["Hillary Clinton", "Bill Clinton", "Chelsea Clinton"]))
    assert clintons.height == 3 and clintons["entity_key"].n_unique() == 3
