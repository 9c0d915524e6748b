"""The merge scorer on tiny made-up tables whose pair counts are worked out by hand, and the real label file's shape."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from benchmarks.entity_merges import (
    DEFAULT_LABELS,
    NOT_PERSON_OR_ORG,
    evaluate,
    false_merges,
    form_sha256,
    label_problems,
    main,
    missed_merges,
    normalise_form,
)
from tests.conftest import SHARED_DIR

RAW_CORPUS = SHARED_DIR / "corpus" / "polnear-dev" / "raw"

# Two made-up articles. In "a" a bare "Clinton" is Hillary; in "b" it is Bill. "Mr. T" is left unlabelled, "Smith"
# is ambiguous, "Brexit" is not a person or organisation and "Paris" (GPE) is outside the scored labels.
DOCUMENTS = pl.DataFrame({"doc_id": ["d1", "d2"], "source_path": ["feeds/a.txt", "b.txt"]})
ENTITIES = pl.DataFrame(
    [
        ("d1", "e1", "Donald Trump", "PERSON", "k-trump"),
        ("d1", "e2", "Hillary Clinton", "PERSON", "k-clinton"),
        ("d1", "e3", "FBI", "ORG", "k-fbi"),
        ("d1", "e8", "Brexit", "ORG", "k-brexit"),
        ("d2", "e4", "Trump", "PERSON", "k-trump"),
        ("d2", "e5", "Clinton", "PERSON", "k-clinton"),
        ("d2", "e6", "Paris", "GPE", "k-paris"),
        ("d2", "e7", "Smith", "PERSON", "k-smith"),
        ("d2", "e9", "FBI", "ORG", "k-fbi"),
    ],
    schema=["doc_id", "entity_id", "text", "label", "entity_key"],
    orient="row",
)
MENTIONS = pl.DataFrame(
    [
        ("d1", "e1", "Donald Trump"),
        ("d1", "e1", "Trump’s"),
        ("d1", "e2", "Hillary Clinton"),
        ("d1", "e2", "Clinton"),
        ("d1", "e3", "the FBI"),
        ("d1", "e8", "Brexit"),
        ("d2", "e4", "Trump"),
        ("d2", "e4", "TRUMP"),
        ("d2", "e4", "Mr. T"),
        ("d2", "e5", "Clinton"),
        ("d2", "e6", "Paris"),
        ("d2", "e7", "Smith"),
        ("d2", "e9", "FBI"),
    ],
    schema=["doc_id", "entity_id", "text"],
    orient="row",
)
LABELS: dict[str, Any] = {
    "corpus": "made-up",
    "documents": {
        "a": [
            {"form": "Donald Trump", "label": "PERSON", "identity": "person:donald-trump"},
            {"form": "Trump", "label": "PERSON", "identity": "person:donald-trump"},
            {"form_sha256": form_sha256("Hillary Clinton"), "label": "PERSON", "identity": "person:hillary-clinton"},
            {"form": "Clinton", "label": "PERSON", "identity": "person:hillary-clinton"},
            {"form": "FBI", "label": "ORG", "identity": "org:fbi"},
            {"form": "Brexit", "identity": NOT_PERSON_OR_ORG},
        ],
        "b": [
            {"form": "Trump", "label": "PERSON", "identity": "person:donald-trump"},
            {"form": "Clinton", "label": "PERSON", "identity": "person:bill-clinton"},
            {"form": "Smith", "label": "PERSON", "ambiguous": ["person:ann-smith", "person:bob-smith"]},
            {"form": "FBI", "label": "ORG", "identity": "org:fbi"},
        ],
    },
    "identities": {
        "person:donald-trump": {"name": "Donald Trump", "label": "PERSON"},
        "person:hillary-clinton": {"name": "Hillary Clinton", "label": "PERSON"},
        "person:bill-clinton": {"name": "Bill Clinton", "label": "PERSON"},
        "person:ann-smith": {"name": "Ann Smith", "label": "PERSON"},
        "person:bob-smith": {"name": "Bob Smith", "label": "PERSON"},
        "org:fbi": {"name": "Federal Bureau of Investigation", "label": "ORG"},
    },
}


@pytest.fixture
def published(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    out.mkdir()
    DOCUMENTS.write_parquet(out / "documents.parquet")
    ENTITIES.write_parquet(out / "entities.parquet")
    MENTIONS.write_parquet(out / "mentions.parquet")
    return out


@pytest.mark.parametrize(
    ("written", "normalised"),
    [
        ("the FBI", "fbi"),
        ("The  FBI's", "fbi"),
        ("Trump’s", "trump"),
        ("  Donald\nJ.  Trump ", "donald j. trump"),
        ("O’Neill", "o'neill"),
        ("Clintons'", "clintons"),
        ("Theresa May", "theresa may"),
        ("― Jacklyn Ashley", "jacklyn ashley"),
    ],
)
def test_forms_are_compared_without_case_spacing_apostrophes_or_a_leading_the(written: str, normalised: str) -> None:
    assert normalise_form(written) == normalised


def test_a_corpus_key_is_scored_against_the_identities(published: Path) -> None:
    report, scored = evaluate(published, LABELS, key="entity_key")
    # Scored: Trump x4 (k-trump), Hillary x2 and Bill x1 (k-clinton), FBI x2 (k-fbi).
    # Predicted pairs 6 + 3 + 1 = 10; true pairs 6 (Trump) + 1 (Hillary) + 1 (FBI) = 8; both 6 + 1 + 1 = 8.
    assert (report["predicted_pairs"], report["true_pairs"], report["true_predicted_pairs"]) == (10, 8, 8)
    assert (report["precision"], report["recall"]) == (0.8, 1.0)
    assert (report["mentions"], report["scored"], report["unlabelled"]) == (12, 9, 1)
    assert (report["ambiguous"], report["not_person_or_org"], report["identities"]) == (1, 1, 4)
    merged = false_merges(scored)
    assert merged.select("identity", "identity_b", "pairs").rows() == [
        ("person:bill-clinton", "person:hillary-clinton", 2)
    ]
    assert missed_merges(scored).height == 0


def test_the_canonical_key_misses_the_merges_across_names(published: Path) -> None:
    report, scored = evaluate(published, LABELS, key="canonical")
    # Keys: PERSON "Donald Trump" x2, "Hillary Clinton" x2, "Trump" x2, "Clinton" x1, ORG "FBI" x2 (both documents).
    assert (report["predicted_pairs"], report["true_pairs"], report["true_predicted_pairs"]) == (4, 8, 4)
    assert (report["precision"], report["recall"]) == (1.0, 0.5)
    missed = missed_merges(scored)
    assert missed.select("identity", "pairs", "key_count").rows() == [("person:donald-trump", 4, 2)]


def test_the_document_key_shares_nothing_across_documents(published: Path) -> None:
    report, _ = evaluate(published, LABELS, key="document")
    # The two FBI entities are two keys now: 1 + 1 + 1 predicted pairs, all true.
    assert (report["predicted_pairs"], report["true_predicted_pairs"], report["recall"]) == (3, 3, 0.375)


def test_every_published_label_can_be_scored(published: Path) -> None:
    report, _ = evaluate(published, LABELS, key="entity_key", entity_labels=[])
    assert (report["mentions"], report["unlabelled"]) == (13, 2)  # Paris joins, unlabelled


def test_a_null_key_merges_with_nothing(published: Path) -> None:
    entities = ENTITIES.with_columns(pl.lit(None, dtype=pl.Utf8).alias("entity_key"))
    entities.write_parquet(published / "entities.parquet")
    report, _ = evaluate(published, LABELS, key="entity_key")
    assert (report["predicted_pairs"], report["recall"]) == (0, 0.0)
    assert report["precision"] is None


def test_a_missing_key_column_is_a_clear_error(published: Path) -> None:
    ENTITIES.drop("entity_key").write_parquet(published / "entities.parquet")
    with pytest.raises(SystemExit, match=r"no column 'entity_key'.*--key canonical"):
        evaluate(published, LABELS, key="entity_key")


def test_the_command_prints_one_json_line_then_the_tables(
    published: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    labels = tmp_path / "labels.json"
    labels.write_text(json.dumps(LABELS), encoding="utf-8")
    main([str(published), "--labels", str(labels)])
    first, *rest = capsys.readouterr().out.splitlines()
    assert json.loads(first)["precision"] == 0.8
    assert "| person:bill-clinton | person:hillary-clinton | 2 | k-clinton |" in rest


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ({"form": "Ann", "label": "PERSON", "identity": "person:nobody"}, "person:nobody is not declared"),
        ({"form": "Ann", "label": "GPE", "identity": "person:ann-smith"}, "label 'GPE' does not match"),
        ({"form": "Ann", "label": "ORG", "identity": "person:ann-smith"}, "label 'ORG' does not match"),
        ({"form": "the FBI", "label": "ORG", "identity": "org:fbi"}, "labelled twice"),
        ({"form": "Ann", "form_sha256": "0" * 16, "identity": "person:ann-smith"}, "exactly one of form"),
        ({"form": "Ann", "ambiguous": ["person:ann-smith"]}, "two or more different ids"),
    ],
)
def test_a_malformed_label_file_is_refused(entry: dict[str, Any], problem: str) -> None:
    labels = json.loads(json.dumps(LABELS))
    labels["documents"]["a"].append(entry)
    problems = label_problems(labels)
    assert any(problem in message for message in problems), problems


def test_the_polnear_labels_are_well_formed() -> None:
    labels = json.loads(DEFAULT_LABELS.read_text(encoding="utf-8"))
    assert label_problems(labels) == []
    assert labels["corpus"] == "polnear-dev"
    identity_labels = {spec["label"] for spec in labels["identities"].values()}
    assert identity_labels == {"PERSON", "ORG"}


def test_the_polnear_labels_name_every_article_of_the_corpus() -> None:
    if not RAW_CORPUS.is_dir():
        pytest.fail(f"the shared PolNeAR dev corpus is missing: expected {RAW_CORPUS} (../shared beside the clone)")
    labels = json.loads(DEFAULT_LABELS.read_text(encoding="utf-8"))
    assert set(labels["documents"]) == {path.stem for path in RAW_CORPUS.glob("*.txt")}
