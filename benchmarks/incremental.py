"""Incremental and reproducible runs on a real-sized corpus: wall times of the reruns a scheduled user sees.

usage: python benchmarks/incremental.py --articles 1000 --out /tmp/incremental.json
       python benchmarks/incremental.py --quote-rule --articles 2000 --out /tmp/quote-rule.json

On a corpus built by ``build_corpus.py`` (outside the repository), ``newsprep run`` as a user types it:

1. a first run into a fresh output folder;
2. a no-change rerun (must process no document and leave every published byte as it was);
3. a rerun after one new file was added (must process that file alone);
4. a rerun after one file changed and another was deleted (the changed one alone is processed);
5. a run from scratch, into another fresh folder, on the corpus as step 4 left it: its tables must equal the
   incrementally maintained ones byte for byte.

Reports each wall time, its ratio to the first run's, the documents processed and reused, and the byte checks.
The corpus is restored afterwards (the new file removed, the changed and deleted files rewritten).

``--quote-rule``: the rerun after a change to the quote stage's code alone. A first run into a fresh output folder;
then a line is added to a quote-rule module (``QUOTE_RULE_FILE``, a comment: the code, and so every document's
pipeline key and the quote stage's key, change, the rules' results do not) and the corpus is run again into the
same folder: every document is processed, its clean, NER, entity and statistics outputs read from the stage cache,
its quotes found again; then a run from scratch with the same code into another folder, whose tables must equal the
rerun's byte for byte. The module is restored afterwards.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_corpus import REPO, build_corpus, work_dir_outside_repo
from newsprep_arm import run_newsprep

TABLE_GLOB = "*.parquet"
QUOTE_RULE_FILE = REPO / "src" / "newsprep" / "extract" / "quotes" / "cues.py"
QUOTE_RULE_EDIT = b"\n# benchmarks/incremental.py --quote-rule: a quote-rule-only change (removed after the run)\n"


def published_digests(out: Path) -> dict[str, str]:
    """sha256 of every published table (read through the stable links)."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(out.glob(TABLE_GLOB))}


def _step(name: str, corpus: Path, out: Path, work_dir: Path, first_seconds: float | None) -> dict[str, Any]:
    figures = run_newsprep(corpus, out, work_dir)
    if not figures["published"] and figures["failed_critical_checks"]:
        raise SystemExit(f"{name}: nothing was published: {figures['failed_critical_checks']}")
    row = {
        "step": name,
        "seconds": figures["seconds"],
        "documents_processed": figures["documents_processed"],
        "documents_reused": figures["documents_reused"],
        "peak_rss_mb": figures["peak_rss_mb"],
    }
    if first_seconds:
        row["over_first"] = round(figures["seconds"] / first_seconds, 4)
    return row


def incremental_benchmark(articles: int, work_dir: Path, seed: int) -> dict[str, Any]:
    corpus = work_dir / f"corpus-{articles}"
    build_corpus(articles, corpus, seed=seed)
    files = sorted(corpus.glob("*.txt"))
    changed, deleted = files[0], files[1]
    changed_bytes, deleted_bytes = changed.read_bytes(), deleted.read_bytes()
    added = corpus / "zz-new-article.txt"
    out, scratch = work_dir / f"out-incremental-{articles}", work_dir / f"out-scratch-{articles}"
    for folder in (out, scratch):
        shutil.rmtree(folder, ignore_errors=True)
    added.unlink(missing_ok=True)

    steps: list[dict[str, Any]] = []
    try:
        first = _step("first run", corpus, out, work_dir, None)
        steps.append(first)
        before = published_digests(out)
        steps.append(_step("no-change rerun", corpus, out, work_dir, first["seconds"]))
        unchanged = published_digests(out) == before

        added.write_bytes(files[2].read_bytes() + b"\n\nA paragraph only the new article has, its editor said.\n")
        steps.append(_step("one new file", corpus, out, work_dir, first["seconds"]))

        changed.write_bytes(changed_bytes + b"\n\nA correction was appended to this article on Tuesday.\n")
        deleted.unlink()
        steps.append(_step("one changed, one deleted", corpus, out, work_dir, first["seconds"]))

        steps.append(_step("from scratch, same inputs", corpus, scratch, work_dir, first["seconds"]))
        incremental, from_scratch = published_digests(out), published_digests(scratch)
        differing = sorted(
            name for name in incremental.keys() | from_scratch.keys() if incremental.get(name) != from_scratch.get(name)
        )
    finally:
        added.unlink(missing_ok=True)
        changed.write_bytes(changed_bytes)
        deleted.write_bytes(deleted_bytes)
    return {
        "articles": articles,
        "seed": seed,
        "steps": steps,
        "no_change_rerun_left_every_byte": unchanged,
        "incremental_equals_from_scratch": not differing,
        "tables_differing_from_scratch": differing,
        "expected_processed": {"no-change rerun": 0, "one new file": 1, "one changed, one deleted": 1},
    }


def quote_rule_benchmark(articles: int, work_dir: Path, seed: int) -> dict[str, Any]:
    corpus = work_dir / f"corpus-{articles}"
    build_corpus(articles, corpus, seed=seed)
    out, scratch = work_dir / f"out-quote-rule-{articles}", work_dir / f"out-quote-rule-scratch-{articles}"
    for folder in (out, scratch):
        shutil.rmtree(folder, ignore_errors=True)
    original = QUOTE_RULE_FILE.read_bytes()
    steps: list[dict[str, Any]] = []
    try:
        first = _step("first run", corpus, out, work_dir, None)
        steps.append(first)
        QUOTE_RULE_FILE.write_bytes(original + QUOTE_RULE_EDIT)
        steps.append(_step("after a quote-rule change", corpus, out, work_dir, first["seconds"]))
        steps.append(_step("from scratch, same code", corpus, scratch, work_dir, first["seconds"]))
    finally:
        QUOTE_RULE_FILE.write_bytes(original)
    rerun, from_scratch = published_digests(out), published_digests(scratch)
    differing = sorted(name for name in rerun.keys() | from_scratch.keys() if rerun.get(name) != from_scratch.get(name))
    return {
        "articles": articles,
        "seed": seed,
        "steps": steps,
        "quote_rule_rerun_over_first": steps[1]["over_first"],
        "rerun_equals_from_scratch": not differing,
        "tables_differing_from_scratch": differing,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--out", type=Path, required=True, help="JSON result")
    parser.add_argument("--work-dir", type=Path, default=Path("/tmp/newsprep-bench"), help="corpora and outputs")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--quote-rule", action="store_true", help="the rerun after a quote-rule-only change")
    args = parser.parse_args()
    work_dir = work_dir_outside_repo(parser, args.work_dir)
    benchmark = quote_rule_benchmark if args.quote_rule else incremental_benchmark
    result = benchmark(args.articles, work_dir, args.seed)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    for step in result["steps"]:
        print(
            f"{step['step']:<28} {step['seconds']:>8.1f} s  x{step.get('over_first', 1.0):<7} "
            f"processed {step['documents_processed']:>5}  reused {step['documents_reused']:>5}"
        )
    if args.quote_rule:
        print(f"rerun equals from scratch: {result['rerun_equals_from_scratch']}")
        return
    print(
        f"no-change rerun left every byte: {result['no_change_rerun_left_every_byte']}; "
        f"incremental equals from scratch: {result['incremental_equals_from_scratch']}"
    )


if __name__ == "__main__":
    main()
