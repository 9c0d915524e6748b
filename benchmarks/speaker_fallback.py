"""A fallback for quotes no rule gives a speaker: what would it answer, and how often is a reader's answer (issue 16).

usage: python benchmarks/speaker_fallback.py [SET ...] [--work DIR] [--back N ...]
       python benchmarks/speaker_fallback.py --audit TABLES [TABLES ...] [--back N ...] [--show N:STRATEGY]

SET is a set ``speakers.py`` knows (``polnear-dev``, the aeb, Lee and np4k dev sets, the fixture sets). newsprep runs
as published into ``DIR/SET/tables`` (reused when it is there: ``speakers.py SET --out DIR/SET`` leaves it so); then,
for every found gold quote with a scorable speaker, each candidate fallback answers *ignoring the rules' answer*, and
``score.py``'s judgement of that answer is counted (``right`` strict, ``lenient`` a surname, ``wrong``, or no answer):

- ``quoted``: the speaker of the nearest published quote before it that has one, at most N paragraphs back (N = 0:
  the same paragraph);
- ``named``: the last person (a PERSON mention, by its entity's canonical name) named before the quote, outside any
  published quote, at most N paragraphs back;
- ``quoted+named``: ``quoted``, else ``named``;
- ``nearest``: of the two, the one written nearer before the quote.

None crosses a sub-heading, and none reads a contributor line or a caption (a byline or a photo credit). Each is
counted on all the quotes, per gold attribution class (``speakers.gold_class``), and on the quotes it would fire on:
those the rules publish with no speaker (``missing``). ``fires_on_null`` counts the published quotes with no speaker
whose gold speaker is null or unscorable: there any answer is wrong, though ``score.py`` cannot see it.
"""

from __future__ import annotations

import argparse
import bisect
import json
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parent))  # evalsets, quotes_polnear and speakers, beside this script
from evalsets import load_scorer
from quotes_polnear import read_raw_files, run_newsprep
from speakers import assigned_predictions, corpus_for, gold_class, speaker_outcome

TUNED = (
    "polnear-dev",
    *(f"aeb-quotes-dev{n}" for n in ("", "2", "3")),
    *(f"lee-quotes-dev{n}" for n in ("", "2", "3", "4", "5", "6", "7")),
)
UNTUNED = (
    "np4k-quotes-dev",
    "sample",
    "quote-fixtures",
    "organisation-fixtures",
    "cue-fixtures",
    "international-fixtures",
    "web-fixtures",
    "web2-fixtures",
)
STRATEGIES = ("quoted", "named", "quoted+named", "nearest")


@dataclass(frozen=True, slots=True)
class Said:
    """A speaker the text offers before a quote: who, and where it stands (for the nearest)."""

    speaker: str
    at: int


@dataclass(frozen=True, slots=True)
class Article:
    """One document's published rows the fallbacks read."""

    quotes: list[dict[str, Any]]  # sorted by char_start
    persons: list[tuple[int, str, int]]  # (char_start, canonical name, paragraph_idx) of body PERSON mentions
    headings: list[int]  # paragraph_idx of sub-headings and contributor lines
    paragraph_of: Callable[[int], int]


def _article(doc_id: str, tables: Mapping[str, pl.DataFrame]) -> Article:
    quotes = tables["quotes"].filter(pl.col("doc_id") == doc_id).sort("char_start").to_dicts()
    paragraphs = tables["paragraphs"].filter(pl.col("doc_id") == doc_id).sort("paragraph_idx")
    starts = paragraphs["char_start"].to_list()
    kinds = paragraphs["kind"].to_list()

    def paragraph_of(at: int) -> int:
        return max(0, bisect.bisect_right(starts, at) - 1)

    spans = [(q["char_start"], q["char_end"]) for q in quotes]
    entities = tables["entities"].filter((pl.col("doc_id") == doc_id) & (pl.col("label") == "PERSON"))
    canonical = dict(zip(entities["entity_id"], entities["text"], strict=True))
    mentions = tables["mentions"].filter(
        (pl.col("doc_id") == doc_id) & (pl.col("source") == "body") & pl.col("entity_id").is_in(list(canonical))
    )
    persons = sorted(
        (m["char_start"], canonical[m["entity_id"]], paragraph_of(m["char_start"]))
        for m in mentions.to_dicts()
        if not any(s <= m["char_start"] < e for s, e in spans) and kinds[paragraph_of(m["char_start"])] == "body"
    )
    headings = [i for i, kind in enumerate(kinds) if kind != "body"]
    return Article(quotes, persons, headings, paragraph_of)


def _crosses_heading(article: Article, first: int, last: int) -> bool:
    return any(first < h <= last for h in article.headings)


def quoted_before(article: Article, row: Mapping[str, Any], back: int, own: set[int]) -> Said | None:
    """The speaker of the nearest published quote before ``row`` that has one, at most ``back`` paragraphs back."""
    for quote in reversed(article.quotes):
        if quote["char_start"] >= row["char_start"] or quote["quote_idx"] in own or quote["speaker"] is None:
            continue
        if row["paragraph_idx"] - quote["paragraph_idx"] > back:
            return None
        if _crosses_heading(article, quote["paragraph_idx"], row["paragraph_idx"]):
            return None
        return Said(str(quote["speaker"]), quote["char_start"])
    return None


def named_before(article: Article, row: Mapping[str, Any], back: int) -> Said | None:
    """The last person named before ``row`` outside any quote, at most ``back`` paragraphs back."""
    at = bisect.bisect_left(article.persons, (row["char_start"], "", 0))
    if at == 0:
        return None
    start, name, paragraph = article.persons[at - 1]
    if row["paragraph_idx"] - paragraph > back or _crosses_heading(article, paragraph, row["paragraph_idx"]):
        return None
    return Said(name, start)


def answers(article: Article, row: Mapping[str, Any], back: int, own: set[int]) -> dict[str, Said | None]:
    """What each strategy answers for the published quote ``row``."""
    quoted = quoted_before(article, row, back, own)
    named = named_before(article, row, back)
    nearest = max((s for s in (quoted, named) if s is not None), key=lambda s: s.at, default=None)
    return {"quoted": quoted, "named": named, "quoted+named": quoted or named, "nearest": nearest}


def measure(
    name: str, work: Path, backs: Sequence[int], *, score: ModuleType
) -> dict[tuple[int, str], dict[str, Counter[str]]]:
    """(N, strategy) -> group -> answer -> gold quotes, for one set; the groups are ``all``, ``missing``,
    ``class:<gold class>``, and ``fires_on_null`` (published with no speaker, gold speaker null)."""
    corpus = corpus_for(name, work)
    tables_dir = work / "tables"
    if not (tables_dir / "quotes.parquet").is_file():
        run_newsprep(read_raw_files(corpus), tables_dir, join_split_quotes=True)
    tables = {t: pl.read_parquet(tables_dir / f"{t}.parquet") for t in ("quotes", "paragraphs", "entities", "mentions")}
    documents = pl.read_parquet(tables_dir / "documents.parquet").select("doc_id", "source_path")
    stems = {Path(p).stem: d for d, p in documents.iter_rows()}
    counts: dict[tuple[int, str], dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for gold_path in sorted((corpus / "gold").glob("*.json")):
        doc_id = stems.get(gold_path.stem)
        if doc_id is None:
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8")).get("quotes", [])
        raw_path = corpus / "raw" / f"{gold_path.stem}.txt"
        raw = raw_path.read_text(encoding="utf-8") if raw_path.is_file() else ""
        article = _article(doc_id, tables)
        for quote, rows in zip(gold, assigned_predictions(score, gold, article.quotes), strict=True):
            if not rows:
                continue
            row = min(rows, key=lambda r: r["char_start"])
            own = {r["quote_idx"] for r in rows}
            rules = speaker_outcome(score, quote, [r["speaker"] for r in rows]) if quote.get("speaker") else None
            scorable = quote.get("speaker_scorable", quote.get("speaker") is not None) and rules is not None
            for back in backs:
                for strategy, said in answers(article, row, back, own).items():
                    cell = counts[(back, strategy)]
                    if not scorable:
                        if all(r["speaker"] is None for r in rows):
                            cell["fires_on_null"]["none" if said is None else "wrong"] += 1
                        continue
                    answer = "none" if said is None else speaker_outcome(score, quote, [said.speaker])
                    answer = "none" if answer == "missing" else answer
                    cell["all"][answer] += 1
                    cell[f"class:{gold_class(quote, raw)}"][answer] += 1
                    if rules == "missing":
                        cell["missing"][answer] += 1
    return counts


def audit(tables_dir: Path, backs: Sequence[int], *, show: tuple[int, str] | None) -> dict[tuple[int, str], int]:
    """(N, strategy) -> the published quotes with no speaker it would answer for, in tables with no gold
    (``speaker_audit.py``'s runs); ``show`` = (N, strategy) prints each answer beside the quote's paragraph and the one
    before, for reading only (corpus text: nothing of it goes into the repository)."""
    tables = {t: pl.read_parquet(tables_dir / f"{t}.parquet") for t in ("quotes", "paragraphs", "entities", "mentions")}
    texts = dict(pl.read_parquet(tables_dir / "documents.parquet").select("doc_id", "clean_text").iter_rows())
    fired: Counter[tuple[int, str]] = Counter()
    for doc_id in tables["quotes"].filter(pl.col("speaker").is_null())["doc_id"].unique().sort():
        article = _article(doc_id, tables)
        for row in (q for q in article.quotes if q["speaker"] is None):
            for back in backs:
                for strategy, said in answers(article, row, back, {row["quote_idx"]}).items():
                    fired[(back, strategy)] += said is not None
                    if said is not None and show == (back, strategy):
                        paragraph = article.paragraph_of(row["char_start"])
                        starts = tables["paragraphs"].filter(pl.col("doc_id") == doc_id).sort("paragraph_idx")
                        context = texts[doc_id][starts["char_start"][max(0, paragraph - 1)] : row["char_end"] + 1]
                        print(f"--- {doc_id[:8]} q{row['quote_idx']} {row['kind']} -> {said.speaker}\n{context}\n")
    return dict(fired)


def _rate(counter: Counter[str]) -> str:
    fired = counter["right"] + counter["lenient"] + counter["wrong"]
    if not fired:
        return "-"
    lenient = counter["right"] + counter["lenient"]
    return f"{counter['right']}/{counter['lenient']}/{counter['wrong']}/{counter['none']} ({lenient / fired:.2f})"


def report(title: str, merged: Mapping[tuple[int, str], Mapping[str, Counter[str]]], backs: Sequence[int]) -> str:
    groups = sorted({g for cells in merged.values() for g in cells}, key=lambda g: (g.startswith("class:"), g))
    lines = [f"\n### {title}\n", "cells: right/lenient/wrong/none (lenient-right share of the answers given)\n"]
    lines.append("| N | strategy | " + " | ".join(groups) + " |")
    lines.append("|---|---" + "|---" * len(groups) + "|")
    for back in backs:
        for strategy in STRATEGIES:
            cells = merged.get((back, strategy), {})
            row = [_rate(cells.get(g, Counter())) for g in groups]
            lines.append(f"| {back} | {strategy} | " + " | ".join(row) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="*", help="set names (default: the tuned dev sets, then the untuned ones)")
    parser.add_argument("--work", type=Path, default=None, help="DIR/SET/tables reused when there")
    parser.add_argument("--back", type=int, nargs="+", default=[0, 1, 2, 3], help="paragraphs back (N) to try")
    parser.add_argument("--audit", type=Path, nargs="+", default=None, help="tables folders with no gold to count")
    parser.add_argument("--show", default=None, help="with --audit: N:strategy whose answers to print")
    args = parser.parse_args()
    if args.audit:
        show = None if args.show is None else (int(args.show.split(":")[0]), args.show.split(":", 1)[1])
        for folder in args.audit:
            unattributed = pl.read_parquet(folder / "quotes.parquet")["speaker"].null_count()
            fired = audit(folder, args.back, show=show)
            print(f"{folder.name}: {unattributed} published quotes with no speaker; answered by", fired)
        return
    score = load_scorer()
    groups = {"tuned on (PolNeAR, aeb and Lee dev)": TUNED, "not tuned on (np4k dev, fixtures)": UNTUNED}
    if args.sets:
        groups = {" + ".join(args.sets): tuple(args.sets)}
    with tempfile.TemporaryDirectory(prefix="newsprep-fallback-") as tmp:
        work = args.work or Path(tmp)
        for title, names in groups.items():
            merged: dict[tuple[int, str], dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
            for name in names:
                for key, cells in measure(name, work / name, args.back, score=score).items():
                    for group, counter in cells.items():
                        merged[key][group].update(counter)
            print(report(title, merged, args.back))


if __name__ == "__main__":
    main()
