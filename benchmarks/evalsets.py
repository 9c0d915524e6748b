"""Evaluation sets annotated on the shared corpora, kept as ids and offsets: gold files and raw inputs built here.

usage: python benchmarks/evalsets.py NAME --out DIR      (NAME: a file benchmarks/annotations/NAME.json)

No article text is in this repository (the corpus text belongs to its publishers): an annotation file holds the
article ids, character offsets into each body, a short hash of every span (so a changed corpus is caught, not
silently mis-scored) and the annotator's own words (speaker names, ``measures`` phrases). The file's ``corpus`` says
where the bodies are (``CORPORA``): ``"aeb"``, an id is a key of ``../shared/corpus/aeb/ground-truth.json`` and the
body its ``articleBody``; ``"polnear-dev"``, an id is the stem of a file in ``../shared/corpus/polnear-dev/raw`` and
the body that file's text (the article as published); ``"lee"``, an id is ``lee-bg-NNN``, an article of the Lee
background corpus fetched from the package registry (``benchmarks/corpus_lee.py``), or ``lee-cor-NN``, one of its 50
rated articles; ``"newspaper4k"``, an id is ``np4k-<name>``, an English article newspaper4k's source release ships
(``benchmarks/corpus_newspaper4k.py``); ``"goose"``, an id is ``goose-<name>``, an English page of 2010-2013 web news
newspaper's first source release vendors, as trafilatura extracts it (``benchmarks/corpus_goose.py``);
``"trafilatura"``, an id is ``traf-<name>``, an English page of 2019-2020 web news trafilatura's release 0.9.0 ships
as test data, extracted the same way (``benchmarks/corpus_trafilatura.py``); ``"mediacloud"``, an id is
``mc-<8 hex>``, an English page of 2018-2025 web news mediacloud-metadata's release 2.1.0 ships as test data,
extracted the same way (``benchmarks/corpus_mediacloud.py``); ``"samples"``, an id is ``smp-<release>-<name>``, an
English news article of 2013-2026 that one of four small releases ships as test or sample data
(``benchmarks/corpus_samples.py``); ``"goose-go"``, an id is ``gg-<outlet>``, an English web article of 2015 whose
text GoOse's tests hold, read from Debian's package of it (``benchmarks/corpus_goose_go.py``). At run time this
module reads the bodies and writes:

- ``DIR/raw/<stem>.txt``: a made-up headline line (the annotation's ``headline``, never corpus text), a blank
  line, then the article body exactly as the corpus has it (offsets below are into that body);
- ``DIR/gold/<stem>.json``: the gold format of ``../shared/fixtures/README.md`` for what the set annotates
  (``quotes``, ``statistics`` and/or ``entities``; ``../shared/eval/score.py`` scores only the keys a gold file has).

Annotation file format (``benchmarks/annotations/<name>.json``)::

    {"corpus": "aeb" | "polnear-dev" | "lee" | "newspaper4k" | "goose" | "trafilatura" | "mediacloud"
                | "samples" | "goose-go",
     "annotates": ["quotes"],
     "description": "...",
     "documents": [
       {"id": "<aeb id or PolNeAR file stem>", "stem": "<file stem>", "headline": "<made-up headline>",
        "quotes": [{"spans": [[start, end], ...], "hash": "<8 hex>", "speaker": "Name" | null,
                    "speaker_alts": [...], "speaker_scorable": true, "kind": "direct" | "partial",
                    "attribution": "cue", "speaker_mention": "Hass", "shared_surname": true,
                    "error_class": "<optional: which kind of attribution it is>"}],
        "statistics": [{"span": [start, end], "hash": "<8 hex>", "value": 1.5, "unit": "percent",
                        "measures": "<annotator's phrase>" | null}],
        "not_quotes": [{"span": [start, end], "hash": "<8 hex>"}],
        "entities": [{"span": [start, end], "hash": "<8 hex>", "label": "PERSON" | "ORG" | "GPE" | "LOC"}]}]}

A quote's ``spans`` are the words between the marks (one span, or one per part of a split quote, in order);
``hash`` is ``span_hash`` of the span texts joined by a single space. The optional labels say how the article
attributes the quote, so a benchmark can count speaker errors per class; they are copied into the gold file
(``score.py`` ignores keys it does not know):

- ``attribution``: one of ``ATTRIBUTION_CLASSES``: ``cue`` (a name or description and a speech verb in the
  quote's own sentence), ``pronoun`` (he/she/they/it and a speech verb there), ``according_to``, ``colon`` (an
  introduction ending in a colon), ``previous_sentence`` (the attribution is in another sentence), ``list``
  ("Dana Pell, The Ledger: ..."), ``organisation_noun`` ("the agency said", "the statement said"),
  ``continuation`` (a paragraph continuing an earlier quote), ``none`` (the text names no speaker);
- ``speaker_mention``: the speaker as written at the attribution ("Hass", "she", "the ministry");
- ``shared_surname``: true when another person in the article has the speaker's surname.

An ``entities`` entry is one named entity of the article, once: its ``span`` is one occurrence of the entity in its
fullest form in the body (where the fullest form never occurs as one span, the longest occurrence, which the set's
``description`` says), so the gold file's ``{"text": ..., "label": ...}`` is read from the corpus at run time and no
name is copied into the project. ``label`` is one of ``ENTITY_LABELS`` (the scorer counts LOC as GPE).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import shutil
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # corpus_lee, beside this script
from corpus_goose import goose_bodies
from corpus_goose_go import goose_go_bodies
from corpus_lee import lee_bodies
from corpus_mediacloud import mediacloud_bodies
from corpus_newspaper4k import newspaper4k_bodies
from corpus_samples import sample_bodies
from corpus_trafilatura import trafilatura_bodies

REPO = Path(__file__).resolve().parents[1]
ANNOTATIONS_DIR = REPO / "benchmarks" / "annotations"
GROUND_TRUTH = REPO.parent / "shared" / "corpus" / "aeb" / "ground-truth.json"
POLNEAR_RAW = REPO.parent / "shared" / "corpus" / "polnear-dev" / "raw"
CORPORA = ("aeb", "polnear-dev", "lee", "newspaper4k", "goose", "trafilatura", "mediacloud", "samples", "goose-go")
"""The corpora an annotation file's ``corpus`` may name (other files in the folder label other things)."""
CONSTRUCTION_SETS = ("organisation-nouns-dev", "organisation-nouns-dev-aeb", "organisation-nouns-dev-lee")
"""Dev sets gathering one construction from all the text a round may read (issue 16: quotes attributed to an
organisation noun): they annotate a few quotes of articles other sets hold, so the checks that sets share no article
leave them out."""
SCORER = REPO.parent / "shared" / "eval" / "score.py"
"""The scorer every figure is quoted from (it lives outside the project, beside the corpora)."""


ATTRIBUTION_CLASSES = (
    "cue",
    "pronoun",
    "according_to",
    "colon",
    "previous_sentence",
    "list",
    "organisation_noun",
    "continuation",
    "none",
)
QUOTE_LABELS = ("attribution", "speaker_mention", "shared_surname", "error_class")
ENTITY_LABELS = ("PERSON", "ORG", "GPE", "LOC")


class AnnotationMismatch(ValueError):
    """An annotated span no longer hashes to what the annotator saw: the corpus changed."""


class AnnotationError(ValueError):
    """An annotation label outside its vocabulary (a typo would otherwise drop a quote from its error class)."""


def load_scorer() -> ModuleType:
    """``../shared/eval/score.py`` as a module, for the benchmarks that score in-process (its functions)."""
    spec = importlib.util.spec_from_file_location("shared_score", SCORER)
    if spec is None or spec.loader is None or not SCORER.is_file():
        raise SystemExit(f"the scorer is missing: expected {SCORER} (../shared beside the clone)")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def span_hash(text: str) -> str:
    """The first 8 hex digits of the span's sha256: enough to catch a shifted offset, far too little to hold text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]


def _span_text(body: str, span: Sequence[int], *, where: str) -> str:
    start, end = int(span[0]), int(span[1])
    if not 0 <= start < end <= len(body):
        raise AnnotationMismatch(f"{where}: span {start}:{end} is outside the body ({len(body)} characters)")
    return body[start:end]


def _checked(texts: Sequence[str], expected: str, *, where: str) -> None:
    actual = span_hash(" ".join(texts))
    if actual != expected:
        raise AnnotationMismatch(f"{where}: span hash {actual} != annotated {expected} (the corpus text changed?)")


def gold_for(document: Mapping[str, Any], body: str) -> dict[str, Any]:
    """One document's gold file, with every span's text read from the body and checked against its hash."""
    stem = document["stem"]
    gold: dict[str, Any] = {"title": document["headline"]}
    if "quotes" in document:
        quotes = []
        for n, quote in enumerate(document["quotes"]):
            where = f"{stem} quote {n}"
            parts = [_span_text(body, span, where=where) for span in quote["spans"]]
            _checked(parts, quote["hash"], where=where)
            entry: dict[str, Any] = {
                "text": " ".join(parts),
                "speaker": quote.get("speaker"),
                "speaker_alts": list(quote.get("speaker_alts", [])),
                "kind": quote.get("kind", "direct"),
                "speaker_scorable": bool(quote.get("speaker_scorable", quote.get("speaker") is not None)),
            }
            if len(parts) > 1:
                entry["parts"] = parts
            if quote.get("attribution", "none") not in ATTRIBUTION_CLASSES:
                raise AnnotationError(
                    f"{where}: attribution {quote['attribution']!r} is not one of {ATTRIBUTION_CLASSES}"
                )
            entry.update({label: quote[label] for label in QUOTE_LABELS if label in quote})
            quotes.append(entry)
        gold["quotes"] = quotes
        gold["not_quotes"] = []
        for n, item in enumerate(document.get("not_quotes", [])):
            text = _span_text(body, item["span"], where=f"{stem} not_quote {n}")
            _checked([text], item["hash"], where=f"{stem} not_quote {n}")
            gold["not_quotes"].append(text)
    if "statistics" in document:
        statistics = []
        for n, stat in enumerate(document["statistics"]):
            where = f"{stem} statistic {n}"
            text = _span_text(body, stat["span"], where=where)
            _checked([text], stat["hash"], where=where)
            statistics.append(
                {"text": text, "value": stat["value"], "unit": stat["unit"], "measures": stat.get("measures")}
            )
        gold["statistics"] = statistics
    if "entities" in document:
        gold["entities"] = [_entity_row(stem, n, entity, body) for n, entity in enumerate(document["entities"])]
    return gold


def _entity_row(stem: str, n: int, entity: Mapping[str, Any], body: str) -> dict[str, str]:
    """One gold entity: its name as the body prints it at the annotated span, and its label."""
    where = f"{stem} entity {n}"
    text = _span_text(body, entity["span"], where=where)
    _checked([text], entity["hash"], where=where)
    if entity.get("label") not in ENTITY_LABELS:
        raise AnnotationError(f"{where}: label {entity.get('label')!r} is not one of {ENTITY_LABELS}")
    return {"text": text, "label": entity["label"]}


def raw_text_for(document: Mapping[str, Any], body: str) -> str:
    """The raw input: the made-up headline, a blank line, the body as the corpus has it."""
    return f"{document['headline']}\n\n{body}\n"


def _is_evalset(annotations: Mapping[str, Any]) -> bool:
    return annotations.get("corpus") in CORPORA and "annotates" in annotations


def evalset_names() -> list[str]:
    """The annotation files that are evaluation sets (the folder also holds labels of other kinds, such as
    polnear-identities.json)."""
    paths = sorted(ANNOTATIONS_DIR.glob("*.json"))
    return [p.stem for p in paths if _is_evalset(json.loads(p.read_text(encoding="utf-8")))]


def load_annotations(name: str) -> dict[str, Any]:
    path = ANNOTATIONS_DIR / f"{name}.json"
    if name not in evalset_names():
        known = evalset_names()
        raise SystemExit(f"no annotation set {path}; known sets: {', '.join(known) or 'none'}")
    annotations: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return annotations


def read_bodies(
    corpus: str, ids: Sequence[str], *, ground_truth: Path = GROUND_TRUTH, polnear_raw: Path = POLNEAR_RAW
) -> dict[str, str]:
    """Each id's body in ``corpus``: the aeb ``articleBody``, the PolNeAR raw file's text as it is, the Lee line or
    the newspaper4k, goose, trafilatura, Media Cloud, samples or GoOse text."""
    if corpus == "aeb":
        articles = json.loads(ground_truth.read_text(encoding="utf-8"))
        return {doc_id: articles[doc_id]["articleBody"] for doc_id in ids}
    if corpus == "polnear-dev":
        return {doc_id: (polnear_raw / f"{doc_id}.txt").read_text(encoding="utf-8") for doc_id in ids}
    if corpus == "lee":
        return lee_bodies(ids)
    if corpus == "newspaper4k":
        return newspaper4k_bodies(ids)
    if corpus == "goose":
        return goose_bodies(ids)
    if corpus == "trafilatura":
        return trafilatura_bodies(ids)
    if corpus == "mediacloud":
        return mediacloud_bodies(ids)
    if corpus == "samples":
        return sample_bodies(ids)
    if corpus == "goose-go":
        return goose_go_bodies(ids)
    raise SystemExit(f"unknown corpus {corpus!r}; known: {', '.join(CORPORA)}")


def build_evalset(
    name: str, out_dir: Path, *, ground_truth: Path = GROUND_TRUTH, polnear_raw: Path = POLNEAR_RAW
) -> tuple[Path, Path]:
    """Write ``out_dir/raw`` and ``out_dir/gold`` for an annotated set (replaced); returns both folders."""
    out_dir = out_dir.resolve()
    if out_dir.is_relative_to(REPO):
        raise SystemExit(f"refusing to write corpus text inside the repository: {out_dir}")
    annotations = load_annotations(name)
    ids = [document["id"] for document in annotations["documents"]]
    bodies = read_bodies(annotations["corpus"], ids, ground_truth=ground_truth, polnear_raw=polnear_raw)
    raw_dir, gold_dir = out_dir / "raw", out_dir / "gold"
    for folder in (raw_dir, gold_dir):
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
    for document in annotations["documents"]:
        body = bodies[document["id"]]
        stem = document["stem"]
        (raw_dir / f"{stem}.txt").write_text(raw_text_for(document, body), encoding="utf-8")
        gold = gold_for(document, body)
        (gold_dir / f"{stem}.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return raw_dir, gold_dir


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("name", help="annotation set: benchmarks/annotations/NAME.json")
    parser.add_argument("--out", type=Path, required=True, help="folder outside the repository")
    args = parser.parse_args()
    raw_dir, gold_dir = build_evalset(args.name, args.out)
    print(json.dumps({"raw": str(raw_dir), "gold": str(gold_dir)}))


if __name__ == "__main__":
    main()
