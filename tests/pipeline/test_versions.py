"""`newsprep rollback`'s parts: the kept versions listed, and an older one made current again byte for byte."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import polars as pl
import pytest

from newsprep.clean import clean_article
from newsprep.run.publish import CURRENT_LINK, RUNS_DIR, OutputLocked, output_lock, publish_version
from newsprep.run.versions import kept_versions, roll_back
from newsprep.tables import ARTICLE_TABLES, CHILD_COUNTS, Row, conform, frame_from_rows, record_row, text_measures

T0 = datetime(2026, 3, 1, 6, 0, tzinfo=UTC)


def _article_rows(path: str) -> dict[str, list[Row]]:
    """The rows an invented article at ``path`` with no quotes, entities or statistics publishes, one list per table
    (its ``documents`` row from the cleaned article, as the clean stage and the assembly write it)."""
    text = f"Story {path}\n\nThe council met on Tuesday to discuss {path}.\n"
    doc_id = hashlib.sha256(text.encode()).hexdigest()
    article = clean_article(text)
    children: dict[str, list[Row]] = {table: [] for table in CHILD_COUNTS}
    children["paragraphs"] = [record_row(doc_id, p, idx_column="paragraph_idx") for p in article.paragraphs]
    children["captions"] = [record_row(doc_id, c, idx_column="caption_idx") for c in article.captions]
    document: Row = {
        "doc_id": doc_id,
        "source_path": path,
        "title": article.title,
        "dateline": article.dateline,
        "outlet": article.outlet,
        "contributors": list(article.contributors),
        "encoding": "utf-8",
        "input_format": "text",
        "clean_text": article.clean_text,
        **text_measures(article.clean_text),
        **{column: len(children[table]) for table, column in CHILD_COUNTS.items()},
    }
    return {"documents": [document], **children}


def _version(paths: list[str]) -> dict[str, pl.DataFrame]:
    """A version's tables for invented articles at ``paths`` (real rows, as the pipeline assembles them)."""
    rows: dict[str, list[Row]] = {table: [] for table in ARTICLE_TABLES}
    for path in paths:
        for table, table_rows in _article_rows(path).items():
            rows[table].extend(table_rows)
    frames = {table: conform(table, frame_from_rows(table, table_rows)) for table, table_rows in rows.items()}
    return {**frames, "quality": frame_from_rows("quality", [])}


def _publish_run(out: Path, version_id: str, paths: list[str], when: datetime) -> None:
    """A version published as a run does it: the tables, then the run's manifest under ``_runs/``."""
    publish_version(out, version_id, _version(paths))
    manifest = {
        "run_id": version_id,
        "engine": "prefect",
        "published": True,
        "started_at": when.isoformat(),
        "finished_at": (when + timedelta(seconds=30)).isoformat(),
        "row_counts": {"documents": len(paths)},
        "checks": [],
    }
    (out / RUNS_DIR).mkdir(exist_ok=True)
    (out / RUNS_DIR / f"{when:%Y%m%dT%H%M%S%fZ}-{version_id}.json").write_text(json.dumps(manifest))


def _digests(out: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(out.glob("*.parquet"))}


@pytest.fixture
def two_versions(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """An output folder that published 3 documents ("full"), then 1 ("shrunk"); the digests of "full"."""
    out = tmp_path / "out"
    _publish_run(out, "full", ["a.txt", "b.txt", "c.txt"], T0)
    full = _digests(out)
    _publish_run(out, "shrunk", ["a.txt"], T0 + timedelta(days=1))
    assert _digests(out) != full
    return out, full


def test_the_kept_versions_are_listed_with_when_how_many_and_which_is_current(
    two_versions: tuple[Path, dict[str, str]],
) -> None:
    out, _ = two_versions
    listed = [(v.version_id, v.published_at, v.documents, v.current) for v in kept_versions(out)]
    assert listed == [
        ("full", T0 + timedelta(seconds=30), 3, False),
        ("shrunk", T0 + timedelta(days=1, seconds=30), 1, True),
    ]


def test_a_rollback_brings_back_the_tables_byte_for_byte_and_is_recorded(
    two_versions: tuple[Path, dict[str, str]],
) -> None:
    out, full = two_versions
    record = roll_back(out, "full")
    assert record is not None and _digests(out) == full
    assert (out / CURRENT_LINK).resolve().name == "full"
    assert record["engine"].startswith("rollback") and record["rolled_back_from"] == "shrunk"
    assert record["changes"] == {"new": ["b.txt", "c.txt"], "changed": [], "removed": [], "reused": 3, "rejected": 0}
    assert json.loads((out / "manifest.json").read_text())["run_id"] == "full"
    assert (out / "report.html").is_file()
    # The listing still says when "full" was first published, not when it was rolled back to.
    assert [(v.version_id, v.current) for v in kept_versions(out)] == [("full", True), ("shrunk", False)]
    assert roll_back(out, "full") is None, "already the published version: nothing to do"


def test_an_unknown_version_or_a_held_folder_is_refused_and_nothing_changes(
    two_versions: tuple[Path, dict[str, str]],
) -> None:
    out, _ = two_versions
    before = _digests(out)
    with pytest.raises(LookupError):
        roll_back(out, "no-such-version")
    with output_lock(out), pytest.raises(OutputLocked):
        roll_back(out, "full")
    assert _digests(out) == before
