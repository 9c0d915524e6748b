"""What ``newsprep run`` starts first, before its own imports (pandera, polars, Prefect: 2 s and more of one core).

A small run on a running Prefect server runs its stages in the CLI's own process, and the whole run's suites in a
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

from newsprep.cli.server import choose_server, server_dirs
from newsprep.ingest.raw_folder import is_article_file

if TYPE_CHECKING:
    from newsprep.config import PipelineSettings


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


def checker_first(settings: PipelineSettings, env: dict[str, str] | None = None) -> bool:
    """Whether to start the checker before anything else: a server runs (else a temporary one takes the other core
    as it starts), and the raw folder holds too few article files for the NLP workers."""
    from newsprep.run.workers import MIN_DOCS_PER_WORKER

    pool_takes = MIN_DOCS_PER_WORKER * 2  # the fewest documents the NLP workers take (``uses_pool``)
    if not stages_run_here(settings, article_files_up_to(settings.raw_dir, pool_takes)):
        return False
    env = dict(os.environ) if env is None else env
    return choose_server(env, server_dirs(env, cwd=Path.cwd(), venv_prefix=Path(sys.prefix))).api_url is not None


def start_checker_until_exit() -> None:
    """Start this process's checker (``newsprep.quality.checker``) unless it runs one already, and stop it at exit
    if the run ends before its suites: a run stopped early leaves no process behind."""
    import atexit

    from newsprep.quality.checker import start_checker, stop_checker

    start_checker()
    atexit.unregister(stop_checker)  # once, whether the checker started first or after the plan
    atexit.register(stop_checker)


def start_checker_first(settings: PipelineSettings) -> None:
    """Start the checker now when ``checker_first`` says so."""
    if checker_first(settings):
        start_checker_until_exit()
