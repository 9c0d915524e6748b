"""The shrink guard's decision and a run's document changes, on plain mappings (no files, no Prefect)."""

from __future__ import annotations

import pytest

from newsprep.run.changes import SHRINK_CHECK, SHRINK_STAGE, document_changes, shrink_verdict


def _published(n: int) -> dict[str, str]:
    return {f"story-{i:02d}.txt": f"{i:064x}" for i in range(n)}


@pytest.mark.parametrize(
    "published,proposed,max_share,shrinks",
    [
        (12, 0, 0.5, True),  # a drop to zero: the empty or unmounted raw folder
        (1, 0, 0.5, True),
        (12, 5, 0.5, True),  # 7 of 12 lost: more than half
        (12, 6, 0.5, False),  # exactly half lost: allowed by the default
        (12, 12, 0.5, False),
        (12, 20, 0.5, False),  # growth is never a shrink
        (0, 0, 0.5, False),  # nothing published yet: nothing to lose
        (12, 11, 0.0, True),  # max_share 0: any loss refused
        (12, 1, 1.0, False),  # max_share 1: only a drop to zero is refused
        (12, 0, 1.0, True),
    ],
)
def test_the_guard_refuses_a_drop_to_zero_or_losing_more_than_the_share(
    published: int, proposed: int, max_share: float, shrinks: bool
) -> None:
    before = _published(published)
    after = list(_published(max(published, proposed)))[:proposed]
    verdict = shrink_verdict(before, set(after), set(after), max_share=max_share, allowed=False)
    assert verdict.shrinks is shrinks and verdict.refused is shrinks
    check = verdict.check()
    expected = (SHRINK_STAGE, SHRINK_CHECK, "critical", not shrinks)
    assert (check.stage, check.check, check.severity, check.success) == expected


def test_the_documents_that_would_go_are_told_apart_missing_files_from_rejected_ones() -> None:
    before = _published(10)
    paths = list(before)
    proposed = set(paths[:2])
    present = proposed | set(paths[2:5])  # 3 files still there but now rejected; 5 gone from the raw folder
    verdict = shrink_verdict(before, proposed, present, max_share=0.5, allowed=False)
    assert (verdict.published, verdict.proposed, verdict.missing, verdict.now_rejected) == (10, 2, 5, 3)
    assert verdict.explanation() == "published documents 10 -> 2 (5 raw files missing, 3 now rejected)"


def test_an_allowed_shrink_publishes_and_is_recorded_as_a_failed_warning() -> None:
    verdict = shrink_verdict(_published(4), set(), set(), max_share=0.5, allowed=True)
    assert verdict.shrinks and not verdict.refused
    check = verdict.check()
    assert (check.severity, check.success) == ("warning", False)
    assert check.observed_value is None and check.observed_text is not None and "allowed" in check.observed_text
    assert verdict.as_manifest()["refused"] is False and verdict.as_manifest()["allowed"] is True


def test_changes_name_new_changed_and_removed_paths() -> None:
    before = {"a.txt": "1", "b.txt": "2", "c.txt": "3"}
    after = {"a.txt": "1", "b.txt": "22", "d.txt": "4"}
    changes = document_changes(before, after, reused=1, rejected=2)
    assert changes.as_manifest() == {
        "new": ["d.txt"],
        "changed": ["b.txt"],
        "removed": ["c.txt"],
        "reused": 1,
        "rejected": 2,
    }


def test_a_renamed_file_is_one_removed_and_one_new_document_and_no_shrink() -> None:
    before, after = {"old-name.txt": "1"}, {"new-name.txt": "1"}
    changes = document_changes(before, after, reused=1, rejected=0)
    assert (changes.new, changes.removed) == (("new-name.txt",), ("old-name.txt",))
    assert not shrink_verdict(before, set(after), set(after), max_share=0.0, allowed=False).shrinks
