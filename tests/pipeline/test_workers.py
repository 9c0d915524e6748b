"""The NLP worker processes: tuned before the model loads, and the batch shared out evenly."""

from __future__ import annotations

import os
import platform
import subprocess
import sys

import pytest

from newsprep.nlp import DEFAULT_MODEL
from newsprep.run.workers import drop_worker_pool, release_worker_pool, worker_pool
from tests.processes import process_alive

# A model's allocation pattern, in small: per batch, a large array held across smaller ones, and sizes that change
# from batch to batch (glibc's default then maps, faults in and unmaps memory again and again). Prints the minor
# page faults it took.
_CHURN = """
import resource, sys
import numpy as np
from newsprep.run.workers import keep_freed_memory
if sys.argv[1] == "tuned":
    assert keep_freed_memory()
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
for i in range(200):
    held = np.ones(200_000 + (i % 7) * 300_000, dtype="f4")
    for j in range(5):
        np.ones(100_000 + j * 150_000 + (i % 5) * 50_000, dtype="f4").sum()
    del held
print(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""


def _page_faults(mode: str) -> int:
    done = subprocess.run([sys.executable, "-c", _CHURN, mode], capture_output=True, text=True, check=True)
    return int(done.stdout.strip())


@pytest.mark.skipif(platform.system() != "Linux" or platform.libc_ver()[0] != "glibc", reason="glibc's malloc")
def test_a_tuned_worker_reuses_freed_memory_instead_of_faulting_it_in_again() -> None:
    default, tuned = _page_faults("default"), _page_faults("tuned")
    assert default > 8_000  # measured: about 11,000 by default, 2,800 tuned (mostly the first batch's pages)
    assert tuned < default / 2.5


_BLAS_THREADS_AFTER_LIMIT = """
import sys
from newsprep.run.workers import one_blas_thread
assert "numpy" not in sys.modules  # as in a fresh worker: the limit must still reach NumPy's BLAS
one_blas_thread()
from threadpoolctl import threadpool_info
print(sorted({lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"}))
"""


def test_one_blas_thread_reaches_numpys_blas_even_before_numpy_is_loaded() -> None:
    done = subprocess.run([sys.executable, "-c", _BLAS_THREADS_AFTER_LIMIT], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[1]"


@pytest.mark.slow  # starts the worker pool
def test_every_worker_runs_its_blas_on_one_thread() -> None:
    from threadpoolctl import threadpool_info

    drop_worker_pool()
    pool = worker_pool(2, DEFAULT_MODEL)
    try:
        reports = [pool.submit(threadpool_info).result() for _ in range(4)]
    finally:
        release_worker_pool()
    blas = [lib for report in reports for lib in report if lib["user_api"] == "blas"]
    assert blas and {lib["num_threads"] for lib in blas} == {1}


@pytest.mark.slow  # starts the worker pool
def test_every_worker_runs_polars_on_one_thread() -> None:
    import polars

    drop_worker_pool()
    pool = worker_pool(2, DEFAULT_MODEL)
    try:
        sizes = {pool.submit(polars.thread_pool_size).result() for _ in range(4)}
    finally:
        release_worker_pool()
    assert sizes == {1}


@pytest.mark.slow  # starts the worker pool
def test_released_workers_have_exited_and_the_next_batch_gets_new_ones() -> None:
    pool = worker_pool(2, DEFAULT_MODEL)
    first = {pool.submit(os.getpid).result() for _ in range(4)}
    release_worker_pool()
    assert not any(process_alive(pid) for pid in first)  # exited and reaped: release waits for them
    again = worker_pool(2, DEFAULT_MODEL)
    try:
        assert again is not pool and again.submit(os.getpid).result() not in first
    finally:
        release_worker_pool()
