"""Accuracy on the annotated fixtures: newsprep against plain spaCy entity spans, scored by ../shared/eval/score.py.

usage: python benchmarks/fixtures_eval.py [--out /tmp/newsprep-fixtures-eval] [--spacy-model NAME_OR_PATH] [--heldout]

Runs the real stages (``newsprep.run.batch.process_batch``, no Prefect) on every fixture set in
``tests/fixtures`` and prints one markdown table per set. The "plain spaCy" row publishes the model's own
PERSON/ORG/GPE/LOC spans (body, title and captions; no rule fixes, no name resolution) as entities.
``--spacy-model`` runs both rows on another installed spaCy model (a package name or a model folder), to see
whether a larger model pays for its cost; the stage time of each set is printed beside its figures. ``--heldout``
adds the held-out sets of ``benchmarks/heldout`` (score them once, at the end of a piece of work: never tune on them).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

import polars as pl

from newsprep.config import PipelineSettings
from newsprep.ingest import RawFile
from newsprep.nlp import DEFAULT_MODEL, find_ner_spans, load_pipeline
from newsprep.run.batch import process_batch

REPO = Path(__file__).resolve().parents[1]
SCORER = REPO.parent / "shared" / "eval" / "score.py"
FIXTURE_SETS = {
    "cleaning fixtures + sample": REPO / "tests" / "fixtures",
    "entity fixtures": REPO / "tests" / "fixtures" / "entities",
    "genre entity fixtures": REPO / "tests" / "fixtures" / "entities-genres",
    "name entity fixtures": REPO / "tests" / "fixtures" / "entities-names",
    "quote fixtures": REPO / "tests" / "fixtures" / "quotes",
    "statistics fixtures": REPO / "tests" / "fixtures" / "statistics",
    "wire statistics fixtures": REPO / "tests" / "fixtures" / "statistics-wire",
    "second wire statistics fixtures": REPO / "tests" / "fixtures" / "statistics-wire2",
    "web statistics fixtures": REPO / "tests" / "fixtures" / "statistics-web",
    "second web statistics fixtures": REPO / "tests" / "fixtures" / "statistics-web2",
    "other languages' statistics fixtures": REPO / "tests" / "fixtures" / "statistics-languages",
    "genre statistics fixtures": REPO / "tests" / "fixtures" / "statistics-genres",
    "outlet fixtures": REPO / "tests" / "fixtures" / "outlets",
}
HELDOUT_SETS = {
    "outlet held-out": REPO / "benchmarks" / "heldout" / "outlets",
}
FIGURES_BY_FAMILY = {
    "quotes": ("quote_p", "quote_r", "quote_f1", "speaker_acc_strict", "attributed_r"),
    "entities": ("entity_f1_strict", "entity_f1_lenient", "entity_p_strict", "entity_r_strict"),
    "stats": ("stat_p", "stat_r", "stat_f1"),
    "clean": (
        "clean_residue",
        "boilerplate_residue",
        "caption_r",
        "credit_acc",
        "para_recall",
        "para_pred_per_gold",
        "title_acc",
        "dateline_acc",
    ),
}


def _figures_scored(figures: dict[str, object]) -> list[str]:
    """Only the figures the set's gold files annotate (a family with no gold items is left out)."""
    counts = figures["counts"]
    assert isinstance(counts, dict)
    scored: list[str] = []
    for family, names in FIGURES_BY_FAMILY.items():
        family_counts = counts.get(family, {})
        if family_counts.get("gold", 0) or family_counts.get("docs", 0):
            scored += names
    return scored


def _score(gold: Path, out: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, str(SCORER), str(gold), str(out), "--json"], check=True, capture_output=True, text=True
    )
    figures: dict[str, object] = json.loads(done.stdout)
    return figures


def _plain_spacy_entities(tables: dict[str, pl.DataFrame], raw_files: list[RawFile], model: str) -> pl.DataFrame:
    """The model's own spans as entities, one row per distinct (text, label) per document."""
    from newsprep.clean import clean_article
    from newsprep.ingest import DecodedText, decode_raw

    published = set(tables["documents"]["doc_id"])
    rows = []
    for raw in raw_files:
        if raw.doc_id not in published:
            continue
        decoded = decode_raw(raw.data, source_path=raw.source_path, max_bytes=10**8)
        assert isinstance(decoded, DecodedText)
        spans = find_ner_spans([clean_article(decoded.text)], model=model)[0]
        rows += [
            {"doc_id": raw.doc_id, "text": s.text, "label": s.label}
            for s in spans
            if s.label in ("PERSON", "ORG", "GPE", "LOC")
        ]
    return pl.DataFrame(rows, schema={"doc_id": pl.Utf8, "text": pl.Utf8, "label": pl.Utf8}).unique()


def evaluate_set(name: str, folder: Path, out: Path, *, model: str) -> tuple[dict[str, dict[str, object]], float]:
    """Both systems' figures on one fixture set, and the seconds newsprep's stages took on it (model loaded)."""
    raw_files = [RawFile(p.name, p.read_bytes()) for p in sorted((folder / "raw").iterdir()) if p.is_file()]
    started = time.perf_counter()
    tables = process_batch(raw_files, PipelineSettings(max_file_bytes=10**8, spacy_model=model), workers=1)
    seconds = time.perf_counter() - started
    results: dict[str, dict[str, object]] = {}
    for system in ("newsprep", "plain spaCy"):
        target = out / name.replace(" ", "-").replace("+", "and") / system.replace(" ", "-")
        target.mkdir(parents=True, exist_ok=True)
        for table, frame in tables.items():
            if system == "plain spaCy" and table == "entities":
                frame = _plain_spacy_entities(tables, raw_files, model)
            frame.write_parquet(target / f"{table}.parquet")
        results[system] = _score(folder / "gold", target)
    return results, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/newsprep-fixtures-eval"))
    parser.add_argument("--spacy-model", default=DEFAULT_MODEL, help="installed spaCy model: package name or folder")
    parser.add_argument("--heldout", action="store_true", help="also score the held-out sets (once, at the end)")
    args = parser.parse_args()
    load_pipeline(args.spacy_model)  # loaded once, outside the timed stages
    everything: dict[str, object] = {"spacy_model": args.spacy_model}
    for name, folder in {**FIXTURE_SETS, **(HELDOUT_SETS if args.heldout else {})}.items():
        results, seconds = evaluate_set(name, folder, args.out, model=args.spacy_model)
        everything[name] = {**results, "newsprep_seconds": round(seconds, 2)}
        articles = len(list((folder / "gold").glob("*.json")))
        print(f"\n### {name} ({articles} annotated articles, {args.spacy_model}: stages took {seconds:.2f} s)\n")
        names = _figures_scored(results["newsprep"])
        print("| system | " + " | ".join(names) + " |")
        print("|---" * (len(names) + 1) + "|")
        for system, figures in results.items():
            print(f"| {system} | " + " | ".join(str(figures.get(f, "")) for f in names) + " |")
    (args.out / "results.json").write_text(json.dumps(everything, indent=1, default=str))


if __name__ == "__main__":
    main()
