"""The ``newsprep`` command line."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from newsprep.cli.checks import EXIT_CODES_HELP
from newsprep.config import DEFAULT_BATCH_SIZE

app = typer.Typer(
    help="Turn folders of scraped news articles into clean, validated Parquet tables.",
    no_args_is_help=True,
    add_completion=False,
)
console = Console(stderr=True)


@app.command(epilog=EXIT_CODES_HELP)
def run(
    raw_dir: Annotated[Path, typer.Argument(help="folder of raw article files")] = Path("data/raw"),
    out: Annotated[Path, typer.Option("--out", help="folder the tables are published to")] = Path("data/processed"),
    batch_size: Annotated[int, typer.Option(help="documents per Prefect task (at most)")] = DEFAULT_BATCH_SIZE,
    dask_address: Annotated[
        str | None,
        typer.Option("--dask-address", help="run the batches on this Dask scheduler (tcp://host:8786)"),
    ] = None,
    dask_workers: Annotated[
        int | None,
        typer.Option("--dask-workers", help="run the batches on a temporary local Dask cluster of N processes"),
    ] = None,
    profiles: Annotated[
        Path | None,
        typer.Option(
            "--profiles",
            help="folder of your own outlet profiles (*.toml, see the README), read after the built-in ones",
        ),
    ] = None,
    allow_shrink: Annotated[
        bool,
        typer.Option(
            "--allow-shrink",
            help="publish even if the run drops to zero documents or loses more than half of the published ones",
        ),
    ] = False,
) -> None:
    """Process RAW_DIR and publish validated Parquet tables to OUT.

    Articles are the .txt, .text, .html and .htm files anywhere under RAW_DIR, hidden files and folders aside.
    Any other file is recorded in the rejects table as not_an_article_file, unread.
    """
    started = time.perf_counter()
    from newsprep.startup import pause_collection, resume_collection

    pause_collection()  # until the run's imports and loads are done (``newsprep.startup``)
    from newsprep.cli.checks import CliError, check_run_paths, run_settings

    try:
        settings = run_settings(
            raw_dir=raw_dir,
            out_dir=out,
            batch_size=batch_size,
            dask_address=dask_address,
            dask_local_workers=dask_workers,
            allow_shrink=allow_shrink,
            profiles_dir=profiles,
        )
        check_run_paths(raw_dir, out)
        from newsprep.config import offline_environment

        offline_environment(prefect_home=Path.cwd() / ".prefect")
        from newsprep.cli.start import start_first

        start_first(settings)  # before the imports below: newsprep.cli.start says why
        from newsprep.cli.run import execute_run

        code = execute_run(settings, started=started)
    except CliError as error:
        from newsprep.cli.output import terminal

        terminal().error(error.line())
        raise typer.Exit(error.code) from None
    except KeyboardInterrupt:
        from newsprep.cli.output import terminal

        terminal().error("error: interrupted; this run published nothing (hint: run it again)")
        raise typer.Exit(130) from None
    finally:
        resume_collection()  # the run resumed it already, unless it stopped before its flow
    _skip_final_collection()
    raise typer.Exit(code)


def _skip_final_collection() -> None:
    """The run is over (published, summary shown): spare the interpreter's last garbage collection at exit over
    everything the run imported and loaded (Prefect, Great Expectations, the model: about 2 s after the summary).
    The exit handlers (Prefect's, the temporary server's stop, the log's flush) still run; no file is left open."""
    import gc

    gc.freeze()


@app.command()
def version() -> None:
    """Print the code version that run ids and caches are keyed on."""
    from newsprep.run.provenance import code_version

    print(code_version())


@app.command()
def dictionary(
    out: Annotated[Path, typer.Option("--out", help="where to write it")] = Path("docs/data-dictionary.md"),
) -> None:
    """Write the data dictionary generated from the pandera contracts."""
    from newsprep.cli.checks import CliError, check_writable_file
    from newsprep.cli.output import terminal
    from newsprep.report import data_dictionary_markdown

    try:
        check_writable_file(
            out, hint="run it from the newsprep repository, where it writes docs/data-dictionary.md, or give --out FILE"
        )
        try:
            out.write_text(data_dictionary_markdown(), encoding="utf-8")
        except OSError as error:
            raise CliError(f"cannot write {out} ({error.strerror or error})", "give --out FILE you can write") from None
    except CliError as error:
        terminal().error(error.line())
        raise typer.Exit(error.code) from None
    print(f"wrote {out}")


@app.command()
def rollback(
    out_dir: Annotated[Path, typer.Argument(help="output folder of newsprep run")],
    version: Annotated[str | None, typer.Argument(help="version to publish again (omit to list them)")] = None,
) -> None:
    """List the published versions OUT_DIR keeps, or make VERSION the published one again (atomically).

    The tables then read back byte for byte as that version published them. Exit 2 for an unknown VERSION,
    4 while a run holds OUT_DIR.
    """
    from newsprep.cli.checks import CliError, ExitCode
    from newsprep.cli.output import terminal
    from newsprep.run.publish import OutputLocked, UnsafeOutput
    from newsprep.run.versions import kept_versions, roll_back

    screen = terminal()
    try:
        kept = kept_versions(out_dir) if out_dir.is_dir() else []
        if not kept:
            raise CliError(f"{out_dir} keeps no published version", "give the --out folder of a newsprep run")
        if version is None:
            for kept_version in kept:
                when = f"{kept_version.published_at:%Y-%m-%d %H:%M:%S %Z}" if kept_version.published_at else "?"
                mark = "* " if kept_version.current else "  "
                note = "  (current)" if kept_version.current else ""
                screen.summary.print(
                    f"{mark}{kept_version.version_id}  {when}  {kept_version.documents:,} documents{note}", markup=False
                )
            return
        try:
            record = roll_back(out_dir, version)
        except LookupError:
            listing = f"`newsprep rollback {out_dir}` lists them"
            raise CliError(f"{out_dir} keeps no version {version}", listing) from None
        except OutputLocked as locked:
            raise CliError(str(locked), OutputLocked.hint, ExitCode.LOCKED) from None
        except UnsafeOutput as unsafe:
            raise CliError(str(unsafe), "newsprep writes only inside the output folder") from None
    except CliError as error:
        screen.error(error.line())
        raise typer.Exit(error.code) from None
    if record is None:
        said = f"{version} is already the published version of {out_dir}: nothing changed"
        screen.summary.print(said, markup=False)
        return
    screen.summary.print(
        f"rolled back: {out_dir} publishes version {version} again ({record['row_counts'].get('documents', 0):,} "
        f"documents; it published {record['rolled_back_from']} before)",
        markup=False,
    )


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

    from newsprep.schemas.tables import TABLE_CONTRACTS
    from newsprep.tables import ContractViolation, conform

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
