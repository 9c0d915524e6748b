"""The whole run's Great Expectations suites in a process of their own, started as a run starts.

Importing Great Expectations costs about 3 s of one core, and the run's own process is busy all the while (its
imports, Prefect, the stages: a thread importing beside them only slowed the flow). Started first, a checker
process imports GX on the other core while the run starts and processes its documents; the run then hands it the
check frames (Arrow IPC files in the run's staging folder) and gets the results back. Without a checker (a
deployment's flow run, a test, the library) the suites run in the calling process, as before.

A checker that cannot start or breaks is dropped and the suites run here instead: an error of its own (GX not
importable, say) is then raised here, as without it.

The checker hands the results back before it renders the Data Docs (``<out>/_quality/``, outside the published
version: about half a second), so that the run publishes, writes its report and its artifacts meanwhile; the run
waits for them before it ends (``finish_data_docs``). A checker that breaks while rendering them leaves the run
without new Data Docs, as a rendering error does (``newsprep.quality.docs``): they are a view of checks that ran.
"""

from __future__ import annotations

import logging
import shutil
import threading
from collections.abc import Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.context import SpawnContext, SpawnProcess
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import polars as pl

    from newsprep.quality.suites import CheckResult, Validated

logger = logging.getLogger(__name__)

# This module imports neither polars nor the suites (pandera, through the contracts) until it runs them: the CLI
# starts the checker before its own imports (``newsprep.cli.start``), and the checker process imports them itself.
_checker: ProcessPoolExecutor | None = None
_checker_processes: list[SpawnProcess] = []
_data_docs: Future[None] | None = None
"""The Data Docs the checker renders after handing back the results (``finish_data_docs`` waits for them)."""
_checker_lock = threading.Lock()
_validated: Validated | None = None
"""In the checker: the last suites' validations, kept for their Data Docs."""


class _SpawnContextKeepingProcesses(SpawnContext):
    """The spawn context, keeping each process it makes: ``ProcessPoolExecutor`` has no public way to end its
    workers before Python 3.14 (``terminate_workers``), and its ``mp_context`` is the documented way in."""

    def __init__(self, made: list[SpawnProcess]) -> None:
        super().__init__()
        self._made = made

    def Process(self, *args: Any, **kwargs: Any) -> SpawnProcess:  # type: ignore[override]
        process = SpawnProcess(*args, **kwargs)
        self._made.append(process)
        return process


def _import_suites() -> None:
    """The checker's start: what the suites and their Data Docs import, with the collector paused, then left out of
    its rounds (as the run's process does at its end: the checker then exits without collecting them all)."""
    from newsprep.startup import pause_collection, resume_collection

    pause_collection()  # no collector's rounds over GX's import (``newsprep.startup``)
    from newsprep.quality.suites import import_suite_modules

    import_suite_modules()
    resume_collection()


def _started() -> None:
    """A no-op task: sent at once so that the process starts (and imports) now."""


def start_checker() -> None:
    """Start this process's checker unless it runs one already; returns at once. Spawned, not forked (the caller
    runs Prefect's threads)."""
    global _checker
    with _checker_lock:
        if _checker is None:
            _checker_processes.clear()
            context = _SpawnContextKeepingProcesses(_checker_processes)
            _checker = ProcessPoolExecutor(max_workers=1, mp_context=context, initializer=_import_suites)
            _checker.submit(_started)


def stop_checker(*, used: bool = False) -> None:
    """Stop the checker, if any; the next run starts its own.

    Once ``used`` (its suites' results and Data Docs came back), it is left to exit on its own, as its suites may
    have made what its own exit cleans up (a semaphore). Unused (the run had nothing to process, went elsewhere or
    stopped), it is ended at once: it may still be importing GX, which this process would wait for at its exit."""
    global _checker, _data_docs
    with _checker_lock:
        if _checker is not None:
            if not used:
                for process in _checker_processes:
                    if process.is_alive():
                        process.terminate()
            _checker.shutdown(wait=False, cancel_futures=True)
            _checker, _data_docs = None, None
            _checker_processes.clear()


def checker_running() -> bool:
    """Whether this process started a checker (and has not stopped it)."""
    with _checker_lock:
        return _checker is not None


def _suites_on_files(folder: str, names: Sequence[str], min_speaker_share: float, keep: bool) -> list[CheckResult]:
    """In the checker: the check frames read back, then the suites on them (their validations kept for the Data
    Docs when ``keep``)."""
    global _validated
    import polars as pl

    from newsprep.quality import suites

    frames = {name: pl.read_ipc(Path(folder) / f"{name}.arrow") for name in names}
    results, validated = suites.validate_suites(frames, min_speaker_share=min_speaker_share)
    _validated = validated if keep else None
    return results


def _docs_of_last_suites(data_docs_dir: str) -> None:
    """In the checker: the Data Docs of the suites it ran last."""
    global _validated
    from newsprep.quality import suites

    validated, _validated = _validated, None
    if validated is not None:
        suites.build_suite_docs(validated, Path(data_docs_dir))


def run_suites_in_checker(
    frames: Mapping[str, pl.DataFrame],
    *,
    min_speaker_share: float,
    data_docs_dir: Path | None,
    scratch: Path,
) -> list[CheckResult]:
    """``run_suites`` in the checker when this process started one (the frames passed through files in
    ``scratch``, removed afterwards), else here. From the checker the results come back before the Data Docs are
    rendered (into ``data_docs_dir``, if given): ``finish_data_docs`` waits for them."""
    global _data_docs
    with _checker_lock:
        checker = _checker
    if checker is not None:
        scratch.mkdir(parents=True, exist_ok=True)
        rendering = False
        try:
            for name, frame in frames.items():
                frame.write_ipc(scratch / f"{name}.arrow", compression="uncompressed")
            keep = data_docs_dir is not None
            results = checker.submit(_suites_on_files, str(scratch), list(frames), min_speaker_share, keep).result()
            if data_docs_dir is not None:
                with _checker_lock:
                    _data_docs = checker.submit(_docs_of_last_suites, str(data_docs_dir))
                rendering = True
            return results
        except BrokenProcessPool:
            pass  # then here, where an error of the checker's own is raised as without it
        finally:
            if not rendering:
                stop_checker(used=True)  # one run's suites: it exits while the run finishes
            shutil.rmtree(scratch, ignore_errors=True)
    from newsprep.quality import suites

    return suites.run_suites(frames, min_speaker_share=min_speaker_share, data_docs_dir=data_docs_dir)


def data_docs_coming() -> bool:
    """Whether the checker is rendering this run's Data Docs (the report links to them before they are there)."""
    with _checker_lock:
        return _data_docs is not None


def finish_data_docs() -> None:
    """Wait for the Data Docs the checker renders, if any, then let it exit (``stop_checker``)."""
    with _checker_lock:
        rendering = _data_docs
    if rendering is None:
        return
    try:
        rendering.result()
    except BrokenProcessPool:
        logger.warning("the checker process stopped before it rendered the Data Docs", exc_info=True)
    finally:
        stop_checker(used=True)
