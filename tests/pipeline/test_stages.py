"""The stages as units: each stage's output stored under its key, reused while the key holds, rerun (with the
stages after it) when it changes; the tables equal a run from scratch byte for byte; each stage's checks reject a
document before the next stage reads it."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Mapping
from pathlib import Path

import polars as pl
import pytest

from newsprep.config import PipelineSettings
from newsprep.ingest import RawFile, take_inventory
from newsprep.run.plan import plan_run
from newsprep.run.publish import write_parquet_atomic
from newsprep.run.stages import (
    STAGE_NAMES,
    StageBatch,
    StageCache,
    batch_tables_from_cache,
    check_stage,
    downstream,
    run_batch,
    run_stage,
)
from newsprep.run.steps import check_and_publish, drop_staging, stage_batch
from newsprep.tables import conform
from tests.conftest import REPO_ROOT

FIXTURES = REPO_ROOT / "tests" / "fixtures" / "raw"
QUOTED = ("ferry-fares-caption-once.txt", "water-main-crlf.txt", "library-fines-getty-twice.txt")
ARTIFACT_CHECK = "no artifact phrase left in clean_text"
LEFT_ARTIFACT = b"""Harbor plan approved

The council approved the harbor plan on Tuesday after a long debate about its costs, officials said.

Readers were told to enlarge this image of the new pier, which the mayor called a turning point for the town.

The work starts in spring, the port authority said.
"""
"""An article whose body keeps an artifact phrase after cleaning: it fails the clean stage's critical check."""


def _files() -> list[RawFile]:
    return [RawFile(p.name, p.read_bytes()) for p in sorted(FIXTURES.glob("*.txt"))]


def _digests(tables: Mapping[str, pl.DataFrame], folder: Path) -> dict[str, str]:
    """sha256 of each table as it would be published (validated, sorted, written with the contract's schema)."""
    from newsprep.corpus import KEY_COLUMNS, corpus_tables

    folder.mkdir(parents=True, exist_ok=True)
    digests = {}
    # The corpus keys are filled at publish, over the whole corpus, as run.steps does.
    documents = conform("documents", tables["documents"])
    tables = {**tables, **corpus_tables(documents, *(tables[table] for table in KEY_COLUMNS))}
    for table, frame in tables.items():
        path = folder / f"{table}.parquet"
        write_parquet_atomic(conform(table, frame), table, path)
        digests[table] = hashlib.sha256(path.read_bytes()).hexdigest()
    return digests


def test_a_setting_only_quotes_reads_reruns_quotes_alone_and_the_tables_equal_a_run_from_scratch(
    tmp_path: Path,
) -> None:
    files, cache = _files(), StageCache(tmp_path / "out")
    joined, parts = PipelineSettings(split_quotes="join"), PipelineSettings(split_quotes="parts")

    first = run_batch(files, joined, cache=cache, workers=1)
    rerun = run_batch(files, parts, cache=cache, workers=1)
    scratch = run_batch(files, parts, workers=1)

    assert first.ran == STAGE_NAMES
    assert rerun.ran == ("quotes",) and rerun.reused == ("ingest", "clean", "nlp", "entities", "statistics")
    assert _digests(rerun.tables, tmp_path / "rerun") == _digests(scratch.tables, tmp_path / "scratch")
    # The setting does change the quotes: the rerun is not the first run's tables read back.
    assert not first.tables["quotes"].equals(rerun.tables["quotes"])


@pytest.mark.parametrize("edited", ["quotes", "entities", "nlp", "clean"])
def test_a_stage_whose_code_changed_reruns_with_the_stages_after_it_and_no_other(edited: str, tmp_path: Path) -> None:
    files, cache, settings = _files()[:6], StageCache(tmp_path / "out"), PipelineSettings()
    run_batch(files, settings, cache=cache, workers=1)

    rerun = run_batch(files, settings, cache=cache, workers=1, fingerprints={edited: "an edited rule"})
    scratch = run_batch(files, settings, workers=1)

    assert rerun.ran == downstream(edited)
    assert set(rerun.reused) == set(STAGE_NAMES) - set(downstream(edited))
    assert _digests(rerun.tables, tmp_path / "rerun") == _digests(scratch.tables, tmp_path / "scratch")


def test_downstream_follows_what_each_stage_reads() -> None:
    assert downstream("quotes") == ("quotes",)
    assert downstream("nlp") == ("nlp", "entities", "quotes")
    assert downstream("clean") == ("clean", "nlp", "entities", "quotes", "statistics")


def test_the_quote_stage_fingerprint_holds_no_other_stage_code_and_the_others_hold_no_quote_rule() -> None:
    from newsprep.run.stages.registry import SHARED_MODULES, module_closure

    quote_rules = {m for m in module_closure(["newsprep.run.stages.quotes"]) if m.startswith("newsprep.extract.quotes")}
    assert "newsprep.extract.quotes.grammar.cues" in quote_rules
    for stage in ("ingest", "clean", "nlp", "entities", "statistics"):
        assert not quote_rules & module_closure([f"newsprep.run.stages.{stage}", *SHARED_MODULES]).keys(), stage


def test_one_stage_at_a_time_through_the_cache_gives_the_batch_tables(tmp_path: Path) -> None:
    """The per-stage path (a task per stage, then one per check) makes the same tables as the batch's whole path."""
    files, settings = _files()[:5], PipelineSettings()
    cache = StageCache(tmp_path / "out")
    batch = StageBatch.of([(f.source_path, f.doc_id) for f in files], settings)
    for stage in STAGE_NAMES:
        result = run_stage(stage, batch, settings, cache, raw_files=files)
        assert not result.reused
        checks = check_stage(stage, batch, settings, cache)
        assert all(check.success for check in checks if check.severity == "critical"), checks
    assert run_stage("quotes", batch, settings, cache).reused

    whole = run_batch(files, settings, workers=1)
    assert _digests(batch_tables_from_cache(batch, cache), tmp_path / "staged") == _digests(
        whole.tables, tmp_path / "whole"
    )


def test_a_stage_refuses_to_run_before_the_stages_it_reads_are_checked(tmp_path: Path) -> None:
    files, settings = _files()[:2], PipelineSettings()
    cache = StageCache(tmp_path / "out")
    batch = StageBatch.of([(f.source_path, f.doc_id) for f in files], settings)
    run_stage("ingest", batch, settings, cache, raw_files=files)
    with pytest.raises(RuntimeError, match="reads ingest"):
        run_stage("clean", batch, settings, cache)


def test_a_document_failing_a_critical_clean_check_is_rejected_there_and_the_rest_is_published(
    tmp_path: Path,
) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    for name in QUOTED:
        shutil.copy(FIXTURES / name, raw / name)
    (raw / "harbor-artifact.txt").write_bytes(LEFT_ARTIFACT)
    settings = PipelineSettings(raw_dir=raw, out_dir=out)

    plan = plan_run(take_inventory(raw), run_id="stage-check-run", settings=settings)
    batch = stage_batch(plan.pending, batch_no=0, run_id=plan.run_id, settings=settings)
    outcome = check_and_publish([batch], plan=plan, settings=settings)

    assert outcome.published, outcome.failed_critical
    documents, rejects = pl.read_parquet(out / "documents.parquet"), pl.read_parquet(out / "rejects.parquet")
    assert sorted(documents["source_path"]) == sorted(QUOTED)
    [reject] = rejects.iter_rows(named=True)
    assert (reject["source_path"], reject["stage"], reject["reason"], reject["check"]) == (
        "harbor-artifact.txt",
        "clean",
        "failed_check",
        ARTIFACT_CHECK,
    )
    assert ARTIFACT_CHECK in reject["detail"]
    for table in ("paragraphs", "captions", "quotes", "entities", "mentions", "statistics"):
        assert reject["doc_id"] not in pl.read_parquet(out / f"{table}.parquet")["doc_id"].to_list(), table
    # It stopped at clean: the NER stage was never given it.
    spans = pl.concat(pl.read_parquet(p) for p in (out / "_stages" / "nlp").glob("*/spans.parquet"))
    assert reject["doc_id"] not in spans["doc_id"].to_list()
    assert spans.height > 0
    # The whole run's checks still ran, and passed, on what was published.
    assert any(check.stage == "publish" for check in outcome.checks)
    [failed] = [c for c in outcome.stage_checks if not c.success]
    assert (failed.stage, failed.check, failed.observed_value) == ("clean", ARTIFACT_CHECK, 1.0)
    drop_staging(out, plan.run_id)


def _publish(raw: Path, out: Path, settings: PipelineSettings) -> tuple[dict[str, str], dict[str, dict[str, int]]]:
    plan = plan_run(take_inventory(raw), run_id=f"run-{settings.split_quotes}", settings=settings)
    batches = [
        stage_batch(plan.pending[i : i + 4], batch_no=i, run_id=plan.run_id, settings=settings)
        for i in range(0, len(plan.pending), 4)
    ]
    outcome = check_and_publish(batches, plan=plan, settings=settings)
    drop_staging(out, plan.run_id)
    assert outcome.published, outcome.failed_critical
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(out.glob("*.parquet"))}, (
        outcome.stage_runs
    )


def test_a_published_rerun_after_a_quote_setting_change_equals_a_publish_from_scratch(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    shutil.copytree(FIXTURES, raw)
    out, scratch = tmp_path / "out", tmp_path / "scratch"
    joined = PipelineSettings(raw_dir=raw, out_dir=out)
    parts = joined.model_copy(update={"split_quotes": "parts"})

    _, first = _publish(raw, out, joined)
    rerun, runs = _publish(raw, out, parts)
    from_scratch, _ = _publish(raw, scratch, parts.model_copy(update={"out_dir": scratch}))

    batches = first["ingest"]["ran"]
    assert batches == 4 and all(counts == {"ran": batches, "reused": 0} for counts in first.values())
    assert runs["quotes"] == {"ran": batches, "reused": 0}
    assert all(runs[stage] == {"ran": 0, "reused": batches} for stage in STAGE_NAMES if stage != "quotes")
    assert rerun == from_scratch and len(rerun) == 10


def test_the_cache_keeps_the_outputs_of_the_last_runs_only(tmp_path: Path) -> None:
    cache = StageCache(tmp_path)
    frames = {"rejects": pl.DataFrame({"doc_id": ["a"]}), "checks": pl.DataFrame({"n": [0]})}
    cache.add_parts("quotes", "old", frames)
    cache.add_parts("quotes", "recent", frames)
    old, recent = cache.entry("quotes", "old"), cache.entry("quotes", "recent")
    import os

    os.utime(old, (1_000, 1_000))
    os.utime(recent, (5_000, 5_000))
    for started in (2_000, 3_000, 4_000):
        cache.record_run(started)
    assert not old.exists() and recent.exists()
    assert cache.has("quotes", "recent") and not cache.has("quotes", "old")


@pytest.mark.slow
def test_the_worker_processes_rerun_the_changed_stage_on_the_stored_outputs_they_are_sent(tmp_path: Path) -> None:
    """A batch large enough for the NLP workers (a sub-batch each): the quote stage reruns there, on the clean and
    entity outputs stored in the cache, and the tables equal a run from scratch in one process."""
    files = [
        RawFile(f"{p.parent.parent.name}/{p.name}", p.read_bytes())
        for p in sorted((REPO_ROOT / "tests" / "fixtures").glob("*/raw/*.txt"))
    ]
    assert len(files) >= 20
    cache, settings = StageCache(tmp_path / "out"), PipelineSettings()
    try:
        first = run_batch(files, settings, cache=cache, workers=2)
        rerun = run_batch(files, settings, cache=cache, workers=2, fingerprints={"quotes": "an edited rule"})
    finally:
        from newsprep.run.workers import release_worker_pool

        release_worker_pool()
    scratch = run_batch(files, settings, workers=1)

    assert first.ran == STAGE_NAMES and rerun.ran == ("quotes",)
    assert _digests(rerun.tables, tmp_path / "rerun") == _digests(scratch.tables, tmp_path / "scratch")
    assert _digests(first.tables, tmp_path / "first") == _digests(scratch.tables, tmp_path / "scratch")
    # The sub-batches are cut in input order: the rows come back as one process gives them, before any sort.
    assert all(first.tables[table].equals(scratch.tables[table]) for table in scratch.tables)


def test_a_damaged_stored_output_costs_its_batch_a_full_run_and_the_same_tables(tmp_path: Path) -> None:
    files, cache, settings = _files()[:4], StageCache(tmp_path / "out"), PipelineSettings()
    first = run_batch(files, settings, cache=cache, workers=1)
    for articles in (cache.root / "clean").glob("*/articles.parquet"):
        articles.write_bytes(b"not parquet")

    rerun = run_batch(files, settings, cache=cache, workers=1, fingerprints={"quotes": "an edited rule"})

    assert rerun.ran == STAGE_NAMES
    assert _digests(rerun.tables, tmp_path / "rerun") == _digests(first.tables, tmp_path / "first")
    # Stored again whole: the next run reads it back.
    assert run_batch(files, settings, cache=cache, workers=1).ran == ()


def test_the_imports_read_from_the_text_are_those_python_parses_in_every_module() -> None:
    """The fingerprints read imports from the text (ast.parse is not thread-safe on 3.11, and two batches work out
    their keys at once beside Prefect's threads); here Python's parser, in one thread, says what they should be."""
    import ast

    from newsprep.run.provenance import PACKAGE_DIR, source_files
    from newsprep.run.stages.registry import KEY_MODULES, _imported, _module_file

    def parsed(module: str, path: Path) -> set[str]:
        tree = ast.parse(path.read_bytes())
        skipped = {
            id(child)
            for node in ast.walk(tree)
            if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING"
            for child in ast.walk(node)
        }
        found = set()
        for node in ast.walk(tree):
            if id(node) in skipped:
                continue
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                found.update(
                    f"{node.module}.{a.name}" if _module_file(f"{node.module}.{a.name}") else node.module
                    for a in node.names
                )
        return {m for m in found if (m == "newsprep" or m.startswith("newsprep.")) and m not in KEY_MODULES}

    for path in source_files():
        relative = path.relative_to(PACKAGE_DIR).with_suffix("")
        parts = relative.parts[:-1] if relative.name == "__init__" else relative.parts
        module = ".".join(("newsprep", *parts))
        assert _imported(module, path) == parsed(module, path), module


def test_an_outlet_profile_changed_reruns_clean_and_every_stage_after_it(tmp_path: Path) -> None:
    """The cleaner reads the outlet profiles as data: their content is in the clean stage's key."""
    ap = (REPO_ROOT / "src" / "newsprep" / "clean" / "profiles" / "ap.toml").read_text(encoding="utf-8")
    copied, edited = tmp_path / "copied", tmp_path / "edited"
    for folder, text in ((copied, ap), (edited, ap.replace("head_lines = 14", "head_lines = 13"))):
        folder.mkdir()
        (folder / "ap.toml").write_text(text, encoding="utf-8")
    files, cache = _files()[:3], StageCache(tmp_path / "out")
    run_batch(files, PipelineSettings(profiles_dir=copied), cache=cache, workers=1)
    assert run_batch(files, PipelineSettings(profiles_dir=copied), cache=cache, workers=1).ran == ()

    rerun = run_batch(files, PipelineSettings(profiles_dir=edited), cache=cache, workers=1)
    assert rerun.ran == downstream("clean")


def test_the_columns_a_stage_does_not_check_are_those_the_publish_fills() -> None:
    from newsprep.corpus import KEY_COLUMNS
    from newsprep.run.stages.checks import PUBLISH_COLUMNS

    assert {table: (column,) for table, column in KEY_COLUMNS.items()} == PUBLISH_COLUMNS
