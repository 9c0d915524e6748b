"""What the corpus keys and ``corpus_entities`` cost at publish time, at a corpus size a run rebuilds them for.

usage: python benchmarks/corpus_entities.py OUT_DIR [OUT_DIR ...] --articles 10000 [--out result.json]

The keys are recomputed from the published tables on every run (``newsprep.corpus.corpus_tables``), so their cost
grows with the whole corpus, not with the documents a run processes. This script takes the ``documents``,
``entities``, ``mentions`` and ``quotes`` tables of one or more published output folders (e.g. PolNeAR dev and the
aeb evaluation sets), replicates their documents under new doc ids (sha256 of the old id and the copy number) until
there are ``--articles`` documents, and times ``corpus_tables`` on them, reporting the wall time and the process's
peak resident memory before and after (``ru_maxrss``); the CPU seconds too, which a busy machine inflates less than
the wall time. The replicated names are the same people in every copy: the key rules see many more documents per
name than a real corpus of that size would, and as many entities and mentions.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import resource
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import polars as pl

from newsprep.corpus import corpus_tables

KEYED_INPUTS = ("documents", "entities", "mentions", "quotes")


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


def replicated_tables(out_dirs: Sequence[Path], articles: int) -> dict[str, pl.DataFrame]:
    """The four input tables of the folders, their documents copied under new ids up to ``articles`` documents."""
    parts = {t: pl.concat([pl.read_parquet(d / f"{t}.parquet") for d in out_dirs]) for t in KEYED_INPUTS}
    source = parts["documents"]["doc_id"]
    copies = -(-articles // source.len())
    ids = pl.DataFrame({"doc_id": source}).join(pl.DataFrame({"copy": range(copies)}), how="cross")
    ids = ids.with_columns(
        pl.concat_str("doc_id", pl.lit(":"), pl.col("copy").cast(pl.Utf8))
        .map_elements(lambda s: hashlib.sha256(s.encode()).hexdigest(), return_dtype=pl.Utf8)
        .alias("new_id")
    ).head(articles)
    mapping = ids.select("doc_id", "new_id")
    return {
        table: frame.join(mapping, on="doc_id", how="inner").drop("doc_id").rename({"new_id": "doc_id"})
        for table, frame in parts.items()
    }


def measure(out_dirs: Sequence[Path], articles: int) -> dict[str, Any]:
    tables = replicated_tables(out_dirs, articles)
    before = _peak_mb()
    clock, cpu = time.perf_counter(), _cpu_seconds()
    built = corpus_tables(*(tables[t] for t in KEYED_INPUTS))
    seconds, cpu = time.perf_counter() - clock, _cpu_seconds() - cpu
    return {
        "articles": tables["documents"].height,
        "entities": tables["entities"].height,
        "mentions": tables["mentions"].height,
        "quotes": tables["quotes"].height,
        "corpus_entities": built["corpus_entities"].height,
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),
        "peak_rss_mb_before": round(before, 1),
        "peak_rss_mb_after": round(_peak_mb(), 1),
        "sources": [str(d) for d in out_dirs],
    }


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("out_dirs", type=Path, nargs="+", help="published newsprep output folders")
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--out", type=Path, help="write the result as JSON here too")
    args = parser.parse_args(argv)
    result = measure(args.out_dirs, args.articles)
    text = json.dumps(result, indent=2)
    print(text)
    if args.out is not None:
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
