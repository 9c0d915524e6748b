"""One batch of raw files through every stage: decode, clean, NER, entities, quotes, statistics.

No Prefect here: the flow calls ``process_batch`` from a thin task. A failure in one document rejects that
document (with the stage and the reason) and never loses the rest of the batch.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from typing import TypeVar

import polars as pl

from newsprep.clean import clean_article, load_profiles
from newsprep.config import PipelineSettings
from newsprep.extract import extract_article
from newsprep.ingest import DecodedText, RawFile, Reject, decode_raw
from newsprep.model import CleanArticle, NerSpan
from newsprep.nlp import find_ner_spans, longest_ner_text, ner_text_limit
from newsprep.run.workers import balanced_shares, default_workers, drop_worker_pool, uses_pool, worker_pool
from newsprep.tables import ARTICLE_TABLES, Row, TableRows, document_rows, frame_from_rows, reject_row

T = TypeVar("T")


_in_process_lock = threading.Lock()
"""Two batches may be in flight (one thread each): they share the pool, and take turns with the in-process model."""


@dataclass(frozen=True, slots=True)
class _Cleaned:
    raw: RawFile
    decoded: DecodedText
    article: CleanArticle


class StageFailure(Exception):
    """A stage raised on one document; carries what the rejects table needs."""

    def __init__(self, stage: str, error: Exception) -> None:
        super().__init__(f"{stage}: {type(error).__name__}: {error}")
        self.stage = stage
        self.error = error


def _guard(stage: str, work: Callable[[], T]) -> T:
    try:
        return work()
    except Exception as error:  # one document's bug must not lose the batch
        raise StageFailure(stage, error) from error


def _failure_row(raw: RawFile, failure: StageFailure) -> Row:
    return reject_row(
        Reject(
            source_path=raw.source_path,
            doc_id=raw.doc_id,
            stage=failure.stage,
            reason=f"{failure.stage}_error",
            detail=f"{raw.source_path}: the {failure.stage} stage failed on this document "
            f"({type(failure.error).__name__}: {failure.error})",
        )
    )


def _ner_spans_isolating_failures(
    cleaned: Sequence[_Cleaned], *, model: str, batch_size: int
) -> list[list[NerSpan] | StageFailure]:
    articles = [item.article for item in cleaned]
    try:
        return list(find_ner_spans(articles, model=model, batch_size=batch_size))
    except Exception:  # find the document that broke the batch: retry one at a time
        results: list[list[NerSpan] | StageFailure] = []
        for article in articles:
            try:
                results.append(find_ner_spans([article], model=model, batch_size=1)[0])
            except Exception as error:
                results.append(StageFailure("extract", error))
        return results


def process_batch(
    raw_files: Sequence[RawFile], settings: PipelineSettings, *, workers: int | None = None
) -> dict[str, pl.DataFrame]:
    """Every table's rows for one batch, as contract-shaped frames (not yet validated).

    The documents are shared out to ``workers`` processes (default: one per usable core) that each run every
    stage on their share with the run's settings (one frozen object) and return only the rows; a small batch, one
    worker or a daemon process (a Dask worker) runs here instead. Rows come grouped by worker: the contracts sort
    every table by key on publish.
    """
    workers = default_workers() if workers is None else workers
    if not uses_pool(len(raw_files), workers):
        with _in_process_lock:
            return _process_chunk(raw_files, settings)
    shares = balanced_shares(raw_files, workers)
    pool = worker_pool(workers, settings.spacy_model)
    try:
        parts = list(pool.map(_process_chunk, shares, [settings] * len(shares)))
    except BrokenProcessPool:
        drop_worker_pool()
        raise
    return {table: pl.concat([part[table] for part in parts]) for table in ARTICLE_TABLES}


def _process_chunk(raw_files: Sequence[RawFile], settings: PipelineSettings) -> dict[str, pl.DataFrame]:
    """Every stage on some documents, in this process."""
    rows: TableRows = {table: [] for table in ARTICLE_TABLES}
    cleaned: list[_Cleaned] = []
    profiles = load_profiles(settings.profiles_dir)
    for raw in raw_files:
        decoded = decode_raw(raw.data, source_path=raw.source_path, max_bytes=settings.max_file_bytes)
        if isinstance(decoded, Reject):
            rows["rejects"].append(reject_row(replace(decoded, doc_id=raw.doc_id)))
            continue
        try:
            article = _guard("clean", lambda text=decoded.text: clean_article(text, profiles))  # type: ignore[misc]
        except StageFailure as failure:
            rows["rejects"].append(_failure_row(raw, failure))
            continue
        if not article.paragraphs:
            rows["rejects"].append(
                reject_row(
                    Reject(
                        source_path=raw.source_path,
                        doc_id=raw.doc_id,
                        stage="clean",
                        reason="no_body_text",
                        detail=f"{raw.source_path}: nothing but a headline, captions or artifacts was left after "
                        "cleaning",
                    )
                )
            )
            continue
        cleaned.append(_Cleaned(raw, decoded, article))
    cleaned = _reject_too_long(cleaned, settings.spacy_model, rows["rejects"])

    spans_per_article = _ner_spans_isolating_failures(
        cleaned, model=settings.spacy_model, batch_size=settings.ner_batch_size
    )
    join = settings.split_quotes == "join"
    for item, spans in zip(cleaned, spans_per_article, strict=True):
        try:
            if isinstance(spans, StageFailure):
                raise spans
            extraction = _guard(
                "extract",
                lambda a=item.article, s=spans: extract_article(a, s, join_split_quotes=join),  # type: ignore[misc]
            )
        except StageFailure as failure:
            rows["rejects"].append(_failure_row(item.raw, failure))
            continue
        for table, table_rows in document_rows(
            doc_id=item.raw.doc_id,
            source_path=item.raw.source_path,
            encoding=item.decoded.encoding,
            input_format="html" if item.decoded.is_html else "text",
            article=item.article,
            extraction=extraction,
        ).items():
            rows[table].extend(table_rows)
    return {table: frame_from_rows(table, table_rows) for table, table_rows in rows.items()}


def _reject_too_long(cleaned: list[_Cleaned], spacy_model: str, rejects: list[Row]) -> list[_Cleaned]:
    """The articles NER can take; one longer than the model's limit is rejected at clean, with the limit named.

    spaCy refuses a text over ``nlp.max_length`` with an error about its internals; the reader needs the size.
    """
    if not cleaned:
        return cleaned
    limit = ner_text_limit(spacy_model)
    kept = []
    for item in cleaned:
        longest = longest_ner_text(item.article)
        if longest <= limit:
            kept.append(item)
            continue
        rejects.append(
            reject_row(
                Reject(
                    source_path=item.raw.source_path,
                    doc_id=item.raw.doc_id,
                    stage="clean",
                    reason="too_long",
                    detail=f"{item.raw.source_path}: a text of {longest:,} characters after cleaning, more than the "
                    f"{limit:,} the entity recogniser reads in one piece; split it into separate articles",
                )
            )
        )
    return kept
