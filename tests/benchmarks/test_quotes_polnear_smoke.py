"""Smoke test of ``benchmarks/quotes_polnear.py``: the one command on two PolNeAR dev articles.

The articles are read from the shared corpus at run time and copied to a temporary folder; their text never
enters the repository.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT, SHARED_DIR

CORPUS = SHARED_DIR / "corpus" / "polnear-dev"
SCRIPT = REPO_ROOT / "benchmarks" / "quotes_polnear.py"
SYSTEMS = {"newsprep", "newsprep-parts", "textacy"}
FIGURES = ("quote_p", "quote_r", "quote_f1", "speaker_acc_lenient", "attributed_r")


def _two_small_articles_with_quotes(tmp_path: Path) -> Path:
    if not (CORPUS / "raw").is_dir() or not (CORPUS / "gold").is_dir():
        pytest.fail(
            f"the shared PolNeAR dev corpus is missing: expected {CORPUS}/raw and {CORPUS}/gold "
            "(the ../shared folder must sit beside the clone, as in CI)"
        )
    with_quotes = [
        gold
        for gold in sorted((CORPUS / "gold").glob("*.json"))
        if json.loads(gold.read_text(encoding="utf-8"))["quotes"] and (CORPUS / "raw" / f"{gold.stem}.txt").is_file()
    ]
    chosen = sorted(with_quotes, key=lambda gold: ((CORPUS / "raw" / f"{gold.stem}.txt").stat().st_size, gold.name))
    corpus = tmp_path / "polnear"
    for folder in ("raw", "gold"):
        (corpus / folder).mkdir(parents=True)
    for gold in chosen[:2]:
        shutil.copy(gold, corpus / "gold" / gold.name)
        shutil.copy(CORPUS / "raw" / f"{gold.stem}.txt", corpus / "raw" / f"{gold.stem}.txt")
    return corpus


def test_one_command_scores_three_systems(tmp_path: Path) -> None:
    corpus = _two_small_articles_with_quotes(tmp_path)
    out = tmp_path / "eval"
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--corpus", str(corpus), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "| system | quote_p | quote_r | quote_f1 | speaker_acc_lenient | attributed_r | docs lost | seconds |" in (
        done.stdout
    )

    results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    assert results["articles"] == 2
    assert set(results["systems"]) == SYSTEMS
    for system, figures in results["systems"].items():
        for name in FIGURES:
            value = figures[name]
            assert isinstance(value, int | float) and 0.0 <= value <= 1.0, (system, name, value)
        assert isinstance(figures["docs_lost"], int) and 0 <= figures["docs_lost"] <= 2
        assert isinstance(figures["seconds"], int | float) and figures["seconds"] >= 0
        assert figures["docs_missing"] == [], system  # every gold file matched a document by its source_path
        assert figures["counts"]["gold"] > 0, system
        assert (out / system / "documents.parquet").is_file() and (out / system / "quotes.parquet").is_file()
