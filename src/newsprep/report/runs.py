"""What the run manifest says, shaped for the report page: the status line, the summary, what changed.

Pure functions of the manifest (a dict read from ``_runs/*.json``). Manifests written before a field existed
are read as they are: a missing field is said to be "not recorded", never guessed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from newsprep.report.capped import Capped, capped
from newsprep.run.changes import SHRINK_CHECK
from newsprep.tables import ARTICLE_TABLES

MAX_INPUTS = 500
MAX_CHANGED_PATHS = 200
OPEN_LIST_UP_TO = 20
"""A list of changed files this short is shown open; longer ones start folded."""


@dataclass(frozen=True, slots=True)
class Status:
    """The one line on top: ``state`` is the banner's ``data-status`` and ``tone`` its colour."""

    state: str
    tone: str
    text: str


def plural(count: int, word: str) -> str:
    """'1 document', '2,000 documents' (also the page's ``plural`` filter)."""
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def run_status(manifest: Mapping[str, Any], *, failed_critical: int) -> Status:
    """Published or not, and what that means for the tables; a run that published no document says so."""
    if not manifest.get("published", False):
        why = f"{plural(failed_critical, 'critical check')} failed" if failed_critical else "see the checks below"
        return Status("not-published", "failed", f"Not published: {why}. The previous tables stay as they were.")
    documents = int((manifest.get("row_counts") or {}).get("documents", 0))
    if manifest.get("reused_previous_version"):
        return Status(
            "unchanged",
            "ok",
            f"No change since the last run: the published version was kept ({plural(documents, 'document')}).",
        )
    if documents == 0:
        return Status(
            "published-empty",
            "warn",
            "Published 0 documents: every table of this version is empty. If the raw folder was empty or not "
            'mounted by mistake, "newsprep rollback" switches back to the previous version.',
        )
    changes = manifest.get("changes")
    how = ""
    if isinstance(changes, Mapping):
        new, changed, removed = (len(changes.get(k) or []) for k in ("new", "changed", "removed"))
        how = f" ({new:,} new, {changed:,} changed, {removed:,} removed)"
    return Status("published", "ok", f"Published {plural(documents, 'document')}{how}.")


@dataclass(frozen=True, slots=True)
class Summary:
    facts: list[tuple[str, str]]
    counts: list[tuple[str, int]]
    inputs: Capped[dict[str, Any]]
    input_bytes: int


def run_summary(manifest: Mapping[str, Any], *, tables_version: str | None) -> Summary:
    seconds: Mapping[str, float] = manifest.get("seconds") or {}
    inputs: Sequence[Mapping[str, Any]] = manifest.get("inputs") or []
    facts = [
        ("run id", str(manifest.get("run_id", ""))),
        ("published", "yes" if manifest.get("published") else "no"),
        ("started", str(manifest.get("started_at", ""))),
        ("finished", str(manifest.get("finished_at", ""))),
        ("timings", ", ".join(f"{name} {value:.1f} s" for name, value in seconds.items()) or "not recorded"),
        ("raw folder", str(manifest.get("raw_dir", ""))),
        (
            "documents",
            f"{manifest.get('documents_processed', 0):,} processed, "
            f"{manifest.get('documents_reused', 0):,} reused from the previous version",
        ),
        ("output", str(manifest.get("out_dir", ""))),
        ("tables shown", tables_version or "none (nothing has been published here yet)"),
        ("code version", str(manifest.get("code_version", ""))),
        ("shrink guard", shrink_guard_fact(manifest)),
    ]
    row_counts: Mapping[str, int] = manifest.get("row_counts") or {}
    order = [t for t in ARTICLE_TABLES if t in row_counts] + sorted(set(row_counts) - set(ARTICLE_TABLES))
    rows = [
        {"source_path": i.get("source_path"), "sha256": str(i.get("sha256"))[:12], "bytes": i.get("bytes")}
        for i in inputs[:MAX_INPUTS]
    ]
    return Summary(
        facts=facts,
        counts=[(table, int(row_counts[table])) for table in order],
        inputs=Capped(rows, len(inputs)),
        input_bytes=sum(int(i.get("bytes") or 0) for i in inputs),
    )


def shrink_guard_fact(manifest: Mapping[str, Any]) -> str:
    """The shrink guard's verdict, from the manifest: it is among the run's checks (the CLI counts it) but not in the
    published quality table, whose bytes must not depend on the version before (``run.steps``)."""
    guard = next((c for c in manifest.get("checks") or [] if c.get("check") == SHRINK_CHECK), None)
    if guard is None:
        return "not run"
    verdict = "passed" if guard.get("success") else "refused the publish"
    return f"{verdict}: {guard['observed_text']}" if guard.get("observed_text") else verdict


@dataclass(frozen=True, slots=True)
class ChangeList:
    key: str
    title: str
    paths: Capped[str]

    @property
    def open(self) -> bool:
        return 0 < self.paths.total <= OPEN_LIST_UP_TO


@dataclass(frozen=True, slots=True)
class Changes:
    """The documents a run added, changed and removed against the version it started from (``recorded`` False
    for a manifest written before runs recorded them)."""

    recorded: bool
    lists: list[ChangeList]
    reused: int | None
    rejected: int | None

    @property
    def none(self) -> bool:
        return self.recorded and all(c.paths.total == 0 for c in self.lists)


CHANGE_KINDS = (("new", "Added"), ("changed", "Changed (same file, new bytes)"), ("removed", "Removed"))


def run_changes(manifest: Mapping[str, Any]) -> Changes:
    changes = manifest.get("changes")
    if not isinstance(changes, Mapping):
        return Changes(False, [], None, None)
    lists = [
        ChangeList(key, title, capped(sorted(str(p) for p in changes.get(key) or []), MAX_CHANGED_PATHS))
        for key, title in CHANGE_KINDS
    ]
    reused, rejected = changes.get("reused"), changes.get("rejected")
    return Changes(
        True,
        lists,
        int(reused) if isinstance(reused, int) else None,
        int(rejected) if isinstance(rejected, int) else None,
    )
