"""The ``process-articles`` Prefect flow: thin wiring around the run's steps (with ``newsprep.run.batch_tasks``, the
only modules that import Prefect).

inventory -> plan (what changed) -> stage by stage over every batch (ingest, clean, nlp, entities, quotes,
statistics: a task per stage per batch, all of a stage's batches in flight, then one task of that stage's checks on
them all, before the next stage reads its output: ``batch_tasks``) -> each batch's tables -> the whole run's checks
(pandera + GX) -> publish -> the run's artifacts (checks, summary, report link). Tasks pass paths and small
records, never frames or spaCy objects.

It lives in the package because the installed ``newsprep run`` runs it; ``flows/process_articles.py`` is the
deployments' entrypoint (``prefect.yaml``) and imports it from here.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar, cast

from prefect import flow, task
from prefect.artifacts import create_link_artifact, create_markdown_artifact, create_table_artifact
from prefect.context import FlowRunContext
from prefect.events import emit_event
from prefect.futures import PrefectFuture, as_completed
from prefect.settings import PREFECT_API_URL, get_current_settings, temporary_settings
from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner
from prefect.utilities.annotations import opaque

from newsprep.config import PipelineSettings
from newsprep.quality.checker import finish_data_docs
from newsprep.run.alerts import REFUSED_EVENT
from newsprep.run.artifacts import (
    CHECKS_KEY,
    REPORT_KEY,
    SUMMARY_KEY,
    check_table,
    report_link,
    run_summary_markdown,
)
from newsprep.run.batch_tasks import RETRY_IO, check_stage_task, ingest_task, stage_task, tables_task
from newsprep.run.manifest import PREFECT_ENGINE, record_outcome
from newsprep.run.outcome import RunOutcome, outcome_without_processing
from newsprep.run.plan import RunPlan, even_batches, handed_plan, plan_for
from newsprep.run.publish import hold_output_lock
from newsprep.run.stage_steps import IngestedBatch, shares_out
from newsprep.run.stages import STAGE_NAMES, StageResult
from newsprep.run.steps import check_and_publish, drop_staging
from newsprep.run.workers import default_workers, release_worker_pool

T = TypeVar("T")
ProgressListener = Callable[[int, int], None]
_progress_listeners: list[ProgressListener] = []


def add_progress_listener(listener: ProgressListener) -> None:
    """Called with (documents done, documents to process) once planned and as batches finish; for the CLI's
    progress bar."""
    _progress_listeners.append(listener)


def remove_progress_listener(listener: ProgressListener) -> None:
    _progress_listeners.remove(listener)


@task(name="plan-run", **RETRY_IO)
def plan_run_task(settings: PipelineSettings) -> RunPlan:
    return plan_for(settings)


@task(name="check-and-publish", **RETRY_IO)
def check_and_publish_task(batch_dirs: list[Path], plan: RunPlan, settings: PipelineSettings) -> RunOutcome:
    return check_and_publish(batch_dirs, plan=plan, settings=settings)


@task(name="publish-artifacts", **RETRY_IO)
def publish_artifacts_task(manifest: dict[str, Any], out_dir: Path) -> None:
    """The run's checks (each stage's, then the whole run's), summary and report link in the UI's Artifacts tab
    (``newsprep.run.artifacts``)."""
    run = f"run {manifest['run_id']}"
    checks = [*manifest.get("stage_checks", []), *manifest["checks"]]
    create_table_artifact(check_table(checks), key=CHECKS_KEY, description=f"every check of {run}")
    create_markdown_artifact(run_summary_markdown(manifest), key=SUMMARY_KEY, description=f"summary of {run}")
    create_link_artifact(report_link(out_dir), link_text="report.html", key=REPORT_KEY, description=f"{run}")


@contextmanager
def heartbeats_only_if_set() -> Iterator[None]:
    """Prefect's flow-run heartbeats off inside, unless the user set their frequency (``PREFECT_FLOWS_HEARTBEAT_
    FREQUENCY``, in the environment or a profile).

    Prefect 3.9 sends one every 180 s by default, from a thread that sleeps in steps of a second and that a flow
    run joins as it ends: 0 to 1 s added to every run. Heartbeats feed an automation that marks silent runs crashed
    (Prefect's "zombie flows" guide), which newsprep does not set up; the CLI's run has its user watching it."""
    from prefect.context import SettingsContext, get_settings_context

    context = get_settings_context()
    current = context.settings
    if "heartbeat_frequency" in current.flows.model_fields_set:
        yield
        return
    flows = current.flows.model_copy(update={"heartbeat_frequency": None})
    with SettingsContext(profile=context.profile, settings=current.model_copy(update={"flows": flows})):
        yield


def _announce_refusal(manifest: dict[str, Any]) -> None:
    failed = [c for c in manifest["checks"] if not c["success"] and c["severity"] == "critical"]
    emit_event(
        REFUSED_EVENT,
        resource={"prefect.resource.id": f"newsprep.run.{manifest['run_id']}", "prefect.resource.name": "newsprep"},
        payload={"out_dir": manifest["out_dir"], "failed_checks": [f"[{c['stage']}] {c['check']}" for c in failed]},
    )


@contextmanager
def _batch_runner(settings: PipelineSettings) -> Iterator[TaskRunner[Any]]:
    """Where the batches run: the flow's own task runner, or the Dask cluster the settings name (prefect-dask)."""
    if settings.dask_address is None and settings.dask_local_workers is None:
        context = FlowRunContext.get()
        assert context is not None and context.task_runner is not None, "called outside the flow"
        yield context.task_runner
        return
    from prefect_dask.task_runners import DaskTaskRunner

    if settings.dask_address is not None:
        runner = DaskTaskRunner(address=settings.dask_address)
        api_url = None
    else:
        # Loopback only (the HTTP/dashboard port too, any free one); one thread per process (spaCy is CPU-bound).
        cluster = {
            "n_workers": settings.dask_local_workers,
            "threads_per_worker": 1,
            "processes": True,
            "host": "127.0.0.1",
            "dashboard_address": "127.0.0.1:0",
        }
        runner = DaskTaskRunner(cluster_class="distributed.LocalCluster", cluster_kwargs=cluster)
        # With no PREFECT_API_URL the flow runs on a temporary server; without its address each Dask worker would
        # start a temporary server of its own. Local workers can reach the flow's one.
        context = FlowRunContext.get()
        api_url = None if get_current_settings().api.url or context is None else str(context.client.api_url)
    with temporary_settings({PREFECT_API_URL: api_url} if api_url else None), runner:
        yield runner


def _whole(value: T) -> T:
    """``value`` handed to a task as one value: Prefect's engine resolves it but does not walk into it (``opaque``).

    Unmarked, the engine visits every object inside a task's parameters (the settings model, a batch's 62 entries, the
    plan's 500 and more) twice or more per task run, looking for futures and upstream results; none of newsprep's
    parameters holds one below its top level (the tasks pass results whole). The engine unwraps the mark before it
    names the task run and calls the function, so both see the value itself (typed as the value for that reason)."""
    return cast(T, opaque(value))


def _handed_whole(parameters: dict[str, Any], runner: TaskRunner[Any]) -> dict[str, Any]:
    """Each parameter ``_whole`` for a runner that runs tasks in this process; as they are for any other (a Dask
    runner pickles the parameters, and Prefect 3.9's marks do not survive pickling: ``opaque(x)`` comes back as
    ``opaque((x,))``)."""
    if not isinstance(runner, ThreadPoolTaskRunner):
        return parameters
    return {name: _whole(value) for name, value in parameters.items()}


def _tell_progress(done: int, total: int) -> None:
    for listener in list(_progress_listeners):
        listener(done, total)


def _each(
    runner: TaskRunner[Any], task_: Any, parameters: list[dict[str, Any]], done: Callable[[Any], None] | None = None
) -> list[Any]:
    """``task_`` once per parameter set, all submitted at once to the runner; the results in the parameters' order
    (``done`` called on each as it finishes)."""
    futures: list[PrefectFuture[Any]] = [runner.submit(task_, _handed_whole(each, runner)) for each in parameters]
    for future in as_completed(futures):
        if done is not None:
            done(future.result())
    return [future.result() for future in futures]


def _process_batches(plan: RunPlan, settings: PipelineSettings) -> list[Path]:
    """Every pending batch through the stages, stage after stage, each stage's checks before the next; the staged
    batch folders. Progress counts the documents through ``nlp``, the stage that takes the time."""
    pending = plan.pending
    shared_out = shares_out(len(pending), settings)
    batches = even_batches(pending, batch_size=settings.batch_size, workers=default_workers() if shared_out else 1)
    if settings.dask_address is not None or settings.dask_local_workers is not None:
        # Dask workers may run in another working directory: absolute paths, on a file system they share.
        settings = settings.model_copy(
            update={"raw_dir": settings.raw_dir.resolve(), "out_dir": settings.out_dir.resolve()}
        )
    through_nlp = 0

    def count_through_nlp(documents: int) -> None:
        nonlocal through_nlp
        through_nlp += documents
        _tell_progress(min(through_nlp, len(pending)), len(pending))

    _tell_progress(0, len(pending))
    with _batch_runner(settings) as runner:
        ingested: list[IngestedBatch] = _each(
            runner,
            ingest_task,
            [
                {"entries": batch, "batch_no": n, "run_id": plan.run_id, "settings": settings, "shared_out": shared_out}
                for n, batch in enumerate(batches)
            ],
        )
        count_through_nlp(sum(len(batch.batch.paths) for batch in ingested if "nlp" not in batch.to_run))
        nlp_documents = {batch.batch.keys["nlp"]: len(batch.batch.paths) for batch in ingested}

        def nlp_done(result: StageResult) -> None:
            count_through_nlp(nlp_documents[result.key])

        for stage in STAGE_NAMES:
            due = [batch for batch in ingested if stage in batch.to_run]
            if stage != "ingest":
                parameters = [{"stage": stage, "ingested": batch, "settings": settings} for batch in due]
                _each(runner, stage_task, parameters, done=nlp_done if stage == "nlp" else None)
            if due:
                check_stage_task(stage, _whole(due), _whole(settings))
        tables = [{"ingested": batch, "run_id": plan.run_id, "settings": settings} for batch in ingested]
        batch_dirs: list[Path] = _each(runner, tables_task, tables)
    release_worker_pool()  # the NLP workers' memory goes back before the checks load the run's tables
    _tell_progress(len(pending), len(pending))
    return sorted(batch_dirs)


# The stages' work runs in newsprep's worker processes (one per core): a thread per batch in flight only waits on
# them, and two per worker keep each worker's queue fed while a finished task reports to the server. Scaling out
# goes through a Dask task runner instead (dask_address / dask_local_workers).
DEFAULT_TASK_RUNNER: ThreadPoolTaskRunner[Any] = ThreadPoolTaskRunner(max_workers=2 * default_workers())


@flow(name="process-articles", log_prints=True, task_runner=DEFAULT_TASK_RUNNER)  # type: ignore[arg-type]
def process_articles(settings: PipelineSettings | None = None) -> dict[str, Any]:
    """Process the new or changed raw files under ``settings.raw_dir``; publish validated tables to ``out_dir``."""
    settings = settings or PipelineSettings()
    started, clock = datetime.now(UTC), time.perf_counter()
    timings: dict[str, float] = {}
    with hold_output_lock(settings.out_dir):  # already held when the CLI started the flow
        handed = handed_plan(settings)  # the CLI planned under the lock before it started Prefect
        if handed is not None:
            plan, timings["plan"] = handed
        else:
            plan = plan_run_task(_whole(settings))
            timings["plan"] = time.perf_counter() - clock
        settled = outcome_without_processing(plan, settings)
        if settled is not None:
            outcome = settled[0]
        else:
            processing = time.perf_counter()
            batch_dirs = _process_batches(plan, settings)
            timings["process"] = time.perf_counter() - processing
            outcome = check_and_publish_task(_whole(batch_dirs), _whole(plan), _whole(settings))
            drop_staging(settings.out_dir, plan.run_id)
        timings["total"] = time.perf_counter() - clock + (timings["plan"] if handed is not None else 0.0)
        result = record_outcome(plan, outcome, settings, started=started, timings=timings, engine=PREFECT_ENGINE)
        publish_artifacts_task(_whole(result), settings.out_dir)
        if not result["published"]:
            _announce_refusal(result)
        finish_data_docs()  # rendered by the checker process meanwhile, if it ran the suites
    for check in outcome.failed_checks:
        print(f"{check.severity} check failed [{check.stage}] {check.check}: {check.observed}")
    return result
