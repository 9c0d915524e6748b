"""What ``newsprep run`` starts beside the run: a checker process only when the run's stages run in its own process."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprep.cli.run import _stages_run_here
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
    assert _stages_run_here(settings, documents) is here
