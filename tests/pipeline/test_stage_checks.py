"""The stages' checks of every batch as one result per check (what the run's checks artifact shows)."""

from __future__ import annotations

from newsprep.quality import CheckResult
from newsprep.run.stage_steps import combine_stage_checks


def _check(stage: str, check: str, failed_documents: int, *, severity: str = "critical") -> CheckResult:
    return CheckResult(stage, check, severity, failed_documents == 0, float(failed_documents), "documents")


def test_a_check_fails_over_the_run_when_it_failed_in_any_batch_and_counts_add_up() -> None:
    combined = combine_stage_checks(
        [
            [_check("clean", "no artifact phrase", 0), _check("quotes", "no empty quote", 2)],
            [_check("clean", "no artifact phrase", 1), _check("quotes", "no empty quote", 0)],
            [_check("clean", "no artifact phrase", 0)],
        ]
    )
    assert [(c.stage, c.check, c.success, c.observed_value) for c in combined] == [
        ("clean", "no artifact phrase", False, 1.0),
        ("quotes", "no empty quote", False, 2.0),
    ]


def test_checks_passing_everywhere_pass_and_severities_stay_apart() -> None:
    combined = combine_stage_checks(
        [
            [_check("clean", "has a title", 0, severity="warning"), _check("clean", "has a title", 0)],
            [_check("clean", "has a title", 3, severity="warning")],
        ]
    )
    assert [(c.severity, c.success, c.observed_value) for c in combined] == [
        ("warning", False, 3.0),
        ("critical", True, 0.0),
    ]
    assert combine_stage_checks([]) == []
