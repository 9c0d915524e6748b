"""The freshness check of a new corpus: 8-word runs shared with the corpora in use, on invented text."""

from __future__ import annotations

import pytest

from benchmarks.corpus_overlap import fresh_and_known, shared_runs, word_runs

KNOWN = {
    "known-1": "The Tillingham harbour board voted on Tuesday to widen the north quay by 40 metres.",
    "known-2": "Orla Penhallow said the ferry company would pay for half of the work.",
}


@pytest.mark.parametrize(
    ("fresh_text", "expected"),
    [
        # The same sentence through case, punctuation and a line break is the same run.
        (
            "THE TILLINGHAM HARBOUR BOARD -- voted on\nTuesday to widen the quay.",
            {("fresh", "known-1", "the tillingham harbour board voted on tuesday to")},
        ),
        # Seven words in a row are not enough.
        ("Orla Penhallow said the ferry company would not comment.", set()),
        ("A different story about a school fete and its raffle.", set()),
    ],
)
def test_a_run_of_eight_words_in_both_is_shared(fresh_text: str, expected: set[tuple[str, str, str]]) -> None:
    assert set(shared_runs({"fresh": fresh_text}, KNOWN)) >= expected
    if not expected:
        assert list(shared_runs({"fresh": fresh_text}, KNOWN)) == []


def test_word_runs_count_every_window() -> None:
    assert len(word_runs("one two three four five six seven eight nine")) == 2
    assert word_runs("too short to hold a run") == set()


def test_an_unknown_fresh_corpus_is_named_before_any_corpus_is_read() -> None:
    with pytest.raises(SystemExit, match=r"'nowhere'.*mediacloud, samples, goose-go"):
        fresh_and_known("nowhere")
