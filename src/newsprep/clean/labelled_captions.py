"""Photo captions printed once, in a shape a matched profile describes: a labelled one-line caption and credit
("... Photograph: Name/Agency", "...Credit...Name", "(AP Photo/Name)"), or a caption line with its credit on the line
before ("Image source, Agency") or after ("Name/Getty Images")."""

from __future__ import annotations

from newsprep.clean.caption_markers import Line
from newsprep.clean.captions import FoundCaption
from newsprep.clean.profiles import CaptionRule, Profile

__all__ = ["find_labelled_captions"]


def find_labelled_captions(lines: list[Line], taken: list[bool], profiles: tuple[Profile, ...]) -> list[FoundCaption]:
    """Mark the caption and credit lines the profiles' caption rules find as taken; the captions, in page order."""
    rules = [rule for profile in profiles for rule in profile.captions]
    found: list[FoundCaption] = []
    if not rules:
        return found
    for k, line in enumerate(lines):
        if taken[k] or line.marker:
            continue
        for rule in rules:
            caption = _read(rule, lines, taken, k)
            if caption is not None:
                found.append(caption)
                break
    return found


def _free(lines: list[Line], taken: list[bool], k: int) -> bool:
    return 0 <= k < len(lines) and not taken[k] and not lines[k].marker


def _read(rule: CaptionRule, lines: list[Line], taken: list[bool], k: int) -> FoundCaption | None:
    match = rule.line.fullmatch(lines[k].text)
    if match is None:
        return None
    text = match.group("text").strip()
    credit = match.groupdict().get("credit")
    used = [k]
    if credit is None and rule.credit_before is not None and _free(lines, taken, k - 1):
        before = rule.credit_before.fullmatch(lines[k - 1].text)
        if before is not None:
            credit = before.group("credit")
            used.append(k - 1)
    if credit is None and rule.credit_after is not None and _free(lines, taken, k + 1):
        after = rule.credit_after.fullmatch(lines[k + 1].text)
        if after is not None:
            credit = after.group("credit")
            used.append(k + 1)
    credit = credit.strip() if credit else None
    if not text or (rule.require_credit and not credit):
        return None
    for i in used:
        taken[i] = True
    return FoundCaption(first_line=min(used), text=text, credit=credit, occurrences=1)
