"""What a run shows in the Prefect UI's Artifacts tab, built from its manifest: every check's result as a table, the
run summary in Markdown (rows per table, rejects by reason, timings) and the link to ``report.html``.

Pure: no Prefect here. ``newsprep.run.flow`` hands these to ``create_table_artifact``, ``create_markdown_artifact``
and ``create_link_artifact``; each artifact key is fixed, so the UI keeps one history per kind across runs.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from newsprep.quality import check_observed

CHECKS_KEY = "newsprep-checks"
SUMMARY_KEY = "newsprep-run-summary"
REPORT_KEY = "newsprep-report"
ARTIFACT_KEYS = (CHECKS_KEY, SUMMARY_KEY, REPORT_KEY)

_KEY = re.compile(r"^[a-z0-9-]+$")
"""Prefect's rule for an artifact key: lowercase letters, digits and dashes."""


def is_artifact_key(key: str) -> bool:
    return bool(_KEY.fullmatch(key))


def check_table(checks: Sequence[Mapping[str, Any]]) -> list[dict[str, str]]:
    """One row per check as recorded in the manifest, failed ones first (critical before warnings), then by stage."""
    rows = [
        {
            "stage": str(check["stage"]),
            "check": str(check["check"]),
            "severity": str(check["severity"]),
            "result": "passed" if check["success"] else "FAILED",
            "observed": check_observed(check) or "",
        }
        for check in checks
    ]
    return sorted(rows, key=lambda r: (r["result"] == "passed", r["severity"] != "critical", r["stage"], r["check"]))


def _markdown_table(header: tuple[str, str], rows: Sequence[tuple[str, str]]) -> list[str]:
    lines = [f"| {header[0]} | {header[1]} |", "|---|---:|"]
    lines += [f"| {_cell(left)} | {_cell(right)} |" for left, right in rows]
    return lines


def _cell(text: str) -> str:
    """A value inside a Markdown table cell: one line, no column separator."""
    return " ".join(text.split()).replace("|", "\\|")


def _documents(count: int) -> str:
    return f"{count:,} document" + ("" if count == 1 else "s")


def run_summary_markdown(manifest: Mapping[str, Any]) -> str:
    """The run in a few short tables: published or not, documents, rows per table, rejects by reason, timings."""
    published = "published" if manifest["published"] else "**not published**"
    checks = manifest.get("checks", [])
    failed = [c for c in checks if not c["success"]]
    lines = [
        f"# newsprep run {manifest['run_id']}",
        "",
        f"{published}: {_documents(manifest.get('documents_processed', 0))} processed, "
        f"{manifest.get('documents_reused', 0):,} reused from the published version; "
        f"{len(checks) - len(failed)} of {len(checks)} checks passed.",
        "",
        "## Rows per table",
        "",
        *_markdown_table(("table", "rows"), [(t, f"{n:,}") for t, n in manifest.get("row_counts", {}).items()]),
        "",
        "## Rejects by reason",
        "",
    ]
    reasons = manifest.get("reject_reasons", {})
    lines += _markdown_table(("reason", "files"), [(r, f"{n:,}") for r, n in reasons.items()]) if reasons else ["none"]
    stages = manifest.get("stages") or {}
    if stages:
        lines += ["", "## Stages (batches run, batches reused from the stage cache)", ""]
        lines += ["| stage | run | reused |", "|---|---:|---:|"]
        lines += [f"| {stage} | {n['ran']:,} | {n['reused']:,} |" for stage, n in stages.items()]
    lines += ["", "## Timings", ""]
    lines += _markdown_table(("step", "seconds"), [(s, f"{t:.2f}") for s, t in manifest.get("seconds", {}).items()])
    if failed:
        lines += ["", "## Failed checks", ""]
        lines += [
            f"- {c['severity']} [{_cell(c['stage'])}] {_cell(c['check'])}: {_cell(check_observed(c) or '')}"
            for c in failed
        ]
    return "\n".join(lines) + "\n"


def report_link(out_dir: Path) -> str:
    """The run's ``report.html`` as a ``file://`` address (absolute: the UI may be opened from anywhere)."""
    return (out_dir / "report.html").resolve().as_uri()
