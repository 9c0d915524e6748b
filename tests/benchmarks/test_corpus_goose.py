"""The goose pages' English articles: the pinned release's pages, their text by trafilatura, by id."""

from __future__ import annotations

import pytest

from benchmarks.corpus_goose import (
    ENGLISH_ARTICLES,
    NEWSPAPER_003,
    CorpusUnavailable,  # the class corpus_goose raises (its registry_release is imported beside it, by path)
    article_text,
    goose_articles,
    goose_bodies,
)
from benchmarks.evalsets import CORPORA
from benchmarks.registry_release import cache_dir

INVENTED_PAGE = """<html><head><title>Harbour board votes</title></head><body><nav>Home | Sport | Weather</nav>
<article><h1>Harbour board votes to widen the quay</h1>
<p>The Tillingham harbour board voted on Tuesday to widen the north quay by 40 metres, ending a dispute that had
run for three years between the fishing fleet and the ferry company.</p>
<p>"We have waited long enough," said Orla Penhallow, who chairs the board. The work is due to start in May and to
cost about 2 million pounds, most of it from a regional fund.</p></article>
<footer>Copyright the Tillingham Courier</footer></body></html>"""


def test_an_annotation_file_may_name_the_corpus() -> None:
    assert "goose" in CORPORA


def test_the_article_text_is_the_pages_paragraphs_without_its_furniture() -> None:
    text = article_text(INVENTED_PAGE)
    assert "Orla Penhallow" in text
    assert "widen the north quay" in text
    assert "Copyright" not in text


def test_a_page_without_an_article_is_refused() -> None:
    with pytest.raises(CorpusUnavailable, match="no article text"):
        article_text("<html><body></body></html>")


@pytest.mark.skipif(
    not (cache_dir() / NEWSPAPER_003.filename).exists(),
    reason="newspaper's first release is not cached on this machine",
)
def test_every_english_article_is_read_and_an_unknown_id_is_named() -> None:
    articles = goose_articles()
    assert list(articles) == [f"goose-{name}" for name in ENGLISH_ARTICLES]
    assert all(len(text.split()) > 200 for text in articles.values())
    assert goose_bodies(["goose-cnn1"]) == {"goose-cnn1": articles["goose-cnn1"]}
    with pytest.raises(SystemExit, match="goose-nowhere"):
        goose_bodies(["goose-nowhere"])
