"""The speaker fallbacks' answers (``benchmarks/speaker_fallback.py``) on one invented article's published rows."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import polars as pl
import pytest

from tests.benchmarks.scripts import benchmark_script

PARAGRAPHS = (
    "Dana Pell chairs the harbor board.",  # 0
    "“We will reopen the pier,” Pell said.",  # 1: Pell speaks
    "Tomas Velde runs the ferry. “The fares stay.”",  # 2: no speaker published
    "Schedules",  # 3: a sub-heading
    "“Boats leave at six.”",  # 4: no speaker, after the heading
)
DOC = "d" * 64


def _starts() -> list[int]:
    starts, at = [], 0
    for paragraph in PARAGRAPHS:
        starts.append(at)
        at += len(paragraph) + 2
    return starts


def _quote(idx: int, paragraph: int, words: str, speaker: str | None) -> dict[str, Any]:
    start = _starts()[paragraph] + PARAGRAPHS[paragraph].index(words)
    return {
        "doc_id": DOC,
        "quote_idx": idx,
        "char_start": start,
        "char_end": start + len(words),
        "paragraph_idx": paragraph,
        "speaker": speaker,
        "kind": "direct",
    }


def _tables() -> dict[str, pl.DataFrame]:
    starts = _starts()
    quotes = [
        _quote(0, 1, "We will reopen the pier,", "Dana Pell"),
        _quote(1, 2, "The fares stay.", None),
        _quote(2, 4, "Boats leave at six.", None),
    ]
    kinds = ["body", "body", "body", "heading", "body"]
    paragraphs = [
        {"doc_id": DOC, "paragraph_idx": i, "kind": kinds[i], "char_start": starts[i]} for i in range(len(PARAGRAPHS))
    ]
    entities = [
        {"doc_id": DOC, "entity_id": "pell", "text": "Dana Pell", "label": "PERSON"},
        {"doc_id": DOC, "entity_id": "velde", "text": "Tomas Velde", "label": "PERSON"},
    ]
    mentions = [
        {"doc_id": DOC, "entity_id": "pell", "source": "body", "char_start": starts[0]},
        {"doc_id": DOC, "entity_id": "pell", "source": "body", "char_start": starts[1] + PARAGRAPHS[1].index("Pell")},
        {"doc_id": DOC, "entity_id": "velde", "source": "body", "char_start": starts[2]},
    ]
    return {
        "quotes": pl.DataFrame(quotes),
        "paragraphs": pl.DataFrame(paragraphs),
        "entities": pl.DataFrame(entities),
        "mentions": pl.DataFrame(mentions),
    }


@pytest.fixture(scope="module")
def fallback() -> ModuleType:
    return benchmark_script("speaker_fallback")


def _answers(fallback: ModuleType, quote_idx: int, back: int) -> dict[str, str | None]:
    article = fallback._article(DOC, _tables())
    row = article.quotes[quote_idx]
    said = fallback.answers(article, row, back, {quote_idx})
    return {strategy: None if s is None else s.speaker for strategy, s in said.items()}


def test_the_quoted_speaker_and_the_named_person_before(fallback: ModuleType) -> None:
    assert _answers(fallback, 1, 0) == {
        "quoted": None,  # Pell spoke in the paragraph before, not this one
        "named": "Tomas Velde",
        "quoted+named": "Tomas Velde",
        "nearest": "Tomas Velde",
    }
    one_back = _answers(fallback, 1, 1)
    assert one_back["quoted"] == "Dana Pell"
    assert one_back["quoted+named"] == "Dana Pell"
    assert one_back["nearest"] == "Tomas Velde"  # named after Pell's quote


def test_no_answer_across_a_sub_heading(fallback: ModuleType) -> None:
    assert set(_answers(fallback, 2, 3).values()) == {None}


def test_the_speaker_outcome_as_the_scorer_judges_it(fallback: ModuleType) -> None:
    score = fallback.load_scorer()
    quote = {"speaker": "Dana Pell", "speaker_alts": []}
    outcome = fallback.speaker_outcome
    assert [outcome(score, quote, [s]) for s in ("Dana Pell", "Pell", "Tomas Velde", None)] == [
        "right",
        "lenient",
        "wrong",
        "missing",
    ]
