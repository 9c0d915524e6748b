"""What the stages import and load on their first use in a process, loaded ahead: while the process would wait anyway
(an NLP worker for the flow's first batch, the CLI for its temporary server), not on the path of the first batch.

An NLP worker otherwise imported the stages' code (polars, pandera, pandas, the rules: about 1.5 s of one core) as
it unpickled its first batch's call, after the flow had started (benchmarks/history/fixed-cost.md, round 8).
"""

from __future__ import annotations

import importlib

from newsprep.run.stages.registry import STAGES


def import_stage_modules() -> None:
    """Every stage's module (``Stage.module``) and what it imports."""
    for stage in STAGES:
        importlib.import_module(stage.module)


def load_stage_code_and_data(spacy_model: str) -> None:
    """Every stage's code, the spaCy model and the given-names table, each kept for the process once loaded."""
    from newsprep.nlp import load_pipeline
    from newsprep.text.given_names import read_given_names

    import_stage_modules()
    load_pipeline(spacy_model)
    read_given_names()
