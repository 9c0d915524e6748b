"""Long lists cut to a size a page can hold, remembering how many were left out (the page says so)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import polars as pl

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Capped(Generic[T]):
    """The first ``len(rows)`` of ``total`` items."""

    rows: list[T]
    total: int

    @property
    def hidden(self) -> int:
        return self.total - len(self.rows)


def capped(items: Sequence[T], limit: int) -> Capped[T]:
    return Capped(list(items[:limit]), len(items))


def capped_frame(frame: pl.DataFrame, limit: int) -> Capped[dict[str, Any]]:
    """The frame's first ``limit`` rows as dicts (the frame is already in the order the page shows)."""
    return Capped(frame.head(limit).to_dicts(), frame.height)
