"""The ``newsprep`` command line."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer(
    help="Turn folders of scraped news articles into clean, validated Parquet tables.",
    no_args_is_help=True,
    add_completion=False,
)
console = Console(stderr=True)

if TYPE_CHECKING:
    from newsprep.config import PipelineSettings

QUIET_DEFAULTS = {
    # Nothing leaves loopback: Prefect's and GX's telemetry off, and a patient ephemeral server start.
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "GX_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    "PREFECT_LOGGING_LEVEL": "WARNING",
}


def _quiet_environment() -> None:
    for name, value in QUIET_DEFAULTS.items():
        os.environ.setdefault(name, value)
    os.environ.setdefault("PREFECT_HOME", str(Path.cwd() / ".prefect"))


def _summary_table(result: dict[str, Any]) -> Table:
    counts = result["row_counts"]
    failed = [c for c in result["checks"] if not c["success"]]
    table = Table(title="newsprep run" + (" (published)" if result["published"] else " (NOT published)"))
    table.add_column("what")
    table.add_column("count", justify="right")
    for name in ("documents", "quotes", "entities", "mentions", "statistics", "captions", "rejects"):
        table.add_row(name, str(counts.get(name, 0)))
    table.add_row("checks run", str(len(result["checks"])))
    table.add_row(
        "failed checks",
        str(len(failed)),
        style="red" if any(c["severity"] == "critical" for c in failed) else None,
    )
    return table


@app.command()
def run(
    raw_dir: Annotated[Path, typer.Argument(help="folder of raw article files")] = Path("data/raw"),
    out: Annotated[Path, typer.Option("--out", help="folder the tables are published to")] = Path("data/processed"),
    batch_size: Annotated[int, typer.Option(help="documents per Prefect task")] = 64,
    dask_address: Annotated[
        str | None,
        typer.Option("--dask-address", help="run the batches on this Dask scheduler (tcp://host:8786)"),
    ] = None,
    dask_workers: Annotated[
        int | None,
        typer.Option("--dask-workers", min=1, help="run the batches on a temporary local Dask cluster of N processes"),
    ] = None,
) -> None:
    """Process RAW_DIR and publish validated Parquet tables to OUT (exit 1 if a critical check failed)."""
    if not raw_dir.is_dir():
        console.print(f"[red]error:[/red] raw folder {raw_dir} does not exist or is not a folder")
        raise typer.Exit(2)
    if dask_address is not None and dask_workers is not None:
        console.print("[red]error:[/red] give --dask-address or --dask-workers, not both")
        raise typer.Exit(2)
    _quiet_environment()
    from newsprep.config import PipelineSettings
    from newsprep.publish import OutputLocked
    from newsprep.run import record_if_unchanged

    settings = PipelineSettings(
        raw_dir=raw_dir,
        out_dir=out,
        batch_size=batch_size,
        dask_address=dask_address,
        dask_local_workers=dask_workers,
    )
    try:
        # Nothing changed since the published version: say so at once, without starting Prefect.
        unchanged, pending = record_if_unchanged(settings)
    except OutputLocked as locked:
        console.print(f"[red]error:[/red] {locked}")
        raise typer.Exit(3) from None
    if unchanged is not None:
        console.print("nothing to process: no input, code or setting changed since the published version")
        _finish(unchanged, out)
        return
    if dask_address is None and dask_workers is None:
        from newsprep.workers import warm_worker_pool

        # The NLP workers load the model while Prefect starts its server.
        warm_worker_pool(spacy_model=settings.spacy_model, batch_documents=min(pending, batch_size))
    _finish(_run_flow(settings), out)


def _run_flow(settings: PipelineSettings) -> dict[str, Any]:
    """The Prefect flow, with a progress bar over its batches."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from flows.process_articles import add_progress_listener, process_articles, remove_progress_listener
    from newsprep.publish import OutputLocked

    with Progress(
        TextColumn("processing batches"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    ) as progress:
        bar = progress.add_task("batches", total=None)

        def advance(done: int, total: int) -> None:
            progress.update(bar, completed=done, total=total)

        add_progress_listener(advance)
        try:
            result = process_articles(settings)
        except OutputLocked as locked:
            console.print(f"[red]error:[/red] {locked}")
            raise typer.Exit(3) from None
        finally:
            remove_progress_listener(advance)
    return result


def _finish(result: dict[str, Any], out: Path) -> None:
    """The summary table and every failed check; exit 1 when nothing was published."""
    from newsprep.quality import check_observed

    Console().print(_summary_table(result))
    for check in result["checks"]:
        if not check["success"]:
            console.print(
                f"[{'red' if check['severity'] == 'critical' else 'yellow'}]{check['severity']}[/]: "
                f"[{check['stage']}] {check['check']}: {check_observed(check)}"
            )
    if not result["published"]:
        console.print(
            f"[red]A critical check failed: nothing was published; the previous tables in {out} are untouched.[/red]"
        )
        raise typer.Exit(1)
    console.print(f"published to {out} (manifest: {result['manifest_path']})")


@app.command()
def version() -> None:
    """Print the code version that run ids and caches are keyed on."""
    from newsprep.provenance import code_version

    print(code_version())


@app.command()
def dictionary(
    out: Annotated[Path, typer.Option("--out", help="where to write it")] = Path("docs/data-dictionary.md"),
) -> None:
    """Write the data dictionary generated from the pandera contracts."""
    from newsprep.dictionary import data_dictionary_markdown

    out.write_text(data_dictionary_markdown(), encoding="utf-8")
    print(f"wrote {out}")


@app.command()
def report(
    out_dir: Annotated[Path, typer.Argument(help="output folder of a run")] = Path("data/processed"),
) -> None:
    """Rebuild OUT_DIR/report.html from the published tables and the newest run manifest."""
    from newsprep.report import latest_manifest, write_report

    manifest = latest_manifest(out_dir) if out_dir.is_dir() else None
    if manifest is None:
        console.print(f"[red]error:[/red] no run manifest under {out_dir}/_runs/: run `newsprep run` first")
        raise typer.Exit(2)
    print(f"wrote {write_report(out_dir, manifest)}")


@app.command()
def validate(
    directory: Annotated[Path, typer.Argument(help="folder holding <table>.parquet files")],
) -> None:
    """Check every <table>.parquet in DIRECTORY against its pandera contract (exit 1 if any fails)."""
    if not directory.is_dir():
        console.print(f"[red]error:[/red] {directory} does not exist or is not a folder")
        raise typer.Exit(2)
    results = _validate_folder(directory)
    if not results:
        console.print(f"[red]error:[/red] no <table>.parquet of a known table in {directory}")
        raise typer.Exit(2)
    table = Table(title=f"contracts: {directory}")
    for column in ("table", "rows", "result"):
        table.add_column(column, justify="right" if column == "rows" else "left")
    for result in results:
        table.add_row(
            result.table,
            "" if result.rows is None else str(result.rows),
            "ok" if result.ok else "FAILED",
            style=None if result.ok else "red",
        )
    Console().print(table)
    failed = [r for r in results if not r.ok]
    for result in failed:
        for problem in result.problems:
            print(f"{result.table}: {problem}")
    if failed:
        raise typer.Exit(1)


@dataclass(frozen=True)
class _TableCheck:
    table: str
    rows: int | None
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


def _validate_folder(directory: Path) -> list[_TableCheck]:
    """Each ``<table>.parquet`` of a known table in ``directory``, checked against its contract."""
    import polars as pl

    from newsprep.tables import ContractViolation, conform
    from schemas.tables import TABLE_CONTRACTS

    results = []
    for name in TABLE_CONTRACTS:
        path = directory / f"{name}.parquet"
        if not path.exists():
            continue
        try:
            frame = pl.read_parquet(path)
        except (OSError, pl.exceptions.PolarsError) as error:
            results.append(_TableCheck(name, None, [f"unreadable Parquet: {' '.join(str(error).split())}"]))
            continue
        try:
            conform(name, frame)
        except ContractViolation as violation:
            results.append(_TableCheck(name, frame.height, list(violation.problems)))
        else:
            results.append(_TableCheck(name, frame.height, []))
    return results
