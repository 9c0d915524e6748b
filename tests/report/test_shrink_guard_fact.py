"""The run summary's shrink-guard line: the guard is one of the run's checks (the CLI counts it) but not in the
published quality table, so the report reads its verdict from the manifest."""

from __future__ import annotations

from newsprep.report.runs import run_summary, shrink_guard_fact
from newsprep.run.changes import SHRINK_CHECK


def _guard(success: bool, observed: str | None) -> dict[str, object]:
    return {"stage": "publish", "check": SHRINK_CHECK, "severity": "critical", "success": success,
            "observed_text": observed}  # fmt: skip


def test_the_guard_passed_with_its_reason() -> None:
    manifest = {"checks": [{"check": "no quote is empty", "success": True}, _guard(True, "12 to publish, 0 lost")]}
    assert shrink_guard_fact(manifest) == "passed: 12 to publish, 0 lost"


def test_the_guard_refused_with_its_reason() -> None:
    assert shrink_guard_fact({"checks": [_guard(False, "would drop 9 of 10 documents")]}) == (
        "refused the publish: would drop 9 of 10 documents"
    )


def test_a_manifest_without_the_guard_says_so() -> None:
    assert shrink_guard_fact({"checks": [{"check": "no quote is empty", "success": True}]}) == "not run"
    assert ("shrink guard", "not run") in run_summary({}, tables_version=None).facts
