"""Typed pipeline settings: one frozen model, passed as the flow's parameter."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from newsprep.nlp import DEFAULT_MODEL


class PipelineSettings(BaseModel):
    """Everything a run depends on besides the raw files and the code."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    raw_dir: Path = Field(default=Path("data/raw"), description="folder of raw article files")
    out_dir: Path = Field(default=Path("data/processed"), description="folder the tables are published to")
    batch_size: int = Field(default=64, ge=1, le=100_000, description="documents per Prefect task")
    spacy_model: str = Field(default=DEFAULT_MODEL, description="installed spaCy model package")
    ner_batch_size: int = Field(default=64, ge=1, description="texts per nlp.pipe batch")
    max_file_bytes: int = Field(default=50_000_000, ge=1, description="raw files larger than this are rejected")
    min_speaker_share: float = Field(default=0.5, ge=0.0, le=1.0,
                                     description="quality floor: share of quotes with a speaker")
