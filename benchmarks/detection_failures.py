"""Which numbers the statistics stage gets wrong: false positives and false negatives per set, as score.py matches.

usage: python benchmarks/detection_failures.py RAW GOLD [RAW GOLD ...] [--show]

Each statistic the stage finds is matched to a gold one as ``../shared/eval/score.py``'s ``score_stats`` matches them
(the same value and unit class; ``measures_failures.matched_pairs``). A found statistic left unmatched is a false
positive (a number the gold does not count, or counts with another value or unit); a gold statistic left unmatched is
a false negative. Prints stat_p, stat_r and stat_f1 per set; ``--show`` prints each one (text, value, unit): for dev
sets only, never for a held-out set.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parent))  # evalsets and measures_failures, beside this script

from evalsets import load_scorer
from measures_failures import Row, found_statistics, matched_pairs, set_folders

from newsprep.ingest import ARTICLE_SUFFIXES


@dataclass
class Tally:
    matched: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    def figures(self) -> tuple[float, float, float]:
        found, gold = self.matched + self.false_positives, self.matched + self.false_negatives
        precision = self.matched / found if found else 1.0
        recall = self.matched / gold if gold else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def _describe(kind: str, stem: str, row: Row) -> str:
    return f"  {kind} {stem[:18]:18} {row['text']!r:24} {row['value']} {row['unit']}"


def tally_set(score: ModuleType, raw_dir: Path, gold_dir: Path, *, show: bool) -> Tally:
    tally = Tally()
    for path in sorted(p for p in raw_dir.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES):
        gold_path = gold_dir / f"{path.stem}.json"
        if not gold_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8")).get("statistics", [])
        found = found_statistics(path)
        pairs = matched_pairs(score, gold, found)
        paired_found = {id(stat) for stat, _ in pairs}
        paired_gold = {id(wanted) for _, wanted in pairs}
        extras = [stat for stat in found if id(stat) not in paired_found]
        misses = [wanted for wanted in gold if id(wanted) not in paired_gold]
        tally.matched += len(pairs)
        tally.false_positives += len(extras)
        tally.false_negatives += len(misses)
        if show:
            for row in extras:
                print(_describe("FP", path.stem, row))
            for row in misses:
                print(_describe("FN", path.stem, row))
    return tally


def main() -> None:
    folders, show = set_folders(__doc__.splitlines()[0], "print each false positive and negative (dev sets only)")
    score = load_scorer()
    print("| set | matched | false positives | false negatives | stat_p | stat_r | stat_f1 |")
    print("|---|---|---|---|---|---|---|")
    for raw_dir, gold_dir in folders:
        tally = tally_set(score, raw_dir, gold_dir, show=show)
        precision, recall, f1 = tally.figures()
        name = raw_dir.parent.name or raw_dir
        cells = f"{tally.matched} | {tally.false_positives} | {tally.false_negatives}"
        print(f"| {name} | {cells} | {precision:.3f} | {recall:.3f} | {f1:.3f} |")


if __name__ == "__main__":
    main()
