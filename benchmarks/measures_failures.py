"""Why a set's `measures` phrases fail: matched statistics classed by score.py's content words.

usage: python benchmarks/measures_failures.py RAW GOLD [RAW GOLD ...] [--show]

Each statistic the stage finds is matched to a gold one as ``../shared/eval/score.py`` matches them (value and unit
class, the best phrase first); a matched statistic whose gold has a phrase is then one of:

- ``ok``: content-word F1 >= 0.5 (score.py's stat_measure_ok);
- ``null``: the stage gives no phrase;
- ``too_long``: they share a word, the phrase has more content words than the gold and recall >= 0.5 (the gold's
  words are mostly there, extra words sink precision);
- ``too_short``: they share a word and the phrase has fewer content words than the gold (recall low);
- ``partial``: they share a word, neither shorter nor long-with-the-gold's-words;
- ``no_shared``: no content word in common (the wrong thing, or the reader's own words).

``--show`` prints each failure (phrase and gold phrase): for dev sets only, never for a held-out set.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # evalsets, beside this script

from evalsets import load_scorer

from newsprep.clean import clean_article
from newsprep.extract.statistics import extract_statistics
from newsprep.ingest import ARTICLE_SUFFIXES, DecodedText, decode_raw

Row = dict[str, Any]
KINDS = ("ok", "null", "too_long", "too_short", "partial", "no_shared")
MAX_BYTES = 5_000_000


def failure_kind(score: ModuleType, phrase: str | None, gold: str) -> str:
    """The kind of a matched statistic's phrase against its gold phrase (see the module's docstring)."""
    if score.measure_f1(phrase, gold) >= 0.5:
        return "ok"
    if not phrase:
        return "null"
    published, wanted = score.content_words(phrase), score.content_words(gold)
    shared = published & wanted
    if not shared:
        return "no_shared"
    if len(published) > len(wanted) and len(shared) / len(wanted) >= 0.5:
        return "too_long"
    if len(published) < len(wanted):
        return "too_short"
    return "partial"


def matched_pairs(score: ModuleType, gold: list[Row], found: list[Row]) -> list[tuple[Row, Row]]:
    """(found, gold) pairs matched the way score.py's ``score_stats`` matches them."""

    def against_gold(phrase: str | None, index: int) -> float:
        return float(score.measure_f1(phrase, gold[index].get("measures")))

    matched = matched_gold(score, found, gold, against_gold)
    return sorted(((row, gold[index]) for index, row in matched.items()), key=lambda pair: found.index(pair[0]))


def matched_gold(
    score: ModuleType, found: Sequence[Row], gold: Sequence[Row], phrase_f1: Callable[[str | None, int], float]
) -> dict[int, Row]:
    """The stage's row each gold index is matched to, as score.py's ``score_stats`` matches them (value and unit
    class; among several candidates the one whose phrase ``phrase_f1`` scores best against the gold at an index)."""
    matched: dict[int, Row] = {}
    for row in found:
        value = float(row["value"])
        candidates = []
        for index, wanted in enumerate(gold):
            if index in matched:
                continue
            gold_value = float(wanted["value"])
            same_value = abs(value - gold_value) <= 1e-6 * max(1.0, abs(gold_value))
            if same_value and score.unit_class(row["unit"]) == score.unit_class(wanted["unit"]):
                candidates.append((phrase_f1(row["measures"], index), index))
        if candidates:
            matched[max(candidates)[1]] = row
    return matched


def found_statistics(path: Path) -> list[Row]:
    return statistics_of_raw(path.read_bytes(), name=path.name)


def statistics_of_raw(data: bytes, *, name: str) -> list[Row]:
    """The stage's rows (value, unit, measures, text) for one raw article's bytes."""
    decoded = decode_raw(data, source_path=name, max_bytes=MAX_BYTES)
    if not isinstance(decoded, DecodedText):
        return []
    article = clean_article(decoded.text)
    return [
        {"value": s.value, "unit": s.unit, "measures": s.measures, "text": s.text} for s in extract_statistics(article)
    ]


def classify_set(score: ModuleType, raw_dir: Path, gold_dir: Path, *, show: bool) -> Counter[str]:
    kinds: Counter[str] = Counter()
    for path in sorted(p for p in raw_dir.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES):
        gold_path = gold_dir / f"{path.stem}.json"
        if not gold_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8")).get("statistics", [])
        for stat, wanted in matched_pairs(score, gold, found_statistics(path)):
            if not wanted.get("measures"):
                continue
            kind = failure_kind(score, stat["measures"], wanted["measures"])
            kinds[kind] += 1
            if show and kind != "ok":
                phrases = f"{stat['measures']!r} | {wanted['measures']!r}"
                print(f"  {kind:9} {path.stem[:18]:18} {stat['text']!r:22} {phrases}")
    return kinds


def set_folders(description: str, show_help: str) -> tuple[list[tuple[Path, Path]], bool]:
    """The command line's RAW GOLD folder pairs and its ``--show`` flag (shared with ``detection_failures.py``)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("folders", nargs="+", type=Path, help="RAW GOLD pairs")
    parser.add_argument("--show", action="store_true", help=show_help)
    args = parser.parse_args()
    if len(args.folders) % 2:
        sys.exit("give RAW GOLD pairs")
    return list(zip(args.folders[::2], args.folders[1::2], strict=True)), args.show


def main() -> None:
    folders, show = set_folders(__doc__.splitlines()[0], "print each failure (dev sets only)")
    score = load_scorer()
    print("| set | " + " | ".join(KINDS) + " | matched |")
    print("|---|" + "---|" * (len(KINDS) + 1))
    total: Counter[str] = Counter()
    for raw_dir, gold_dir in folders:
        kinds = classify_set(score, raw_dir, gold_dir, show=show)
        total.update(kinds)
        cells = " | ".join(str(kinds[k]) for k in KINDS)
        print(f"| {raw_dir.parent.name or raw_dir} | {cells} | {sum(kinds.values())} |")
    print(f"| all | {' | '.join(str(total[k]) for k in KINDS)} | {sum(total.values())} |")


if __name__ == "__main__":
    main()
