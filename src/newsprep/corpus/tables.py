"""The corpus keys on the published tables, and ``corpus_entities``: one row per key.

Pure functions of polars frames, run at publish time over the whole published corpus (the rows of this run and the
rows reused from the previous version alike), so that a corpus published in one run or in many gets the same keys.
"""

from __future__ import annotations

from collections import defaultdict

import polars as pl

from newsprep.corpus.acronyms import defined_acronyms
from newsprep.corpus.keys import CorpusKeys, EntityName, Ref, corpus_keys, key_parts
from newsprep.corpus.names import name_words, person_name, well_known_form

KEY_COLUMNS = {"entities": "entity_key", "mentions": "entity_key", "quotes": "speaker_key"}
"""The column each table carries its corpus key in."""
SPEAKER_LABEL_ORDER = {"PERSON": 0, "ORG": 1}
"""When a speaker's name is the canonical name of several entities of its document (rare), the person first."""


def _entity_names(entities: pl.DataFrame, mentions: pl.DataFrame) -> list[EntityName]:
    forms: dict[Ref, set[str]] = defaultdict(set)
    for doc_id, entity_id, text in mentions.select("doc_id", "entity_id", "text").iter_rows():
        forms[(doc_id, entity_id)].add(text)
    return [
        EntityName(doc_id, entity_id, text, label, tuple(sorted(forms[(doc_id, entity_id)])))
        for doc_id, entity_id, text, label in entities.select("doc_id", "entity_id", "text", "label").iter_rows()
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


def _entity_key_column(entities: pl.DataFrame, keys: CorpusKeys) -> pl.Series:
    refs = entities.select("doc_id", "entity_id").iter_rows()
    return pl.Series("entity_key", [keys.entities[ref].key for ref in refs], dtype=pl.Utf8)


def _mention_key_column(mentions: pl.DataFrame, keys: CorpusKeys) -> pl.Series:
    rows = mentions.select("doc_id", "entity_id", "text").iter_rows()
    return pl.Series("entity_key", [keys.form_key((d, e), text).key for d, e, text in rows], dtype=pl.Utf8)


def _speaker_key_column(
    quotes: pl.DataFrame, entities: pl.DataFrame, mentions: pl.DataFrame, keys: CorpusKeys
) -> pl.Series:
    """Each quote's speaker as a corpus key: the speaker's entity is the document's entity whose canonical name is
    the speaker's (the person first, when two share it), and the key is that of the form the speaker is written in
    at the attribution. A speaker that is no entity's canonical name takes the key of the document's mentions
    written as the speaker's name, when they have one key. Null without a speaker, or when neither finds one."""
    by_name: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
    for doc_id, entity_id, text, label in entities.select("doc_id", "entity_id", "text", "label").iter_rows():
        by_name[(doc_id, text)].append((SPEAKER_LABEL_ORDER.get(label, 2), entity_id))
    by_form: dict[tuple[str, str], set[str]] = defaultdict(set)
    for doc_id, entity_id, text in mentions.select("doc_id", "entity_id", "text").iter_rows():
        by_form[(doc_id, text)].add(keys.form_key((doc_id, entity_id), text).key)
    found: list[str | None] = []
    for doc_id, speaker, written in quotes.select("doc_id", "speaker", "speaker_mention").iter_rows():
        if speaker is not None and (doc_id, speaker) in by_name:
            ref = (doc_id, min(by_name[(doc_id, speaker)])[1])
            found.append(keys.form_key(ref, written).key)
            continue
        formed = by_form.get((doc_id, speaker), set()) if speaker is not None else set()
        found.append(next(iter(formed)) if len(formed) == 1 else None)
    return pl.Series("speaker_key", found, dtype=pl.Utf8)


def with_corpus_keys(
    documents: pl.DataFrame, entities: pl.DataFrame, mentions: pl.DataFrame, quotes: pl.DataFrame
) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """``entities`` and ``mentions`` with ``entity_key``, ``quotes`` with ``speaker_key``, computed afresh over the
    frames given (key columns they came with, from a previous version, are replaced where they stand)."""
    keys = entity_keys(documents, entities, mentions)
    return (
        entities.with_columns(_entity_key_column(entities, keys)),
        mentions.with_columns(_mention_key_column(mentions, keys)),
        quotes.with_columns(_speaker_key_column(quotes, entities, mentions, keys)),
    )


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
