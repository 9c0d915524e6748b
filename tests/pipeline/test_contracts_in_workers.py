"""The whole run's contracts shared out to the NLP worker processes: the same tables and failures as in the run's
own process, every article table in exactly one group, and the workers stopped before the suites."""

from __future__ import annotations

import shutil
from pathlib import Path

import polars as pl
import pytest

from newsprep.config import PipelineSettings
from newsprep.corpus import KEY_COLUMNS
from newsprep.ingest import take_inventory
from newsprep.run import workers
from newsprep.run.plan import RunPlan, plan_run
from newsprep.run.steps import (
    CORPUS_GROUP,
    check_and_publish,
    conform_batches,
    contract_groups,
    drop_staging,
    in_table_order,
    stage_batch,
)
from newsprep.tables import ALL_TABLES, ARTICLE_TABLES
from tests.conftest import REPO_ROOT

FIXTURES = REPO_ROOT / "tests" / "fixtures" / "raw"


def test_every_article_table_is_conformed_in_exactly_one_group_the_corpus_group_first() -> None:
    groups = contract_groups()
    assert groups[0] == CORPUS_GROUP
    assert set(KEY_COLUMNS) <= set(CORPUS_GROUP)
    conformed = [table for group in groups for table in group]
    assert sorted(conformed) == sorted(ARTICLE_TABLES)


def test_failures_from_the_groups_come_in_the_order_one_pass_over_every_table_meets_them() -> None:
    failures = [("corpus_entities", "d"), ("quotes", "c"), ("rejects", "b"), ("documents", "a")]
    _, ordered = in_table_order({}, failures)
    # documents, then the other unkeyed tables, then the keyed tables and corpus_entities (computed from them).
    assert ordered == [("documents", "a"), ("rejects", "b"), ("quotes", "c"), ("corpus_entities", "d")]


def test_tables_come_back_in_publishing_order() -> None:
    frames = {table: pl.DataFrame({"n": [n]}) for n, table in enumerate(reversed(ALL_TABLES))}
    ordered, _ = in_table_order(frames, [])
    assert list(ordered) == list(ALL_TABLES)


def _staged_run(tmp_path: Path) -> tuple[PipelineSettings, list[Path], RunPlan]:
    raw, out = tmp_path / "raw", tmp_path / "out"
    shutil.copytree(FIXTURES, raw)
    settings = PipelineSettings(raw_dir=raw, out_dir=out)
    plan = plan_run(take_inventory(raw), run_id="contracts-in-workers", settings=settings)
    batches = [
        stage_batch(plan.pending[i : i + 5], batch_no=i, run_id=plan.run_id, settings=settings)
        for i in range(0, len(plan.pending), 5)
    ]
    return settings, batches, plan


@pytest.mark.slow
def test_contracts_in_the_workers_give_the_same_tables_as_here_and_the_workers_stop_after(tmp_path: Path) -> None:
    settings, batches, plan = _staged_run(tmp_path)
    here, here_failures = conform_batches(batches, plan)
    shared, shared_failures = conform_batches(
        batches,
        plan,
        pool_workers=2,
        spacy_model=settings.spacy_model,
        scratch=tmp_path / "conformed",
    )
    assert list(shared) == list(here)
    for table, frame in here.items():
        assert shared[table].equals(frame), table
        assert shared[table].schema == frame.schema, table
    assert shared_failures == here_failures == []

    outcome = check_and_publish(batches, plan=plan, settings=settings, shared_out=True)
    assert outcome.published, outcome.failed_critical
    assert workers._pool is None  # stopped before the suites: their memory back
    drop_staging(settings.out_dir, plan.run_id)


@pytest.mark.slow
def test_a_contract_failing_in_the_workers_is_reported_as_here_and_refuses_the_publish(tmp_path: Path) -> None:
    settings, batches, plan = _staged_run(tmp_path)
    # Every paragraph twice in one batch: its key is no longer unique, which its contract forbids.
    paragraphs = batches[0] / "paragraphs.parquet"
    pl.concat([pl.read_parquet(paragraphs)] * 2).write_parquet(paragraphs)

    _, here_failures = conform_batches(batches, plan)
    _, shared_failures = conform_batches(
        batches, plan, pool_workers=2, spacy_model=settings.spacy_model, scratch=tmp_path / "conformed"
    )
    assert [table for table, _ in shared_failures] == [table for table, _ in here_failures] == ["paragraphs"]
    assert shared_failures == here_failures

    outcome = check_and_publish(batches, plan=plan, settings=settings, shared_out=True)
    assert not outcome.published
    assert outcome.failed_critical
    assert not (settings.out_dir / "paragraphs.parquet").exists()
    assert workers._pool is None
    drop_staging(settings.out_dir, plan.run_id)
