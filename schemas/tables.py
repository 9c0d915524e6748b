"""The table contracts: one pandera ``DataFrameModel`` per published table.

These models are the single source of truth for column names, types, nullability, keys and ranges. The
Parquet schema (``newsprep.tables.arrow_schema``), the data dictionary (``docs/data-dictionary.md``) and the
pre-write validation all derive from them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

import pandera.polars as pa
import polars as pl
from pandera.api.polars.types import PolarsData
from pandera.engines import polars_engine

from newsprep.model import EntityLabel, MentionSource, ParagraphKind, QuoteAttribution, QuoteKind, SpeakerKind
from newsprep.schemas.contract import SHA256_HEX, TableContract
from newsprep.schemas.statistics import StatisticsSchema

ENTITY_ID = r"^[0-9a-f]{16}$"
ENTITY_KEY = r"^[a-z_]+:[^\s@]+(@[0-9a-f]{12})?$"
"""A corpus key: the label in lower case, a colon, the name's words joined by hyphens, and for a lone surname that
names no one person of the corpus, '@' and the first 12 hex digits of its document's doc_id."""
ENTITY_KEY_MEANING = (
    "corpus key (see corpus_entities): label and normalised fullest name, e.g. 'person:donald-trump'; recomputed over "
    "the whole published corpus on every run, so it can change when a new document changes what a name resolves to "
    "(a second person of the same surname arrives)"
)
PARAGRAPH_KINDS = list(get_args(ParagraphKind))
QUOTE_KINDS = list(get_args(QuoteKind))
QUOTE_ATTRIBUTIONS = list(get_args(QuoteAttribution))
SPEAKER_KINDS = list(get_args(SpeakerKind))
MENTION_SOURCES = list(get_args(MentionSource))
ENTITY_LABELS = list(get_args(EntityLabel))
CHECK_SEVERITIES = ["critical", "warning"]
REJECT_STAGES = ["ingest", "clean", "extract", "entities", "quotes", "statistics", "validate"]
"""Where a document can be refused: ingest, clean and extract (a stage's error, NER's included), and the stages
whose checks can fail a document (clean, entities, quotes, statistics)."""


class DocumentsSchema(TableContract):
    """One row per published article."""

    doc_id: str = pa.Field(str_matches=SHA256_HEX, description="sha256 hex of the raw file's bytes")
    source_path: str = pa.Field(
        str_length={"min_value": 1}, description="POSIX path of the raw file, relative to the raw folder"
    )
    title: str = pa.Field(description="the headline (first line of the article)")
    dateline: str | None = pa.Field(
        nullable=True, description="place before the dash opening the first paragraph, e.g. 'TAIPEI, Taiwan'"
    )
    outlet: str | None = pa.Field(
        nullable=True,
        str_matches=r"^[a-z][a-z0-9_-]*(\+[a-z][a-z0-9_-]*)*$",
        description="the outlet profile whose marks the page carries, e.g. 'ap' or 'npr' (names joined by '+' when "
        "several match); null when none does",
    )
    contributors: polars_engine.List = pa.Field(
        dtype_kwargs={"inner": pl.Utf8}, description="names on the contributor line"
    )
    encoding: str = pa.Field(description="the encoding the raw bytes were decoded with")
    input_format: str = pa.Field(isin=["text", "html"], description="'text' or 'html'")
    clean_text: str = pa.Field(
        description="article text without captions, credits and artifacts; paragraphs joined by a blank line"
    )
    word_count: int = pa.Field(ge=0, description="whitespace-separated words in clean_text")
    language: str = pa.Field(
        str_matches=r"^([a-z]{2}|und)$",
        description="ISO 639-1 code of the language clean_text is written in ('en', 'de', 'fr', ...), or 'und' when "
        "it is too short or unclear. Decided offline from the words of its first 1,500 characters: the language (of "
        "en de fr es pt it nl id ru) with the most of its commonest function words among them, when they are at "
        "least 6% of the words and 1.5 times the next language's; else the language of a script of its own (Hangul, "
        "kana, Chinese, Arabic, Greek, Hebrew, Thai, Devanagari, Myanmar) that 30% of its letters are in. Entities, "
        "quotes and statistics of a document not in English come from rules written for English",
    )
    paragraph_count: int = pa.Field(ge=0, description="rows in paragraphs for this document")
    caption_count: int = pa.Field(ge=0, description="rows in captions for this document")
    quote_count: int = pa.Field(ge=0, description="rows in quotes for this document")
    entity_count: int = pa.Field(ge=0, description="rows in entities for this document")
    mention_count: int = pa.Field(ge=0, description="rows in mentions for this document")
    statistic_count: int = pa.Field(ge=0, description="rows in statistics for this document")

    class Config(TableContract.Config):
        unique = ["doc_id"]


class ParagraphsSchema(TableContract):
    """One row per paragraph of clean_text; clean_text[char_start:char_end] == text."""

    doc_id: str = pa.Field(str_matches=SHA256_HEX, description="the document")
    paragraph_idx: int = pa.Field(ge=0, description="0-based position in the article")
    kind: str = pa.Field(isin=PARAGRAPH_KINDS, description="'body', 'heading' (sub-heading) or 'contributor'")
    text: str = pa.Field(str_length={"min_value": 1}, description="the paragraph as printed")
    char_start: int = pa.Field(ge=0, description="start offset in documents.clean_text")
    char_end: int = pa.Field(ge=1, description="end offset (exclusive) in documents.clean_text")

    class Config(TableContract.Config):
        unique = ["doc_id", "paragraph_idx"]


class CaptionsSchema(TableContract):
    """One row per photo, however many times the scrape repeated its caption."""

    doc_id: str = pa.Field(str_matches=SHA256_HEX, description="the document")
    caption_idx: int = pa.Field(ge=0, description="0-based position of the photo in the article")
    text: str = pa.Field(str_length={"min_value": 1}, description="caption text without the credit")
    credit: str | None = pa.Field(nullable=True, description="photo credit as printed, e.g. 'Susan Walsh/AP'")
    occurrences: int = pa.Field(ge=1, description="times the caption text appeared in the raw file")

    class Config(TableContract.Config):
        unique = ["doc_id", "caption_idx"]


class QuotesSchema(TableContract):
    """One row per quotation; a quote split around its attribution is one row. Words in quotation marks that no one is
    quoted as saying (terms, titles, nicknames, scare quotes, thoughts, a lone answer word mentioned) have no row.

    Speakers: a person or an organisation by its canonical name when the text names one (a description that names
    a person or organisation elsewhere in the document, 'the senator said', resolves to that name). An organisation
    noun ('the agency said', 'an agency spokeswoman', 'according to the ministry', 'the ministry's statement') is
    the organisation named before that the text called by that noun beside its name ('the broadcaster X'), else
    whose name holds the noun ('Environmental Protection Agency') or a noun of its kind ('the union': a Brotherhood
    of ...), else the one of its kind named nearest, or named most when none is near; never a place ('Kenya's
    health ministry said' with no ministry named: the description, not Kenya) and never a fragment of a name. Written
    with a capital after 'the' ('the Government said', as Commonwealth news writes its country's government), the noun
    is read as in lower case: the government named before, else the description 'the Government', never a name. A
    person's role held for an organisation ('a lawyer for the network') is that person, described. When the
    attribution's subject is a description that resolves to no one named ('a senior official said', 'the clip says'),
    that description as written, with speaker_kind 'description' and no entity: trimmed to its noun phrase (no verb,
    adverb or clause after it), its opening determiner kept and, like any common word opening it, put in lower case
    ('the clip', 'a spokesman', 'officials'; 'Republican leaders' stays). A pronoun with no antecedent is no speaker.
    speaker_kind is null exactly when speaker is, and so is attribution 'none'. speaker_description stays the
    appositive next to a name ('Ryan Hass, a senior fellow at ...'). Of the quality checks, the share of quotes with
    a speaker counts described speakers; the share whose speaker is a resolved entity does not."""

    doc_id: str = pa.Field(str_matches=SHA256_HEX, description="the document")
    quote_idx: int = pa.Field(ge=0, description="0-based position in the article")
    text: str = pa.Field(
        str_length={"min_value": 1},
        description="the quoted words without the marks; parts of a split quote joined by a space",
    )
    kind: str = pa.Field(
        isin=QUOTE_KINDS, description="'direct' (whole utterance) or 'partial' (fragment in a sentence)"
    )
    speaker: str | None = pa.Field(
        nullable=True,
        description="canonical full name of the person or organisation; the description as written (speaker_kind "
        "'description') when the text names no one; null when the text says nothing of who spoke",
    )
    speaker_kind: str | None = pa.Field(
        nullable=True,
        isin=SPEAKER_KINDS,
        description="what speaker is: 'person', 'organisation' (also a government or a campaign speaking as one) or "
        "'description' (the speaker as the text describes them, named nowhere: 'a senior official'); null without a "
        "speaker",
    )
    speaker_key: str | None = pa.Field(
        nullable=True,
        str_matches=ENTITY_KEY,
        description="the speaker's corpus key (corpus_entities.entity_key) as written at the attribution; null when "
        "there is no speaker or the speaker is none of the document's entities",
    )
    speaker_mention: str | None = pa.Field(nullable=True, description="the speaker as written at the attribution")
    speaker_description: str | None = pa.Field(nullable=True, description="appositive describing the speaker")
    cue: str | None = pa.Field(nullable=True, description="the attribution verb, e.g. 'says'")
    paragraph_idx: int = pa.Field(ge=0, description="paragraph holding the quote's start")
    char_start: int = pa.Field(ge=0, description="start offset in documents.clean_text")
    char_end: int = pa.Field(ge=1, description="end offset (exclusive) in documents.clean_text")
    part_count: int = pa.Field(ge=1, description="1, or the number of parts of a split quote")
    speaker_entity_id: str | None = pa.Field(
        nullable=True,
        str_matches=ENTITY_ID,
        description="the speaker's entity in entities (same doc_id); null when the speaker is not a resolved entity",
    )
    attribution: str = pa.Field(
        isin=QUOTE_ATTRIBUTIONS,
        description="how the speaker was found: 'cue' (name and verb in the quote's sentence), 'according_to', "
        "'colon' (an introduction ending in a colon), 'previous_sentence', 'pronoun', 'organisation_noun' "
        "('the agency said', 'a spokesman said'), 'continuation' (of the quote before, or repeating another "
        "quote's words), 'none' (no speaker)",
    )

    class Config(TableContract.Config):
        unique = ["doc_id", "quote_idx"]

    @pa.dataframe_check(name="speaker_kind and attribution set exactly when speaker is")
    @classmethod
    def speaker_kind_with_speaker(cls, data: PolarsData) -> pl.LazyFrame:
        has_speaker = pl.col("speaker").is_not_null()
        return data.lazyframe.select(
            (pl.col("speaker_kind").is_not_null() == has_speaker) & ((pl.col("attribution") != "none") == has_speaker)
        )

    @pa.dataframe_check(name="a described speaker has no entity nor corpus key")
    @classmethod
    def description_without_entity(cls, data: PolarsData) -> pl.LazyFrame:
        described = pl.col("speaker_kind").fill_null("") == "description"
        return data.lazyframe.select(
            ~described | (pl.col("speaker_entity_id").is_null() & pl.col("speaker_key").is_null())
        )


class EntitiesSchema(TableContract):
    """One row per resolved entity in a document."""

    doc_id: str = pa.Field(str_matches=SHA256_HEX, description="the document")
    entity_id: str = pa.Field(
        str_matches=ENTITY_ID, description="sha256(label, text)[:16]; same entity, same id across documents"
    )
    text: str = pa.Field(str_length={"min_value": 1}, description="canonical name: the fullest form in the document")
    label: str = pa.Field(isin=ENTITY_LABELS, description="OntoNotes label (PERSON, ORG, GPE, LOC, NORP, ...)")
    mention_count: int = pa.Field(ge=1, description="rows in mentions for this entity and document")
    entity_key: str = pa.Field(str_matches=ENTITY_KEY, description=ENTITY_KEY_MEANING + "; the key of its fullest name")

    class Config(TableContract.Config):
        unique = ["doc_id", "entity_id"]


class MentionsSchema(TableContract):
    """Every mention of an entity, in the title, the body or a caption (credit included)."""

    doc_id: str = pa.Field(str_matches=SHA256_HEX, description="the document")
    entity_id: str = pa.Field(str_matches=ENTITY_ID, description="the entity mentioned")
    text: str = pa.Field(str_length={"min_value": 1}, description="the mention as written")
    entity_key: str = pa.Field(
        str_matches=ENTITY_KEY,
        description=ENTITY_KEY_MEANING + "; the key of the name as written when that is a full name, a defined acronym "
        "or a surname the corpus resolves, else its entity's",
    )
    source: str = pa.Field(isin=MENTION_SOURCES, description="'title', 'body' (clean_text) or 'caption'")
    caption_idx: int | None = pa.Field(
        nullable=True, ge=0, description="captions.caption_idx for source 'caption'; null for the title and body"
    )
    char_start: int = pa.Field(
        ge=0, description="start offset in the source text (caption: caption text, newline, credit)"
    )
    char_end: int = pa.Field(ge=1, description="end offset (exclusive) in the source text")

    class Config(TableContract.Config):
        unique = ["doc_id", "source", "caption_idx", "char_start"]

    @pa.dataframe_check(name="caption_idx set exactly for source 'caption'")
    @classmethod
    def caption_idx_only_for_captions(cls, data: PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select((pl.col("source") == "caption") == pl.col("caption_idx").is_not_null())


class CorpusEntitiesSchema(TableContract):
    """One row per corpus key: a person, organisation or other named entity across every published document."""

    entity_key: str = pa.Field(str_matches=ENTITY_KEY, description=ENTITY_KEY_MEANING)
    label: str = pa.Field(
        isin=ENTITY_LABELS, description="the label most of its documents give (PERSON in most, ORG in a few: PERSON)"
    )
    name: str = pa.Field(str_length={"min_value": 1}, description="the fullest written form most documents use")
    aliases: polars_engine.List = pa.Field(
        dtype_kwargs={"inner": pl.Utf8}, description="every written form of its mentions and entities, sorted"
    )
    document_count: int = pa.Field(ge=1, description="documents with an entity or a mention of this key")
    mention_count: int = pa.Field(ge=0, description="rows in mentions with this entity_key")
    quote_count: int = pa.Field(ge=0, description="rows in quotes with this speaker_key")

    class Config(TableContract.Config):
        unique = ["entity_key"]


class RejectsSchema(TableContract):
    """One row per raw file (or document) that was not published, with the reason."""

    source_path: str = pa.Field(str_length={"min_value": 1}, description="POSIX path relative to the raw folder")
    doc_id: str | None = pa.Field(nullable=True, description="sha256 of the raw bytes when they could be read")
    stage: str = pa.Field(isin=REJECT_STAGES, description="stage that refused it")
    reason: str = pa.Field(
        str_matches=r"^[a-z_]+$", description="short code, e.g. 'empty', 'binary'; 'failed_check': see check"
    )
    detail: str = pa.Field(str_length={"min_value": 1}, description="what went wrong, for a person")
    check: str | None = pa.Field(
        nullable=True,
        description="the critical check of its stage the document failed (reason 'failed_check'); null otherwise",
    )

    class Config(TableContract.Config):
        unique = ["source_path"]


class QualitySchema(TableContract):
    """One row per data-quality check of the run (Great Expectations and cross-table checks)."""

    run_id: str = pa.Field(str_length={"min_value": 1}, description="content hash of the run's inputs and code")
    stage: str = pa.Field(description="stage whose output was checked")
    check: str = pa.Field(description="what was checked")
    severity: str = pa.Field(isin=CHECK_SEVERITIES, description="'critical' blocks publishing; 'warning' is recorded")
    success: bool = pa.Field(description="whether the check passed")
    observed_value: float | None = pa.Field(
        nullable=True, description="the number the check measured (a share, a count); null when it measures none"
    )
    observed_text: str | None = pa.Field(
        nullable=True, description="failing examples or other detail, for a person; null when there is none"
    )

    class Config(TableContract.Config):
        unique = ["stage", "check"]


Grain = Literal["document", "corpus", "input", "run"]


@dataclass(frozen=True)
class TableSpec:
    """One published table, declared once in ``TABLES``: every list of tables (what a batch builds, what a rerun
    reuses, which counts ``documents`` keeps, which rows the checks join to a document) is derived from it."""

    name: str
    contract: type[TableContract]
    grain: Grain
    """What one row belongs to: 'document' (a published document's rows: built per article, and taken as they are
    by a rerun for an unchanged file), 'corpus' (built at publish time from the document tables of the whole
    published corpus, on every run), 'input' (one per raw file that was not published), 'run' (the run's checks)."""
    parent: str | None = None
    """The table whose rows this table's rows belong to (joined on ``doc_id``); the checks require the parent row."""
    count_column: str | None = None
    """The parent's column holding how many rows of this table each parent row has (checked by the quality suite)."""

    @property
    def key(self) -> tuple[str, ...]:
        """The contract's unique key: the table's rows are sorted by it."""
        unique = self.contract.to_schema().unique
        return (unique,) if isinstance(unique, str) else tuple(unique or ())


TABLES: tuple[TableSpec, ...] = (
    TableSpec("documents", DocumentsSchema, "document"),
    TableSpec("paragraphs", ParagraphsSchema, "document", parent="documents", count_column="paragraph_count"),
    TableSpec("captions", CaptionsSchema, "document", parent="documents", count_column="caption_count"),
    TableSpec("quotes", QuotesSchema, "document", parent="documents", count_column="quote_count"),
    TableSpec("entities", EntitiesSchema, "document", parent="documents", count_column="entity_count"),
    TableSpec("mentions", MentionsSchema, "document", parent="documents", count_column="mention_count"),
    TableSpec("statistics", StatisticsSchema, "document", parent="documents", count_column="statistic_count"),
    TableSpec("corpus_entities", CorpusEntitiesSchema, "corpus"),
    TableSpec("rejects", RejectsSchema, "input"),
    TableSpec("quality", QualitySchema, "run"),
)
"""The published tables, in publishing order (the data dictionary's order too)."""
TABLE_CONTRACTS: dict[str, type[TableContract]] = {spec.name: spec.contract for spec in TABLES}
