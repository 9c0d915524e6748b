"""One batch of raw files through every stage: decode, clean, NER, entities, quotes, statistics.

No Prefect here: the flow calls ``process_batch`` from a thin task. A failure in one document rejects that
document (with the stage and the reason) and never loses the rest of the batch.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import NamedTuple, TypeVar

import polars as pl

from newsprep.assemble import TableRows, document_rows, reject_row
from newsprep.clean import clean_article
from newsprep.entities import resolve_entities
from newsprep.ingest import DecodedText, Reject, decode_raw
from newsprep.model import CleanArticle, Extraction, NerSpan
from newsprep.nlp import find_ner_spans, load_pipeline, one_blas_thread
from newsprep.quotes import extract_quotes
from newsprep.sources import RawFile
from newsprep.statistics import extract_statistics
from newsprep.tables import PUBLISHED_TABLES, frame_from_rows

T = TypeVar("T")

MIN_DOCS_PER_WORKER = 8
"""A batch smaller than twice this runs in the calling process: not worth shipping to the workers."""


class _ChunkOptions(NamedTuple):
    max_file_bytes: int
    spacy_model: str
    ner_batch_size: int
    join_split_quotes: bool


def default_workers() -> int:
    """One worker process per core this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


_pool: tuple[tuple[int, str], ProcessPoolExecutor] | None = None
_pool_lock = threading.Lock()
_in_process_lock = threading.Lock()
"""Two batches may be in flight (one thread each): they share the pool, and take turns with the in-process model."""


def _warm_worker(spacy_model: str) -> None:
    one_blas_thread()  # one worker per core already
    load_pipeline(spacy_model)


def _ready() -> None:
    """A no-op task: sent to each worker so that the pool starts its processes now."""


def _worker_pool(workers: int, spacy_model: str) -> ProcessPoolExecutor:
    """One pool per process, kept across batches: each worker loads the model once, not once per batch.

    Spawned, not forked: the caller runs Prefect's threads and event loop, which a fork would copy half-way.
    """
    global _pool
    with _pool_lock:
        if _pool is not None and _pool[0] != (workers, spacy_model):
            _drop_worker_pool_locked()
        if _pool is None:
            executor = ProcessPoolExecutor(
                max_workers=workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_warm_worker,
                initargs=(spacy_model,),
            )
            _pool = ((workers, spacy_model), executor)
        return _pool[1]


def _drop_worker_pool() -> None:
    with _pool_lock:
        _drop_worker_pool_locked()


def _drop_worker_pool_locked() -> None:
    global _pool
    if _pool is not None:
        _pool[1].shutdown(wait=False, cancel_futures=True)
        _pool = None


def _uses_pool(documents: int, workers: int) -> bool:
    """Whether a batch of this many documents is shared out to worker processes (else it runs in this one)."""
    return workers > 1 and documents >= MIN_DOCS_PER_WORKER * 2 and not multiprocessing.current_process().daemon


def warm_worker_pool(*, spacy_model: str, batch_documents: int, workers: int | None = None) -> bool:
    """Start the worker processes (each loading the model) ahead of a first batch of ``batch_documents``.

    Returns at once; the workers get ready while the caller does other start-up work (the orchestrator's).
    False, and nothing started, when such a batch would not use the pool.
    """
    workers = default_workers() if workers is None else workers
    if not _uses_pool(batch_documents, workers):
        return False
    pool = _worker_pool(workers, spacy_model)
    for _ in range(workers):
        pool.submit(_ready)
    return True


def _balanced_shares(raw_files: Sequence[RawFile], workers: int) -> list[list[RawFile]]:
    """One share per worker with about the same bytes (largest first into the lightest share), input order kept.

    Sharing by bytes, not by count, keeps both workers busy to the end of the batch: a batch waits for its slowest
    share, and NER time follows the text's length.
    """
    shares: list[list[int]] = [[] for _ in range(workers)]
    loads = [0] * workers
    for index in sorted(range(len(raw_files)), key=lambda i: -len(raw_files[i].data)):
        lightest = loads.index(min(loads))
        shares[lightest].append(index)
        loads[lightest] += len(raw_files[index].data)
    return [[raw_files[i] for i in sorted(share)] for share in shares if share]


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


def _failure_row(raw: RawFile, failure: StageFailure) -> dict[str, object]:
    return reject_row(
        source_path=raw.source_path,
        doc_id=raw.doc_id,
        stage=failure.stage,
        reason=f"{failure.stage}_error",
        detail=f"{raw.source_path}: the {failure.stage} stage failed on this document "
        f"({type(failure.error).__name__}: {failure.error})",
    )


def extract_article(article: CleanArticle, spans: Sequence[NerSpan], *, join_split_quotes: bool = True) -> Extraction:
    """Entities first (their canonical names feed the quote speakers), then quotes and statistics."""
    entities, mentions = resolve_entities(article, spans)
    return Extraction(
        quotes=extract_quotes(article, mentions, join_split_quotes=join_split_quotes),
        entities=entities,
        mentions=mentions,
        statistics=extract_statistics(article),
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
    raw_files: Sequence[RawFile],
    *,
    max_file_bytes: int,
    spacy_model: str,
    ner_batch_size: int,
    join_split_quotes: bool = True,
    workers: int | None = None,
) -> dict[str, pl.DataFrame]:
    """Every table's rows for one batch, as contract-shaped frames (not yet validated).

    The documents are shared out to ``workers`` processes (default: one per usable core) that each run every
    stage on their share and return only the rows; a small batch, one worker or a daemon process (a Dask
    worker) runs here instead. Rows come grouped by worker: the contracts sort every table by key on publish.
    """
    options = _ChunkOptions(max_file_bytes, spacy_model, ner_batch_size, join_split_quotes)
    workers = default_workers() if workers is None else workers
    if not _uses_pool(len(raw_files), workers):
        with _in_process_lock:
            return _process_chunk(raw_files, options)
    shares = _balanced_shares(raw_files, workers)
    pool = _worker_pool(workers, spacy_model)
    try:
        parts = list(pool.map(_process_chunk, shares, [options] * len(shares)))
    except BrokenProcessPool:
        _drop_worker_pool()
        raise
    return {table: pl.concat([part[table] for part in parts]) for table in PUBLISHED_TABLES}


def _process_chunk(raw_files: Sequence[RawFile], options: _ChunkOptions) -> dict[str, pl.DataFrame]:
    """Every stage on some documents, in this process."""
    max_file_bytes, spacy_model, ner_batch_size, join_split_quotes = options
    rows: TableRows = {table: [] for table in PUBLISHED_TABLES}
    cleaned: list[_Cleaned] = []
    for raw in raw_files:
        decoded = decode_raw(raw.data, source_path=raw.source_path, max_bytes=max_file_bytes)
        if isinstance(decoded, Reject):
            rows["rejects"].append(
                reject_row(
                    source_path=raw.source_path,
                    doc_id=raw.doc_id if raw.data else None,
                    stage=decoded.stage,
                    reason=decoded.reason,
                    detail=decoded.detail,
                )
            )
            continue
        try:
            article = _guard("clean", lambda text=decoded.text: clean_article(text))  # type: ignore[misc]
        except StageFailure as failure:
            rows["rejects"].append(_failure_row(raw, failure))
            continue
        if not article.paragraphs:
            rows["rejects"].append(
                reject_row(
                    source_path=raw.source_path,
                    doc_id=raw.doc_id,
                    stage="clean",
                    reason="no_body_text",
                    detail=f"{raw.source_path}: nothing but a headline, captions or artifacts was left after cleaning",
                )
            )
            continue
        cleaned.append(_Cleaned(raw, decoded, article))

    spans_per_article = _ner_spans_isolating_failures(cleaned, model=spacy_model, batch_size=ner_batch_size)
    for item, spans in zip(cleaned, spans_per_article, strict=True):
        try:
            if isinstance(spans, StageFailure):
                raise spans
            extraction = _guard(
                "extract",
                lambda a=item.article, s=spans: extract_article(a, s, join_split_quotes=join_split_quotes),  # type: ignore[misc]
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
