"""The newspaper4k quote set (``np4k-quotes-dev``): every English article of the release (the long
``np4k-article_with_br`` too, annotated whole), no article shared with another quotes set, every label in its
vocabulary, and, when the cached release is present, every span hashing right and every double quote mark of its
articles, straight or curly, opening or closing an annotated span."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from typing import Any

import pytest

from benchmarks.corpus_newspaper4k import ENGLISH_ARTICLES, ID_PREFIX, NEWSPAPER4K, newspaper4k_articles
from benchmarks.evalsets import (
    ANNOTATIONS_DIR,
    ATTRIBUTION_CLASSES,
    CONSTRUCTION_SETS,
    evalset_names,
    gold_for,
)
from benchmarks.registry_release import cache_dir
from tests.benchmarks.test_lee_quote_sets import unaccounted_marks as lee_unaccounted_marks

SET = "np4k-quotes-dev"
OPENING = '“"'
"""Marks a span may follow (a quotation closed by a single mark ends before it)."""
DOUBLE_MARKS = '“”"'
DOUBLED_OPENINGS: dict[str, tuple[int, ...]] = {f"{ID_PREFIX}cnn_002": (3689,)}
"""Opening marks printed twice (an opening mark, then a closing one): the first opens nothing, the quotation follows
the second."""
CACHED = (cache_dir() / NEWSPAPER4K.filename).exists()


def _annotations() -> dict[str, Any]:
    annotations: dict[str, Any] = json.loads((ANNOTATIONS_DIR / f"{SET}.json").read_text(encoding="utf-8"))
    return annotations


def unaccounted_marks(body: str, spans: Iterable[Sequence[int]]) -> list[int]:
    """The straight and curly double quote marks of ``body`` that neither open nor close a span (``test_lee_quote_sets``
    reads them)."""
    return lee_unaccounted_marks(body, spans, kinds=DOUBLE_MARKS)


def test_a_mark_is_accounted_for_by_the_span_it_opens_or_closes() -> None:
    body = "Jo Pell said “we will build it,” and then “it takes time. A “green” plan."
    build, time = body.index("we will"), body.index("it takes")
    spans = [(build, body.index(",” and") + 1), (time, body.index(" A "))]
    green = body.index("“green")
    assert unaccounted_marks(body, spans) == [green, green + 6]
    assert unaccounted_marks(body, [*spans, (green + 1, green + 6)]) == []


def test_the_set_holds_every_english_article() -> None:
    annotations = _annotations()
    assert annotations["corpus"] == "newspaper4k" and annotations["annotates"] == ["quotes"]
    ids = [document["id"] for document in annotations["documents"]]
    assert len(ids) == len(set(ids))
    assert set(ids) == {f"{ID_PREFIX}{name}" for name in ENGLISH_ARTICLES}


def quote_sets_sharing_an_article(name: str, documents: Iterable[dict[str, Any]]) -> list[str]:
    """The other quotes sets (the sets of one construction aside) holding an article of ``documents`` (the goose set's
    test reads it too)."""
    ids = {document["id"] for document in documents}
    sharing = []
    for other in evalset_names():
        if other == name or other in CONSTRUCTION_SETS:
            continue
        annotations = json.loads((ANNOTATIONS_DIR / f"{other}.json").read_text(encoding="utf-8"))
        if "quotes" in annotations["annotates"] and ids & {document["id"] for document in annotations["documents"]}:
            sharing.append(other)
    return sharing


def assert_every_quote_is_a_gold_row(documents: Iterable[dict[str, Any]]) -> None:
    """Every quote's labels in their vocabularies and its spans in order (the goose set's test reads it too)."""
    for document in documents:
        for quote in document["quotes"]:
            assert quote["attribution"] in ATTRIBUTION_CLASSES
            assert quote["kind"] in ("direct", "partial")
            assert quote["speaker_scorable"] == (quote["speaker"] is not None)
            assert quote["speaker"] not in quote["speaker_alts"]
            assert quote["attribution"] != "none" or quote["speaker"] is None
            starts = [start for start, _ in quote["spans"]]
            assert starts == sorted(starts) and all(start < end for start, end in quote["spans"])


def assert_quote_set_holds(name: str, corpus: str, expected_ids: set[str]) -> list[dict[str, Any]]:
    """A quotes set of ``corpus`` holding ``expected_ids`` once each, sharing no article with another quotes set, every
    quote a gold row; returns its documents (the trafilatura set's test reads it)."""
    annotations = json.loads((ANNOTATIONS_DIR / f"{name}.json").read_text(encoding="utf-8"))
    assert annotations["corpus"] == corpus and annotations["annotates"] == ["quotes"]
    ids = [document["id"] for document in annotations["documents"]]
    assert len(ids) == len(set(ids)) and set(ids) == expected_ids
    assert quote_sets_sharing_an_article(name, annotations["documents"]) == []
    assert_every_quote_is_a_gold_row(annotations["documents"])
    documents: list[dict[str, Any]] = annotations["documents"]
    return documents


def test_no_article_is_shared_with_another_quotes_set() -> None:
    assert quote_sets_sharing_an_article(SET, _annotations()["documents"]) == []


def test_every_quote_is_a_gold_row_the_scorer_and_the_class_counts_accept() -> None:
    assert_every_quote_is_a_gold_row(_annotations()["documents"])


def assert_spans_hash_and_every_mark_opens_or_closes_one(
    document: dict[str, Any],
    body: str,
    *,
    doubled: Sequence[int] = (),
    printed_closing: Sequence[int] = (),
    lost_openings: Sequence[int] = (),
    transcript: bool = False,
) -> None:
    """Every span of ``document`` hashes right in ``body`` and follows an opening mark, and every double quote mark
    opens or closes a span, but for the irregular marks named: the first of a ``doubled`` opening, an opening mark
    printed as a closing one, a closing mark whose opening the text lost (the goose set's test reads it too). In a
    ``transcript`` the turns are quotes with no marks: a whole line after its speaker's label ('NAME: ') or a whole
    further line of the turn; a quotation inside a turn stays inside it, so its marks are the turn's."""
    gold = gold_for(document, body)  # raises AnnotationMismatch on a changed span
    assert len(gold["quotes"]) == len(document["quotes"])
    spans = [span for quote in document["quotes"] for span in quote["spans"]]
    spans += [item["span"] for item in document["not_quotes"]]
    turns = [(start, end) for start, end in spans if transcript and is_transcript_line(body, start, end)]
    marked = [span for span in spans if tuple(span) not in turns]
    assert all(
        body[start - 1] in OPENING or start - 2 in doubled or start - 1 in printed_closing for start, _ in marked
    ), document["id"]
    inside_turns = [at for at in unaccounted_marks(body, marked) if any(start < at < end for start, end in turns)]
    unaccounted = [at for at in unaccounted_marks(body, marked) if at not in inside_turns]
    assert unaccounted == sorted((*doubled, *lost_openings)), document["id"]


def is_transcript_line(body: str, start: int, end: int) -> bool:
    """The span is a whole line of a transcript: after an upper-case speaker's label and ': ', or the line itself."""
    line_start = body.rfind("\n", 0, start) + 1
    line_end = body.find("\n", end)
    whole_to_end = end == (len(body) if line_end == -1 else line_end)
    return whole_to_end and (
        start == line_start or re.fullmatch(r"[A-Z][A-Z .'-]+: ", body[line_start:start]) is not None
    )


@pytest.mark.skipif(not CACHED, reason="newspaper4k's release is not cached on this machine")
def test_every_span_hashes_and_every_double_quote_mark_is_annotated() -> None:
    articles = newspaper4k_articles()
    for document in _annotations()["documents"]:
        doubled = DOUBLED_OPENINGS.get(document["id"], ())
        assert_spans_hash_and_every_mark_opens_or_closes_one(document, articles[document["id"]], doubled=doubled)


def test_a_transcript_line_is_a_whole_line_after_its_label_or_a_whole_further_line() -> None:
    body = "Intro line.\nDANA PELL: We built it.\nIt took a year.\nShe said “no” then."
    turn = body.index("We built")
    further = body.index("It took")
    assert is_transcript_line(body, turn, body.index("\nIt took"))
    assert is_transcript_line(body, further, body.index("\nShe said"))
    assert not is_transcript_line(body, turn, turn + 2)  # not the whole line
    assert not is_transcript_line(body, body.index("no”"), body.index("” then"))  # after a mark, not a label
