"""Reading an environment value that turns something off, one way everywhere: the standard library only (nothing at
all), as ``newsprep run``'s warm client reads its own before any heavy import (``newsprep.warm.client``)."""

from __future__ import annotations

OFF_WORDS = frozenset({"0", "false", "f", "no", "n", "off"})
"""pydantic's words for false (how Prefect reads its boolean settings), any case, spaces around them aside."""


def is_off(value: str) -> bool:
    """Whether an environment value says off: ``0``, ``false``, ``f``, ``no``, ``n`` or ``off``."""
    return value.strip().lower() in OFF_WORDS
