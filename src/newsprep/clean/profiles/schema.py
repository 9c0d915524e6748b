"""An outlet profile: what one outlet's scraped pages print around a story, read from a TOML file and checked.

A profile says how to recognise the outlet's pages (``marks``), and then, for a page it recognises: its photo
captions and credits, its page furniture (each line by its exact shape and its place on the page), its dateline forms
and its contributor lines. Every regular expression is compiled here, so a bad profile fails at start with one line
naming its file and the field, never in the middle of a run.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, get_args

Zone = Literal["any", "head", "tail"]
ZONES: tuple[str, ...] = get_args(Zone)
ButtonKind = Literal["hide", "toggle", "enlarge"]
BUTTON_KINDS: tuple[str, ...] = get_args(ButtonKind)
NAME = re.compile(r"[a-z][a-z0-9_-]{0,39}")
GROUP_MAX_LINES = 15
"""A label's group (the lines up to the next blank line) longer than this is no topic list: the label goes alone."""


class ProfileError(ValueError):
    """A profile file that cannot be used; the message is one line naming the file and the field."""


@dataclass(frozen=True, slots=True)
class FurnitureRule:
    """A furniture line: its exact shape (``line``, matched against the whole trimmed line) and its place.

    ``zone`` limits it to the page's head (before the story) or tail (after it); ``prev``/``next`` are the shapes
    the lines around it must have. What follows it is furniture too: ``then`` lines, the ``group`` of lines up to the
    next blank line, the following lines while they are one of ``items``, or every line ``until`` one matches.
    """

    line: re.Pattern[str]
    zone: Zone = "any"
    prev: re.Pattern[str] | None = None
    next: re.Pattern[str] | None = None
    then: int = 0
    group: bool = False
    items: tuple[re.Pattern[str], ...] = ()
    until: re.Pattern[str] | None = None


@dataclass(frozen=True, slots=True)
class CaptionRule:
    """A caption line (``line``: groups ``text`` and, when the credit is on the same line, ``credit``), with the
    credit on the line before or after it (``credit_before``/``credit_after``: group ``credit``)."""

    line: re.Pattern[str]
    credit_before: re.Pattern[str] | None = None
    credit_after: re.Pattern[str] | None = None
    require_credit: bool = False


@dataclass(frozen=True, slots=True)
class Profile:
    """One outlet shape, as loaded from ``path``."""

    name: str
    path: str
    description: str
    marks: tuple[re.Pattern[str], ...]
    head_lines: int
    tail_lines: int
    buttons: tuple[tuple[ButtonKind, str], ...]
    captions: tuple[CaptionRule, ...]
    furniture: tuple[FurnitureRule, ...]
    datelines: tuple[re.Pattern[str], ...]
    contributor_clauses: tuple[re.Pattern[str], ...]
    digest: str

    def matches(self, lines: list[str]) -> bool:
        """The page carries one of the outlet's marks (searched in every line)."""
        return any(any(map(mark.search, lines)) for mark in self.marks)  # map: the lines walked in C, not Python


_TOP_KEYS = {
    "name",
    "description",
    "marks",
    "head_lines",
    "tail_lines",
    "buttons",
    "caption",
    "furniture",
    "dateline",
    "contributors",
}
_FURNITURE_KEYS = {"line", "zone", "prev", "next", "then", "group", "items", "until"}
_CAPTION_KEYS = {"line", "credit_before", "credit_after", "require_credit"}


class _Reader:
    """Reads one profile's fields, raising ``ProfileError`` that names the file and the field."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, field: str, problem: str) -> ProfileError:
        return ProfileError(f"outlet profile {self.path}: {field}: {problem}")

    def keys(self, table: dict[str, Any], allowed: set[str], where: str) -> None:
        unknown = sorted(set(table) - allowed)
        if unknown:
            known = ", ".join(sorted(allowed))
            raise self.fail(f"{where}{unknown[0]}", f"unknown field (known: {known})")

    def pattern(self, value: object, field: str, groups: tuple[str, ...] = ()) -> re.Pattern[str]:
        if not isinstance(value, str) or not value:
            raise self.fail(field, "must be a non-empty string (a regular expression)")
        try:
            compiled = re.compile(value)
        except re.error as error:
            raise self.fail(field, f"bad regular expression: {error}") from error
        missing = [g for g in groups if g not in compiled.groupindex]
        if missing:
            raise self.fail(field, f"the pattern needs a named group (?P<{missing[0]}>...)")
        return compiled

    def optional_pattern(self, table: dict[str, Any], key: str, where: str, groups: tuple[str, ...] = ()) -> Any:
        return None if key not in table else self.pattern(table[key], f"{where}{key}", groups)

    def patterns(self, value: object, field: str, groups: tuple[str, ...] = ()) -> tuple[re.Pattern[str], ...]:
        if not isinstance(value, list):
            raise self.fail(field, "must be a list of regular expressions")
        return tuple(self.pattern(v, f"{field}[{i}]", groups) for i, v in enumerate(value))

    def count(self, value: object, field: str, *, low: int, high: int) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(field, f"must be a whole number from {low} to {high}")
        return value

    def flag(self, value: object, field: str) -> bool:
        if not isinstance(value, bool):
            raise self.fail(field, "must be true or false")
        return value

    def tables(self, value: object, field: str) -> list[dict[str, Any]]:
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self.fail(field, f"must be an array of tables ([[{field}]])")
        return value


def _furniture(reader: _Reader, table: dict[str, Any], where: str) -> FurnitureRule:
    reader.keys(table, _FURNITURE_KEYS, where)
    if "line" not in table:
        raise reader.fail(f"{where}line", "missing (the furniture line's shape)")
    zone = table.get("zone", "any")
    if zone not in ZONES:
        raise reader.fail(f"{where}zone", f"must be one of {', '.join(ZONES)}")
    followers = [k for k in ("then", "group", "items", "until") if k in table]
    if len(followers) > 1:
        raise reader.fail(f"{where}{followers[1]}", f"set only one of then, group, items, until (also {followers[0]})")
    return FurnitureRule(
        line=reader.pattern(table["line"], f"{where}line"),
        zone=zone,
        prev=reader.optional_pattern(table, "prev", where),
        next=reader.optional_pattern(table, "next", where),
        then=reader.count(table.get("then", 0), f"{where}then", low=0, high=GROUP_MAX_LINES),
        group=reader.flag(table.get("group", False), f"{where}group"),
        items=reader.patterns(table.get("items", []), f"{where}items"),
        until=reader.optional_pattern(table, "until", where),
    )


def _caption(reader: _Reader, table: dict[str, Any], where: str) -> CaptionRule:
    reader.keys(table, _CAPTION_KEYS, where)
    if "line" not in table:
        raise reader.fail(f"{where}line", "missing (the caption line's shape, with a (?P<text>...) group)")
    return CaptionRule(
        line=reader.pattern(table["line"], f"{where}line", ("text",)),
        credit_before=reader.optional_pattern(table, "credit_before", where, ("credit",)),
        credit_after=reader.optional_pattern(table, "credit_after", where, ("credit",)),
        require_credit=reader.flag(table.get("require_credit", False), f"{where}require_credit"),
    )


def _dateline(reader: _Reader, table: dict[str, Any], where: str) -> re.Pattern[str]:
    reader.keys(table, {"pattern"}, where)
    return reader.pattern(table.get("pattern"), f"{where}pattern")


def _buttons(reader: _Reader, value: object) -> tuple[tuple[ButtonKind, str], ...]:
    if not isinstance(value, dict):
        raise reader.fail("buttons", "must be a table (hide, toggle, enlarge: lists of phrases)")
    reader.keys(value, set(BUTTON_KINDS), "buttons.")
    out: list[tuple[ButtonKind, str]] = []
    for kind in BUTTON_KINDS:
        phrases = value.get(kind, [])
        if not isinstance(phrases, list) or not all(isinstance(p, str) and p.strip() for p in phrases):
            raise reader.fail(f"buttons.{kind}", "must be a list of non-empty phrases")
        out.extend((kind, " ".join(p.split()).casefold()) for p in phrases)  # type: ignore[misc]
    return tuple(out)


def parse_profile(data: dict[str, Any], path: Path, raw: bytes) -> Profile:
    """Check one profile's fields and compile its patterns."""
    reader = _Reader(path)
    reader.keys(data, _TOP_KEYS, "")
    name = data.get("name")
    if not isinstance(name, str) or not NAME.fullmatch(name):
        raise reader.fail("name", "must be a short lower-case name (letters, digits, '-' or '_'), e.g. 'ap'")
    description = data.get("description", "")
    if not isinstance(description, str):
        raise reader.fail("description", "must be a string")
    marks = reader.patterns(data.get("marks"), "marks")
    if not marks:
        raise reader.fail("marks", "needs at least one mark: the text a page of this outlet always carries")
    contributors = data.get("contributors", {})
    if not isinstance(contributors, dict):
        raise reader.fail("contributors", "must be a table with a 'clauses' list")
    reader.keys(contributors, {"clauses"}, "contributors.")
    return Profile(
        name=name,
        path=str(path),
        description=description,
        marks=marks,
        head_lines=reader.count(data.get("head_lines", 12), "head_lines", low=0, high=100),
        tail_lines=reader.count(data.get("tail_lines", 12), "tail_lines", low=0, high=100),
        buttons=_buttons(reader, data.get("buttons", {})),
        captions=tuple(
            _caption(reader, t, f"caption[{i}].")
            for i, t in enumerate(reader.tables(data.get("caption", []), "caption"))
        ),
        furniture=tuple(
            _furniture(reader, t, f"furniture[{i}].")
            for i, t in enumerate(reader.tables(data.get("furniture", []), "furniture"))
        ),
        datelines=tuple(
            _dateline(reader, t, f"dateline[{i}].")
            for i, t in enumerate(reader.tables(data.get("dateline", []), "dateline"))
        ),
        contributor_clauses=reader.patterns(contributors.get("clauses", []), "contributors.clauses", ("names",)),
        digest=hashlib.sha256(raw).hexdigest(),
    )


def read_profile(path: Path) -> Profile:
    """One profile file, parsed and checked."""
    raw = path.read_bytes()
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ProfileError(f"outlet profile {path}: not a UTF-8 TOML file: {error}") from error
    return parse_profile(data, path, raw)
