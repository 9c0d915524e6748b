"""The corpus level: one key per person or organisation across every published document, and ``corpus_entities``.

- ``names``: written names reduced to the words that tell entities apart (case, diacritics, titles, middles...).
- ``acronyms``: the acronyms an article defines ("Federal Bureau of Investigation (FBI)").
- ``keys``: the corpus key of every entity, a deterministic function of the whole corpus.
- ``tables``: the keys on ``entities``, ``mentions`` and ``quotes``; the ``corpus_entities`` table.
"""

from newsprep.corpus.acronyms import defined_acronyms, spells
from newsprep.corpus.keys import CorpusKey, EntityName, corpus_keys
from newsprep.corpus.names import name_words, person_name
from newsprep.corpus.tables import KEY_COLUMNS, corpus_entities, corpus_tables, with_corpus_keys

__all__ = [
    "KEY_COLUMNS",
    "CorpusKey",
    "EntityName",
    "corpus_entities",
    "corpus_keys",
    "corpus_tables",
    "defined_acronyms",
    "name_words",
    "person_name",
    "spells",
    "with_corpus_keys",
]
