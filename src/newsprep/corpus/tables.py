"""The corpus keys on the published tables, and ``corpus_entities``: one row per key.

Pure functions of polars frames, run at publish time over the whole published corpus (the rows of this run and the
rows reused from the previous version alike), so that a corpus published in one run or in many gets the same keys.
"""

from __future__ import annotations

from collections import defaultdict

import polars as pl

from newsprep.corpus.acronyms import defined_acronyms
from newsprep.corpus.keys import CorpusKeys, EntityName, Ref, corpus_keys

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


def _speaker_key_column(quotes: pl.DataFrame, entities: pl.DataFrame, keys: CorpusKeys) -> pl.Series:
    """Each quote's speaker as a corpus key: the speaker's entity is the document's entity whose canonical name is
    the speaker's (the person first, when two share it), and the key is that of the form the speaker is written in
    at the attribution; null without a speaker, or for a speaker that is none of the document's entities."""
    by_name: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
    for doc_id, entity_id, text, label in entities.select("doc_id", "entity_id", "text", "label").iter_rows():
        by_name[(doc_id, text)].append((SPEAKER_LABEL_ORDER.get(label, 2), entity_id))
    found: list[str | None] = []
    for doc_id, speaker, written in quotes.select("doc_id", "speaker", "speaker_mention").iter_rows():
        if speaker is None or (doc_id, speaker) not in by_name:
            found.append(None)
            continue
        ref = (doc_id, min(by_name[(doc_id, speaker)])[1])
        found.append(keys.form_key(ref, written).key)
    return pl.Series("speaker_key", found, dtype=pl.Utf8)


def with_corpus_keys(
    documents: pl.DataFrame, entities: pl.DataFrame, mentions: pl.DataFrame, quotes: pl.DataFrame
) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """``entities`` and ``mentions`` with ``entity_key``, ``quotes`` with ``speaker_key``, computed afresh over the
    frames given (key columns they came with, from a previous version, are replaced)."""
    entities, mentions, quotes = (
        frame.drop(KEY_COLUMNS[table], strict=False)
        for table, frame in (("entities", entities), ("mentions", mentions), ("quotes", quotes))
    )
    keys = entity_keys(documents, entities, mentions)
    return (
        entities.with_columns(_entity_key_column(entities, keys)),
        mentions.with_columns(_mention_key_column(mentions, keys)),
        quotes.with_columns(_speaker_key_column(quotes, entities, keys)),
    )
