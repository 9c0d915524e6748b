"""Check frames: the published tables plus the derived columns the quality suites assert on.

Pure polars: each function takes the validated tables and returns one frame per check target. Great
Expectations then only has to say "all True" or "mean above a floor" on a named column.
"""

from __future__ import annotations

from collections.abc import Mapping

import polars as pl

from newsprep.model import CREDIT_SEPARATOR
from newsprep.tables import CHILD_COUNTS
from newsprep.text.language import UNDETERMINED

ARTIFACT_PATTERN = r"(?i)hide caption|toggle caption|enlarge this image"
MIN_REPEAT_LENGTH = 40
"""Paragraphs shorter than this may legitimately repeat ("Read more."); longer repeats are scrape residue."""


def _sliced(text: str, start: str, end: str) -> pl.Expr:
    return pl.col(text).str.slice(pl.col(start), pl.col(end) - pl.col(start))


def _slices_clean_text() -> pl.Expr:
    """Whether a row's offsets slice ``clean_text`` to the row's ``text`` (false when its document is missing)."""
    return (_sliced("clean_text", "char_start", "char_end") == pl.col("text")).fill_null(False).alias("slice_ok")


def _with_clean_text(frame: pl.DataFrame, documents: pl.DataFrame) -> pl.DataFrame:
    return frame.join(documents.select("doc_id", "clean_text", "title"), on="doc_id", how="left", maintain_order="left")


def _published(frame: pl.DataFrame, documents: pl.DataFrame) -> pl.Expr:
    return pl.col("doc_id").is_in(documents["doc_id"].implode())


def _artifact_residue() -> pl.Expr:
    return pl.col("clean_text").str.contains(ARTIFACT_PATTERN).alias("artifact_residue")


def _not_english() -> pl.Expr:
    """1.0 for a document in a language other than English (an undetermined one is not counted), else 0.0."""
    return (~pl.col("language").is_in(["en", UNDETERMINED])).cast(pl.Float64).alias("not_english")


def documents_frame(tables: Mapping[str, pl.DataFrame]) -> pl.DataFrame:
    documents = tables["documents"]
    counts_match = pl.lit(True)
    for child, column in CHILD_COUNTS.items():
        per_doc = tables[child].group_by("doc_id").len(name=f"_{child}")
        documents = documents.join(per_doc, on="doc_id", how="left", maintain_order="left")
        counts_match = counts_match & (pl.col(column) == pl.col(f"_{child}").fill_null(0))
    return documents.select(
        "doc_id",
        "title",
        _artifact_residue(),
        counts_match.alias("counts_match"),
        _not_english(),
    )


def paragraphs_frame(tables: Mapping[str, pl.DataFrame]) -> pl.DataFrame:
    documents, paragraphs = tables["documents"], tables["paragraphs"]
    joined = _with_clean_text(paragraphs, documents)
    return joined.select(
        "doc_id",
        "paragraph_idx",
        _slices_clean_text(),
        ((pl.len().over("doc_id", "text") > 1) & (pl.col("text").str.len_chars() >= MIN_REPEAT_LENGTH)).alias(
            "repeated_in_document"
        ),
        _published(paragraphs, documents).alias("doc_published"),
    )


def captions_frame(tables: Mapping[str, pl.DataFrame]) -> pl.DataFrame:
    documents, captions = tables["documents"], tables["captions"]
    joined = _with_clean_text(captions, documents)
    in_text = pl.col("clean_text").str.contains(pl.col("text"), literal=True).fill_null(False)
    return joined.select(
        "doc_id",
        "caption_idx",
        (in_text & (pl.col("text").str.len_chars() >= MIN_REPEAT_LENGTH)).alias("in_clean_text"),
        _published(captions, documents).alias("doc_published"),
    )


def quotes_frame(tables: Mapping[str, pl.DataFrame]) -> pl.DataFrame:
    documents, quotes = tables["documents"], tables["quotes"]
    joined = _with_clean_text(quotes, documents)
    sliced = _sliced("clean_text", "char_start", "char_end")
    # A split quote's span holds its attribution between the parts: it must open with the quote's first word,
    # close with its last word and be at least as long as the joined parts.
    words = pl.col("text").str.split(" ")
    split_ok = (
        sliced.str.starts_with(words.list.first())
        & sliced.str.ends_with(words.list.last())
        & (sliced.str.len_chars() >= pl.col("text").str.len_chars())
    )
    return joined.select(
        "doc_id",
        "quote_idx",
        pl.col("text").str.strip_chars().str.len_chars().alias("stripped_length"),
        pl.when(pl.col("part_count") == 1)
        .then(sliced == pl.col("text"))
        .otherwise(split_ok)
        .fill_null(False)
        .alias("slice_ok"),
        pl.col("speaker").is_not_null().cast(pl.Float64).alias("has_speaker"),
        pl.col("speaker_entity_id").is_not_null().cast(pl.Float64).alias("speaker_is_entity"),
        _published(quotes, documents).alias("doc_published"),
        _key_known(tables, "speaker_key"),
    )


def _key_known(tables: Mapping[str, pl.DataFrame], column: str) -> pl.Expr:
    """Whether a row's corpus key is a row of ``corpus_entities`` (true for a null key: a quote without speaker)."""
    known = tables["corpus_entities"]["entity_key"].implode()
    return (pl.col(column).is_null() | pl.col(column).is_in(known)).alias("key_known")


def entities_frame(tables: Mapping[str, pl.DataFrame]) -> pl.DataFrame:
    documents, entities = tables["documents"], tables["entities"]
    return entities.select(
        "doc_id",
        "entity_id",
        "label",
        _published(entities, documents).alias("doc_published"),
        _key_known(tables, "entity_key"),
    )


def corpus_entities_frame(tables: Mapping[str, pl.DataFrame]) -> pl.DataFrame:
    """Each corpus key with whether its counts match the rows of entities, mentions and quotes that carry it."""
    entities, mentions, quotes = tables["entities"], tables["mentions"], tables["quotes"]
    documents = (
        pl.concat([entities.select("entity_key", "doc_id"), mentions.select("entity_key", "doc_id")])
        .group_by("entity_key")
        .agg(pl.col("doc_id").n_unique().alias("_documents"))
    )
    mentioned = mentions.group_by("entity_key").len("_mentions")
    quoted = quotes.drop_nulls("speaker_key").group_by(pl.col("speaker_key").alias("entity_key")).len("_quotes")
    joined = (
        tables["corpus_entities"]
        .join(documents, on="entity_key", how="left", maintain_order="left")
        .join(mentioned, on="entity_key", how="left", maintain_order="left")
        .join(quoted, on="entity_key", how="left", maintain_order="left")
    )
    counts_match = (
        (pl.col("document_count") == pl.col("_documents").fill_null(0))
        & (pl.col("mention_count") == pl.col("_mentions").fill_null(0))
        & (pl.col("quote_count") == pl.col("_quotes").fill_null(0))
    )
    return joined.select("entity_key", counts_match.alias("counts_match"))


def mentions_frame(tables: Mapping[str, pl.DataFrame]) -> pl.DataFrame:
    documents, mentions, captions = tables["documents"], tables["mentions"], tables["captions"]
    caption_texts = captions.select(
        "doc_id",
        pl.col("caption_idx"),
        pl.when(pl.col("credit").is_null())
        .then(pl.col("text"))
        .otherwise(pl.col("text") + CREDIT_SEPARATOR + pl.col("credit"))
        .alias("caption_text"),
    )
    known = tables["entities"].select("doc_id", "entity_id").with_columns(pl.lit(True).alias("entity_known"))
    joined = (
        _with_clean_text(mentions, documents)
        .join(caption_texts, on=["doc_id", "caption_idx"], how="left", maintain_order="left")
        .join(known, on=["doc_id", "entity_id"], how="left", maintain_order="left")
    )
    # Slice each source column first, then pick: choosing the whole text per row first would copy a document's
    # clean_text once per mention (gigabytes on a large run), where the slices are a few words each.
    length = pl.col("char_end") - pl.col("char_start")
    sliced = (
        pl.when(pl.col("source") == "title")
        .then(pl.col("title").str.slice(pl.col("char_start"), length))
        .when(pl.col("source") == "body")
        .then(pl.col("clean_text").str.slice(pl.col("char_start"), length))
        .otherwise(pl.col("caption_text").str.slice(pl.col("char_start"), length))
    )
    return joined.select(
        "doc_id",
        "entity_id",
        _key_known(tables, "entity_key"),
        (sliced == pl.col("text")).fill_null(False).alias("slice_ok"),
        pl.col("entity_known").fill_null(False),
        _published(mentions, documents).alias("doc_published"),
    )


def statistics_frame(tables: Mapping[str, pl.DataFrame]) -> pl.DataFrame:
    documents, statistics = tables["documents"], tables["statistics"]
    joined = _with_clean_text(statistics, documents)
    return joined.select(
        "doc_id",
        "stat_idx",
        pl.col("value").is_finite().fill_null(False).alias("finite"),
        _slices_clean_text(),
        _published(statistics, documents).alias("doc_published"),
    )


def inventory_frame(*, input_count: int, documents: int, rejects: int) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "inputs": [input_count],
            "documents": [documents],
            "rejects": [rejects],
            "accounted": [documents + rejects == input_count],
        }
    )


def stage_check_frames(stage: str, tables: Mapping[str, pl.DataFrame]) -> dict[str, pl.DataFrame]:
    """The frames one stage's suite names, from that stage's output before the next stage reads it.

    ``tables["documents"]`` needs only ``doc_id``, ``title`` and ``clean_text`` (the clean stage's articles): the
    checks of a document's counts belong to ``publish``, over the whole run.
    """
    # The corpus keys are filled at publish: before it every key is null, and known (the corpus stage checks them).
    tables = {"corpus_entities": pl.DataFrame(schema={"entity_key": pl.String}), **tables}
    if stage == "clean":
        return {
            "documents": tables["documents"].select("doc_id", "title", _artifact_residue()),
            "paragraphs": paragraphs_frame(tables),
            "captions": captions_frame(tables),
        }
    builders = {
        "entities": (entities_frame, mentions_frame),
        "quotes": (quotes_frame,),
        "statistics": (statistics_frame,),
    }
    return {build.__name__.removesuffix("_frame"): build(tables) for build in builders.get(stage, ())}


def check_frames(tables: Mapping[str, pl.DataFrame], *, input_count: int) -> dict[str, pl.DataFrame]:
    """Every frame the suites in ``newsprep.schemas.expectations`` name."""
    return {
        "inventory": inventory_frame(
            input_count=input_count, documents=tables["documents"].height, rejects=tables["rejects"].height
        ),
        "documents": documents_frame(tables),
        "paragraphs": paragraphs_frame(tables),
        "captions": captions_frame(tables),
        "quotes": quotes_frame(tables),
        "entities": entities_frame(tables),
        "mentions": mentions_frame(tables),
        "statistics": statistics_frame(tables),
        "corpus_entities": corpus_entities_frame(tables),
    }
