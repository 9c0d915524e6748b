"""What ``newsprep run`` starts first, before its own imports (pandera, polars, Prefect: 2 s and more of one core).

With no Prefect server running, the run's temporary server (``newsprep.cli.server``: 5-10 s of one core) starts
here, on the other core, while the CLI imports and plans the run; a run that then has nothing to process stops it
unused. Its output goes to a temporary file until the run, which opens its log later, takes it.

Else, a small run on a running Prefect server runs its stages in the CLI's own process, and the whole run's suites in a
checker process (``newsprep.quality.checker``), whose import of Great Expectations (3 s) is the longest path of
such a run. Started here, it imports on the other core a second earlier than after the run's plan. The plan is not
known yet: a raw folder of fewer article files than the NLP workers take cannot make a run that they take. A run
that then has nothing to process, or goes to a temporary server after all, stops the checker unused
(``newsprep.cli.run``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from newsprep.cli.server import (
    PrefectServer,
    TemporaryServer,
    choose_server_here,
    start_temporary_server,
)
from newsprep.ingest.raw_folder import is_article_file

if TYPE_CHECKING:
    from newsprep.config import PipelineSettings

_early_server: TemporaryServer | None = None
_first_choice: PrefectServer | None = None


def stages_run_here(settings: PipelineSettings, documents: int) -> bool:
    """Whether a run of this many documents runs its stages in the CLI's process (too few for the NLP workers, not
    on Dask): the other core is then free for the checker."""
    from newsprep.run.workers import default_workers, uses_pool

    on_dask = settings.dask_address is not None or settings.dask_local_workers is not None
    return not on_dask and not uses_pool(documents, default_workers())


def article_files_up_to(raw_dir: Path, limit: int) -> int:
    """How many article files (by their suffix, hidden files and folders aside) lie under ``raw_dir``, counted up
    to ``limit`` (the walk stops there)."""
    found = 0
    for _folder, subfolders, files in os.walk(raw_dir):
        subfolders[:] = [name for name in subfolders if not name.startswith(".")]
        for name in files:
            if not name.startswith(".") and is_article_file(name):
                found += 1
                if found >= limit:
                    return found
    return found


def _folder_small_for_workers(settings: PipelineSettings) -> bool:
    """Whether the raw folder holds too few article files for the NLP workers, so the stages would run here."""
    from newsprep.run.workers import POOL_MIN_DOCUMENTS

    return stages_run_here(settings, article_files_up_to(settings.raw_dir, POOL_MIN_DOCUMENTS))


def checker_first(settings: PipelineSettings, env: dict[str, str] | None = None) -> bool:
    """Whether to start the checker before anything else: a server runs (else a temporary one takes the other core
    as it starts) and the checker helps this run (``_checker_helps``)."""
    return _checker_helps(settings) and server_running(env)


def _checker_helps(settings: PipelineSettings) -> bool:
    """Whether a checker process would shorten this run: the raw folder holds too few article files for the NLP
    workers (the stages run here), and Great Expectations is not imported here yet (``suites_gain_from_checker``)."""
    return suites_gain_from_checker() and _folder_small_for_workers(settings)


def suites_gain_from_checker() -> bool:
    """Whether the whole run's suites gain from a checker process: it imports Great Expectations (3 s) beside the run.
    Not when this process has imported it already (a warm runner's child, ``newsprep.warm``): the checker would
    only import it again, and the run would wait for that."""
    return "great_expectations" not in sys.modules


def start_checker_until_exit() -> None:
    """Start this process's checker (``newsprep.quality.checker``) unless it runs one already, and stop it at exit
    if the run ends before its suites: a run stopped early leaves no process behind."""
    import atexit

    from newsprep.quality.checker import start_checker, stop_checker

    start_checker()
    atexit.unregister(stop_checker)  # once, whether the checker started first or after the plan
    atexit.register(stop_checker)


def server_running(env: dict[str, str] | None = None) -> bool:
    """Whether a Prefect server is there for the run (``PREFECT_API_URL``, or ``make serve``'s answering)."""
    return choose_server_here(env).api_url is not None


def first_server_choice() -> PrefectServer:
    """The Prefect server this process chose first (``choose_server_here``), chosen now if it has not chosen yet:
    the run uses that choice, so the CLI asks ``make serve``'s server for its health once."""
    global _first_choice
    if _first_choice is None:
        _first_choice = choose_server_here()
    return _first_choice


def start_first(settings: PipelineSettings) -> None:
    """Start now what the run will need beside it: a temporary server when none runs, else the checker when
    ``checker_first`` says so."""
    if first_server_choice().api_url is None:
        start_server_first()
    elif _checker_helps(settings):  # the server runs (``checker_first``, without asking it twice)
        start_checker_until_exit()


def start_server_first() -> None:
    """Start the run's temporary server now (its output kept until the run takes it); stopped at exit."""
    import atexit

    global _early_server
    if _early_server is None:
        _early_server = start_temporary_server(None)
        atexit.register(_early_server.stop)


def take_early_server() -> TemporaryServer | None:
    """The temporary server started first, if any, now the run's (``TemporaryServer.take``)."""
    global _early_server
    server, _early_server = _early_server, None
    return None if server is None else server.take()


def stop_early_server() -> None:
    """Stop the temporary server started first, if any, unused (the run had nothing to process, or a server
    answers after all)."""
    global _early_server
    server, _early_server = _early_server, None
    if server is not None:
        server.stop()
