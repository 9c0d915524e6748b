"""The statistics stage's hedges and cues (``statistics.words.lexicon``): the lists are clean, and the regex pieces
built from them match what they say, in place and in order."""

from __future__ import annotations

import re

import pytest

from newsprep.extract.statistics.words import lexicon


def _lists() -> dict[str, tuple[str, ...]]:
    return {name: value for name, value in vars(lexicon).items() if name.isupper() and isinstance(value, tuple)}


def test_every_list_is_lower_case_phrases_without_repeats() -> None:
    lists = _lists()
    assert len(lists) >= 20
    for name, phrases in lists.items():
        assert phrases and len(set(phrases)) == len(phrases), name
        assert all(phrase == phrase.strip().lower() and "  " not in phrase and phrase for phrase in phrases), name


@pytest.mark.parametrize(
    ("text", "expected"),
    [("rose by more  than ", True), ("rose by about ", True), ("rose by ", True), ("rose by many ", False)],
)
def test_optional_before_takes_a_phrase_over_any_white_space(text: str, expected: bool) -> None:
    pattern = re.compile(rf"\bby\s+{lexicon.optional_before(lexicon.CHANGE_HEDGES)}$")
    assert (pattern.search(text) is not None) is expected


def test_one_of_keeps_the_order_the_rule_tries() -> None:
    assert lexicon.one_of(("nearly", "nearly all")) == r"nearly|nearly\s+all"
    captured = re.search(rf"\b({lexicon.one_of(lexicon.QUALIFIERS)})\s+$", "won nearly all ")
    assert captured is not None and captured.group(1) == "nearly all"
