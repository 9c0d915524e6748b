"""The run report: one self-contained HTML page per run (``<out>/report.html``).

``render_report`` is pure (manifest, frames and run history in, an HTML string out): the same inputs give the
same bytes. ``write_report`` gathers those inputs from an output folder and writes the page atomically. The page
loads nothing: styles are inline, charts are inline SVG, there is no script, and a Content-Security-Policy
forbids any fetch, so it opens the same offline, from a mail attachment or from CI artifacts.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from html import escape
from pathlib import Path
from typing import Any

import polars as pl

from newsprep.publish import RUNS_DIR, current_version_dir, write_text_atomic
from newsprep.quality_docs import QUALITY_DOCS_DIR
from newsprep.report_charts import RunPoint
from newsprep.report_sections import (
    charts_section,
    documents_section,
    packages_section,
    quality_section,
    rejects_section,
    run_summary,
    status_banner,
)
from newsprep.tables import frame_from_rows

REPORT_FILE = "report.html"
REPORT_TABLES = ("documents", "quotes", "entities", "statistics", "rejects")
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

STYLE = """
:root { --ok: #1e7d3a; --ok-bg: #e6f4ea; --bad: #b3261e; --bad-bg: #fce8e6; --warn: #8a5a00; --warn-bg: #fff4d6;
  --ink: #1f2933; --muted: #5f6b7a; --line: #d9dee5; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: var(--ink);
  margin: 0 auto; max-width: 1240px; padding: 24px 32px 48px; line-height: 1.45; font-size: 15px; }
h1 { font-size: 26px; margin: 0 0 4px; } h2 { font-size: 20px; border-bottom: 1px solid var(--line);
  padding-bottom: 4px; margin-top: 32px; } h3 { font-size: 16px; margin: 0 0 8px; }
.sub { color: var(--muted); margin: 0 0 16px; }
.banner, .status { padding: 10px 14px; border-radius: 6px; font-weight: 600; margin: 12px 0; }
.ok { background: var(--ok-bg); color: var(--ok); } .failed { background: var(--bad-bg); color: var(--bad); }
.warn { background: var(--warn-bg); color: var(--warn); }
.counts { display: flex; flex-wrap: wrap; gap: 10px; margin: 12px 0; }
.count { border: 1px solid var(--line); border-radius: 6px; padding: 8px 14px; min-width: 110px; }
.count .n { display: block; font-size: 22px; font-weight: 700; } .count .what { color: var(--muted); font-size: 13px; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 12px 0; }
dl.facts dt { color: var(--muted); } dl.facts dd { margin: 0; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; font-size: 14px; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: #f4f6f8; } tr.fail.critical td { background: var(--bad-bg); }
tr.fail.warning td { background: var(--warn-bg); }
td .observed, pre.observed { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12.5px;
  overflow-wrap: anywhere; white-space: pre-wrap; }
pre.observed { background: #fff; border: 1px solid #f0b8b3; padding: 8px; margin: 6px 0 0; border-radius: 4px; }
.why { border: 2px solid var(--bad); border-radius: 6px; padding: 12px 16px; margin: 12px 0; }
.why ul { margin: 0; padding-left: 18px; } .why li { margin-bottom: 10px; }
.dot { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 6px; }
.dot.ok { background: var(--ok); } .dot.failed { background: var(--bad); }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(560px, 1fr)); gap: 16px; }
figure.chart-box { margin: 0; border: 1px solid var(--line); border-radius: 6px; padding: 12px; }
figcaption { color: var(--muted); font-size: 13px; margin-top: 6px; }
svg.chart { max-width: 100%; height: auto; font-size: 12px; fill: var(--ink); }
svg.chart .grid { stroke: var(--line); } svg.chart .axis-title, svg.chart .chart-empty { fill: var(--muted); }
code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 13px; }
summary h2 { display: inline-block; border: 0; margin: 24px 0 8px; cursor: pointer; }
.note { color: var(--muted); font-size: 13px; } footer { margin-top: 32px; color: var(--muted); font-size: 13px; }
"""


def render_report(
    *,
    manifest: Mapping[str, Any],
    quality: pl.DataFrame,
    tables: Mapping[str, pl.DataFrame],
    runs: Sequence[RunPoint],
    tables_version: str | None,
    data_docs_href: str | None = None,
) -> str:
    """The report page. ``tables`` are the published tables shown in the charts and the rejects list (for a
    failed run: the last published ones, named by ``tables_version``; empty frames when there are none)."""
    shown = {name: tables.get(name, frame_from_rows(name, [])) for name in REPORT_TABLES}
    run_id = escape(str(manifest.get("run_id", "")))
    stale = ""
    if not manifest.get("published", False):
        stale = (
            '<p class="note" id="charts-note">This run published nothing: the charts and rejects below are those of '
            f"the last published version ({escape(tables_version)}).</p>"
            if tables_version
            else '<p class="note" id="charts-note">Nothing has been published to this folder yet: no charts.</p>'
        )
    body = "".join(
        [
            "<header><h1>newsprep run report</h1>",
            f'<p class="sub">Run <code>{run_id}</code>, started {escape(str(manifest.get("started_at", "")))}</p>',
            status_banner(manifest, quality),
            "</header>",
            run_summary(manifest, tables_version=tables_version),
            quality_section(quality, data_docs_href=data_docs_href),
            stale,
            charts_section(shown, runs),
            rejects_section(shown["rejects"]),
            documents_section(shown["documents"]),
            packages_section(manifest),
        ]
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>newsprep run {run_id}</title><style>{STYLE}</style></head>"
        f"<body>{body}</body></html>\n"
    )


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
            if frame.height and (frame["run_id"] == run_id).all():
                return frame
    rows = [{"run_id": run_id, **check} for check in manifest.get("checks") or []]
    return frame_from_rows("quality", rows)


def published_tables(out_dir: Path) -> tuple[dict[str, pl.DataFrame], str | None]:
    """The tables of the current version (empty frames before the first publish) and the version's id."""
    version = current_version_dir(out_dir)
    tables = {}
    for name in REPORT_TABLES:
        path = version / f"{name}.parquet" if version is not None else None
        tables[name] = pl.read_parquet(path) if path is not None and path.is_file() else frame_from_rows(name, [])
    return tables, version.name if version is not None else None


def write_report(out_dir: Path, manifest: Mapping[str, Any], quality: pl.DataFrame | None = None) -> Path:
    """Write ``out_dir/report.html`` for the run ``manifest`` describes (its quality read from ``out_dir`` when
    not given) and return its path."""
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
        data_docs_href=f"{QUALITY_DOCS_DIR}/index.html" if docs_index.is_file() else None,
    )
    path = out_dir / REPORT_FILE
    write_text_atomic(html, path)
    return path
