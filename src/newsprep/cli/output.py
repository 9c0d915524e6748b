"""What ``newsprep run`` shows: its own lines only, a progress bar in documents, and a one-screen summary.

Libraries and child processes write to the process's stdout and stderr (Prefect's and Great Expectations' log
lines, a temporary Prefect server, the NLP workers, Python warnings). While a run goes, those two file descriptors
point at the run's log file instead, and the CLI writes to the terminal through copies of them it took before.
Lines are never wrapped by the CLI: piped or logged output keeps each path on one line.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import IO, Any

from rich.console import Console
from rich.text import Text

from newsprep.cli.checks import ExitCode
from newsprep.report import REPORT_FILE
from newsprep.run.changes import SHRINK_CHECK

LOG_FILE = "last-run.log"
"""Under the output folder's ``_runs/``: what libraries wrote during the last ``newsprep run`` (not the console)."""
ROW_TABLES = ("quotes", "entities", "mentions", "statistics", "captions", "paragraphs")
TOP_REASONS = 3


class Terminal:
    """The CLI's own output: the summary on stdout, progress and errors on stderr; never wrapped."""

    def __init__(self, out: IO[str] | None = None, err: IO[str] | None = None) -> None:
        self.summary = Console(file=out, soft_wrap=True, highlight=False)
        self.messages = Console(file=err, stderr=True, soft_wrap=True, highlight=False)

    def error(self, line: str) -> None:
        self.messages.print(Text(line, style="red"))

    def show(self, lines: Sequence[Text]) -> None:
        for line in lines:
            self.summary.print(line)


_terminal = Terminal()


def terminal() -> Terminal:
    """Where the CLI writes: the process's stdout and stderr, or, once ``send_library_output_to`` pointed those at
    a log, the copies of them it took first."""
    return _terminal


def reset_terminal() -> None:
    """Write to this process's stdout and stderr as they are now, with the terminal detected again (a warm runner's
    child has just taken the caller's: ``newsprep.warm.child``)."""
    global _terminal
    _terminal = Terminal()


def send_library_output_to(log_path: Path) -> Terminal:
    """Point the process's stdout and stderr at ``log_path`` (truncated) for the rest of the process.

    What libraries and child processes write goes there, up to the last line Prefect logs at exit when it stops its
    temporary server; the CLI keeps the terminal through copies of the two taken first (returned, and ``terminal()``
    from now on). Child processes started later inherit the log, not the terminal.
    """
    global _terminal
    log_path.parent.mkdir(parents=True, exist_ok=True)
    log_fd = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o644)
    sys.stdout.flush()
    sys.stderr.flush()
    out, err = (os.fdopen(os.dup(fd), "w", buffering=1, errors="replace") for fd in (1, 2))
    os.dup2(log_fd, 1)
    os.dup2(log_fd, 2)
    os.close(log_fd)
    _terminal = Terminal(out, err)
    return _terminal


def exit_code_for(result: Mapping[str, Any]) -> ExitCode:
    """0 when published (or nothing to do), 3 when only the shrink guard refused, 1 when another check did."""
    if result["published"]:
        return ExitCode.DONE
    failed = [c for c in result["checks"] if c["severity"] == "critical" and not c["success"]]
    if failed and all(c["check"] == SHRINK_CHECK for c in failed):
        return ExitCode.SHRINK_REFUSED
    return ExitCode.CHECK_FAILED


def _reasons(reject_reasons: Mapping[str, int]) -> str:
    top = [f"{reason} {count:,}" for reason, count in list(reject_reasons.items())[:TOP_REASONS]]
    more = len(reject_reasons) - TOP_REASONS
    return ", ".join(top) + (f", {more} more reasons" if more > 0 else "")


def _documents(count: int) -> str:
    return f"{count:,} document" + ("" if count == 1 else "s")


def _title(result: Mapping[str, Any], out_dir: Path, code: ExitCode) -> tuple[str, str]:
    documents = int(result["row_counts"].get("documents", 0))
    if code == ExitCode.SHRINK_REFUSED:
        shrink = result.get("shrink") or {}
        would = f"published documents {shrink.get('published', 0):,} -> {shrink.get('proposed', 0):,}"
        return f"newsprep run: REFUSED by the shrink guard ({would}); the tables in {out_dir} stay", "red"
    if code == ExitCode.CHECK_FAILED:
        return f"newsprep run: NOT published: a critical check failed; the tables in {out_dir} stay", "red"
    from newsprep.run.outcome import UNCHANGED_ENGINE

    if result.get("engine") == UNCHANGED_ENGINE:
        return f"newsprep run: nothing changed since the published version ({_documents(documents)})", "bold"
    if documents == 0:
        return f"newsprep run: published 0 documents to {out_dir}: the published tables are now empty", "yellow"
    return f"newsprep run: published {_documents(documents)} to {out_dir}", "bold green"


def summary_lines(result: Mapping[str, Any], out_dir: Path, *, seconds: float, raw_dir: Path) -> list[Text]:
    """The run in one screen: what happened, the documents' changes, rejects, rows, failed checks, time, report."""
    code = exit_code_for(result)
    title, style = _title(result, out_dir, code)
    lines = [Text(title, style=style)]
    changes = result.get("changes") or {}
    if changes:
        lines.append(
            Text(
                f"  documents   {len(changes['new']):,} new, {len(changes['changed']):,} changed, "
                f"{len(changes['removed']):,} removed; {result.get('documents_processed', 0):,} processed, "
                f"{changes['reused']:,} reused"
            )
        )
        reasons = result.get("reject_reasons") or {}
        rejected = f"  rejected    {changes['rejected']:,}"
        lines.append(Text(rejected + (f" ({_reasons(reasons)})" if reasons else "")))
    counts = result["row_counts"]
    if counts:
        lines.append(Text("  rows        " + ", ".join(f"{counts.get(t, 0):,} {t}" for t in ROW_TABLES)))
    failed = [c for c in result["checks"] if not c["success"]]
    lines.append(Text(f"  checks      {checks_run(result['checks'])}, {len(failed):,} failed"))
    lines += [_failed_check(check) for check in failed]
    if code == ExitCode.SHRINK_REFUSED:
        lines.append(Text(f"  if you mean it: newsprep run {raw_dir} --out {out_dir} --allow-shrink", style="yellow"))
    lines.append(Text(f"  time        {seconds:.1f} s"))
    if result.get("prefect_server"):
        lines.append(Text(f"  prefect     {result['prefect_server']}"))
    lines.append(Text(f"  report      {out_dir / REPORT_FILE}"))
    return lines


def checks_run(checks: Sequence[Mapping[str, Any]]) -> str:
    """How many checks ran, the shrink guard named apart: the report's quality table holds only the others."""
    data_quality = sum(1 for check in checks if check["check"] != SHRINK_CHECK)
    if data_quality == len(checks):
        return f"{len(checks):,} run"
    if data_quality == 0:
        return f"{len(checks):,} run (the shrink guard)"
    return f"{len(checks):,} run ({data_quality:,} data-quality, the shrink guard)"


def _failed_check(check: Mapping[str, Any]) -> Text:
    from newsprep.quality import check_observed

    style = "red" if check["severity"] == "critical" else "yellow"
    return Text(f"    {check['severity']} [{check['stage']}] {check['check']}: {check_observed(check)}", style=style)
