"""``newsprep run`` once its options are checked: the lock, the quiet console, the flow, the summary.

The output lock is taken here, before Prefect starts: a second run on the same folder is refused at once, in one
line, without an orchestrator's log or traceback; the flow then runs under the lock this process already holds.
"""

from __future__ import annotations

import atexit
import os
import sys
import time
import traceback
from contextlib import ExitStack
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsprep.cli.checks import CliError, ExitCode
from newsprep.cli.output import LOG_FILE, Terminal, exit_code_for, send_library_output_to, summary_lines
from newsprep.cli.server import PrefectServer, start_temporary_server, startup_timeout, use_prefect_server
from newsprep.cli.start import (
    first_server_choice,
    stages_run_here,
    start_checker_until_exit,
    stop_early_server,
    suites_gain_from_checker,
    take_early_server,
)
from newsprep.quality.checker import stop_checker
from newsprep.run.publish import RUNS_DIR, OutputLocked, UnsafeOutput, output_lock
from newsprep.startup import resume_collection

if TYPE_CHECKING:
    from newsprep.config import PipelineSettings


def execute_run(settings: PipelineSettings, *, started: float) -> ExitCode:
    """Run (or settle without running) under the output lock; show the summary; the exit code."""
    out = settings.out_dir
    with ExitStack() as stack:
        try:
            stack.enter_context(output_lock(out))
        except OutputLocked as locked:
            raise CliError(str(locked), OutputLocked.hint, ExitCode.LOCKED) from None
        except UnsafeOutput as unsafe:
            raise CliError(str(unsafe), "newsprep writes only inside --out") from None
        except OSError as error:
            cannot = f"--out {out} cannot be written ({error.strerror or error})"
            raise CliError(cannot, "give a folder you can write to") from None
        log_path = out / RUNS_DIR / LOG_FILE
        terminal = send_library_output_to(log_path)
        _say_why_cold()
        try:
            result = _settle_or_process(settings, terminal, log_path)
        except Exception as error:
            traceback.print_exc()  # into the log: the console gets one line
            said = " ".join(str(error).split())  # one line, whatever the error's text
            raise CliError(
                f"the run stopped on an unexpected error ({type(error).__name__}: {said[:300]})",
                f"the details are in {log_path}; the published tables are whole, as a publish is one rename",
                ExitCode.CRASHED,
            ) from None
        terminal.show(summary_lines(result, out, seconds=time.perf_counter() - started, raw_dir=settings.raw_dir))
        return exit_code_for(result)
    raise AssertionError("unreachable")  # pragma: no cover


def _settle_or_process(settings: PipelineSettings, terminal: Terminal, log_path: Path) -> dict[str, Any]:
    """Plan the run once; settle it without Prefect when there is nothing to process, else run the flow on that plan.

    Nothing changed, or the shrink guard refuses on the inventory alone: either is said at once, without Prefect.
    Without a running server, a temporary one starts in a child process first (before the CLI's own imports and
    the plan: ``newsprep.cli.start``; here if it did not), and this process imports the flow
    and Great Expectations and loads the model (or the NLP workers do) while it starts. With a running server, a
    checker process imports Great Expectations on the other core instead when the stages run here (a small run),
    and runs the whole run's suites at its end; when the raw folder itself is that small, the CLI started it before
    its own imports (``newsprep.cli.start``), and it is stopped here if the run turns out not to need it.
    """
    from newsprep.run.manifest import record_outcome
    from newsprep.run.outcome import outcome_without_processing
    from newsprep.run.plan import planned_run

    started, clock = datetime.now(UTC), time.perf_counter()
    with planned_run(settings) as plan:
        settled = outcome_without_processing(plan, settings)
        if settled is not None:
            stop_checker()  # if started first: nothing to check
            stop_early_server()  # likewise
            outcome, engine = settled
            seconds = time.perf_counter() - clock
            timings = {"plan": seconds, "total": seconds}
            return record_outcome(plan, outcome, settings, started=started, timings=timings, engine=engine)
        pending = len(plan.pending)
        server = use_prefect_server(first_server_choice())  # before Prefect is imported; chosen once
        temporary = None
        checker = server.api_url is not None and stages_run_here(settings, pending) and suites_gain_from_checker()
        if checker:
            _start_checker()
        else:
            stop_checker()  # started first (``newsprep.cli.start``), not needed after all
        if server.api_url is None:
            temporary = take_early_server() or start_temporary_server(log_path)
            # Stopped at exit, after Prefect's own exit handlers (registered later, run first) send what is left.
            atexit.unregister(temporary.stop)  # once, whether it started first or now
            atexit.register(temporary.stop)
            os.environ["PREFECT_API_URL"] = temporary.api_url  # read once, when Prefect is imported
        else:
            stop_early_server()  # a server answers after all
        if temporary is None:
            _start_nlp_workers(settings, pending)  # they load the model while this process imports
        _import_run_modules(with_suites=not checker)
        if temporary is not None:
            _start_nlp_workers(settings, pending)  # only now: see ``_start_nlp_workers``
        if stages_run_here(settings, pending):
            # Before the flow: while a temporary server starts (else this process would only wait for it), and
            # before the collector runs again (``newsprep.startup``).
            _load_stage_data(settings)
        resume_collection()  # the run's imports and loads are done
        if temporary is not None:
            temporary.wait_until_healthy(timeout=startup_timeout(os.environ))
        result = _run_flow(settings, terminal, pending)
        return {**result, "prefect_server": _server_line(server)}


def _server_line(server: PrefectServer) -> str:
    """The summary's ``prefect`` line: the server, and the warm runner when one ran the run (``newsprep.warm``)."""
    from newsprep.warm.takeover import warm_runner_note

    note = warm_runner_note()
    return server.describe() if note is None else f"{server.describe()}, by the {note}"


def _say_why_cold() -> None:
    """Into the run's log (stderr by now), one line: why the warm runner did not take this run, when it said why."""
    from newsprep.warm.client import cold_reason

    if cold_reason is not None:
        print(f"newsprep run: cold start, the warm runner did not take it: {cold_reason}", file=sys.stderr)


def _start_nlp_workers(settings: PipelineSettings, pending: int) -> None:
    """Start the NLP worker processes (each imports spaCy and loads the model: 1.5-2 s of one core) when the run
    shares its documents out to them; they are ready before the flow's first batch.

    With a temporary server, after this process's imports: the server's start (its imports, the database) is then the
    longest path before the flow, and workers started at once took its core, then waited for it (ready 3-5 s early)."""
    from newsprep.run.workers import drop_worker_pool, warm_worker_pool

    if settings.dask_address is None and settings.dask_local_workers is None:
        warm_worker_pool(spacy_model=settings.spacy_model, run_documents=pending)
    else:
        drop_worker_pool()  # one started ahead of the run (the warm runner's): Dask runs the stages


def _load_stage_data(settings: PipelineSettings) -> None:
    """What the stages import and load on first use and keep for the process (their code, the model, the given-names
    table), loaded now."""
    from newsprep.run.stages.loading import load_stage_code_and_data

    load_stage_code_and_data(settings.spacy_model)


def _start_checker() -> None:
    """The whole run's suites in a process of their own, which imports Great Expectations (3 s) on the other core
    while this one starts Prefect and runs the stages (``newsprep.quality.checker``). Not beside a temporary server,
    whose own start already takes that core: this process imports Great Expectations while waiting for it."""
    start_checker_until_exit()


def _import_run_modules(*, with_suites: bool) -> None:
    """What the flow imports (Prefect, every stage) and, unless a checker process does it, what the whole run's
    checks import (Great Expectations, about 2 s, as the checker imports it: ``import_suite_modules``)."""
    if with_suites:
        from newsprep.quality.suites import import_suite_modules

        import_suite_modules()

    import newsprep.run.flow  # noqa: F401


def _run_flow(settings: PipelineSettings, terminal: Terminal, pending: int) -> dict[str, Any]:
    """The Prefect flow, with a progress bar over the documents it processes."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from newsprep.run.flow import (
        add_progress_listener,
        heartbeats_only_if_set,
        process_articles,
        remove_progress_listener,
    )

    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("documents"),
        TimeElapsedColumn(),
        console=terminal.messages,
        transient=True,
        disable=not terminal.messages.is_terminal,  # piped or logged: the summary says it all
    ) as progress:
        bar = progress.add_task("starting Prefect", total=pending)

        def advance(done: int, total: int) -> None:
            stage = "checking and publishing" if done >= total else "processing"
            progress.update(bar, completed=done, total=total, description=stage)

        add_progress_listener(advance)
        try:
            with heartbeats_only_if_set():
                result: dict[str, Any] = process_articles(settings)
        finally:
            remove_progress_listener(advance)
    return result
