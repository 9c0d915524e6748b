"""Typed pipeline settings (one frozen model, passed as the flow's parameter) and the environment newsprep runs its
libraries in."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from newsprep.nlp import DEFAULT_MODEL

DEFAULT_BATCH_SIZE = 64
"""Documents per Prefect task at most. Larger batches cost the flow's process and the Prefect server less (fewer
task runs) but the NLP workers more, about as much: at 2,000 articles batches of 128 and 256 were no faster than 64
(benchmarks/history/issue19.md, "Batch size")."""

OFFLINE_ENVIRONMENT = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "GX_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    "PREFECT_LOGGING_LEVEL": "WARNING",
}
"""Nothing leaves loopback (Prefect's and Great Expectations' telemetry off), a temporary Prefect server is given
time to start on a busy machine, and Prefect's own log lines stay at warnings. The one place the Python side sets them
(the CLI, the tests, the quality suites); a deployment's server, worker and flow runs get the same from
``scripts/serve.sh`` and ``prefect.yaml``."""


def offline_environment(*, prefect_home: Path | None = None) -> None:
    """Set ``OFFLINE_ENVIRONMENT`` (and ``PREFECT_HOME``, when given) wherever the caller has not set them itself."""
    for name, value in OFFLINE_ENVIRONMENT.items():
        os.environ.setdefault(name, value)
    if prefect_home is not None:
        os.environ.setdefault("PREFECT_HOME", str(prefect_home))


class PipelineSettings(BaseModel):
    """Everything a run depends on besides the raw files and the code."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    raw_dir: Path = Field(default=Path("data/raw"), description="folder of raw article files")
    out_dir: Path = Field(default=Path("data/processed"), description="folder the tables are published to")
    batch_size: int = Field(
        default=DEFAULT_BATCH_SIZE, ge=1, le=100_000, description="documents per Prefect task (at most)"
    )
    spacy_model: str = Field(default=DEFAULT_MODEL, description="installed spaCy model package")
    ner_batch_size: int = Field(default=64, ge=1, description="texts per nlp.pipe batch")
    max_file_bytes: int = Field(default=50_000_000, ge=1, description="raw files larger than this are rejected")
    split_quotes: Literal["join", "parts"] = Field(
        default="join",
        description="a quote split around its attribution: one row ('join', the table contract) or one per part",
    )
    min_speaker_share: float = Field(
        default=0.5, ge=0.0, le=1.0, description="quality floor: share of quotes with a speaker"
    )
    profiles_dir: Path | None = Field(
        default=None,
        validate_default=True,
        description="folder of outlet profiles (*.toml) read after the built-in ones; one with a built-in profile's "
        "name replaces it",
    )
    # The shrink guard (does not change the outputs, only whether a run may publish them).
    allow_shrink: bool = Field(
        default=False,
        description="publish even when the run would drop more published documents than max_shrink_share allows",
    )
    max_shrink_share: float = Field(
        default=0.5,
        ge=0.0,
        le=1.0,
        description="share of the published documents a run may drop before the shrink guard refuses it "
        "(a drop to zero documents is always refused unless allow_shrink)",
    )
    # Where the batches run (neither set: two in flight in the flow's process, their documents shared out to one NLP
    # worker process per core). Does not change the outputs.
    dask_address: str | None = Field(
        default=None, description="scheduler of a running Dask cluster to run the batches on (tcp://host:8786)"
    )
    dask_local_workers: int | None = Field(
        default=None, ge=1, description="run the batches on a temporary local Dask cluster of this many processes"
    )

    @field_validator("profiles_dir", mode="after")
    @classmethod
    def _profiles_load(cls, folder: Path | None) -> Path | None:
        """Read and check the profiles, built-in and the user's, at start: a bad one is refused here, naming its file
        and field, before any document is read."""
        from newsprep.clean.profiles import ProfileError, load_profiles

        try:
            load_profiles(folder)
        except ProfileError as error:
            raise ValueError(str(error)) from None
        return folder

    @model_validator(mode="after")
    def _one_dask_cluster(self) -> PipelineSettings:
        if self.dask_address is not None and self.dask_local_workers is not None:
            raise ValueError("set dask_address or dask_local_workers, not both")
        return self
