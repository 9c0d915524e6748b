"""The stages of a run as units: each one's output per batch checked, stored and reused while its key holds.

ingest -> clean -> nlp -> entities -> quotes, statistics -> publish. Each stage (``STAGES``, in run order) reads the
outputs of the stages it names and writes a few frames, stored as Parquet in the stage cache
(``<out>/_stages/<stage>/<key>/``, ``cache``) under a key of the batch's files, the keys of the stages it reads, its
own code, the settings it reads and the model (``registry``). Its checks (its tables' pandera contracts and its
Great Expectations suite, document by document: ``checks``) run on its output before the next stage reads it; a
document that fails a critical one is rejected there, naming the stage and the check.

The API the flow calls (no Prefect here):

- one stage at a time, through the cache only: ``StageBatch.of(files, settings)`` (every stage's key), then for
  each stage in ``STAGES`` order ``run_stage(stage, batch, settings, cache, raw_files=...)`` (``StageResult``) and
  ``check_stage(stage, batch, settings, cache)`` (its ``CheckResult``s); ``batch_tables_from_cache`` gives the
  tables once every stage is checked.
- ``run_batch(raw_files, settings, cache=...)``: a batch's whole path, those same functions stage by stage over its
  sub-batches (in the NLP worker processes when it is shared out); returns its tables (``BatchRun``).
  ``process_batch`` calls it.
- ``StageCache(out_dir).record_run(started)`` after a run: keeps the outputs of the last runs, prunes the rest.
"""

from newsprep.run.stages.cache import RUNS_KEPT, StageCache
from newsprep.run.stages.registry import STAGE_NAMES, STAGES, Stage, downstream, fingerprint, stage_keys
from newsprep.run.stages.runner import (
    BatchRun,
    StageBatch,
    StageResult,
    batch_tables_from_cache,
    check_results,
    check_stage,
    run_batch,
    run_stage,
    stages_to_run,
)

__all__ = [
    "RUNS_KEPT",
    "STAGES",
    "STAGE_NAMES",
    "BatchRun",
    "Stage",
    "StageBatch",
    "StageCache",
    "StageResult",
    "batch_tables_from_cache",
    "check_results",
    "check_stage",
    "downstream",
    "fingerprint",
    "run_batch",
    "run_stage",
    "stage_keys",
    "stages_to_run",
]
