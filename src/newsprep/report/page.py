"""The report page and the data dictionary beside it, rendered from Jinja2 templates; their inputs read from an
output folder.

``render_report`` is pure (manifest, frames and run history in, an HTML string out): the same inputs give the
same bytes. ``write_report`` gathers those inputs from an output folder and writes the data dictionary and the
report, each atomically, dictionary first so the report's link never points at nothing. The pages load nothing:
styles are inline, charts are inline SVG, there is no script, and a Content-Security-Policy forbids any fetch,
so they open the same offline, from a mail attachment or from CI artifacts. Autoescaping is on: every value
from an article, a file name or a manifest reaches the page as text.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
import polars as pl

from newsprep.layout import QUALITY_DOCS_DIR
from newsprep.report import articles
from newsprep.report.charts import RunPoint
from newsprep.report.checks import quality_view
from newsprep.report.dictionary import dictionary_tables
from newsprep.report.runs import plural, run_changes, run_status, run_summary
from newsprep.run.publish import RUNS_DIR, current_version_dir, write_text_atomic
from newsprep.tables import frame_from_rows, polars_schema

REPORT_FILE = "report.html"
DICTIONARY_FILE = "data-dictionary.html"
REPORT_TABLES = ("documents", "quotes", "entities", "corpus_entities", "statistics", "rejects")
UNSHOWN_COLUMNS = {"documents": ("clean_text", "contributors")}
"""Left unread: the page never shows them, and at 10,000 articles clean_text alone is hundreds of megabytes."""
LEGACY_COLUMNS = {"statistics": {"source": "reported_by"}}
"""Columns renamed since an earlier version (issue 14), old name to new."""


def _number(value: object) -> str:
    """Thousands separated; a float with its significant digits (1.2e9 as 1,200,000,000, 0.125 as 0.125)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "" if value is None else str(value)
    if isinstance(value, int) or value.is_integer():
        return f"{value:,.0f}"
    return f"{value:,.6g}"


@cache
def _environment() -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("newsprep.report"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters["number"] = _number
    environment.filters["plural"] = plural
    environment.globals.update(dictionary_href=DICTIONARY_FILE, no_speaker=articles.NO_SPEAKER)
    return environment


def render_report(
    *,
    manifest: Mapping[str, Any],
    quality: pl.DataFrame,
    tables: Mapping[str, pl.DataFrame],
    runs: Sequence[RunPoint],
    tables_version: str | None,
    data_docs_href: str | None = None,
) -> str:
    """The report page. ``tables`` are the published tables shown below the checks (for a failed run: the last
    published ones, named by ``tables_version``; empty frames when there are none)."""
    shown = {name: tables.get(name, frame_from_rows(name, [])) for name in REPORT_TABLES}
    documents, quotes = shown["documents"], shown["quotes"]
    checks = quality_view(quality)
    return (
        _environment()
        .get_template("report.html.j2")
        .render(
            manifest=manifest,
            status=run_status(manifest, failed_critical=len(checks.failed_critical)),
            summary=run_summary(manifest, tables_version=tables_version),
            changes=run_changes(manifest),
            quality=checks,
            data_docs_href=data_docs_href,
            tables_version=tables_version,
            figures=articles.chart_figures(shown, runs),
            who_said_what=articles.who_said_what(quotes, documents),
            unattributed=articles.unattributed_quotes(quotes, documents),
            people=articles.top_names(shown["corpus_entities"], label="PERSON"),
            organisations=articles.top_names(shown["corpus_entities"], label="ORG"),
            statistics=articles.statistics_view(shown["statistics"], documents),
            rejects=articles.rejects_view(shown["rejects"]),
            documents=articles.documents_view(documents),
            languages=articles.documents_by_language(documents),
            packages=sorted((manifest.get("packages") or {}).items()),
        )
    )


def render_data_dictionary() -> str:
    """Every published table's columns, types, checks and meaning, from the pandera contracts."""
    return _environment().get_template("dictionary.html.j2").render(tables=dictionary_tables())


def run_history(out_dir: Path) -> list[RunPoint]:
    """Every run recorded under ``_runs/``: its start time, document count and whether it published."""
    points = []
    for path in sorted((out_dir / RUNS_DIR).glob("*.json")):
        try:
            manifest = json.loads(path.read_text(encoding="utf-8"))
            started = datetime.fromisoformat(manifest["started_at"])
        except (OSError, ValueError, KeyError, TypeError):
            continue  # a foreign or damaged file does not stop the report
        if started.tzinfo is not None:
            started = started.astimezone(UTC)
        documents = int((manifest.get("row_counts") or {}).get("documents", 0))
        points.append(RunPoint(started, documents, bool(manifest.get("published"))))
    return points


def latest_manifest(out_dir: Path) -> dict[str, Any] | None:
    """The newest run's manifest (run stamps sort by start time), published or not."""
    paths = sorted((out_dir / RUNS_DIR).glob("*.json"))
    if not paths:
        return None
    manifest: dict[str, Any] = json.loads(paths[-1].read_text(encoding="utf-8"))
    return manifest


def _recorded_check(run_id: str, check: Mapping[str, Any]) -> dict[str, Any]:
    """A manifest's check as a quality row (manifests before issue 14 held one ``observed`` string)."""
    row = {"run_id": run_id, **check}
    if "observed" in row:
        row.setdefault("observed_text", row.pop("observed"))
    return row


def run_quality(out_dir: Path, manifest: Mapping[str, Any]) -> pl.DataFrame:
    """The run's quality rows: the failed run's kept file, else the published table of that run, else the
    manifest's own record of the checks."""
    run_id = str(manifest.get("run_id", ""))
    candidates = [out_dir / RUNS_DIR / f"failed-{run_id}" / "quality.parquet"]
    version = current_version_dir(out_dir)
    if manifest.get("published") and version is not None:
        candidates.insert(0, version / "quality.parquet")
    for path in candidates:
        if path.is_file():
            frame = pl.read_parquet(path)
            if frame.height and (frame["run_id"] == run_id).all() and "observed_value" in frame.columns:
                return frame
    rows = [_recorded_check(run_id, check) for check in manifest.get("checks") or []]
    return frame_from_rows("quality", rows)


def published_tables(out_dir: Path) -> tuple[dict[str, pl.DataFrame], str | None]:
    """The tables of the current version (empty frames before the first publish) and the version's id."""
    version = current_version_dir(out_dir)
    tables = {}
    for name in REPORT_TABLES:
        path = version / f"{name}.parquet" if version is not None else None
        if path is None or not path.is_file():
            tables[name] = frame_from_rows(name, [])
            continue
        frame = pl.scan_parquet(path).drop(UNSHOWN_COLUMNS.get(name, ()), strict=False).collect()
        tables[name] = _in_current_columns(name, frame)
    return tables, version.name if version is not None else None


def _in_current_columns(table: str, frame: pl.DataFrame) -> pl.DataFrame:
    """A table a version published before a column was renamed, read under today's names (a failed run's report
    shows the last published tables, which an older pipeline may have written); columns it lacks are null."""
    renamed = {old: new for old, new in LEGACY_COLUMNS.get(table, {}).items() if old in frame.columns}
    frame = frame.rename(renamed)
    schema = polars_schema(table)
    return frame.select(
        pl.col(name) if name in frame.columns else pl.lit(None, dtype=schema[name]).alias(name)
        for name in schema
        if name not in UNSHOWN_COLUMNS.get(table, ())
    )


def write_report(
    out_dir: Path, manifest: Mapping[str, Any], quality: pl.DataFrame | None = None, *, data_docs_coming: bool = False
) -> Path:
    """Write ``out_dir/report.html`` (and the data dictionary it links to) for the run ``manifest`` describes, its
    quality read from ``out_dir`` when not given; return the report's path. It links to the Data Docs when they are
    there, or ``data_docs_coming`` (being rendered while the run ends)."""
    if quality is None:
        quality = run_quality(out_dir, manifest)
    tables, version = published_tables(out_dir)
    docs_index = out_dir / QUALITY_DOCS_DIR / "index.html"
    html = render_report(
        manifest=manifest,
        quality=quality,
        tables=tables,
        runs=run_history(out_dir),
        tables_version=version,
        data_docs_href=f"{QUALITY_DOCS_DIR}/index.html" if data_docs_coming or docs_index.is_file() else None,
    )
    write_text_atomic(render_data_dictionary(), out_dir / DICTIONARY_FILE)
    path = out_dir / REPORT_FILE
    write_text_atomic(html, path)
    return path
