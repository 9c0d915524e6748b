"""The modules warm runs imported, kept for the next runners (``newsprep.warm.runner``)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from newsprep.warm.loading import MODULES_FILE, import_what_runs_imported, record_what_the_run_imported


def test_what_runs_imported_accumulates(tmp_path: Path) -> None:
    record_what_the_run_imported(tmp_path, {"json.decoder", "__main__"})
    record_what_the_run_imported(tmp_path, {"email.utils"})
    record_what_the_run_imported(tmp_path, set())  # a run that imported nothing new forgets nothing
    assert (tmp_path / MODULES_FILE).read_text().split() == ["email.utils", "json.decoder"]
    assert [p.name for p in tmp_path.iterdir()] == [MODULES_FILE]


def test_the_next_runner_imports_them_and_skips_what_no_longer_imports(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delitem(sys.modules, "colorsys", raising=False)
    (tmp_path / MODULES_FILE).write_text("no_such_module_here\ncolorsys\n")
    import_what_runs_imported(tmp_path)
    assert "colorsys" in sys.modules and "no_such_module_here" not in sys.modules


def test_no_list_yet_imports_nothing(tmp_path: Path) -> None:
    before = set(sys.modules)
    import_what_runs_imported(tmp_path)
    assert set(sys.modules) == before
