"""The gold-free speaker audit's checks on one invented document's quote rows and entities."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest

from tests.benchmarks.scripts import benchmark_script

TEXT = (
    "Maren Brannigan runs the ferry board. Brannigan said the fares stay. "
    'The board met on Monday, it said. "We will wait," the port authority said. '
    'Tomas Velde spoke later. "Nothing changes," Velde told reporters. '
    'Tired crowds gathered. "Open the gates," they chanted.'
)


@pytest.fixture(scope="module")
def audit() -> ModuleType:
    return benchmark_script("speaker_audit")


def at(phrase: str) -> tuple[int, int]:
    start = TEXT.index(phrase)
    return start, start + len(phrase)


ENTITIES = [
    {"doc_id": "d", "entity_id": "e1", "text": "Maren Brannigan", "label": "PERSON"},
    {"doc_id": "d", "entity_id": "e2", "text": "Tomas Velde", "label": "PERSON"},
    {"doc_id": "d", "entity_id": "e3", "text": "Treasurer Ivo Sand", "label": "PERSON"},
    {"doc_id": "d", "entity_id": "e4", "text": "Port Ellis", "label": "GPE"},
]


def row(idx: int, phrase: str, speaker: str | None, **fields: Any) -> dict[str, Any]:
    start, end = at(phrase)
    base: dict[str, Any] = {
        "doc_id": "d",
        "quote_idx": idx,
        "speaker": speaker,
        "speaker_kind": "person" if speaker else None,
        "speaker_entity_id": None,
        "speaker_mention": speaker,
        "attribution": "cue" if speaker else "none",
        "char_start": start,
        "char_end": end,
    }
    return base | fields


ROWS: list[tuple[dict[str, Any], set[str]]] = [
    # a surname left as written while the full name is in the document
    (row(0, "the fares stay", "Brannigan", speaker_entity_id="e1"), {"short_name", "entity_text"}),
    # the canonical full name: nothing to flag
    (row(1, "Nothing changes", "Tomas Velde", speaker_entity_id="e2"), set()),
    # no speaker, while "the port authority said" stands beside the quote
    (row(2, "We will wait", None), {"missing_with_cue", "no_speaker"}),
    # a sentence-opening word taken for a name: no entity, and no person
    (row(3, "Open the gates", "Tired"), {"not_entity", "not_person"}),
    # an organisation found from its noun is always listed for reading
    (
        row(4, "Nothing changes", "Harbor Council", speaker_kind="organisation", attribution="organisation_noun"),
        {"organisation_noun", "not_entity"},
    ),
    # a pronoun is never a speaker's name
    (row(5, "Open the gates", "they"), {"not_a_name", "not_person"}),
    # a place published as a person
    (row(6, "Nothing changes", "Port Ellis", speaker_entity_id="e4"), {"not_person"}),
    # no speaker and no cue near: listed for reading only
    (row(7, "Open the gates", None), {"no_speaker"}),
]


@pytest.mark.parametrize(("quote", "expected"), ROWS)
def test_each_check_flags_its_shape(audit: ModuleType, quote: dict[str, Any], expected: set[str]) -> None:
    flags = list(audit.audit_document([quote], ENTITIES, TEXT))
    assert {flag.check for flag in flags} == expected
    assert all(flag.quote_idx == quote["quote_idx"] for flag in flags)


def test_short_name_names_the_fuller_person(audit: ModuleType) -> None:
    (flag,) = [f for f in audit.audit_document([ROWS[0][0]], ENTITIES, TEXT) if f.check == "short_name"]
    assert flag.detail == "Maren Brannigan"


def test_the_window_is_the_sentence_and_the_one_before_without_the_quote(audit: ModuleType) -> None:
    start, end = at("Nothing changes")
    window: Callable[[str, int, int], str] = audit.sentence_window
    text = window(TEXT, start, end)
    assert text.startswith("Tomas Velde spoke later.")
    assert "Nothing changes" not in text and "Velde told reporters." in text
    assert "fares" not in text


def test_held_out_articles_are_left_out(audit: ModuleType) -> None:
    held = audit.held_out_ids("aeb")
    assert len(held) > 50  # aeb-quotes and aeb-statistics
    assert audit.held_out_ids("polnear-dev") == frozenset()
