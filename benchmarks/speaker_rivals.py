"""Round 36's checks of ``speaker_audit.py``: a speaker that is a name but may be the wrong person, or a shorter or
titled form of the right one (issue 16). Each flags a shape a right speaker rarely has; a flag is a row to read.

- ``pronoun_rival``: a ``pronoun`` row where another PERSON of the pronoun's gender (or of no known gender) is named
  between the antecedent's last mention and the quote, or the antecedent was last named more than two paragraphs
  before the quote's paragraph.
- ``speaker_in_quote``: the speaker's name or surname is written inside the quote itself.
- ``cue_far_name``: a ``cue`` row whose speaker is not the name nearest the cue's verb: a PERSON or ORG mention sits
  between the speaker as written and the verb, or the speaker is the verb's object (``told <Name>``), or a
  preposition's object in the subject (``a partner of <Name> recalled``).
- ``speaker_change``: a ``previous_sentence`` or ``continuation`` row whose speaker differs from the speaker of the
  quote right before it, in the same or the previous paragraph.
- ``fuller_form``: a person speaker while the document writes a longer form of that name (a middle name or initial,
  a suffix such as ``Jr.``, a hyphened surname), or a speaker holding a title word (``Dr.``, ``Sen.``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from newsprep.extract.quotes.people.genders import PRONOUN_GENDER
from newsprep.extract.quotes.people.titles import TITLE_WORDS
from newsprep.text import word_set as vocabulary
from newsprep.text.given_names import given_name_gender

ROUND36_CHECKS = ("pronoun_rival", "speaker_in_quote", "cue_far_name", "speaker_change", "fuller_form")
OBJECT_VERBS = vocabulary(
    "told tell tells asked ask asks thanked urged warned reminded informed assured quoted praised blamed"
)
_SUFFIX = r",?\s+(?:Jr\.?|Sr\.?|II|III|IV)\b"
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|for|to|with|from|by|about|against)\s+(?:the\s+)?$")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘(]?[A-Z])|\n+")
"""A sentence's end as the audits read it: a stop and closing marks before a capital, or a line break (a run of them
is one end: the sentence before a paragraph break is the paragraph's last). ``speaker_audit`` reads it too."""


@dataclass(frozen=True, slots=True)
class Mention:
    entity_id: str
    label: str
    name: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class RivalFlag:
    check: str
    quote_idx: int
    speaker: str | None
    detail: str


def _surname(name: str) -> str:
    words = name.split()
    return words[-1] if words else ""


def _same_person(name: str, speaker: str) -> bool:
    """One word of the speaker's name, or a name ending with the speaker's surname (a short or a fuller form)."""
    return _surname(name) == _surname(speaker) or name in speaker.split()


def paragraph_of(breaks: Sequence[int], offset: int) -> int:
    return bisect.bisect_right(breaks, offset)


def pronoun_rival(row: Mapping[str, Any], people: Sequence[Mention], breaks: Sequence[int]) -> Iterator[RivalFlag]:
    speaker = str(row["speaker"])
    start, idx = int(row["char_start"]), int(row["quote_idx"])
    gender = PRONOUN_GENDER.get(str(row["speaker_mention"]).casefold())
    own = [m for m in people if m.end <= start and (m.entity_id == row["speaker_entity_id"] or m.name == speaker)]
    if not own:
        yield RivalFlag("pronoun_rival", idx, speaker, "antecedent never named before the quote")
        return
    last = own[-1]
    rivals = [
        m.name
        for m in people
        if last.end <= m.start
        and m.end <= start
        and not _same_person(m.name, speaker)
        and given_name_gender(m.name.split()[0]) in (gender, None)
    ]
    if rivals:
        yield RivalFlag("pronoun_rival", idx, speaker, f"named between: {list(dict.fromkeys(rivals))}")
    distance = paragraph_of(breaks, start) - paragraph_of(breaks, last.start)
    if distance > 2:
        yield RivalFlag("pronoun_rival", idx, speaker, f"last named {distance} paragraphs before")


def speaker_in_quote(row: Mapping[str, Any]) -> Iterator[RivalFlag]:
    speaker = str(row["speaker"])
    quote = str(row["text"])
    for form in dict.fromkeys((speaker, _surname(speaker))):
        if len(form) > 2 and re.search(rf"\b{re.escape(form)}\b", quote):
            yield RivalFlag("speaker_in_quote", int(row["quote_idx"]), speaker, form)
            return


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    stops = [m.end() for m in SENTENCE_END.finditer(text, 0, start)]
    after = SENTENCE_END.search(text, end)
    return (stops[-1] if stops else 0), (after.start() + 1 if after else len(text))


def _outside(text: str, word: str, begin: int, stop: int, quote: tuple[int, int]) -> list[tuple[int, int]]:
    found = re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text[begin:stop])
    spans = [(begin + m.start(), begin + m.end()) for m in found]
    return [(s, e) for s, e in spans if e <= quote[0] or s >= quote[1]]


def cue_far_name(row: Mapping[str, Any], named: Sequence[Mention], text: str) -> Iterator[RivalFlag]:
    """The speaker as written and the cue verb nearest it in the quote's sentence(s), outside the quote."""
    speaker, mention, cue = str(row["speaker"]), row["speaker_mention"], row["cue"]
    if not mention or not cue:
        return
    quote = (int(row["char_start"]), int(row["char_end"]))
    begin, stop = _sentence_bounds(text, *quote)
    pairs = [
        (abs(m[0] - c[0]), m, c)
        for m in _outside(text, str(mention), begin, stop, quote)
        for c in _outside(text, str(cue), begin, stop, quote)
    ]
    if not pairs:
        return
    _, said_by, verb = min(pairs)
    gap = (min(said_by[1], verb[1]), max(said_by[0], verb[0]))
    between = [
        m.name
        for m in named
        if gap[0] <= m.start
        and m.end <= gap[1]
        and m.entity_id != row["speaker_entity_id"]
        and not _same_person(m.name, speaker)
        and not (quote[0] <= m.start < quote[1])
    ]
    if between:
        yield RivalFlag("cue_far_name", int(row["quote_idx"]), speaker, f"between: {between}")
    if said_by[0] < verb[0] and _PREPOSITION_BEFORE.search(text[max(0, said_by[0] - 20) : said_by[0]]):
        yield RivalFlag("cue_far_name", int(row["quote_idx"]), speaker, "object of a preposition before the verb")
    gap_text = text[gap[0] : gap[1]]
    if verb[0] < said_by[0] and (
        (str(cue).casefold() in OBJECT_VERBS and not gap_text.strip()) or gap_text.strip().casefold() == "to"
    ):
        yield RivalFlag("cue_far_name", int(row["quote_idx"]), speaker, f"object of {cue!r}")


def speaker_change(rows: Sequence[Mapping[str, Any]]) -> Iterator[RivalFlag]:
    by_idx = {int(r["quote_idx"]): r for r in rows}
    for row in rows:
        if row["attribution"] not in ("previous_sentence", "continuation") or row["speaker"] is None:
            continue
        before = by_idx.get(int(row["quote_idx"]) - 1)
        if before is None or before["speaker"] is None or before["speaker"] == row["speaker"]:
            continue
        if int(row["paragraph_idx"]) - int(before["paragraph_idx"]) in (0, 1):
            detail = f"{row['attribution']} after {before['speaker']!r} ({before['attribution']})"
            yield RivalFlag("speaker_change", int(row["quote_idx"]), str(row["speaker"]), detail)


def fuller_form(row: Mapping[str, Any], text: str) -> Iterator[RivalFlag]:
    speaker = str(row["speaker"])
    words = speaker.split()
    idx = int(row["quote_idx"])
    if words and words[0].rstrip(".").casefold() in TITLE_WORDS:
        yield RivalFlag("fuller_form", idx, speaker, f"title {words[0]!r}")
    if len(words) < 2:
        return
    first, last = re.escape(words[0]), re.escape(words[-1])
    longer = (
        rf"\b{first}\s+(?:[A-Z]\.\s*)+{last}\b"  # a middle initial
        rf"|\b{first}\s+[A-Z][\w’'-]+\s+{last}\b"  # a middle name
        rf"|\b{re.escape(speaker)}{_SUFFIX}"
        rf"|\b{first}\s+[A-Z][\w’']+-{last}\b|\b{re.escape(speaker)}-[A-Z]\w+"
    )
    found = [m.group(0) for m in re.finditer(longer, text) if m.group(0).rstrip(".") != speaker.rstrip(".")]
    if found:
        yield RivalFlag("fuller_form", idx, speaker, f"written {found[0]!r}")


def round36_flags(rows: Sequence[Mapping[str, Any]], mentions: Sequence[Mention], text: str) -> Iterator[RivalFlag]:
    """Every round-36 flag of one document's quote rows (``mentions``: its body mentions, in order)."""
    people = [m for m in mentions if m.label == "PERSON"]
    named = [m for m in mentions if m.label in ("PERSON", "ORG")]
    breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]
    for row in rows:
        if row["speaker"] is None:
            continue
        if row["attribution"] == "pronoun" and row["speaker_kind"] == "person":
            yield from pronoun_rival(row, people, breaks)
        if row["speaker_kind"] == "person":
            yield from speaker_in_quote(row)
            yield from fuller_form(row, text)
        if row["attribution"] == "cue":
            yield from cue_far_name(row, named, text)
    yield from speaker_change(rows)
