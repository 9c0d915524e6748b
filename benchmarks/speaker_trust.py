"""How far an analyst can trust a published speaker, by the ``attribution`` it was published with (issue 16).

usage: python benchmarks/speaker_trust.py SET [SET ...] [--out DIR]

``benchmarks/speakers.py`` counts outcomes by the *gold* attribution class (how the article attributes the quote).
An analyst filtering the ``quotes`` table has the other side: the ``attribution`` newsprep published. For each
published label this script counts the gold quotes (scorable speakers only) whose published row carries it, and
how its speaker fares as ``../shared/eval/score.py`` judges speakers: ``right`` (a gold name), ``lenient`` (a
surname or part of one), ``wrong``; quotes published with no speaker are the label ``none``. A gold quote matched
to several published rows (a split quote) takes its first row's label. Published rows matched to no gold quote are
not counted: they are quote precision, not speaker trust.

SET names are those of ``speakers.py`` (``polnear-dev``, ``sample``, fixture sets, annotation sets built at run
time). The figures are aggregates; on a held-out set they are read as such and no row is printed.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parent))  # speakers, evalsets, beside this script

from evalsets import load_scorer
from quotes_polnear import read_raw_files, run_newsprep
from speakers import assigned_predictions, corpus_for, speaker_outcome

JUDGED = ("right", "lenient", "wrong")


def label_outcomes(
    score: ModuleType, gold: Sequence[Mapping[str, Any]], pred: Sequence[Mapping[str, Any]]
) -> list[tuple[str, str]]:
    """(published attribution, outcome) for each found gold quote with a scorable speaker."""
    pairs = []
    for quote, rows in zip(gold, assigned_predictions(score, gold, pred), strict=True):
        if not rows or not quote.get("speaker_scorable", True):
            continue
        first = rows[0]
        outcome = speaker_outcome(score, quote, [first.get("speaker")])
        label = str(first.get("attribution") or "none")
        pairs.append((label, "none" if outcome == "missing" else outcome))
    return pairs


def trust_counts(corpus: Path, tables: Path) -> dict[str, Counter[str]]:
    """Published attribution -> outcome -> gold quotes, over every gold file of ``corpus``."""
    score = load_scorer()
    documents = pl.read_parquet(tables / "documents.parquet").select("doc_id", "source_path")
    quotes = pl.read_parquet(tables / "quotes.parquet").join(documents, on="doc_id")
    stems = quotes.with_columns(pl.col("source_path").str.extract(r"([^/]+)\.\w+$").alias("stem"))
    counts: dict[str, Counter[str]] = {}
    for gold_path in sorted((corpus / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8")).get("quotes", [])
        pred = stems.filter(pl.col("stem") == gold_path.stem).sort("quote_idx").to_dicts()
        for label, outcome in label_outcomes(score, gold, pred):
            counts.setdefault(label, Counter())[outcome] += 1
    return counts


def trust_table(counts: Mapping[str, Counter[str]]) -> str:
    """One row per published label: its quotes, their outcomes, and the share right (strict, and with lenient)."""
    lines = [
        "| attribution | quotes | right | lenient | wrong | right share | right or lenient |",
        "|---|---|---|---|---|---|---|",
    ]
    for label in sorted(counts, key=lambda name: (-sum(counts[name].values()), name)):
        row = counts[label]
        total = sum(row.values())
        judged = sum(row[o] for o in JUDGED)
        share = f"{row['right'] / judged:.3f}" if judged else "-"
        either = f"{(row['right'] + row['lenient']) / judged:.3f}" if judged else "-"
        lines.append(f"| {label} | {total} | {row['right']} | {row['lenient']} | {row['wrong']} | {share} | {either} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="+", help="set names as speakers.py takes them")
    parser.add_argument("--out", type=Path, default=None, help="where each set's corpus and tables go")
    args = parser.parse_args()
    total: dict[str, Counter[str]] = {}
    with tempfile.TemporaryDirectory(prefix="newsprep-trust-") as tmp:
        for name in args.sets:
            work = (args.out or Path(tmp)) / name
            corpus = corpus_for(name, work)
            run_newsprep(read_raw_files(corpus), work / "tables", join_split_quotes=True)
            counts = trust_counts(corpus, work / "tables")
            print(f"\n### Published speakers by attribution on {name}\n\n{trust_table(counts)}")
            for label, row in counts.items():
                total.setdefault(label, Counter()).update(row)
    if len(args.sets) > 1:
        print(f"\n### All {len(args.sets)} sets\n\n{trust_table(total)}")


if __name__ == "__main__":
    main()
