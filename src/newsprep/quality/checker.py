"""The whole run's Great Expectations suites in a process of their own, started as a run starts.

Importing Great Expectations costs about 3 s of one core, and the run's own process is busy all the while (its
imports, Prefect, the stages: a thread importing beside them only slowed the flow). Started first, a checker
process imports GX on the other core while the run starts and processes its documents; the run then hands it the
check frames (Arrow IPC files in the run's staging folder) and gets the results back. Without a checker (a
deployment's flow run, a test, the library) the suites run in the calling process, as before.

A checker that cannot start or breaks is dropped and the suites run here instead: an error of its own (GX not
importable, say) is then raised here, as without it.
"""

from __future__ import annotations

import gc
import importlib
import multiprocessing
import shutil
import threading
from collections.abc import Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import polars as pl

    from newsprep.quality.suites import CheckResult

# This module imports neither polars nor the suites (pandera, through the contracts) until it runs them: the CLI
# starts the checker before its own imports (``newsprep.cli.start``), and the checker process imports them itself.
_checker: ProcessPoolExecutor | None = None
_checker_lock = threading.Lock()


def _import_suites() -> None:
    """The checker's start: what the suites and their Data Docs import, then left out of the garbage collector's
    rounds (as the run's process does at its end: the checker then exits without collecting them all)."""
    from newsprep.quality.suites import SUITE_MODULES, before_gx_import

    before_gx_import()
    for module in SUITE_MODULES:
        importlib.import_module(module)
    gc.freeze()


def _started() -> None:
    """A no-op task: sent at once so that the process starts (and imports) now."""


def start_checker() -> None:
    """Start this process's checker unless it runs one already; returns at once. Spawned, not forked (the caller
    runs Prefect's threads)."""
    global _checker
    with _checker_lock:
        if _checker is None:
            _checker = ProcessPoolExecutor(
                max_workers=1, mp_context=multiprocessing.get_context("spawn"), initializer=_import_suites
            )
            _checker.submit(_started)


def stop_checker(*, used: bool = False) -> None:
    """Stop the checker, if any; the next run starts its own.

    Once ``used`` (its suites' results and Data Docs came back), it is left to exit on its own, as its suites may
    have made what its own exit cleans up (a semaphore). Unused (the run had nothing to process, went elsewhere or
    stopped), it is ended at once: it may still be importing GX, which this process would wait for at its exit."""
    global _checker
    with _checker_lock:
        if _checker is not None:
            if not used:
                for process in list((getattr(_checker, "_processes", None) or {}).values()):
                    process.terminate()
            _checker.shutdown(wait=False, cancel_futures=True)
            _checker = None


def checker_running() -> bool:
    """Whether this process started a checker (and has not stopped it)."""
    with _checker_lock:
        return _checker is not None


def _suites_on_files(
    folder: str, names: Sequence[str], min_speaker_share: float, data_docs_dir: str | None
) -> list[CheckResult]:
    """In the checker: the check frames read back, then ``run_suites`` on them."""
    import polars as pl

    from newsprep.quality import suites

    frames = {name: pl.read_ipc(Path(folder) / f"{name}.arrow") for name in names}
    docs = None if data_docs_dir is None else Path(data_docs_dir)
    return suites.run_suites(frames, min_speaker_share=min_speaker_share, data_docs_dir=docs)


def run_suites_in_checker(
    frames: Mapping[str, pl.DataFrame],
    *,
    min_speaker_share: float,
    data_docs_dir: Path | None,
    scratch: Path,
) -> list[CheckResult]:
    """``run_suites`` in the checker when this process started one (the frames passed through files in
    ``scratch``, removed afterwards), else here."""
    with _checker_lock:
        checker = _checker
    if checker is not None:
        scratch.mkdir(parents=True, exist_ok=True)
        try:
            for name, frame in frames.items():
                frame.write_ipc(scratch / f"{name}.arrow", compression="uncompressed")
            docs = None if data_docs_dir is None else str(data_docs_dir)
            future = checker.submit(_suites_on_files, str(scratch), list(frames), min_speaker_share, docs)
            return future.result()
        except BrokenProcessPool:
            pass  # then here, where an error of the checker's own is raised as without it
        finally:
            stop_checker(used=True)  # one run's suites: it exits while the run finishes
            shutil.rmtree(scratch, ignore_errors=True)
    from newsprep.quality import suites

    return suites.run_suites(frames, min_speaker_share=min_speaker_share, data_docs_dir=data_docs_dir)
