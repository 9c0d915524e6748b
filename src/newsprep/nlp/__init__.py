"""NLP: the spaCy model, loaded once per process from its installed wheel, and the named-entity spans it finds in
every title, body and caption. The only package that touches spaCy (imported when the model is first loaded).

- ``ner``: ``find_ner_spans`` over whole batches of articles, the model's loading and the text limit it takes.
"""

from newsprep.nlp.ner import (
    DEFAULT_MODEL,
    find_ner_spans,
    load_pipeline,
    longest_ner_text,
    ner_text_limit,
)

__all__ = ["DEFAULT_MODEL", "find_ner_spans", "load_pipeline", "longest_ner_text", "ner_text_limit"]
