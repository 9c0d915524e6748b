"""The rules stages' CPU script (``benchmarks/rules_cpu.py``) cuts a folder as a run does, and ``identical_tables.py``
takes the folders it is named: on invented files, no run."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.benchmarks.scripts import benchmark_script

_threads_before = os.environ.get("POLARS_MAX_THREADS")
rules_cpu = benchmark_script("rules_cpu")  # sets POLARS_MAX_THREADS for its own process: not this one's to keep
if _threads_before is None:
    os.environ.pop("POLARS_MAX_THREADS", None)
identical_tables = benchmark_script("identical_tables")


def test_a_folder_is_cut_into_each_workers_share_of_each_batch(tmp_path: Path) -> None:
    for n in range(5):
        (tmp_path / f"orchard-{n}.txt").write_text(f"Headline {n}\n\nThe orchard sold {n} crates of pears.\n")
    parts = rules_cpu.sub_batches(tmp_path, batch_size=2, workers=2)
    paths = [path for part, _ in parts for path in part.values()]
    assert paths == [f"orchard-{n}.txt" for n in range(5)]  # every file once, in order
    assert all(len(part) <= 2 for part, _ in parts)
    assert all(raw[doc_id].startswith(b"Headline") for part, raw in parts for doc_id in part)


def test_identical_tables_takes_known_folders_annotation_sets_and_paths(tmp_path: Path) -> None:
    sources = identical_tables.named_folders(["sample", "lee-quotes-dev", f"orchard={tmp_path}"])
    assert sources == {
        "sample": identical_tables.FOLDERS["sample"],
        "lee-quotes-dev": "lee-quotes-dev",
        "orchard": tmp_path.resolve(),
    }
    with pytest.raises(SystemExit, match="unknown folder"):
        identical_tables.named_folders(["no-such-orchard"])
