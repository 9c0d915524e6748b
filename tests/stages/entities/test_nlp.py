"""The NER adapter: only what NER needs runs, on NumPy's BLAS, and the entities are spaCy's own."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from newsprep.nlp.ner import DEFAULT_MODEL, NER_EXCLUDED_COMPONENTS, load_pipeline, ner_listens_to_shared_embedding

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def _fixture_texts() -> list[str]:
    texts = [p.read_bytes().decode("utf-8", "replace") for p in sorted(FIXTURES.glob("**/raw/*.txt"))]
    assert len(texts) >= 10, "the annotated fixtures are missing"
    return texts


def _entities(nlp: Language, texts: list[str]) -> list[list[tuple[int, int, str]]]:
    return [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in nlp.pipe(texts)]


def test_the_default_model_runs_its_ner_alone_on_numpys_blas() -> None:
    nlp = load_pipeline(DEFAULT_MODEL)
    assert nlp.pipe_names == ["ner"]
    ops = nlp.get_pipe("ner").model.ops
    assert getattr(ops, "use_blis", None) is False


def test_the_entities_are_those_of_spacys_defaults() -> None:
    """Leaving out the shared tok2vec and changing the matrix library must not change a single entity.

    (The parser stays out of both: its sentence boundaries would change some entities, and NER doesn't need it.)
    """
    texts = _fixture_texts()
    stock = spacy.load(DEFAULT_MODEL, exclude=list(NER_EXCLUDED_COMPONENTS))  # thinc's default blis
    assert stock.pipe_names == ["tok2vec", "ner"]
    found = _entities(load_pipeline(DEFAULT_MODEL), texts)
    assert sum(map(len, found)) > 100
    assert found == _entities(stock, texts)


def _blank_model_with_ner(*, listening: bool) -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("tok2vec")
    model: dict[str, object] = {
        "@architectures": "spacy.TransitionBasedParser.v2",
        "state_type": "ner",
        "extra_state_tokens": False,
        "hidden_width": 16,
        "maxout_pieces": 2,
        "use_upper": True,
    }
    if listening:
        model["tok2vec"] = {"@architectures": "spacy.Tok2VecListener.v1", "width": 96, "upstream": "*"}
    ner = nlp.add_pipe("ner", config={"model": model} if listening else {})
    ner.add_label("PERSON")  # type: ignore[attr-defined]
    nlp.initialize()
    return nlp


@pytest.mark.parametrize("listening", [True, False])
def test_the_shared_tok2vec_stays_only_when_ner_listens_to_it(tmp_path: Path, listening: bool) -> None:
    nlp = _blank_model_with_ner(listening=listening)
    assert ner_listens_to_shared_embedding(nlp) is listening
    nlp.to_disk(tmp_path / "model")
    loaded = load_pipeline(str(tmp_path / "model"))
    assert loaded.pipe_names == (["tok2vec", "ner"] if listening else ["ner"])
    assert not set(loaded.pipe_names) & set(NER_EXCLUDED_COMPONENTS)
    loaded("Ryan Hass spoke in Beijing.")  # a listening ner still runs: its tok2vec was kept
