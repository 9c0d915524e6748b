"""One batch of raw files through every stage: decode, clean, NER, entities, quotes, statistics.

No Prefect here: the flow calls ``process_batch`` from a thin task. The stages themselves, their checks and the
stage cache are in ``newsprep.run.stages``; a failure in one document rejects that document (with the stage and the
reason) and never loses the rest of the batch.
"""

from __future__ import annotations

from collections.abc import Sequence

import polars as pl

from newsprep.config import PipelineSettings
from newsprep.ingest import RawFile
from newsprep.run.stages import StageCache, run_batch


def process_batch(
    raw_files: Sequence[RawFile],
    settings: PipelineSettings,
    *,
    workers: int | None = None,
    cache: StageCache | None = None,
) -> dict[str, pl.DataFrame]:
    """Every table's rows for one batch, as contract-shaped frames (not yet validated).

    The stages run one after the other as the flow runs them (``stages.run_batch``), each on a sub-batch per
    worker process (``workers``, default: one per usable core) with the run's settings (one frozen object); a small
    batch, one worker or a daemon process (a Dask worker) runs here instead. With a ``cache``, each stage's stored
    output is reused while its key holds, and only the stages after a change run; without one, a temporary one
    holds the stages' outputs for the call. The contracts sort every table by key on publish.
    """
    return run_batch(raw_files, settings, cache=cache, workers=workers).tables
