"""The statistics stage's cheap tests before its costly searches give what the searches alone gave."""

from __future__ import annotations

import pytest

from newsprep.extract.statistics.measures.clause import may_end_with_qualifier, strip_qualifiers
from newsprep.extract.statistics.measures.word_classes import QUALIFIER_END


def _stripped_by_pattern(words: list[str]) -> list[str]:
    """``strip_qualifiers`` as it was: the pattern searched over the joined words."""
    joined = " ".join(words)
    m = QUALIFIER_END.search(joined)
    return joined[: m.start()].split() if m else words


@pytest.mark.parametrize(
    "text",
    [
        "the orchard grew more than",
        "the orchard grew",
        "the bakery sold an estimated",
        "ticket sales rose to a record",
        "the ferry carried as many as",
        "the ferry carried AS MANY AS",
        "prices climbed plus or minus",
        "the pond held about",
        "the pond held (about",
        "the pond held about,",
        "the pond held roughly-about",
        "owls numbered ±",
        "owls numbered 5±",
        "the farm lost over",
        "the farm lost overall",
        "the choir has between",
        "the choir has no fewer than",
        "a",
        "",
        "the tally reached ſome",  # IGNORECASE reads the long s as an s
        "the tally reached ſix",
        "the tally reached some\u00a0",
    ],
)
def test_strip_qualifiers_as_the_pattern_alone(text: str) -> None:
    words = text.split(" ") if text else []
    assert strip_qualifiers(words) == _stripped_by_pattern(words)
    assert strip_qualifiers(text.split()) == _stripped_by_pattern(text.split())


@pytest.mark.parametrize(
    ("word", "may"),
    [("grew", False), ("than", True), ("THAN", True), ("(about", True), ("ſome", True), ("", True), ("to ", True)],
)
def test_only_words_no_qualifier_ends_are_skipped(word: str, may: bool) -> None:
    assert may_end_with_qualifier(word) is may
