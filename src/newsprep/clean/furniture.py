"""Page furniture (share bars, bylines, date lines, ad labels, topic lists, copyright lines) by the matched profiles.

A line is furniture only when a profile's rule fits it whole, at its place: the head of the page (the first lines
after the headline, up to the dateline paragraph), its tail (the last lines) or anywhere, with the neighbours the rule
asks for. A body line that merely starts like furniture ("Share prices fell", "Updated figures show") or a one-word
paragraph of the story is never taken.
"""

from __future__ import annotations

import re

from newsprep.clean.profiles import FurnitureRule, Profile
from newsprep.clean.profiles.schema import GROUP_MAX_LINES

__all__ = ["find_furniture"]

_UNTIL_MAX_LINES = 30
"""A block whose end line does not come within this many lines is not the block: nothing of it is taken."""


def find_furniture(lines: list[str], profiles: tuple[Profile, ...]) -> list[bool]:
    """For each line (blank ones included), whether it is furniture of one of ``profiles``."""
    text = [line.strip() for line in lines]
    filled = [i for i, line in enumerate(text) if line]
    gone = [False] * len(lines)
    for profile in profiles:
        if not profile.furniture:
            continue
        head_end = _head_end(text, filled, profile)
        tail_start = len(filled) - profile.tail_lines
        for k in range(len(filled)):
            for rule in profile.furniture:
                if not _zone_fits(rule, k, head_end, tail_start) or not _fits(rule, text, filled, k):
                    continue
                for j in _taken_with(rule, text, filled, k):
                    gone[j] = True
                break
    return gone


def _head_end(text: list[str], filled: list[int], profile: Profile) -> int:
    """The head: the first ``head_lines`` lines, ending earlier at the first line a dateline form opens."""
    for k, i in enumerate(filled[: profile.head_lines]):
        if any(form.match(text[i]) for form in profile.datelines):
            return k
    return profile.head_lines


def _zone_fits(rule: FurnitureRule, k: int, head_end: int, tail_start: int) -> bool:
    if rule.zone == "head":
        return k < head_end
    if rule.zone == "tail":
        return k >= tail_start
    return True


def _neighbour_fits(pattern: re.Pattern[str] | None, text: list[str], filled: list[int], k: int) -> bool:
    if pattern is None:
        return True
    return 0 <= k < len(filled) and pattern.fullmatch(text[filled[k]]) is not None


def _fits(rule: FurnitureRule, text: list[str], filled: list[int], k: int) -> bool:
    return (
        rule.line.fullmatch(text[filled[k]]) is not None
        and _neighbour_fits(rule.prev, text, filled, k - 1)
        and _neighbour_fits(rule.next, text, filled, k + 1)
    )


def _taken_with(rule: FurnitureRule, text: list[str], filled: list[int], k: int) -> list[int]:
    """The rule's line and the lines that go with it (raw line indices); empty when a block has no end."""
    start = filled[k]
    if rule.then:
        return [start, *filled[k + 1 : k + 1 + rule.then]]
    if rule.items:
        taken = [start]
        for i in filled[k + 1 :]:
            if not any(item.fullmatch(text[i]) for item in rule.items):
                break
            taken.append(i)
        return taken
    if rule.until is not None:
        for offset, i in enumerate(filled[k + 1 : k + 1 + _UNTIL_MAX_LINES]):
            if rule.until.fullmatch(text[i]):
                return [start, *filled[k + 1 : k + 2 + offset]]
        return []
    if rule.group:
        return [start, *_group_after(text, start)]
    return [start]


def _group_after(text: list[str], start: int) -> list[int]:
    """The lines after a label up to the next blank line (blank lines right after the label skipped)."""
    i = start + 1
    while i < len(text) and not text[i]:
        i += 1
    group: list[int] = []
    while i < len(text) and text[i]:
        group.append(i)
        i += 1
    return group if len(group) <= GROUP_MAX_LINES else []
