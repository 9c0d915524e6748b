"""A statistic's measure is never a lone stop word or the unit again: rule cases, a property over arbitrary words,
and ``benchmarks/measures_check.py`` over the fixture corpora."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsprep.extract.statistics import extract_statistics
from newsprep.extract.statistics.measures.phrase_checks import is_a_measure
from tests.stages.builders import PROPERTY, make_article

REPO = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("Police said 9 people.", "9"),  # the unit alone says nothing
        ("It was up 5% along.", "5%"),
        ("About 300 workers, and 12 more.", "300"),
    ],
)
def test_never_a_lone_function_word_or_the_unit(sentence: str, number: str) -> None:
    stat = next(s for s in extract_statistics(make_article(sentence)) if s.text == number)
    assert stat.measures is None or is_a_measure(stat.measures, stat.unit)
    assert stat.measures != stat.unit


@pytest.mark.parametrize(
    ("phrase", "unit", "ok"),
    [
        ("people", "people", False),
        ("down", "percent", False),
        ("the", "usd", False),
        ("41 percent", "percent", False),
        ("5,425", "count", False),
        ("people injured", "people", True),
        ("margin of error", "percentage points", True),
    ],
)
def test_is_a_measure(phrase: str, unit: str, ok: bool) -> None:
    assert is_a_measure(phrase, unit) is ok


WORDS = st.sampled_from(
    [
        "the",
        "of",
        "to",
        "in",
        "rose",
        "fell",
        "down",
        "up",
        "people",
        "9",
        "12%",
        "$4",
        "million",
        "percent",
        "of",
        "the",
        "surveyed",
        "were",
        "injured",
        "(",
        ")",
        ",",
        ".",
        "and",
        "or",
        "by",
        "from",
        "compared",
        "with",
        "twice",
        "times",
        "3.5",
        "a",
        "share",
        "for",
        "on",
        "at",
        "margin",
        "error",
        "stood",
    ]
)


@PROPERTY
@given(st.lists(WORDS, min_size=1, max_size=30).map(" ".join))
def test_no_phrase_is_a_lone_stop_word_or_the_unit(text: str) -> None:
    for stat in extract_statistics(make_article(text)):
        assert stat.measures is None or is_a_measure(stat.measures, stat.unit), stat


def test_benchmark_check_passes_on_the_fixture_corpora() -> None:
    names = (
        "statistics",
        "statistics-wire",
        "statistics-wire2",
        "statistics-web",
        "statistics-web2",
        "statistics-languages",
        "statistics-genres",
        "statistics-genres3",
        "statistics-genres4",
        "statistics-business",
        "statistics-detection",
        "statistics-tech",
        "statistics-words",
        "quotes",
        "entities",
        "outlets",
    )
    folders = [REPO / "tests" / "fixtures" / name / "raw" for name in names]
    done = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "measures_check.py"), str(REPO / "tests" / "fixtures" / "raw")]
        + [str(folder) for folder in folders],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 lone stop words or units" in done.stdout
