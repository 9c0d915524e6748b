"""What ``newsprep run`` starts beside the run: a checker process only when the run's stages run in its own process,
and first of all (before the CLI's own imports) when the raw folder is that small and a server is running."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from newsprep.cli.start import article_files_up_to, checker_first, stages_run_here
from newsprep.config import PipelineSettings
from newsprep.run import workers


@pytest.fixture
def two_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers, "default_workers", lambda: 2)


@pytest.mark.parametrize(
    ("documents", "dask", "here"),
    [
        (1, {}, True),
        (15, {}, True),  # below two workers' worth: the stages run in the run's process
        (16, {}, False),  # shared out to the NLP workers, which take both cores
        (1, {"dask_local_workers": 2}, False),
        (1, {"dask_address": "tcp://127.0.0.1:8786"}, False),
    ],
)
def test_the_stages_run_here_only_for_a_small_run_off_dask(
    two_cores: None, tmp_path: Path, documents: int, dask: dict[str, object], here: bool
) -> None:
    settings = PipelineSettings(raw_dir=tmp_path, out_dir=tmp_path / "out", **dask)  # type: ignore[arg-type]
    assert stages_run_here(settings, documents) is here


def _write(root: Path, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("An invented line.\n")


def test_article_files_are_counted_by_suffix_hidden_ones_aside(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", "b.HTML", "c.htm", "deep/d.text", "e.pdf", "notes", ".f.txt", ".hidden/g.txt")
    assert article_files_up_to(tmp_path, 100) == 4


def test_the_count_stops_at_its_limit(tmp_path: Path) -> None:
    _write(tmp_path, *(f"part-{n // 10}/article-{n}.txt" for n in range(40)))
    assert article_files_up_to(tmp_path, 16) == 16
    assert article_files_up_to(tmp_path, 100) == 40


@pytest.mark.parametrize(
    ("files", "dask", "server", "first"),
    [
        (1, {}, True, True),
        (15, {}, True, True),
        (16, {}, True, False),  # the NLP workers may take the run: they need both cores
        (1, {"dask_local_workers": 2}, True, False),
        (1, {}, False, False),  # a temporary server starts on the other core instead
    ],
)
def test_the_checker_starts_first_for_a_small_folder_on_a_running_server(
    two_cores: None, tmp_path: Path, files: int, dask: dict[str, object], server: bool, first: bool
) -> None:
    raw = tmp_path / "raw"
    _write(raw, *(f"article-{n}.txt" for n in range(files)))
    settings = PipelineSettings(raw_dir=raw, out_dir=tmp_path / "out", **dask)  # type: ignore[arg-type]
    env = {"NEWSPREP_SERVER_DIR": str(tmp_path / "no-server")}  # nothing recorded there: no server running
    if server:
        env["PREFECT_API_URL"] = "http://127.0.0.1:1/api"  # taken as given, not probed
    assert checker_first(settings, env) is first


def test_the_checker_module_starts_without_polars_or_pandera() -> None:
    """The CLI starts the checker before its own imports: importing it must not pull them in."""
    probe = "import sys, newsprep.quality.checker; print(sorted({'polars', 'pandera'} & set(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
