"""newspaper4k's English articles: the pinned release's text files, by id."""

from __future__ import annotations

import pytest

from benchmarks.corpus_newspaper4k import ENGLISH_ARTICLES, NEWSPAPER4K, newspaper4k_articles, newspaper4k_bodies
from benchmarks.evalsets import CORPORA
from benchmarks.registry_release import CorpusUnavailable, cache_dir, release_url

PAGE = """<a href="../../p/aa/newspaper4k-0.9.5.tar.gz#sha256=00">old</a>
<a href="../../p/bb/newspaper4k-0.9.6-py3-none-any.whl#sha256=11">wheel</a>
<a href="../../p/cc/newspaper4k-0.9.6.tar.gz#sha256=22">sdist</a>"""


def test_the_source_release_is_found_on_its_project_page() -> None:
    address = release_url(PAGE, "https://index.example/simple/newspaper4k/", NEWSPAPER4K.filename)
    assert address == "https://index.example/p/cc/newspaper4k-0.9.6.tar.gz"
    with pytest.raises(CorpusUnavailable, match=r"newspaper4k-0\.9\.6\.tar\.gz is not listed"):
        release_url(PAGE.split("\n")[0], "https://index.example/simple/newspaper4k/", NEWSPAPER4K.filename)


def test_an_annotation_file_may_name_the_corpus() -> None:
    assert "newspaper4k" in CORPORA


@pytest.mark.skipif(
    not (cache_dir() / NEWSPAPER4K.filename).exists(), reason="newspaper4k's release is not cached on this machine"
)
def test_every_english_article_is_read_and_an_unknown_id_is_named() -> None:
    articles = newspaper4k_articles()
    assert list(articles) == [f"np4k-{name}" for name in ENGLISH_ARTICLES]
    assert all(len(text.split()) > 200 for text in articles.values())
    assert newspaper4k_bodies(["np4k-cnn_001"]) == {"np4k-cnn_001": articles["np4k-cnn_001"]}
    with pytest.raises(SystemExit, match="np4k-nowhere"):
        newspaper4k_bodies(["np4k-nowhere"])
