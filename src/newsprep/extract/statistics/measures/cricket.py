"""Cricket's scorecard prose: runs told without the word 'runs' ('removed Clarke for 41', 'was not out 67', 'the
visitors were all out for 190', 'needing 250 for victory', 'the pair added 60').

A match report gives a batsman's score, a side's total, a partnership or a target as a bare number after the words
that say which; the clause rules read such a number as a count of the name before it ('Clarke') or of nothing.
Here, in a paragraph about cricket (two of its words at least), a bare number after those words measures runs:
'runs of Clarke caught behind', 'innings total of visitors', 'runs needed for victory', 'runs added'.
"""

from __future__ import annotations

import re

from newsprep.extract.entities.places import COUNTRY_KEYS, place_key
from newsprep.text import word_set

_CRICKET_WORDS = re.compile(
    r"\b(?:wickets?|innings|batsm[ae]n|bowl(?:ed|er|ers|ing)|overs|lbw|not out|leg before|caught behind|run out"
    r"|stumped|runs|declared|all out)\b",
    re.IGNORECASE,
)
_MIN_CRICKET_WORDS = 2
_NAME = r"(?P<name>(?!The\b)(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)"
"""A batsman or a side by name: one to three capitalised words."""
_SIDE = r"(?P<side>[Tt]he\s+[a-z]+s|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
"""A side: 'the visitors', 'the hosts', or a name (a country's is a side; another is a batsman)."""
_MODE = r"(?P<mode>caught\s+behind|caught|leg\s+before(?:\s+wicket)?|lbw|run\s+out|stumped|bowled)"
_DISMISSING = re.compile(
    r"\b(?P<verb>removed|removing|dismissed|dismissing|trapped|trapping|had|having|ran\s+out|running\s+out"
    r"|run\s+out|bowled|bowling|stumped|stumping|caught|the\s+(?:final\s+|last\s+|first\s+)?wicket\s+of)\s+"
    rf"{_NAME}(?:\s+{_MODE})?\s+for\s*$"
)
"""'removed Clarke for', 'had Patel caught behind for', 'running out Ames for': the batsman out, his runs after."""
_OUT_FOR = re.compile(rf"{_NAME}\s+(?:was\s+|is\s+)?(?:{_MODE}\s+|out\s+|fell\s+|went\s+)for\s*$")
"""'Clarke was caught behind for', 'Clarke fell for': a batsman's runs, or a side's total when the name is a
country's."""
_SIDE_OUT = re.compile(
    rf"{_SIDE}\s+(?:(?:was|were|had\s+been)\s+)?(?:all\s+out|bowled\s+out|dismissed|fell|collapsed)\b[^,;]*?\s+for\s*$"
)
"""'the visitors were all out for', 'South Africa was dismissed late on the fourth day for': a side's total."""
_NOT_OUT = re.compile(
    rf"{_NAME}\s+(?:(?:was|is|remained|finished|ended|stayed)\s+)?(?P<how>not\s+out|unbeaten)(?:\s+on)?\s*$"
)
_AN_UNBEATEN = re.compile(r"\ban?\s+unbeaten\s*$")
_SCORED = re.compile(rf"{_NAME}\s+(?:scored|made|hit|struck|compiled|contributed)\s*$")
_ADDED = re.compile(r"\b(?:added|adding|put\s+on|putting\s+on)\s*$")
_NEEDED = re.compile(r"\b(?:needing|needs?|needed|requiring|set|chasing)\s*$", re.IGNORECASE)
_FOR_VICTORY = (["for", "victory"], ["to", "win"])
_OPENING_NAME = re.compile(r"^\s*(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\b")
_VERB_MODES = {
    "ran out": "run out", "running out": "run out", "run out": "run out", "bowled": "bowled", "bowling": "bowled",
    "stumped": "stumped", "stumping": "stumped",
}  # fmt: skip
"""How the batsman was out, told by the verb before his name ('running out Ames for 5' -> 'run out')."""
_ENDINGS = word_set(
    "for out unbeaten on scored made hit struck compiled contributed added adding needing need needs needed requiring"
    " set chasing"
)
"""The words a scorecard number can follow: a cheap look before the patterns."""


def is_cricket(paragraph: str) -> bool:
    """Whether a paragraph reports cricket: two different words of the game at least."""
    found = {m.group().lower() for m in _CRICKET_WORDS.finditer(paragraph)}
    return len(found) >= _MIN_CRICKET_WORDS


def _side(side: str) -> str:
    return side.removeprefix("the ").removeprefix("The ")


def _is_side_name(name: str) -> bool:
    return place_key(name) in COUNTRY_KEYS


def _batsman(name: str, mode: str | None) -> str:
    return f"runs of {name} {' '.join(mode.split())}" if mode else f"runs of {name}"


def _dismissed(before: str) -> str | None:
    """A batsman's runs after the words that dismiss him, or a side's total after its fall."""
    if (m := _DISMISSING.search(before)) is not None:
        verb = " ".join(m.group("verb").split())
        return _batsman(m.group("name"), m.group("mode") or _VERB_MODES.get(verb))
    if (side := _SIDE_OUT.search(before)) is not None and (
        side.group("side")[:1].islower() or side.group("side").startswith("The ") or _is_side_name(side.group("side"))
    ):
        return f"innings total of {_side(side.group('side'))}"
    if (m := _OUT_FOR.search(before)) is not None:
        return _batsman(m.group("name"), m.group("mode"))
    return None


def cricket_measure(paragraph: str, before: str, right: list[str], noun_phrase: str | None) -> str | None:
    """What a bare number in a cricket report measures, from the words before it (``before``: its sentence up to
    it) and after it (``right``); None when the paragraph is no cricket report or no scorecard words are there."""
    last = before.rsplit(None, 1)[-1:]
    if noun_phrase is not None or not last or last[0].lower() not in _ENDINGS or not is_cricket(paragraph):
        return None
    if (dismissed := _dismissed(before)) is not None:
        return dismissed
    if (m := _NOT_OUT.search(before)) is not None:
        how = " ".join(m.group("how").split())
        return f"runs of {m.group('name')} not out" if how == "not out" else f"unbeaten runs of {m.group('name')}"
    if _AN_UNBEATEN.search(before) and (opener := _OPENING_NAME.match(before)) is not None:
        return f"unbeaten runs of {opener.group('name')}"
    if (m := _SCORED.search(before)) is not None:
        return f"runs of {m.group('name')}"
    if _ADDED.search(before):
        return "runs added"
    if _NEEDED.search(before) and [w.lower().strip(",.") for w in right[:2]] in _FOR_VICTORY:
        return "runs needed for victory"
    return None
