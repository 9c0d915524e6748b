"""A run never wipes the published tables by mistake, and never reads a run's outputs as articles.

One output folder is published once for the module (the fixture articles through `newsprep run`, as a user types
it); each test then points a damaged raw folder at it: empty, half copied, half emptied. The guard must refuse
(exit 3) with the tables unchanged byte for byte, publish when the user means it (`--allow-shrink`), and
`newsprep rollback` must bring the earlier tables back byte for byte.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from newsprep.cli.checks import ExitCode
from newsprep.run.changes import SHRINK_CHECK
from newsprep.run.outcome import REFUSED_ENGINE
from tests.conftest import REPO_ROOT
from tests.e2e.conftest import run_newsprep as newsprep
from tests.e2e.conftest import table_digests as digests

pytestmark = pytest.mark.slow
FIXTURES = REPO_ROOT / "tests" / "fixtures" / "raw"
ARTICLES = sorted(p.name for p in FIXTURES.iterdir() if p.is_file())


def raw_folder(root: Path, names: list[str], *, emptied: tuple[str, ...] = ()) -> Path:
    """The fixture articles ``names``; those in ``emptied`` hold only blank lines (a different count each, so that
    no two share their bytes)."""
    root.mkdir(parents=True)
    for n, name in enumerate(names):
        (root / name).write_bytes(b"\n" * (n + 1) if name in emptied else (FIXTURES / name).read_bytes())
    return root


def newest_manifest(out: Path) -> dict[str, Any]:
    manifest: dict[str, Any] = json.loads(sorted((out / "_runs").glob("*.json"))[-1].read_text(encoding="utf-8"))
    return manifest


def shrink_check(manifest: dict[str, Any]) -> dict[str, Any]:
    [check] = [c for c in manifest["checks"] if c["check"] == SHRINK_CHECK]
    return check


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str], str]:
    """(output folder, digests of its tables, version id) after publishing every fixture article."""
    root = tmp_path_factory.mktemp("safe")
    out = root / "processed"
    done = newsprep("run", raw_folder(root / "raw", ARTICLES), "--out", out)
    assert done.returncode == 0, done.stdout + done.stderr
    return out, digests(out), (out / "current").resolve().name


def assert_refused(done: subprocess.CompletedProcess[str], out: Path, tables: dict[str, str], version: str) -> None:
    assert done.returncode == ExitCode.SHRINK_REFUSED, done.stdout + done.stderr
    assert done.stdout.startswith("newsprep run: REFUSED by the shrink guard"), done.stdout
    assert "--allow-shrink" in done.stdout
    assert digests(out) == tables and (out / "current").resolve().name == version
    manifest = newest_manifest(out)
    assert not manifest["published"] and shrink_check(manifest)["severity"] == "critical"


@pytest.mark.parametrize("kept", [0, 5], ids=["empty", "half-missing"])
def test_an_empty_or_half_missing_raw_folder_is_refused_at_once_and_the_tables_stay(
    published: tuple[Path, dict[str, str], str], tmp_path: Path, kept: int
) -> None:
    out, tables, version = published
    done = newsprep("run", raw_folder(tmp_path / "raw", ARTICLES[:kept]), "--out", out)
    assert_refused(done, out, tables, version)
    manifest = newest_manifest(out)
    assert manifest["engine"] == REFUSED_ENGINE, "refused on the inventory: nothing processed, no Prefect"
    lost = len(ARTICLES) - kept
    assert shrink_check(manifest)["observed_text"] == (
        f"published documents {len(ARTICLES)} -> {kept} ({lost} raw files missing, 0 now rejected)"
    )
    assert manifest["changes"]["removed"] == ARTICLES[kept:]


def test_a_raw_folder_whose_files_were_blanked_is_refused_after_processing(
    published: tuple[Path, dict[str, str], str], tmp_path: Path
) -> None:
    out, tables, version = published
    emptied = tuple(ARTICLES[:9])  # still there, but each now rejected as blank: only known after processing
    done = newsprep("run", raw_folder(tmp_path / "raw", ARTICLES, emptied=emptied), "--out", out)
    assert_refused(done, out, tables, version)
    manifest = newest_manifest(out)
    assert manifest["engine"] == "prefect" and manifest["reject_reasons"] == {"whitespace_only": 9}
    assert shrink_check(manifest)["observed_text"].endswith("(0 raw files missing, 9 now rejected)")
    quality = pl.read_parquet(next((out / "_runs").glob("failed-*/quality.parquet")))
    assert quality.filter(pl.col("check") == SHRINK_CHECK)["success"].to_list() == [False]


def test_allow_shrink_publishes_and_rollback_brings_the_earlier_tables_back_byte_for_byte(
    published: tuple[Path, dict[str, str], str], tmp_path: Path
) -> None:
    out, tables, version = published
    done = newsprep("run", raw_folder(tmp_path / "raw", ARTICLES[:5]), "--out", out, "--allow-shrink")
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith(f"newsprep run: published 5 documents to {out}")
    assert f"warning [publish] {SHRINK_CHECK}" in done.stdout
    assert pl.read_parquet(out / "documents.parquet").height == 5
    shrunk = (out / "current").resolve().name

    listing = newsprep("rollback", out)
    assert listing.returncode == 0, listing.stderr
    lines = listing.stdout.splitlines()
    assert any(line.startswith(f"  {version} ") and f"{len(ARTICLES)} documents" in line for line in lines), lines
    assert any(line.startswith(f"* {shrunk} ") and line.endswith("5 documents  (current)") for line in lines), lines

    back = newsprep("rollback", out, version)
    assert back.returncode == 0, back.stdout + back.stderr
    assert back.stdout.startswith(f"rolled back: {out} publishes version {version} again")
    assert digests(out) == tables, "the rolled-back tables must read back byte for byte as published"
    assert json.loads((out / "manifest.json").read_text(encoding="utf-8"))["run_id"] == version


def test_a_raw_folder_holding_a_runs_outputs_images_and_json_publishes_only_the_articles(
    published: tuple[Path, dict[str, str], str], tmp_path: Path
) -> None:
    out, _, _ = published
    articles = ARTICLES[:2]
    raw = raw_folder(tmp_path / "raw", articles)
    shutil.copytree(out, raw / "processed", symlinks=True)  # a previous run's whole output folder
    shutil.copy(out / "report.html", raw / "report.html")  # and its pages copied alone
    shutil.copy(out / "data-dictionary.html", raw / "data-dictionary.html")
    shutil.copytree(out / "_quality", raw / "quality-docs")
    (raw / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (raw / "story.json").write_text(json.dumps({"title": "Council votes", "body": "The council voted."}))

    fresh = tmp_path / "fresh"
    done = newsprep("run", raw, "--out", fresh)

    assert done.returncode == 0, done.stdout + done.stderr
    assert sorted(pl.read_parquet(fresh / "documents.parquet")["source_path"]) == articles
    rejects = pl.read_parquet(fresh / "rejects.parquet")
    assert set(rejects["reason"]) == {"not_an_article_file"}
    rejected = set(rejects["source_path"])
    assert {"processed", "report.html", "data-dictionary.html", "photo.png", "story.json"} <= rejected
    assert not any(path.startswith("processed/") for path in rejected), "an output folder is one reject, unread"
    pages = {p.relative_to(raw).as_posix() for p in (raw / "quality-docs").rglob("*.html")}
    assert pages and pages <= rejected, "Data Docs pages are not articles"
