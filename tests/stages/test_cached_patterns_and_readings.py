"""Guards for rules CPU round 3 (issue 19): helpers made cheaper (patterns compiled once, a pattern or a sentence's
reading cached, a cheap test before a scan) answer as before, on invented sentences."""

from __future__ import annotations

import pytest

from newsprep.extract.quotes.people.names import untagged_names
from newsprep.extract.statistics.detection.back_references import counted_before
from newsprep.extract.statistics.detection.conventions import writes_decimal_comma
from newsprep.extract.statistics.words.context import reporter_of
from newsprep.extract.statistics.words.noun_phrases import noun_phrase_after


@pytest.mark.parametrize(
    ("text", "pos", "expected"),
    [
        ("sold 12 blue kettles", 7, (8, 20, "kettles")),
        ("sold 12\u00a0 \tblue kettles", 7, (10, 22, "kettles")),
        ("sold 12", 7, None),
        ("sold 12.", 7, None),
    ],
)
def test_noun_phrase_after_reads_blanks_in_place(text: str, pos: int, expected: tuple[int, int, str] | None) -> None:
    found = noun_phrase_after(text, pos)
    assert (None if found is None else (found.start, found.end, found.head)) == expected


def test_counted_before_with_one_pattern_for_many_texts() -> None:
    assert counted_before("The yard kept four diesel pumps.", 4, "pumps")
    assert not counted_before("The yard kept five diesel pumps.", 4, "pumps")
    assert counted_before("The yard kept 4 pumps.", 4.0, "pumps")  # 4 and 4.0 share a pattern, as they read alike
    assert not counted_before("The yard kept four cranes.", 4, "pumps")


def test_reporter_read_once_per_sentence() -> None:
    text = "Turnout rose to 61 percent and 12 wards voted, according to the Harbor Board. Then 7 more came."
    first = text.index("61")
    sentence = (0, text.index(". Then") + 1)
    assert reporter_of(text, sentence) == "Harbor Board"
    assert reporter_of(text, sentence) == "Harbor Board"  # the second number of the sentence
    assert reporter_of(text, (sentence[1] + 1, len(text))) is None
    assert first < sentence[1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Preis ist nicht hoch, und die Stadt wird auch zahlen mit dem Geld von der Bank.", True),
        ("The price is not high and the town was paying for that with the money it has.", False),
        ("Ein Preis von 1.250,5 Euro; the total was 3,400.5 and 7,100.2 dollars in the end.", False),
    ],
)
def test_decimal_comma_counted_by_word(text: str, expected: bool) -> None:
    assert writes_decimal_comma(text) is expected


def test_untagged_names_given_an_age_only_where_one_is_given() -> None:
    aged = "The shop stayed open. Tomasz Varga Ruiz, 61, sweeps the floor each night."
    assert (aged.index("Tomasz"), "Tomasz Varga Ruiz") in untagged_names(aged, [], frozenset())
    unaged = "The shop stayed open. Tomasz Varga Ruiz sweeps the floor each night."
    assert all(name != "Tomasz Varga Ruiz" for _, name in untagged_names(unaged, [], frozenset()))
