"""How far two annotators' `measures` phrases agree, and where the stage agrees with neither (measures round 13).

usage: python benchmarks/measures_agreement.py [SET ...] [--show]     (default: every set with a second annotation)

Annotator A is a set's own file (``benchmarks/annotations/<set>.json``), annotator B its second, blind annotation
(``benchmarks/annotations/measures-second/<set>.json``: the same statistics in the same order, span and hash
repeated, B's own phrase). The bodies are read from the corpus at run time and the statistics stage is run on them
(``measures_failures.py``'s way, the whole stage without NER). Every figure is ``../shared/eval/score.py``'s:

- ``B vs A``: B's phrase scored as a prediction against A's as gold (``measure_f1``; ok when >= 0.5), over the
  statistics A gives a phrase; ``A vs B`` the other way round (content-word F1 is symmetric, so only the rows
  counted differ: those where one annotator wrote null);
- ``stage vs A`` / ``stage vs B``: the stage's rows matched to the statistics as score.py matches them (value and
  unit class, the best phrase first), then scored against that annotator's phrase;
- ``stage vs either``: each matched row scored against the better of the two phrases;
- ``both agree, stage neither``: statistics where A and B agree (F1 >= 0.5 between them) and the stage's matched
  phrase is ok against neither (unmatched statistics counted apart).

``--show`` prints those rows (the stage's real errors; dev sets only, never a held-out set).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # evalsets, measures_failures, beside this script

from evalsets import ANNOTATIONS_DIR, gold_for, load_annotations, load_scorer, raw_text_for, read_bodies
from measures_failures import matched_gold, statistics_of_raw

SECOND_DIR = ANNOTATIONS_DIR / "measures-second"
OK = 0.5
Row = dict[str, Any]
PhraseF1 = Callable[[str | None, int], float]
"""A stage phrase's F1 against the gold statistic at an index: what picks the best of several candidates."""


@dataclass(frozen=True)
class Statistic:
    """One annotated statistic with both annotators' phrases and the stage's matched phrase (if any)."""

    stem: str
    text: str
    first: str | None
    second: str | None
    matched: bool
    stage: str | None
    stage_for_first: str | None = None
    stage_for_second: str | None = None


@dataclass(frozen=True)
class Agreement:
    """ok / scored counts and the F1 sum of one comparison."""

    ok: int = 0
    scored: int = 0
    f1_sum: float = 0.0

    def add(self, f1: float) -> Agreement:
        return Agreement(self.ok + (f1 >= OK), self.scored + 1, self.f1_sum + f1)

    def cell(self) -> str:
        share = self.ok / self.scored if self.scored else 0.0
        mean = self.f1_sum / self.scored if self.scored else 0.0
        return f"{self.ok}/{self.scored} ({share:.3f}); F1 {mean:.3f}"


def second_phrases(name: str, annotations: Row) -> dict[str, list[str | None]]:
    """B's phrases by stem, checked to annotate the same statistics (span and hash) as the set does."""
    second = json.loads((SECOND_DIR / f"{name}.json").read_text(encoding="utf-8"))
    by_stem = {document["stem"]: document["statistics"] for document in second["documents"]}
    phrases: dict[str, list[str | None]] = {}
    for document in annotations["documents"]:
        theirs = by_stem[document["stem"]]
        ours = document["statistics"]
        if [(s["span"], s["hash"]) for s in ours] != [(s["span"], s["hash"]) for s in theirs]:
            raise SystemExit(f"{name} {document['stem']}: the second annotation names other statistics")
        phrases[document["stem"]] = [s["measures"] for s in theirs]
    return phrases


def document_statistics(
    score: ModuleType, stem: str, gold: Sequence[Row], second: Sequence[str | None], raw: str
) -> list[Statistic]:
    """One document's statistics, the stage matched against the better of the two phrases per statistic."""
    found = statistics_of_raw(raw.encode("utf-8"), name=f"{stem}.txt")

    def either(phrase: str | None, index: int) -> float:
        return float(max(score.measure_f1(phrase, gold[index]["measures"]), score.measure_f1(phrase, second[index])))

    matched = matched_gold(score, found, gold, either)
    for_first = matched_gold(
        score, found, gold, lambda phrase, index: score.measure_f1(phrase, gold[index]["measures"])
    )
    for_second = matched_gold(score, found, gold, lambda phrase, index: score.measure_f1(phrase, second[index]))
    return [
        Statistic(
            stem=stem,
            text=wanted["text"],
            first=wanted["measures"],
            second=second[index],
            matched=index in matched,
            stage=matched[index]["measures"] if index in matched else None,
            stage_for_first=for_first[index]["measures"] if index in for_first else None,
            stage_for_second=for_second[index]["measures"] if index in for_second else None,
        )
        for index, wanted in enumerate(gold)
    ]


def set_statistics(score: ModuleType, name: str) -> list[Statistic]:
    """Every statistic of a set with both phrases and the stage's, the bodies read from the corpus now."""
    annotations = load_annotations(name)
    second = second_phrases(name, annotations)
    bodies = read_bodies(annotations["corpus"], [document["id"] for document in annotations["documents"]])
    statistics: list[Statistic] = []
    for document in annotations["documents"]:
        body = bodies[document["id"]]
        gold = gold_for(document, body)["statistics"]
        raw = raw_text_for(document, body)
        statistics += document_statistics(score, document["stem"], gold, second[document["stem"]], raw)
    return statistics


def agreements(score: ModuleType, statistics: Sequence[Statistic]) -> dict[str, Agreement]:
    """The comparisons of the module's docstring over a set's statistics."""
    figures = {key: Agreement() for key in ("B vs A", "A vs B", "stage vs A", "stage vs B", "stage vs either")}
    for stat in statistics:
        if stat.first:
            figures["B vs A"] = figures["B vs A"].add(score.measure_f1(stat.second, stat.first))
        if stat.second:
            figures["A vs B"] = figures["A vs B"].add(score.measure_f1(stat.first, stat.second))
        if not stat.matched:
            continue
        if stat.first:
            figures["stage vs A"] = figures["stage vs A"].add(score.measure_f1(stat.stage_for_first, stat.first))
        if stat.second:
            figures["stage vs B"] = figures["stage vs B"].add(score.measure_f1(stat.stage_for_second, stat.second))
        against_first = score.measure_f1(stat.stage, stat.first)
        against_second = score.measure_f1(stat.stage, stat.second)
        if stat.first or stat.second:
            figures["stage vs either"] = figures["stage vs either"].add(max(against_first, against_second))
    return figures


def stage_misses_agreed(score: ModuleType, statistics: Sequence[Statistic]) -> tuple[int, list[Statistic], int]:
    """(statistics A and B agree on, the matched ones among them the stage gets wrong against both, unmatched ones)."""
    agreed = [s for s in statistics if score.measure_f1(s.second, s.first) >= OK]
    wrong = [
        s
        for s in agreed
        if s.matched and max(score.measure_f1(s.stage, s.first), score.measure_f1(s.stage, s.second)) < OK
    ]
    return len(agreed), wrong, sum(not s.matched for s in agreed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", help="annotation sets with a second annotation (default: all)")
    parser.add_argument("--show", action="store_true", help="print the rows both agree on and the stage misses")
    args = parser.parse_args()
    names = args.sets or sorted(path.stem for path in SECOND_DIR.glob("*.json"))
    score = load_scorer()
    columns = ("B vs A", "A vs B", "stage vs A", "stage vs B", "stage vs either")
    print("| set | " + " | ".join(columns) + " | A, B agree | of which stage neither (unmatched) |")
    print("|---|" + "---|" * (len(columns) + 2))
    for name in names:
        statistics = set_statistics(score, name)
        figures = agreements(score, statistics)
        agreed, wrong, unmatched = stage_misses_agreed(score, statistics)
        cells = " | ".join(figures[key].cell() for key in columns)
        print(f"| {name} | {cells} | {agreed}/{len(statistics)} | {len(wrong)} ({unmatched}) |")
        if args.show:
            for stat in wrong:
                print(
                    f"  {stat.stem[:18]:18} {stat.text!r:20} stage {stat.stage!r}"
                    f" | A {stat.first!r} | B {stat.second!r}"
                )


if __name__ == "__main__":
    main()
