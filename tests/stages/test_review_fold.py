"""The review fold round's shared pieces (no behaviour change; the callers' cases are in
``test_review_fold_guards.py``, which pass on the base as well). Each piece here is new, so these fail on the base
(26db140):

- ``word_classes.after_last_of``: the words after the last of a class, what ``subject_words`` (reporting verbs and
  subordinators) and ``averages._after_reporting`` (reporting verbs only) each cut at;
- ``word_classes.comma_chunks``: a sentence's words in runs closed by a comma (``named_past_asides``,
  ``appositive_subject``);
- ``numbers.quantity_bounds``: where a quantity starts and ends in a match of either number convention;
- ``headlines._longest_name_run``: the longest run of a headline's span that is part of a body's name;
- ``names_an_acronym`` and ``unnamed_one_before`` build no pattern per call (each is compiled once per varying part).

Every sentence is invented."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

from newsprep.extract.entities import headlines
from newsprep.extract.quotes.descriptions import people as described_people
from newsprep.extract.statistics.detection import conventions, identifiers
from newsprep.extract.statistics.measures import word_classes as measure_words
from newsprep.extract.statistics.measures.word_classes import REPORTING, SUBORDINATORS
from newsprep.extract.statistics.numbers import quantities as numbers
from tests.stages.builders import found_statistics

AFTER_LAST = [
    pytest.param("Officials said fares", REPORTING, ["fares"], id="after the reporting verb"),
    pytest.param("Officials said that fares", REPORTING, ["that", "fares"], id="its that is the caller's"),
    pytest.param("Ada said Bo told us prices", REPORTING, ["us", "prices"], id="the last of two"),
    pytest.param("Officials said, fares", REPORTING, ["fares"], id="the verb's punctuation is bare"),
    pytest.param("fares and costs", REPORTING, ["fares", "and", "costs"], id="none: every word"),
    pytest.param("fares and costs", REPORTING | SUBORDINATORS, ["costs"], id="a subordinator in the class"),
    pytest.param("", REPORTING, [], id="no words"),
    pytest.param("they said", REPORTING, [], id="the class's word last: nothing after"),
]


@pytest.mark.parametrize(("words", "kinds", "expected"), AFTER_LAST)
def test_after_last_of(words: str, kinds: frozenset[str], expected: list[str]) -> None:
    assert measure_words.after_last_of(words.split(), kinds) == expected


COMMA_CHUNKS = [
    pytest.param("Brent crude, the benchmark, slipped", [["Brent", "crude,"], ["the", "benchmark,"], ["slipped"]]),
    pytest.param("Gold slipped", [["Gold", "slipped"]], id="no comma: one run"),
    pytest.param("Gold, silver,", [["Gold,"], ["silver,"], []], id="a comma last: an empty run"),
    pytest.param("", [[]], id="no words: one empty run"),
]


@pytest.mark.parametrize(("words", "expected"), COMMA_CHUNKS)
def test_comma_chunks(words: str, expected: list[list[str]]) -> None:
    assert measure_words.comma_chunks(words.split()) == expected


BOUNDS = [
    pytest.param(numbers.QUANTITY, "paid $5 million for it", 1, ("$5 million", "$5"), id="sign to scale"),
    pytest.param(numbers.QUANTITY, "up 40 percent", 1, ("40 percent", "40"), id="number to suffix"),
    pytest.param(numbers.QUANTITY, "sold 12 cars", 1, ("12", "12"), id="the number alone"),
    pytest.param(numbers.QUANTITY, "5m", 1, ("5m", "5"), id="a glued scale: bounds even where no quantity is read"),
    pytest.param(numbers.RANGE, "from $3 to $5 million", 2, ("$5 million", "$5"), id="a range's second end"),
    pytest.param(conventions.COMMA_QUANTITY, "kostet 1.200,50 Euro", 1, ("1.200,50 Euro", "1.200,50"), id="comma"),
    pytest.param(conventions.COMMA_RANGE, "zwischen 3 und 5 Millionen Euro", 1, ("3", "3"), id="comma range's first"),
]


@pytest.mark.parametrize(("pattern", "text", "n", "expected"), BOUNDS)
def test_quantity_bounds(pattern: re.Pattern[str], text: str, n: int, expected: tuple[str, str]) -> None:
    match = pattern.search(text)
    assert match is not None
    start, end, number_end = numbers.quantity_bounds(match, n)
    assert (text[start:end], text[start:number_end]) == expected


def _anything(_: str) -> bool:
    return True


NAME_RUNS = [
    pytest.param(["lee", "drops", "bid"], {("ada", "lee")}, _anything, (0, 1), id="part of a name"),
    pytest.param(["ada", "lee", "wins"], {("ada", "lee")}, _anything, (0, 2), id="the longest run"),
    pytest.param(["lee", "meets", "roe"], {("lee",), ("roe",)}, _anything, (0, 1), id="the leftmost of the longest"),
    pytest.param(["lee", "drops", "bid"], {("ada", "lee")}, lambda w: w != "bid", None, id="a word that may not go"),
    pytest.param(["storm", "hits"], {("ada", "roe")}, _anything, None, id="no name"),
]


@pytest.mark.parametrize(("words", "names", "may_cut", "expected"), NAME_RUNS)
def test_longest_name_run(
    words: list[str], names: set[tuple[str, ...]], may_cut: Callable[[str], bool], expected: tuple[int, int] | None
) -> None:
    assert headlines._longest_name_run(words, names, may_cut) == expected


def _counting(monkeypatch: pytest.MonkeyPatch, *names: str) -> list[str]:
    """Every call of ``re``'s pattern builders (``re.compile``, ``re.finditer``, ...) made after this, by name."""
    calls: list[str] = []
    for name in names:
        original = getattr(re, name)

        def counted(*args: Any, _name: str = name, _original: Any = original, **kwargs: Any) -> Any:
            calls.append(_name)
            return _original(*args, **kwargs)

        monkeypatch.setattr(re, name, counted)
    return calls


BUILDERS = ("compile", "finditer", "search", "match")


def test_unnamed_one_before_builds_no_pattern_once_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "A nurse at the clinic saw him. Later, the nurse said it was fine."
    end = text.rindex("the nurse")
    assert described_people.unnamed_one_before(text, "nurse", end)  # the first ask builds its pattern
    calls = _counting(monkeypatch, *BUILDERS)
    assert described_people.unnamed_one_before(text, "nurse", end)
    assert calls == []
    assert described_people._brought_in_by("nurse") is described_people._brought_in_by("nurse")


def test_names_an_acronym_builds_no_pattern_once_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    sentence = "In a trial of 40 volunteers, the dye raised levels of gut hormone 1 (GH-1), which curbs appetite."
    assert [text for text, _, _ in found_statistics(sentence)] == ["40"]  # the first ask builds its pattern
    start = sentence.index("1 (GH")
    quantity = numbers.Quantity(
        start=start,
        end=start + 1,
        number_end=start + 1,
        value=1.0,
        currency=None,
        scale=None,
        percent=False,
        percentage_points=False,
        is_word=False,
    )
    calls = _counting(monkeypatch, *BUILDERS)
    assert identifiers.names_an_acronym(sentence, quantity)
    assert calls == []
    assert identifiers._glued_to_capitals("1") is identifiers._glued_to_capitals("1")
