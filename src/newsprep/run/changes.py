"""What a run changes in the published documents, and the shrink guard that refuses a run losing too many.

A raw folder that is empty, half copied or not mounted looks to a run like articles that were deleted: without a
guard, the run would publish a version without them over every analyst's tables. The guard compares the documents
a run would publish with the published version's, and refuses a drop to zero or a loss of more than a share of
them (``max_shrink_share``, half by default) unless the user means it (``allow_shrink``).

Pure: plain mappings in (``source_path -> doc_id``), records out.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from newsprep.quality import CheckResult

SHRINK_STAGE = "publish"
SHRINK_CHECK = "shrink guard: no drop to zero, no loss over max_shrink_share"


@dataclass(frozen=True, slots=True)
class DocumentChanges:
    """A run's documents against the published version's, by source path."""

    new: tuple[str, ...]
    """Paths the published version has no document for."""
    changed: tuple[str, ...]
    """Paths published before with other bytes."""
    removed: tuple[str, ...]
    """Paths of published documents this run does not publish (the file is gone, or now rejected)."""
    reused: int
    """Documents whose rows were taken from the published version without processing them again."""
    rejected: int
    """Rows of the run's rejects table."""

    def as_manifest(self) -> dict[str, Any]:
        return {
            "new": list(self.new),
            "changed": list(self.changed),
            "removed": list(self.removed),
            "reused": self.reused,
            "rejected": self.rejected,
        }


def document_changes(
    before: Mapping[str, str], after: Mapping[str, str], *, reused: int, rejected: int
) -> DocumentChanges:
    """The changes from the published documents ``before`` to a run's ``after`` (both ``source_path -> doc_id``)."""
    return DocumentChanges(
        new=tuple(sorted(path for path in after if path not in before)),
        changed=tuple(sorted(path for path, doc_id in after.items() if before.get(path, doc_id) != doc_id)),
        removed=tuple(sorted(path for path in before if path not in after)),
        reused=reused,
        rejected=rejected,
    )


@dataclass(frozen=True, slots=True)
class ShrinkVerdict:
    """Whether a run may publish as many fewer documents as it would, and why the documents would go."""

    published: int
    """Documents in the published version (0 when there is none)."""
    proposed: int
    """Documents the run would publish (before processing: at most this many, one per article file)."""
    missing: int
    """Published documents whose raw file is no longer in the raw folder."""
    now_rejected: int
    """Published documents whose raw file is still there but is now rejected."""
    max_share: float
    allowed: bool

    @property
    def lost(self) -> int:
        return max(self.published - self.proposed, 0)

    @property
    def shrinks(self) -> bool:
        """A drop to zero, or more than ``max_share`` of the published documents lost."""
        if self.published == 0:
            return False
        return self.proposed == 0 or self.lost > self.max_share * self.published

    @property
    def refused(self) -> bool:
        return self.shrinks and not self.allowed

    def explanation(self) -> str:
        if self.published == 0:
            return f"no published documents to lose; {self.proposed:,} to publish"
        said = (
            f"published documents {self.published:,} -> {self.proposed:,} "
            f"({self.missing:,} raw files missing, {self.now_rejected:,} now rejected)"
        )
        if self.shrinks and self.allowed:
            return f"{said}; allowed (allow_shrink)"
        return said

    def check(self) -> CheckResult:
        """The guard as a quality check: critical (blocks the publish) unless the shrink was allowed."""
        severity = "warning" if self.allowed else "critical"
        return CheckResult(SHRINK_STAGE, SHRINK_CHECK, severity, not self.shrinks, observed_text=self.explanation())

    def as_manifest(self) -> dict[str, Any]:
        return {
            "published": self.published,
            "proposed": self.proposed,
            "missing": self.missing,
            "now_rejected": self.now_rejected,
            "max_share": self.max_share,
            "allowed": self.allowed,
            "refused": self.refused,
        }


def shrink_verdict(
    before: Mapping[str, str],
    proposed: Collection[str],
    present: Collection[str],
    *,
    max_share: float,
    allowed: bool,
) -> ShrinkVerdict:
    """Judge a run that would publish the documents at paths ``proposed`` over the published ``before``.

    ``present`` holds every path the raw folder has now (published, rejected or pending): a published document
    whose path is not proposed is "now rejected" when its file is present, "missing" when it is not.
    """
    gone = [path for path in before if path not in proposed]
    now_rejected = sum(1 for path in gone if path in present)
    return ShrinkVerdict(
        published=len(before),
        proposed=len(proposed),
        missing=len(gone) - now_rejected,
        now_rejected=now_rejected,
        max_share=max_share,
        allowed=allowed,
    )
