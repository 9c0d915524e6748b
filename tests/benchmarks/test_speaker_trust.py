"""Published speakers counted by the attribution they carry (``benchmarks/speaker_trust.py``), on invented rows."""

from __future__ import annotations

from collections import Counter
from types import ModuleType
from typing import Any

import pytest

from tests.benchmarks.scripts import benchmark_script


@pytest.fixture(scope="module")
def trust() -> ModuleType:
    return benchmark_script("speaker_trust")


def _gold(text: str, speaker: str, *, scorable: bool = True) -> dict[str, Any]:
    return {"text": text, "speaker": speaker, "speaker_alts": [], "speaker_scorable": scorable}


def _row(text: str, speaker: str | None, attribution: str | None) -> dict[str, Any]:
    return {"text": text, "speaker": speaker, "attribution": attribution}


GOLD = [
    _gold("We will reopen the pier before the summer season", "Dana Pell"),
    _gold("The ferry fares will stay where they are this year", "Tomas Velde"),
    _gold("Nobody asked the fishermen what they wanted here", "Ines Marr"),
    _gold("Boats leave at six every morning from the quay", "Ines Marr"),
    _gold("The harbour board has not met since the spring", "the board", scorable=False),
]
PUBLISHED = [
    _row("We will reopen the pier before the summer season", "Dana Pell", "cue"),
    _row("The ferry fares will stay where they are this year", "Velde", "pronoun"),
    _row("Nobody asked the fishermen what they wanted here", "Dana Pell", "previous_sentence"),
    _row("Boats leave at six every morning from the quay", None, "none"),
    _row("The harbour board has not met since the spring", "Dana Pell", "cue"),
    _row("A quotation no annotator marked as a quote at all", "Dana Pell", "cue"),
]


def test_each_found_quote_counted_under_its_published_label(trust: ModuleType) -> None:
    score = trust.load_scorer()
    assert trust.label_outcomes(score, GOLD, PUBLISHED) == [
        ("cue", "right"),
        ("pronoun", "lenient"),
        ("previous_sentence", "wrong"),
        ("none", "none"),
    ]  # the unscorable gold speaker and the row matched to no gold quote are left out


def test_the_table_gives_each_label_its_share_right(trust: ModuleType) -> None:
    counts = {"cue": Counter(right=3, lenient=1), "none": Counter(none=2)}
    lines = trust.trust_table(counts).splitlines()
    assert lines[2] == "| cue | 4 | 3 | 1 | 0 | 0.750 | 1.000 |"
    assert lines[3] == "| none | 2 | 0 | 0 | 0 | - | - |"
