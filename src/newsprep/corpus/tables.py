"""The corpus keys on the published tables, and ``corpus_entities``: one row per key.

Pure functions of polars frames, run at publish time over the whole published corpus (the rows of this run and the
rows reused from the previous version alike), so that a corpus published in one run or in many gets the same keys.
"""

from __future__ import annotations

from collections import defaultdict

import polars as pl

from newsprep.corpus.acronyms import defined_acronyms
from newsprep.corpus.keys import CorpusKeys, EntityName, corpus_keys, key_parts
from newsprep.corpus.names import name_words, person_name, well_known_form

KEY_COLUMNS = {"entities": "entity_key", "mentions": "entity_key", "quotes": "speaker_key"}
"""The column each table carries its corpus key in."""
SPEAKER_LABEL_ORDER = {"PERSON": 0, "ORG": 1}
"""When a speaker's name is the canonical name of several entities of its document (rare), the person first."""


def _entity_names(entities: pl.DataFrame, mentions: pl.DataFrame) -> list[EntityName]:
    forms = mentions.group_by("doc_id", "entity_id").agg(pl.col("text").unique().sort().alias("forms"))
    joined = entities.select("doc_id", "entity_id", "text", "label").join(
        forms, on=["doc_id", "entity_id"], how="left", maintain_order="left"
    )
    return [
        EntityName(doc_id, entity_id, text, label, tuple(forms_ or ()))
        for doc_id, entity_id, text, label, forms_ in joined.iter_rows()
    ]


def _acronyms(documents: pl.DataFrame, names: list[EntityName]) -> dict[str, dict[tuple[str, ...], tuple[str, ...]]]:
    orgs: dict[str, set[str]] = defaultdict(set)
    for entity in names:
        if entity.label == "ORG":
            orgs[entity.doc_id].add(entity.text)
    texts = documents.filter(pl.col("doc_id").is_in(list(orgs))).select("doc_id", "clean_text")
    return {doc_id: defined_acronyms(text, orgs[doc_id]) for doc_id, text in texts.iter_rows()}


def entity_keys(documents: pl.DataFrame, entities: pl.DataFrame, mentions: pl.DataFrame) -> CorpusKeys:
    """The corpus key of every entity of the published corpus."""
    names = _entity_names(entities, mentions)
    return corpus_keys(names, acronyms=_acronyms(documents, names))


REF = ["doc_id", "entity_id"]


def _entity_key_frame(keys: CorpusKeys) -> pl.DataFrame:
    """doc_id, entity_id and the entity's key."""
    refs = list(keys.entities)
    return pl.DataFrame(
        [[r[0] for r in refs], [r[1] for r in refs], [keys.entities[r].key for r in refs]],
        schema={"doc_id": pl.Utf8, "entity_id": pl.Utf8, "entity_key": pl.Utf8},
        orient="col",
    )


def _form_key_frame(keys: CorpusKeys) -> pl.DataFrame:
    """doc_id, entity_id, a written form and its key: the forms whose key is not their entity's."""
    forms = list(keys.forms)
    return pl.DataFrame(
        [[f[0][0] for f in forms], [f[0][1] for f in forms], [f[1] for f in forms], [keys.forms[f].key for f in forms]],
        schema={"doc_id": pl.Utf8, "entity_id": pl.Utf8, "text": pl.Utf8, "form_key": pl.Utf8},
        orient="col",
    )


def _with_form_keys(frame: pl.DataFrame, form: str, entity_keys: pl.DataFrame, form_keys: pl.DataFrame) -> pl.Series:
    """The key of each row's entity (``doc_id``, ``entity_id``) as written in its ``form`` column: the form's own key
    where it has one, else the entity's; null where the row names no entity."""
    joined = (
        frame.select(*REF, pl.col(form).alias("text"))
        .join(entity_keys, on=REF, how="left", maintain_order="left")
        .join(form_keys, on=[*REF, "text"], how="left", maintain_order="left")
    )
    return joined.select(pl.coalesce("form_key", "entity_key")).to_series()


def _speaker_key_column(
    quotes: pl.DataFrame,
    entities: pl.DataFrame,
    mentions: pl.DataFrame,
    entity_keys: pl.DataFrame,
    form_keys: pl.DataFrame,
) -> pl.Series:
    """Each quote's speaker as a corpus key: the speaker's entity is ``speaker_entity_id`` (the quote stage's), else
    the document's entity whose canonical name is the speaker's (the person first, when two share it), and the key is
    that of the form the speaker is written in
    at the attribution. A speaker that is no entity's canonical name takes the key of the document's mentions
    written as the speaker's name, when they have one key. Null without a speaker, for a described speaker, or when
    neither finds one."""
    speakers = (
        entities.select(
            "doc_id",
            pl.col("text").alias("speaker"),
            "entity_id",
            pl.col("label").replace_strict(SPEAKER_LABEL_ORDER, default=len(SPEAKER_LABEL_ORDER)).alias("order"),
        )
        .sort("doc_id", "speaker", "order", "entity_id")
        .unique(["doc_id", "speaker"], keep="first")
        .drop("order")
    )
    written = mentions.group_by("doc_id", pl.col("text").alias("speaker")).agg(
        pl.col("entity_key").unique().alias("keys")
    )
    found = (
        quotes.select(
            "doc_id",
            # a described speaker ("a senior official") is no one's name: no key, whatever a mention reads
            pl.when(pl.col("speaker_kind").ne_missing("description")).then("speaker").alias("speaker"),
            "speaker_mention",
            "speaker_entity_id",
        )
        .join(speakers, on=["doc_id", "speaker"], how="left", maintain_order="left")
        .join(written, on=["doc_id", "speaker"], how="left", maintain_order="left")
        .with_columns(pl.coalesce("speaker_entity_id", "entity_id").alias("entity_id"))
    )
    by_entity = _with_form_keys(found, "speaker_mention", entity_keys, form_keys)
    by_mentions = found.select(pl.when(pl.col("keys").list.len() == 1).then(pl.col("keys").list.first())).to_series()
    return (
        pl.DataFrame({"e": by_entity, "m": by_mentions, "s": found["speaker"]})
        .select(pl.when(pl.col("s").is_not_null()).then(pl.coalesce("e", "m")).alias("speaker_key"))
        .to_series()
        .cast(pl.Utf8)
    )


def with_corpus_keys(
    documents: pl.DataFrame, entities: pl.DataFrame, mentions: pl.DataFrame, quotes: pl.DataFrame
) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """``entities`` and ``mentions`` with ``entity_key``, ``quotes`` with ``speaker_key``, computed afresh over the
    frames given (key columns they came with, from a previous version, are replaced where they stand)."""
    keys = entity_keys(documents, entities, mentions)
    entity_keys_, form_keys = _entity_key_frame(keys), _form_key_frame(keys)
    keyed_entities = entities.with_columns(
        entities.select(*REF).join(entity_keys_, on=REF, how="left", maintain_order="left")["entity_key"]
    )
    keyed_mentions = mentions.with_columns(
        _with_form_keys(mentions, "text", entity_keys_, form_keys).alias("entity_key")
    )
    speaker_keys = _speaker_key_column(quotes, entities, keyed_mentions, entity_keys_, form_keys)
    return keyed_entities, keyed_mentions, quotes.with_columns(speaker_keys.alias("speaker_key"))


def _states_key(text: str, key: str) -> bool:
    """Whether a written form gives its key's name in full ("Donald J. Trump" for person:donald-trump)."""
    label, words = key_parts(key)
    if label == "PERSON":
        name = person_name(text)
        return name is not None and name.key_words() == words
    return well_known_form(name_words(text)) == words


def _names(forms: pl.DataFrame) -> pl.DataFrame:
    """Each key's name: among the forms that give the key's name in full (all its forms, if none does), the one
    most documents use, then the longest, then the first alphabetically."""
    used = forms.group_by("entity_key", "text").agg(pl.col("doc_id").n_unique().alias("documents"))
    full = [_states_key(text, key) for key, text in used.select("entity_key", "text").iter_rows()]
    ranked = used.with_columns(pl.Series("full", full, dtype=pl.Boolean)).sort(
        ["entity_key", "full", "documents", pl.col("text").str.len_chars(), "text"],
        descending=[False, True, True, True, False],
    )
    return ranked.group_by("entity_key", maintain_order=True).agg(pl.col("text").first().alias("name"))


def corpus_entities(entities: pl.DataFrame, mentions: pl.DataFrame, quotes: pl.DataFrame) -> pl.DataFrame:
    """One row per corpus key of the keyed ``entities``, ``mentions`` and ``quotes``: its label, name, aliases and
    how many documents, mentions and quotes it has."""
    forms = pl.concat(
        [entities.select("entity_key", "doc_id", "text"), mentions.select("entity_key", "doc_id", "text")]
    ).unique()
    per_key = forms.group_by("entity_key").agg(
        pl.col("doc_id").n_unique().alias("document_count"), pl.col("text").unique().sort().alias("aliases")
    )
    mentioned = mentions.group_by("entity_key").len(name="mention_count")
    quoted = quotes.drop_nulls("speaker_key").group_by(pl.col("speaker_key").alias("entity_key")).len("quote_count")
    table = (
        per_key.join(_names(forms), on="entity_key", how="left")
        .join(mentioned, on="entity_key", how="left")
        .join(quoted, on="entity_key", how="left")
        .with_columns(
            pl.col("entity_key").str.extract(r"^([a-z_]+):").str.to_uppercase().alias("label"),
            pl.col("mention_count").fill_null(0),
            pl.col("quote_count").fill_null(0),
        )
    )
    columns = ["entity_key", "label", "name", "aliases", "document_count", "mention_count", "quote_count"]
    return table.select(columns).sort("entity_key")


def corpus_tables(
    documents: pl.DataFrame, entities: pl.DataFrame, mentions: pl.DataFrame, quotes: pl.DataFrame
) -> dict[str, pl.DataFrame]:
    """The corpus level of a published corpus: ``entities``, ``mentions`` and ``quotes`` with their keys, and
    ``corpus_entities``."""
    keyed_entities, keyed_mentions, keyed_quotes = with_corpus_keys(documents, entities, mentions, quotes)
    return {
        "entities": keyed_entities,
        "mentions": keyed_mentions,
        "quotes": keyed_quotes,
        "corpus_entities": corpus_entities(keyed_entities, keyed_mentions, keyed_quotes),
    }
