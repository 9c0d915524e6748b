"""Pairwise merge precision and recall of PERSON/ORG mentions against hand-labelled identities (PolNeAR dev).

usage: python benchmarks/entity_merges.py OUT_DIR [--key entity_key] [--labels FILE] [--entity-labels PERSON,ORG]

OUT_DIR is a published newsprep output folder (``documents``, ``entities`` and ``mentions`` Parquet files). Every
published mention whose entity label is in ``--entity-labels`` is joined to its entity (on ``doc_id`` and
``entity_id``) and to its document's raw file stem (the ``source_path`` without folders or extension), then mapped
to a true identity by its written form in that document. Two mentions are a *predicted pair* when they share a key,
a *true pair* when their identities are equal; precision = true predicted pairs / predicted pairs and recall = true
predicted pairs / true pairs, counted over mentions with a labelled identity only (ambiguous, not-a-person-or-
organisation and unlabelled mentions are counted and reported, never paired). Pairs are counted from group sizes
(n * (n - 1) / 2), never enumerated.

``--key`` chooses what counts as "the same entity":

- ``entity_key`` (default) or any other column of ``mentions`` or ``entities``: mentions with equal values share a
  key (a corpus-level key, once the tables have one); a null value is a key of its own;
- ``canonical``: the entity's label and canonical name (``entities.text``), the name each document resolves its
  mentions to, taken at face value across the corpus (what grouping by today's ``entity_id`` gives);
- ``document``: ``(doc_id, entity_id)``, each document's own entities with nothing shared across documents.

Prints one JSON line (the figures and the counts), then the worst false merges (pairs of identities sharing keys)
and missed merges (identities split over keys), for debugging.

Label file (``benchmarks/annotations/polnear-identities.json``)::

    {"corpus": "polnear-dev", "description": "...",
     "documents": {"<raw file stem>": [
        {"form": "Trump", "label": "PERSON", "identity": "person:donald-trump"},
        {"form": "Clinton", "label": "PERSON", "ambiguous": ["person:hillary-clinton", "person:bill-clinton"],
         "note": "why"},
        {"form": "Brexit", "identity": "not_person_or_org"},
        {"form_sha256": "<16 hex>", "label": "PERSON", "identity": "person:barack-obama", "note": "..."}]},
     "identities": {"person:donald-trump": {"name": "Donald Trump", "label": "PERSON"}}}

Each entry is one written form of a name in one document, compared after ``normalise_form`` (case, whitespace,
curly apostrophes, a leading "the", a trailing "'s" and stray edge punctuation). ``identity`` is an id declared in
``identities`` or ``not_person_or_org``; ``ambiguous`` lists the ids (or ``not_person_or_org``) a form has in that
document when it means more than one. ``label`` is the identity's label (omitted for ``not_person_or_org`` and for
ambiguity across labels). A form that is a span of headline text rather than a name is stored as ``form_sha256``,
the first 16 hex digits of the SHA-256 of its normalised form, so that no sentence of the corpus is in the repository.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import polars as pl

REPO = Path(__file__).resolve().parents[1]
DEFAULT_LABELS = REPO / "benchmarks" / "annotations" / "polnear-identities.json"
NOT_PERSON_OR_ORG = "not_person_or_org"
IDENTITY_LABELS = {"person": "PERSON", "org": "ORG"}
SPECIAL_KEYS = ("canonical", "document")
_IDENTITY_ID = re.compile(r"^(person|org):[a-z0-9][a-z0-9.-]*$")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
_EDGE = "\"\u201c\u201d'-\u2013\u2014\u2015 ,;:"


def normalise_form(form: str) -> str:
    """The written form as the labels compare it: "The FBI's" and "the  FBI" are both "fbi"."""
    text = " ".join(unicodedata.normalize("NFKC", form).translate(_APOSTROPHES).split()).casefold().strip(_EDGE)
    text = re.sub(r"^the\s+", "", text)
    return re.sub(r"'s?$", "", text).strip(_EDGE)


def form_sha256(form: str) -> str:
    """The short hash a label file stores instead of a form that is headline text rather than a name."""
    return hashlib.sha256(normalise_form(form).encode("utf-8")).hexdigest()[:16]


def _entry_ids(entry: Mapping[str, Any]) -> list[str]:
    return list(entry["ambiguous"]) if "ambiguous" in entry else [str(entry.get("identity"))]


def label_problems(labels: Mapping[str, Any]) -> list[str]:
    """Everything wrong with a label file, one message each (an empty list when it is well-formed)."""
    problems: list[str] = []
    identities = labels.get("identities", {})
    for identity, spec in identities.items():
        prefix = identity.split(":", 1)[0]
        if not _IDENTITY_ID.match(identity) or spec.get("label") != IDENTITY_LABELS.get(prefix):
            problems.append(f"identity {identity}: id must be person:/org:<slug> with label PERSON/ORG to match")
        if not str(spec.get("name", "")).strip():
            problems.append(f"identity {identity}: no name")
    used: set[str] = set()
    for stem, entries in labels.get("documents", {}).items():
        seen: set[str] = set()
        for n, entry in enumerate(entries):
            where = f"{stem} entry {n}"
            if ("form" in entry) == ("form_sha256" in entry):
                problems.append(f"{where}: needs exactly one of form and form_sha256")
                continue
            key = form_sha256(entry["form"]) if "form" in entry else entry["form_sha256"]
            if key in seen:
                problems.append(f"{where}: form {entry.get('form', key)!r} is labelled twice in this document")
            seen.add(key)
            if ("identity" in entry) == ("ambiguous" in entry):
                problems.append(f"{where}: needs exactly one of identity and ambiguous")
                continue
            ids = _entry_ids(entry)
            if "ambiguous" in entry and len(set(ids)) < 2:
                problems.append(f"{where}: ambiguous needs two or more different ids")
            declared = [i for i in ids if i != NOT_PERSON_OR_ORG]
            used.update(declared)
            problems += [f"{where}: identity {i} is not declared" for i in declared if i not in identities]
            expected = {IDENTITY_LABELS.get(i.split(":", 1)[0]) for i in declared}
            if entry.get("label") not in (None, "PERSON", "ORG") or (
                "label" in entry and (len(expected) != 1 or NOT_PERSON_OR_ORG in ids or entry["label"] not in expected)
            ):
                problems.append(f"{where}: label {entry.get('label')!r} does not match its identities {ids}")
    problems += [f"identity {i} is declared but never used" for i in sorted(set(identities) - used)]
    return problems


def load_labels(path: Path) -> dict[str, Any]:
    labels: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    problems = label_problems(labels)
    if problems:
        raise SystemExit(f"{path}: {len(problems)} problem(s) in the labels, first: {problems[0]}")
    return labels


def _status(entry: Mapping[str, Any]) -> str:
    if "ambiguous" in entry:
        return "ambiguous"
    return NOT_PERSON_OR_ORG if entry["identity"] == NOT_PERSON_OR_ORG else "identity"


def labels_frame(labels: Mapping[str, Any]) -> pl.DataFrame:
    """One row per labelled form: stem, form_key (its hash), identity (null unless status is "identity"), status."""
    rows = []
    for stem, entries in labels["documents"].items():
        for entry in entries:
            key = form_sha256(entry["form"]) if "form" in entry else entry["form_sha256"]
            status = _status(entry)
            rows.append((stem, key, entry["identity"] if status == "identity" else None, status))
    schema = {"stem": pl.Utf8, "form_key": pl.Utf8, "identity": pl.Utf8, "status": pl.Utf8}
    return pl.DataFrame(rows, schema=schema, orient="row")


def _key_expression(key: str, columns: Sequence[str], out_dir: Path) -> pl.Expr:
    if key == "canonical":
        return pl.concat_str([pl.col("label"), pl.lit(": "), pl.col("canonical")])
    if key == "document":
        return pl.concat_str(
            [pl.col("stem"), pl.lit(" / "), pl.col("canonical"), pl.lit(" ("), pl.col("label"), pl.lit(")")]
        )
    if key not in columns:
        raise SystemExit(
            f"{out_dir}: no column {key!r} in mentions.parquet or entities.parquet; use --key canonical (label and"
            " canonical name) or --key document (each document's own entities) on tables without a corpus key"
        )
    # A null key merges with nothing: it becomes a value of its own.
    unique = pl.concat_str([pl.lit("\u2205"), pl.int_range(pl.len()).cast(pl.Utf8)])
    return pl.col(key).cast(pl.Utf8).fill_null(unique)


def document_stems(documents: pl.DataFrame) -> pl.DataFrame:
    """doc_id and the raw file's stem (``source_path`` without its folders and extension), as the labels name it."""
    return documents.select(
        "doc_id", pl.col("source_path").str.split("/").list.last().str.replace(r"\.[^.]*$", "").alias("stem")
    )


def keyed_mentions(
    documents: pl.DataFrame, entities: pl.DataFrame, mentions: pl.DataFrame, *, key: str, out_dir: Path = Path(".")
) -> pl.DataFrame:
    """Every mention with its document's stem, its entity's label and canonical name, and its key (column ``key``)."""
    stems = document_stems(documents)
    entity_columns = ["doc_id", "entity_id", "label", pl.col("text").alias("canonical")]
    if key not in SPECIAL_KEYS and key in entities.columns and key not in mentions.columns:
        entity_columns.append(key)
    joined = mentions.join(entities.select(entity_columns), on=["doc_id", "entity_id"], how="left").join(
        stems, on="doc_id", how="left"
    )
    return joined.with_columns(_key_expression(key, joined.columns, out_dir).alias("key"))


def with_identities(keyed: pl.DataFrame, labels: pl.DataFrame) -> pl.DataFrame:
    """Adds ``identity`` and ``status`` (identity, ambiguous, not_person_or_org or unlabelled) by written form."""
    forms = keyed.with_columns(pl.col("text").map_elements(form_sha256, return_dtype=pl.Utf8).alias("form_key"))
    return forms.join(labels, on=["stem", "form_key"], how="left").with_columns(
        pl.col("status").fill_null("unlabelled")
    )


def _pairs(expr: pl.Expr) -> pl.Expr:
    return (expr * (expr - 1) // 2).cast(pl.Int64)


def _pair_total(frame: pl.DataFrame, by: list[str]) -> int:
    return int(frame.group_by(by).len().select(_pairs(pl.col("len")).sum()).item() or 0)


@dataclass(frozen=True, slots=True)
class MergeScore:
    """Pair counts over mentions with a labelled identity, and the figures they give."""

    predicted_pairs: int
    true_pairs: int
    true_predicted_pairs: int
    precision: float | None
    recall: float | None
    f1: float | None


def merge_score(scored: pl.DataFrame) -> MergeScore:
    """Pairwise precision and recall of ``key`` against ``identity`` (both columns of ``scored``)."""
    predicted = _pair_total(scored, ["key"])
    true = _pair_total(scored, ["identity"])
    both = _pair_total(scored, ["key", "identity"])
    precision = both / predicted if predicted else None
    recall = both / true if true else None
    f1 = 2 * precision * recall / (precision + recall) if precision and recall else None
    return MergeScore(predicted, true, both, *(None if x is None else round(x, 4) for x in (precision, recall, f1)))


def false_merges(scored: pl.DataFrame, *, top: int = 10) -> pl.DataFrame:
    """Pairs of different identities that share keys, worst first: wrong pairs and the keys that merge them."""
    counts = scored.group_by("key", "identity").len()
    crossed = counts.join(counts, on="key", suffix="_b").filter(pl.col("identity") < pl.col("identity_b"))
    return (
        crossed.group_by("identity", "identity_b")
        .agg((pl.col("len") * pl.col("len_b")).sum().alias("pairs"), pl.col("key").unique().sort().alias("keys"))
        .sort(["pairs", "identity", "identity_b"], descending=[True, False, False])
        .head(top)
    )


def missed_merges(scored: pl.DataFrame, *, top: int = 10) -> pl.DataFrame:
    """Identities split over several keys, worst first: true pairs that no key joins, and the split keys."""
    counts = scored.group_by("identity", "key").len().sort(["len", "key"], descending=[True, False])
    return (
        counts.group_by("identity")
        .agg(
            (_pairs(pl.col("len").sum()) - _pairs(pl.col("len")).sum()).alias("pairs"),
            pl.len().alias("key_count"),
            pl.col("key").alias("keys"),
        )
        .filter(pl.col("pairs") > 0)
        .sort(["pairs", "identity"], descending=[True, False])
        .head(top)
    )


def read_tables(out_dir: Path) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    paths = [out_dir / f"{table}.parquet" for table in ("documents", "entities", "mentions")]
    missing = [path.name for path in paths if not path.is_file()]
    if missing:
        raise SystemExit(f"{out_dir}: not a published output folder (missing {', '.join(missing)})")
    documents, entities, mentions = (pl.read_parquet(path) for path in paths)
    return documents, entities, mentions


def label_file_summary(labels: Mapping[str, Any]) -> dict[str, int]:
    entries = [entry for document in labels["documents"].values() for entry in document]
    return {
        "documents": len(labels["documents"]),
        "forms": len(entries),
        "identities": len(labels["identities"]),
        "not_person_or_org": sum(entry.get("identity") == NOT_PERSON_OR_ORG for entry in entries),
        "ambiguous": sum("ambiguous" in entry for entry in entries),
    }


def evaluate(
    out_dir: Path,
    labels: Mapping[str, Any],
    *,
    key: str = "entity_key",
    entity_labels: Sequence[str] = ("PERSON", "ORG"),
) -> tuple[dict[str, Any], pl.DataFrame]:
    """The report (counts and figures) and the scored mentions, for one output folder and one key."""
    documents, entities, mentions = read_tables(out_dir)
    keyed = keyed_mentions(documents, entities, mentions, key=key, out_dir=out_dir)
    if entity_labels:
        keyed = keyed.filter(pl.col("label").is_in(list(entity_labels)))
    mapped = with_identities(keyed, labels_frame(labels))
    status = dict(mapped.group_by("status").len().iter_rows())
    scored = mapped.filter(pl.col("status") == "identity")
    stems = set(document_stems(documents)["stem"])
    report: dict[str, Any] = {
        "out": str(out_dir),
        "key": key,
        "entity_labels": list(entity_labels) or "all",
        "mentions": mapped.height,
        "scored": scored.height,
        "ambiguous": status.get("ambiguous", 0),
        "not_person_or_org": status.get(NOT_PERSON_OR_ORG, 0),
        "unlabelled": status.get("unlabelled", 0),
        "identities": scored["identity"].n_unique(),
        "keys": scored["key"].n_unique(),
        **asdict(merge_score(scored)),
        "documents_unlabelled": sorted(stems - set(labels["documents"])),
        "label_file": label_file_summary(labels),
    }
    return report, scored


def _table(frame: pl.DataFrame, columns: Sequence[str]) -> str:
    lines = ["| " + " | ".join(columns) + " |", "|---" * len(columns) + "|"]
    for row in frame.iter_rows(named=True):
        cells = [
            "; ".join(map(str, value[:4])) + (" ..." if len(value) > 4 else "")
            if isinstance(value, list)
            else str(value)
            for value in (row[c] for c in columns)
        ]
        lines.append("| " + " | ".join(cell.replace("|", "/") for cell in cells) + " |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("out", type=Path, help="a published newsprep output folder")
    parser.add_argument("--labels", type=Path, default=DEFAULT_LABELS, help="the identity labels (JSON)")
    parser.add_argument("--key", default="entity_key", help="a key column, or 'canonical' or 'document'")
    parser.add_argument(
        "--entity-labels", default="PERSON,ORG", help="published labels to score, comma-separated, or 'all'"
    )
    parser.add_argument("--top", type=int, default=10, help="rows in each debugging table")
    args = parser.parse_args(argv)
    entity_labels = [] if args.entity_labels == "all" else [x.strip() for x in args.entity_labels.split(",") if x]
    report, scored = evaluate(args.out, load_labels(args.labels), key=args.key, entity_labels=entity_labels)
    print(json.dumps(report, ensure_ascii=False))
    print(f"\n### Worst false merges (key {args.key}): identities that share keys\n")
    print(_table(false_merges(scored, top=args.top), ["identity", "identity_b", "pairs", "keys"]))
    print(f"\n### Worst missed merges (key {args.key}): identities split over keys\n")
    print(_table(missed_merges(scored, top=args.top), ["identity", "pairs", "key_count", "keys"]))


if __name__ == "__main__":
    main()
