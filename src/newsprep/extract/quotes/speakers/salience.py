"""Salience: the one person a stretch of text is about, for a speaker the attribution does not name (issue 16).

A description naming nobody with its title (``The Ohio senator said``) or a quote paragraph with no attribution
after narration stands for the person the text was just about: when the paragraph before and the quote's own
paragraph up to it name exactly one person (outside quotations), that person; with two or more, no guess.
"""

from __future__ import annotations

from collections.abc import Iterable


def window_start(text: str, position: int) -> int:
    """The start of the paragraph before the one holding ``position`` (0 in the first paragraph)."""
    own = text.rfind("\n", 0, position)
    if own < 0:
        return 0
    end_before = len(text[:own].rstrip("\n"))
    return text.rfind("\n", 0, end_before) + 1


def sole_person(names: Iterable[str | None]) -> str | None:
    """The one person ``names`` holds (a surname counted as the full name it ends), else None."""
    found = {name for name in names if name}
    fullest = {name for name in found if not any(other != name and other.endswith(" " + name) for other in found)}
    return next(iter(fullest)) if len(fullest) == 1 else None
