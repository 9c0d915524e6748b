"""The sections of the run report as HTML strings: pure functions of the manifest and polars frames.

Every string that reaches the page goes through ``html.escape`` (``_e``): article titles, speakers, file
names, reject details and check observations can hold anything a scraped page held.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

import polars as pl

from newsprep.quality import observed_summary
from newsprep.report_charts import RunPoint, bar_chart, runs_chart
from newsprep.tables import PUBLISHED_TABLES

TOP_BARS = 15
MAX_TABLE_ROWS = 500
NO_SPEAKER = "(no speaker)"


def _e(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)


def _count(value: object) -> str:
    return f"{value:,}" if isinstance(value, int) else _e(value)


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]], *, table_id: str, row_classes: Sequence[str]) -> str:
    """``rows`` hold cells that are already HTML (escaped by the caller)."""
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = "".join(
        f'<tr class="{_e(cls)}">' + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>"
        for row, cls in zip(rows, row_classes, strict=True)
    )
    return f'<table id="{_e(table_id)}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def status_banner(manifest: Mapping[str, Any], quality: pl.DataFrame) -> str:
    failed_critical = quality.filter(~pl.col("success") & (pl.col("severity") == "critical")).height
    if not manifest.get("published", False):
        reason = f"{failed_critical} critical check{'s' if failed_critical != 1 else ''} failed"
        return (
            f'<p class="banner failed" id="run-status" data-status="not-published">Not published: {_e(reason)}. '
            "The previous tables stay as they were.</p>"
        )
    how = (
        " (no change since the last run: the current version was kept)"
        if manifest.get("reused_previous_version")
        else ""
    )
    return f'<p class="banner ok" id="run-status" data-status="published">Published{_e(how)}.</p>'


def run_summary(manifest: Mapping[str, Any], *, tables_version: str | None) -> str:
    seconds: Mapping[str, float] = manifest.get("seconds") or {}
    inputs: Sequence[Mapping[str, Any]] = manifest.get("inputs") or []
    total_bytes = sum(int(i.get("bytes") or 0) for i in inputs)
    facts = [
        ("run id", _e(manifest.get("run_id"))),
        ("published", "yes" if manifest.get("published") else "<strong>no</strong>"),
        ("started", _e(manifest.get("started_at"))),
        ("finished", _e(manifest.get("finished_at"))),
        ("timings", _e(", ".join(f"{name} {value:.1f} s" for name, value in seconds.items()) or "n/a")),
        ("inputs", f"{len(inputs):,} files, {total_bytes:,} bytes, from <code>{_e(manifest.get('raw_dir'))}</code>"),
        (
            "documents",
            f"{_count(manifest.get('documents_processed', 0))} processed, "
            f"{_count(manifest.get('documents_reused', 0))} reused from the previous version",
        ),
        ("output", f"<code>{_e(manifest.get('out_dir'))}</code>"),
        ("tables shown", _e(tables_version) if tables_version else "none (nothing has been published here yet)"),
        ("code version", _e(manifest.get("code_version"))),
    ]
    items = "".join(f"<dt>{_e(name)}</dt><dd>{value}</dd>" for name, value in facts)
    counts: Mapping[str, int] = manifest.get("row_counts") or {}
    order = [t for t in PUBLISHED_TABLES if t in counts] + sorted(set(counts) - set(PUBLISHED_TABLES))
    count_cells = "".join(
        f'<div class="count"><span class="n">{_count(counts[t])}</span><span class="what">{_e(t)}</span></div>'
        for t in order
    )
    return (
        '<section id="summary"><h2>Run summary</h2>'
        f'<div class="counts">{count_cells}</div><dl class="facts">{items}</dl>{_inputs_details(inputs)}</section>'
    )


def _inputs_details(inputs: Sequence[Mapping[str, Any]]) -> str:
    if not inputs:
        return ""
    shown = inputs[:MAX_TABLE_ROWS]
    rows = [
        [_e(i.get("source_path")), f"<code>{_e(str(i.get('sha256'))[:12])}</code>", _count(i.get("bytes"))]
        for i in shown
    ]
    more = f"<p>… and {len(inputs) - len(shown):,} more (see the manifest).</p>" if len(inputs) > len(shown) else ""
    table = _table(["file", "sha256", "bytes"], rows, table_id="inputs", row_classes=[""] * len(rows))
    return f"<details><summary>Input files ({len(inputs):,})</summary>{table}{more}</details>"


def ordered_checks(quality: pl.DataFrame) -> pl.DataFrame:
    """Failed critical checks first, then failed warnings, then the passed ones; suite order within each."""
    rank = (
        pl.when(~pl.col("success") & (pl.col("severity") == "critical"))
        .then(0)
        .when(~pl.col("success"))
        .then(1)
        .otherwise(2)
    )
    return quality.with_columns(rank.alias("_rank")).sort("_rank", maintain_order=True).drop("_rank")


def quality_section(quality: pl.DataFrame, *, data_docs_href: str | None) -> str:
    failed = quality.filter(~pl.col("success"))
    critical = failed.filter(pl.col("severity") == "critical")
    if quality.height == 0:
        marker = '<p class="status warn" id="quality-status" data-status="no-checks">No checks were recorded.</p>'
    elif failed.height == 0:
        marker = (
            '<p class="status ok" id="quality-status" data-status="all-passed">'
            f"All checks passed ({quality.height} of {quality.height}).</p>"
        )
    else:
        state = "critical-failed" if critical.height else "warnings"
        marker = (
            f'<p class="status {"failed" if critical.height else "warn"}" id="quality-status" data-status="{state}">'
            f"{failed.height} of {quality.height} checks failed ({critical.height} critical).</p>"
        )
    why = ""
    if critical.height:
        reasons = "".join(
            f'<li><strong>[{_e(r["stage"])}] {_e(r["check"])}</strong><pre class="observed">'
            f"{_e(observed_summary(r['observed_value'], r['observed_text']) or 'no detail recorded')}</pre></li>"
            for r in critical.iter_rows(named=True)
        )
        why = f'<div id="failed-critical" class="why"><h3>Why the run was stopped</h3><ul>{reasons}</ul></div>'
    rows, classes = [], []
    for r in ordered_checks(quality).iter_rows(named=True):
        ok = bool(r["success"])
        rows.append(
            [
                f'<span class="dot {"ok" if ok else "failed"}"></span>{"passed" if ok else "FAILED"}',
                _e(r["severity"]),
                _e(r["stage"]),
                _e(r["check"]),
                f'<span class="observed">{_e(observed_summary(r["observed_value"], r["observed_text"]))}</span>',
            ]
        )
        classes.append("pass" if ok else f"fail {r['severity']}")
    table = _table(["status", "severity", "stage", "check", "observed"], rows, table_id="checks", row_classes=classes)
    docs = (
        f'<p class="note">Great Expectations Data Docs of this run: <a href="{_e(data_docs_href)}">'
        f"{_e(data_docs_href)}</a> (they load their styles from CDNs, so they need a network to look right).</p>"
        if data_docs_href
        else ""
    )
    return f'<section id="quality"><h2>Data quality</h2>{marker}{why}{table}{docs}</section>'


def _top(frame: pl.DataFrame, column: str, *, fill_null: str | None = None) -> tuple[list[tuple[str, float]], int]:
    """(label, rows) for the most frequent values, and how many distinct values there are in all."""
    if frame.height == 0:
        return [], 0
    values = pl.col(column).fill_null(fill_null) if fill_null is not None else pl.col(column)
    counts = (
        frame.select(values.alias("label"))
        .group_by("label")
        .len(name="n")
        .sort(["n", "label"], descending=[True, False], nulls_last=True)
    )
    return [(str(label), float(n)) for label, n in counts.head(TOP_BARS).iter_rows()], counts.height


def _figure(title: str, chart: str, caption: str) -> str:
    return f'<figure class="chart-box"><h3>{_e(title)}</h3>{chart}<figcaption>{caption}</figcaption></figure>'


def charts_section(tables: Mapping[str, pl.DataFrame], runs: Sequence[RunPoint]) -> str:
    quotes, entities, statistics = tables["quotes"], tables["entities"], tables["statistics"]
    speakers, n_speakers = _top(quotes, "speaker", fill_null=NO_SPEAKER)
    labels, n_labels = _top(entities, "label")
    units, n_units = _top(statistics, "unit")
    figures = [
        _figure(
            "Quotes per speaker",
            bar_chart("quotes-per-speaker", "Quotes per speaker", speakers, muted=frozenset({NO_SPEAKER})),
            f"Quotes per speaker: top {min(TOP_BARS, n_speakers)} of {n_speakers:,} speakers "
            f"({quotes.height:,} quotes; grey: quotes with no attributed speaker).",
        ),
        _figure(
            "Entities by type",
            bar_chart("entities-by-type", "Entities by type", labels),
            f"Resolved entities by OntoNotes label ({entities.height:,} entities, {n_labels} labels; "
            "an entity counts once per document).",
        ),
        _figure(
            "Statistics by unit",
            bar_chart("statistics-by-unit", "Statistics by unit", units),
            f"Statistics by unit: top {min(TOP_BARS, n_units)} of {n_units:,} units ({statistics.height:,} numbers).",
        ),
        _figure(
            "Documents over time",
            runs_chart("documents-over-time", "Documents over time", runs),
            "Documents over time: the articles carry no publication date, so this shows the published document "
            "count of each run of the pipeline on this folder (from the run manifests in <code>_runs/</code>), "
            "against the run's start time.",
        ),
    ]
    return f'<section id="charts"><h2>Charts</h2><div class="charts">{"".join(figures)}</div></section>'


def documents_section(documents: pl.DataFrame) -> str:
    if documents.height == 0:
        return '<section id="documents"><h2>Documents</h2><p class="note">No published document.</p></section>'
    shown = documents.sort("source_path").head(MAX_TABLE_ROWS)
    columns = ("word_count", "quote_count", "entity_count", "statistic_count")
    rows = [
        [_e(r["title"]), _e(r["source_path"]), _e(r["dateline"] or ""), *(_count(r[c]) for c in columns)]
        for r in shown.iter_rows(named=True)
    ]
    more = (
        f"<p>… and {documents.height - shown.height:,} more in documents.parquet.</p>"
        if documents.height > shown.height
        else ""
    )
    headers = ["title", "file", "dateline", "words", "quotes", "entities", "statistics"]
    table = _table(headers, rows, table_id="documents-table", row_classes=[""] * len(rows))
    return (
        f'<section id="documents"><details><summary><h2>Documents ({documents.height:,})</h2></summary>'
        f"{table}{more}</details></section>"
    )


def rejects_section(rejects: pl.DataFrame) -> str:
    if rejects.height == 0:
        return '<section id="rejects"><h2>Rejects</h2><p class="status ok">No raw file was rejected.</p></section>'
    shown = rejects.head(MAX_TABLE_ROWS)
    rows = [
        [_e(r["source_path"]), _e(r["stage"]), f"<code>{_e(r['reason'])}</code>", _e(r["detail"])]
        for r in shown.iter_rows(named=True)
    ]
    more = (
        f"<p>… and {rejects.height - shown.height:,} more in rejects.parquet.</p>"
        if rejects.height > shown.height
        else ""
    )
    table = _table(["file", "stage", "reason", "detail"], rows, table_id="rejects-table", row_classes=[""] * len(rows))
    return f'<section id="rejects"><h2>Rejects ({rejects.height:,})</h2>{table}{more}</section>'


def packages_section(manifest: Mapping[str, Any]) -> str:
    packages: Mapping[str, str] = manifest.get("packages") or {}
    if not packages:
        return ""
    items = ", ".join(f"{_e(name)} {_e(version)}" for name, version in sorted(packages.items()))
    return f"<footer><details><summary>Package versions</summary><p>{items}</p></details></footer>"
