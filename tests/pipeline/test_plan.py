"""A run is planned once: the plan the CLI makes under the output lock is the one the flow it starts runs on."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprep.config import PipelineSettings
from newsprep.ingest import take_inventory
from newsprep.run import plan as plan_module
from newsprep.run.plan import even_batches, handed_plan, plan_for, planned_run
from newsprep.run.publish import OutputLocked, output_lock


def _settings(tmp_path: Path) -> PipelineSettings:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("Headline\n\nBody.\n")
    (raw / "notes.md").write_text("# not an article\n")
    return PipelineSettings(raw_dir=raw, out_dir=tmp_path / "out")


def test_the_plan_is_handed_to_a_flow_started_inside_and_to_nothing_else(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    assert handed_plan(settings) is None
    with planned_run(settings) as plan:
        handed = handed_plan(settings)
        assert handed is not None and handed[0] is plan and handed[1] >= 0
        assert handed_plan(settings.model_copy(update={"batch_size": 7})) is None  # other settings plan anew
        assert [e.source_path for e in plan.pending] == ["a.txt"]
        assert [(r.source_path, r.reason) for r in plan.inventory.rejects] == [("notes.md", "not_an_article_file")]
    assert handed_plan(settings) is None


def test_the_raw_folder_is_taken_once_per_planned_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = _settings(tmp_path)
    inventories = []

    def counted(raw_dir: Path) -> object:
        inventories.append(raw_dir)
        return take_inventory(raw_dir)

    monkeypatch.setattr(plan_module, "take_inventory", counted)
    with planned_run(settings) as plan:
        handed = handed_plan(settings)
        assert handed is not None and handed[0].run_id == plan.run_id == plan_for(settings).run_id
    assert len(inventories) == 2  # the planned run's, and the explicit plan_for above: never one per lookup


def test_planning_holds_the_output_lock(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    with planned_run(settings), pytest.raises(OutputLocked), output_lock(settings.out_dir):
        pass


def test_the_code_version_covers_every_module_of_the_package_and_the_contracts() -> None:
    from newsprep.run.provenance import PACKAGE_DIR, source_files

    hashed = {path.relative_to(PACKAGE_DIR).as_posix() for path in source_files()}
    on_disk = {path.relative_to(PACKAGE_DIR).as_posix() for path in PACKAGE_DIR.rglob("*.py")}
    contracts = {f"schemas/{path.name}" for path in (PACKAGE_DIR / "schemas").resolve().glob("*.py")}
    assert on_disk <= hashed and contracts <= hashed
    assert {"extract/quotes/stage.py", "clean/article.py", "schemas/tables.py"} <= hashed


@pytest.mark.parametrize(
    ("entries", "batch_size", "workers", "sizes"),
    [
        (200, 64, 2, [50, 50, 50, 50]),  # not 64, 64, 64, 8: the last worker would wait on a lone batch
        (130, 64, 2, [33, 33, 32, 32]),  # three batches of at most 64 would leave one worker alone at the end
        (500, 64, 2, [63, 63, 63, 63, 62, 62, 62, 62]),
        (1, 64, 2, [1]),
        (3, 64, 4, [1, 1, 1]),
        (10, 4, 1, [4, 3, 3]),
        (0, 64, 2, []),
    ],
)
def test_batches_are_even_and_a_multiple_of_the_workers(
    entries: int, batch_size: int, workers: int, sizes: list[int]
) -> None:
    items = list(range(entries))
    batches = even_batches(items, batch_size=batch_size, workers=workers)
    assert [len(batch) for batch in batches] == sizes
    assert [item for batch in batches for item in batch] == items
    assert all(len(batch) <= batch_size for batch in batches)
