"""The ``newsprep`` command line."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer(
    help="Turn folders of scraped news articles into clean, validated Parquet tables.",
    no_args_is_help=True,
    add_completion=False,
)
console = Console(stderr=True)

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
) -> None:
    """Process RAW_DIR and publish validated Parquet tables to OUT (exit 1 if a critical check failed)."""
    if not raw_dir.is_dir():
        console.print(f"[red]error:[/red] raw folder {raw_dir} does not exist or is not a folder")
        raise typer.Exit(2)
    _quiet_environment()
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from flows.process_articles import add_progress_listener, process_articles, remove_progress_listener
    from newsprep.config import PipelineSettings
    from newsprep.publish import OutputLocked

    settings = PipelineSettings(raw_dir=raw_dir, out_dir=out, batch_size=batch_size)
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
    Console().print(_summary_table(result))
    for check in result["checks"]:
        if not check["success"]:
            console.print(
                f"[{'red' if check['severity'] == 'critical' else 'yellow'}]{check['severity']}[/]: "
                f"[{check['stage']}] {check['check']}: {check['observed']}"
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
