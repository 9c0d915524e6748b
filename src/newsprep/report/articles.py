"""What the published tables say, shaped for the report page: who said what, the quotes to review, the people
and organisations, the statistics, the charts, the documents and the rejects.

Pure functions of polars frames. Every list a page could not hold at 10,000 articles is cut to a fixed size
(``Capped``) and the page says how many rows it left out and which table holds them all.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import polars as pl

from newsprep.report.capped import Capped, capped, capped_frame
from newsprep.report.charts import RunPoint, bar_chart, runs_chart

TOP_BARS = 15
TOP_NAMES = 25
MAX_QUOTED_DOCUMENTS = 200
MAX_QUOTES_PER_DOCUMENT = 100
MAX_UNATTRIBUTED = 300
MAX_STATISTICS = 500
MAX_TABLE_ROWS = 500
NO_SPEAKER = "(no speaker)"
DESCRIBED = "(described, not named)"
"""The chart's one bar for every speaker the text describes without a name (``a senior official``): descriptions in
different documents are not one speaker."""


def _titled(frame: pl.DataFrame, documents: pl.DataFrame) -> pl.DataFrame:
    """Rows with their document's title and file, in file order (the order of the documents table)."""
    return frame.join(documents.select("doc_id", "title", "source_path"), on="doc_id", how="left")


@dataclass(frozen=True, slots=True)
class QuotedDocument:
    title: str
    source_path: str
    quotes: Capped[dict[str, Any]]
    unattributed: int


@dataclass(frozen=True, slots=True)
class WhoSaidWhat:
    documents: Capped[QuotedDocument]
    quotes: int
    attributed: int
    described: int
    """Quotes whose speaker is a description (``speaker_kind`` 'description'), among the attributed."""
    hidden_quotes: int
    """Quotes of the documents left out of the page."""


def who_said_what(quotes: pl.DataFrame, documents: pl.DataFrame) -> WhoSaidWhat:
    """Each document's quotes with their speakers, documents in file order."""
    titled = _titled(quotes, documents).sort(["source_path", "quote_idx"], nulls_last=True)
    per_document = titled.group_by("doc_id", maintain_order=True).len(name="n")
    shown_ids = per_document.head(MAX_QUOTED_DOCUMENTS)["doc_id"]
    shown = []
    for _, rows in titled.filter(pl.col("doc_id").is_in(shown_ids.implode())).group_by("doc_id", maintain_order=True):
        first = rows.row(0, named=True)
        shown.append(
            QuotedDocument(
                title=first["title"] or "(document not published)",
                source_path=first["source_path"] or "",
                quotes=capped_frame(rows, MAX_QUOTES_PER_DOCUMENT),
                unattributed=rows["speaker"].null_count(),
            )
        )
    shown_quotes = int(per_document.head(MAX_QUOTED_DOCUMENTS)["n"].sum())
    return WhoSaidWhat(
        documents=Capped(shown, per_document.height),
        quotes=quotes.height,
        attributed=quotes.height - quotes["speaker"].null_count(),
        described=quotes.filter(pl.col("speaker_kind") == "description").height,
        hidden_quotes=quotes.height - shown_quotes,
    )


def unattributed_quotes(quotes: pl.DataFrame, documents: pl.DataFrame) -> Capped[dict[str, Any]]:
    """The quotes with no speaker, in file order, for a person to attribute (or to judge they are not quotes)."""
    rows = _titled(quotes.filter(pl.col("speaker").is_null()), documents)
    return capped_frame(rows.sort(["source_path", "quote_idx"], nulls_last=True), MAX_UNATTRIBUTED)


def top_names(corpus_entities: pl.DataFrame, *, label: str) -> Capped[dict[str, Any]]:
    """The corpus entities of one label found in the most documents, with every form of their name, their mentions
    and the quotes they speak (one row per corpus key: "Donald Trump", "Donald J. Trump" and a lone "Trump" are one)."""
    ranked = (
        corpus_entities.filter(pl.col("label") == label)
        .select(
            "entity_key",
            pl.col("name").alias("text"),
            pl.col("aliases").list.set_difference(pl.concat_list("name")).list.sort().alias("aliases"),
            pl.col("document_count").alias("documents"),
            pl.col("mention_count").alias("mentions"),
            pl.col("quote_count").alias("quotes"),
        )
        .sort(["documents", "mentions", "text", "entity_key"], descending=[True, True, False, False])
    )
    return capped_frame(ranked, TOP_NAMES)


def quotes_per_speaker(quotes: pl.DataFrame, corpus_entities: pl.DataFrame) -> pl.DataFrame:
    """Each quote's speaker as the chart names it: the corpus name of its speaker_key (every form of one person's
    name counted together), else the speaker as resolved in its document, one bar for all described speakers
    (``DESCRIBED``), else "(no speaker)"."""
    names = corpus_entities.select(pl.col("entity_key").alias("speaker_key"), pl.col("name"))
    keyed = quotes.select("speaker", "speaker_kind", "speaker_key").join(
        names, on="speaker_key", how="left", maintain_order="left"
    )
    described = pl.col("speaker_kind") == "description"
    return keyed.select(
        pl.when(described)
        .then(pl.lit(DESCRIBED))
        .otherwise(pl.coalesce("speaker_key", pl.lit("speaker:") + pl.col("speaker")))
        .alias("who"),
        pl.when(described).then(pl.lit(DESCRIBED)).otherwise(pl.coalesce("name", "speaker")).alias("label"),
    )


@dataclass(frozen=True, slots=True)
class StatisticsView:
    rows: Capped[dict[str, Any]]
    documents: int
    units: int
    measured: int
    reported: int


def statistics_view(statistics: pl.DataFrame, documents: pl.DataFrame) -> StatisticsView:
    ordered = _titled(statistics, documents).sort(["source_path", "stat_idx"], nulls_last=True)
    return StatisticsView(
        rows=capped_frame(ordered, MAX_STATISTICS),
        documents=statistics["doc_id"].n_unique(),
        units=statistics["unit"].n_unique(),
        measured=statistics.height - statistics["measures"].null_count(),
        reported=statistics.height - statistics["reported_by"].null_count(),
    )


def documents_view(documents: pl.DataFrame) -> Capped[dict[str, Any]]:
    return capped_frame(documents.sort("source_path"), MAX_TABLE_ROWS)


def documents_by_language(documents: pl.DataFrame) -> list[tuple[str, int]]:
    """(language code, documents) for each language of ``documents.language``, most documents first; a table an
    older version published without the column counts its documents under '?'."""
    if documents.height == 0:
        return []
    counts = (
        documents.group_by(pl.col("language").fill_null("?"))
        .len(name="n")
        .sort(["n", "language"], descending=[True, False])
    )
    return [(str(language), int(n)) for language, n in counts.iter_rows()]


def rejects_view(rejects: pl.DataFrame) -> Capped[dict[str, Any]]:
    return capped_frame(rejects.sort("source_path"), MAX_TABLE_ROWS)


@dataclass(frozen=True, slots=True)
class Figure:
    title: str
    svg: str
    """Inline SVG from ``report.charts``, which escapes every label itself."""
    caption: str


def _top(
    frame: pl.DataFrame, column: str, *, fill_null: str | None = None, label: str | None = None
) -> tuple[list[tuple[str, float]], int]:
    """(label, rows) for the most frequent values, and how many distinct values there are in all; ``label`` names
    the column a value is shown as (the value itself by default)."""
    if frame.height == 0:
        return [], 0
    values = pl.col(column).fill_null(fill_null) if fill_null is not None else pl.col(column)
    shown = pl.col(label).fill_null(fill_null) if label is not None and fill_null is not None else values
    counts = (
        frame.select(values.alias("value"), (shown if label is not None else values).alias("label"))
        .group_by("value")
        .agg(pl.len().alias("n"), pl.col("label").first())
        .sort(["n", "label", "value"], descending=[True, False, False], nulls_last=True)
    )
    rows = [(label_, n) for _, n, label_ in counts.rows()]
    return [(str(label_), float(n)) for label_, n in capped(rows, TOP_BARS).rows], counts.height


def chart_figures(tables: Mapping[str, pl.DataFrame], runs: Sequence[RunPoint]) -> list[Figure]:
    quotes, entities, statistics = tables["quotes"], tables["entities"], tables["statistics"]
    speakers, n_speakers = _top(
        quotes_per_speaker(quotes, tables["corpus_entities"]), "who", fill_null=NO_SPEAKER, label="label"
    )
    labels, n_labels = _top(entities, "label")
    found_by, _ = _top(quotes, "attribution")
    units, n_units = _top(statistics, "unit")
    published_runs = sum(run.published for run in runs)
    return [
        Figure(
            "Quotes per speaker",
            bar_chart("quotes-per-speaker", "Quotes per speaker", speakers, muted=frozenset({NO_SPEAKER, DESCRIBED})),
            f"Top {min(TOP_BARS, n_speakers)} of {n_speakers:,} speakers ({quotes.height:,} quotes; grey: quotes "
            "with no attributed speaker, and those whose speaker the text describes without a name, counted "
            "together). A speaker is counted by corpus key: every form of one person's name together.",
        ),
        Figure(
            "Quotes by how the speaker was found",
            bar_chart(
                "quotes-by-attribution", "Quotes by how the speaker was found", found_by, muted=frozenset({"none"})
            ),
            "quotes.attribution: cue (name and verb in the quote's sentence), according_to, colon, "
            "previous_sentence, pronoun, organisation_noun, continuation; grey: no speaker.",
        ),
        Figure(
            "Entities by type",
            bar_chart("entities-by-type", "Entities by type", labels),
            f"Resolved entities by OntoNotes label ({entities.height:,} entities, {n_labels} labels; an entity "
            "counts once per document).",
        ),
        Figure(
            "Statistics by unit",
            bar_chart("statistics-by-unit", "Statistics by unit", units),
            f"Top {min(TOP_BARS, n_units)} of {n_units:,} units ({statistics.height:,} numbers).",
        ),
        Figure(
            "Documents published per run",
            runs_chart("documents-per-run", "Documents published per run", runs),
            f"One dot per run of the pipeline on this output folder ({len(runs):,} runs, {published_runs:,} "
            "published), at the run's start time, from the run manifests in _runs/. This is the pipeline's "
            "history, not news over time: the articles carry no publication date.",
        ),
    ]
