"""Plain, immutable records passed between stages.

Stages are pure functions over these records (or polars frames built from them); nothing here knows
about Prefect, spaCy, files or the clock. Offsets are Python string indices (code points) into the
text named by the record (``clean_text`` unless a ``source`` says otherwise).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, get_args

ParagraphKind = Literal["body", "heading", "contributor"]
QuoteKind = Literal["direct", "partial"]
QuoteAttribution = Literal[
    "cue", "according_to", "colon", "previous_sentence", "pronoun", "organisation_noun", "continuation", "none"
]
"""How a quote's speaker was found: the attribution in its sentence (``cue``, ``according_to``, ``pronoun``,
``organisation_noun``), a colon introduction, an earlier sentence, the quote it continues or repeats, or none."""
SpeakerKind = Literal["person", "organisation", "description"]
"""What a quote's ``speaker`` is: a person's canonical name, an organisation's (or a government's, a campaign's), or
the description the text gives when it names no one (``a senior official``, ``the clip``)."""
MentionSource = Literal["title", "body", "caption"]
EntityLabel = Literal["PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW"]
"""The OntoNotes labels an entity is published with: names analysts look up (people, organisations, places,
nationality/religious/political groups, buildings), events and laws. The small model's WORK_OF_ART, PRODUCT and
LANGUAGE spans are mostly noise on news text: NER keeps none of them. The table contracts read these types."""
ENTITY_LABELS: frozenset[str] = frozenset(get_args(EntityLabel))


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph of the cleaned article; ``clean_text[char_start:char_end] == text``."""

    idx: int
    kind: ParagraphKind
    text: str
    char_start: int
    char_end: int


CREDIT_SEPARATOR = "\n"
"""Between a caption and its credit in the text a caption's mentions index (``Caption.mention_text``)."""


@dataclass(frozen=True, slots=True)
class Caption:
    """One photo caption, kept once however often the scrape repeated it."""

    idx: int
    text: str
    credit: str | None
    occurrences: int

    @property
    def mention_text(self) -> str:
        """The text NER reads and a caption's mentions index: the caption, then its credit on a line of its own."""
        return self.text if self.credit is None else f"{self.text}{CREDIT_SEPARATOR}{self.credit}"

    @property
    def credit_start(self) -> int | None:
        """Where the credit starts in ``mention_text`` (None without a credit)."""
        return None if self.credit is None else len(self.text) + len(CREDIT_SEPARATOR)


@dataclass(frozen=True, slots=True)
class CleanArticle:
    """The article after cleaning.

    ``clean_text`` is the paragraphs' texts joined by a blank line (``"\\n\\n"``); the title is not part of it.
    """

    title: str
    dateline: str | None
    contributors: tuple[str, ...]
    clean_text: str
    paragraphs: tuple[Paragraph, ...]
    captions: tuple[Caption, ...]
    outlet: str | None = None
    """The outlet profiles whose marks the page carries, joined by '+' (None when none did)."""


@dataclass(frozen=True, slots=True)
class NerSpan:
    """A named-entity span as the NER model (or a rule) produced it, before name resolution.

    ``source`` names the text the offsets index: the title, ``clean_text`` ('body') or one caption
    ('caption', with ``caption_idx``: its ``Caption.mention_text``, the caption then its credit).
    """

    source: MentionSource
    caption_idx: int | None
    char_start: int
    char_end: int
    text: str
    label: str


@dataclass(frozen=True, slots=True)
class Mention:
    """A resolved mention: ``entity_text`` is the canonical (fullest) name of the entity it refers to."""

    entity_id: str
    entity_text: str
    label: str
    source: MentionSource
    caption_idx: int | None
    char_start: int
    char_end: int
    text: str


@dataclass(frozen=True, slots=True)
class Entity:
    entity_id: str
    text: str
    label: str
    mention_count: int


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation in ``clean_text``.

    For a quote split around its attribution (“First half,” she said. “Second half.”) ``text`` is the parts
    joined by one space, ``part_count`` is 2 and ``char_start``/``char_end`` span from the first part's first
    word to the last part's last word. Otherwise ``clean_text[char_start:char_end] == text``.
    """

    idx: int
    text: str
    kind: QuoteKind
    speaker: str | None
    speaker_mention: str | None
    speaker_description: str | None
    cue: str | None
    paragraph_idx: int
    char_start: int
    char_end: int
    part_count: int = 1
    speaker_entity_id: str | None = None
    """The speaker's entity in ``entities`` (same document), None when the speaker is not one of them."""
    attribution: QuoteAttribution = "none"
    """How the speaker was found (``newsprep.extract.quotes.attribution.found.ATTRIBUTIONS``); "none" without one."""
    speaker_kind: SpeakerKind | None = None
    """What ``speaker`` is (``SpeakerKind``); None exactly when ``speaker`` is."""


@dataclass(frozen=True, slots=True)
class Statistic:
    """A number the article reports, normalised: ``clean_text[char_start:char_end] == text``."""

    idx: int
    text: str
    value: float
    unit: str
    measures: str | None
    qualifier: str | None
    paragraph_idx: int
    char_start: int
    char_end: int
    range_id: int | None = None
    reported_by: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Reject:
    """A raw file (or a document) that is not published, and why: one row of ``rejects``.

    ``detail`` names the file and says what went wrong, for a person to read. ``doc_id`` is the sha256 of the file's
    bytes whenever they were read (the decoder is given the bytes, not their hash: the batch adds it).
    """

    source_path: str
    stage: str = "ingest"
    reason: str
    detail: str
    doc_id: str | None = None
    check: str | None = None
    """The critical check of ``stage`` the document failed (reason ``failed_check``); None for any other reason."""


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one article."""

    quotes: tuple[Quote, ...] = field(default_factory=tuple)
    entities: tuple[Entity, ...] = field(default_factory=tuple)
    mentions: tuple[Mention, ...] = field(default_factory=tuple)
    statistics: tuple[Statistic, ...] = field(default_factory=tuple)
