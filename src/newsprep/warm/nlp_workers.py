"""The NLP worker processes a waiting warm runner keeps loaded, so that a run finds them ready.

A cold run starts its two NLP workers (spaCy, the model and the stages' code: 1.5-2 s of a core each) beside its own
start; a warm runner has nothing else to start, and its run's first batches waited for them (about 1.3 s of the flow,
``benchmarks/history/fixed-cost.md``, round 10). The runner starts them as it loads (``newsprep.run.workers``'s
one pool per process, which the run then takes as its own) and stops them when it turns stale. A run too small to
share its documents out stops them at once without waiting (``workers.warm_worker_pool``). While the runner waits
they hold about 300-400 MB each: ``NEWSPREP_WARM_WORKERS=0`` in ``make serve``'s environment turns them off.
"""

from __future__ import annotations

from collections.abc import Mapping

from newsprep.env_values import is_off

KEEP_WORKERS = "NEWSPREP_WARM_WORKERS"
"""Set to ``0`` (``newsprep.env_values.is_off``) for a warm runner that starts its runs' NLP workers with each run."""


def keeps_nlp_workers(env: Mapping[str, str]) -> bool:
    """Whether a warm runner started with ``env`` keeps NLP workers loaded while it waits (the default)."""
    return not is_off(env.get(KEEP_WORKERS, ""))


def start_nlp_workers(env: Mapping[str, str], spacy_model: str) -> bool:
    """Start the NLP workers of the runs to come, loading ``spacy_model``, unless ``env`` turns them off or this
    machine would not share a run out (one core); returns at once, True if they started."""
    if not keeps_nlp_workers(env):
        return False
    from newsprep.run.workers import POOL_MIN_DOCUMENTS, warm_worker_pool

    return warm_worker_pool(spacy_model=spacy_model, run_documents=POOL_MIN_DOCUMENTS)


def stop_nlp_workers() -> None:
    """Stop them without waiting (a stale runner: the fresh one starts its own)."""
    from newsprep.run.workers import drop_worker_pool

    drop_worker_pool()
