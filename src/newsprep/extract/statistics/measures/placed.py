"""The statistic of a paragraph that ``neighbours``, ``list_items`` and ``from_to`` read a measure from."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Placed:
    """A statistic of a paragraph as the measures of its neighbours see it (paragraph-local offsets)."""

    start: int
    end: int
    """Where its words end: after a count's noun."""
    unit: str
    kind: str
    noun: str | None
    measures: str | None
