"""newsprep's NLP worker processes: one per core, started once per process and kept across batches.

Each worker is tuned for the model before it loads it: one BLAS thread (the workers already fill the cores), and
freed memory kept for reuse instead of handed back to the system at once. The model's layers allocate and free
arrays of megabytes per batch; with glibc's defaults each one is a fresh ``mmap`` whose pages fault in and are
zeroed, which cost a fifth of a worker's time in the kernel (``benchmarks/history/throughput.md``).
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

from newsprep.run.hidden_packages import WORKER_HIDDEN_PACKAGES, hide_packages
from newsprep.startup import pause_collection, resume_collection

T = TypeVar("T")

MIN_DOCS_PER_WORKER = 8
"""A batch smaller than twice this runs in the calling process: not worth shipping to the workers."""

# glibc's mallopt parameters (malloc.h) and the values the workers use: allocations up to 32 MB (glibc's ceiling)
# come from the heap, and up to 1 GB of freed heap is kept for the next batch rather than trimmed.
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3
_MMAP_THRESHOLD_BYTES = 32 * 1024 * 1024
_TRIM_THRESHOLD_BYTES = 1024 * 1024 * 1024


def default_workers() -> int:
    """One worker process per core this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def one_blas_thread() -> None:
    """Limit this process's BLAS to one thread: one model process per core must not start a thread per core.

    threadpoolctl limits only the libraries already loaded, so NumPy (whose OpenBLAS the model multiplies with) is
    imported first. Limiting a fresh worker before NumPy had loaded did nothing: each worker then ran OpenBLAS on a
    thread per core, four busy threads on two cores, and spent about a third more CPU per document.
    """
    import numpy  # noqa: F401  # loads OpenBLAS, so that the limit below reaches it
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")


def one_polars_thread() -> None:
    """Have this process's polars run on one thread (unless the user chose a number): set before polars is imported,
    which fixes its thread pool then. The stages' frames are small, one worker runs per core, and polars' pool woke a
    thread per core for each of the many small queries of a stage's checks: they cost 15-20% more CPU that way."""
    os.environ.setdefault("POLARS_MAX_THREADS", "1")


def keep_freed_memory() -> bool:
    """Have glibc's malloc reuse freed memory instead of mapping and unmapping it (False where there is no glibc)."""
    try:
        mallopt = ctypes.CDLL(None).mallopt  # the C library this process already runs on
    except (OSError, AttributeError):  # no mallopt (macOS): nothing to tune
        return False
    mallopt.argtypes, mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    return bool(mallopt(_M_MMAP_THRESHOLD, _MMAP_THRESHOLD_BYTES)) and bool(
        mallopt(_M_TRIM_THRESHOLD, _TRIM_THRESHOLD_BYTES)
    )


def _prepare_worker(spacy_model: str) -> None:
    """A worker's start: tuned for the model, then the stages' code, the model and their data loaded while the run's
    flow starts (``newsprep.run.stages.loading``), not as its first batch arrives."""
    pause_collection()  # no collector's rounds over the imports and the model (``newsprep.startup``)
    one_polars_thread()  # before anything imports polars
    one_blas_thread()
    keep_freed_memory()
    hide_packages(WORKER_HIDDEN_PACKAGES)  # before pandera is imported: its polars API alone, without pandas
    from newsprep.run.stages.loading import load_stage_code_and_data  # polars, pandera, the stages

    load_stage_code_and_data(spacy_model)
    resume_collection()


def _ready() -> None:
    """A no-op task: sent to each worker so that the pool starts its processes now."""


_pool: tuple[tuple[int, str], ProcessPoolExecutor] | None = None
_pool_lock = threading.Lock()


def worker_pool(workers: int, spacy_model: str) -> ProcessPoolExecutor:
    """One pool per process, kept across batches: each worker loads the model once, not once per batch.

    Spawned, not forked: the caller runs Prefect's threads and event loop, which a fork would copy half-way.
    """
    global _pool
    with _pool_lock:
        if _pool is not None and _pool[0] != (workers, spacy_model):
            _drop_locked()
        if _pool is None:
            executor = ProcessPoolExecutor(
                max_workers=workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_prepare_worker,
                initargs=(spacy_model,),
            )
            _pool = ((workers, spacy_model), executor)
        return _pool[1]


def drop_worker_pool() -> None:
    """Forget the pool (after it broke): the next batch starts a new one."""
    with _pool_lock:
        _drop_locked()


def release_worker_pool() -> None:
    """Stop the workers once a run's batches are done, and wait until they have exited.

    Each holds the model and the heap it kept for the next batch (``keep_freed_memory``), over a gigabyte for the
    two: given back before the checks and the publish, which hold the run's whole tables. The next run starts new
    workers.
    """
    with _pool_lock:
        _drop_locked(wait=True)


def _drop_locked(*, wait: bool = False) -> None:
    global _pool
    if _pool is not None:
        _pool[1].shutdown(wait=wait, cancel_futures=True)
        _pool = None


def uses_pool(documents: int, workers: int) -> bool:
    """Whether this many documents are shared out to worker processes (else they run in this one)."""
    return workers > 1 and documents >= MIN_DOCS_PER_WORKER * 2 and not multiprocessing.current_process().daemon


POOL_MIN_DOCUMENTS = MIN_DOCS_PER_WORKER * 2
"""The fewest documents a run shares out to the worker processes (``uses_pool``)."""


def warm_worker_pool(*, spacy_model: str, run_documents: int, workers: int | None = None) -> bool:
    """Start the worker processes (each loading the model) ahead of a run of ``run_documents``.

    Returns at once; the workers get ready while the caller does other start-up work (the orchestrator's).
    False, and nothing started, when such a run would not use the pool: then a pool started ahead of the run (the
    warm runner's, ``newsprep.warm.runner``) is stopped without waiting, so the run neither waits for it nor keeps
    its memory.
    """
    workers = default_workers() if workers is None else workers
    if not uses_pool(run_documents, workers):
        drop_worker_pool()
        return False
    pool = worker_pool(workers, spacy_model)
    for _ in range(workers):
        pool.submit(_ready)
    return True


def _in_folder(folder: str, work: Callable[..., T], *args: object) -> T:
    """``work(*args)`` from ``folder``, the caller's working folder, where its relative paths lead: a pool started
    ahead of the run (the warm runner's) was started from another folder."""
    if os.getcwd() != folder:
        os.chdir(folder)
    return work(*args)


_in_process_lock = threading.Lock()
"""Two tasks in flight take turns with the in-process model."""


def run_calls(
    work: Callable[..., T], calls: Sequence[tuple[object, ...]], *, pool_workers: int | None, spacy_model: str
) -> list[T]:
    """``work(*args)`` for each ``args`` in ``calls``, in order: all at once in the worker pool of ``pool_workers``
    processes, or here, one at a time, when ``pool_workers`` is None (two tasks in flight take turns with the
    in-process model)."""
    if pool_workers is not None:
        pool = worker_pool(pool_workers, spacy_model)
        folder = os.getcwd()
        try:
            futures = [pool.submit(_in_folder, folder, work, *args) for args in calls]
            return [future.result() for future in futures]
        except BrokenProcessPool:
            drop_worker_pool()  # the next task starts a new pool
            raise
    results = []
    for args in calls:
        with _in_process_lock:
            results.append(work(*args))
    return results
