"""trafilatura's English test pages: the pinned release's pages, their text as the goose pages' is extracted, by id."""

from __future__ import annotations

import pytest

from benchmarks.corpus_trafilatura import (
    ENGLISH_ARTICLES,
    ID_PREFIX,
    PAGE_FOLDER,
    TRAFILATURA_090,
    trafilatura_articles,
    trafilatura_bodies,
)
from benchmarks.evalsets import CORPORA
from benchmarks.registry_release import cache_dir


def test_an_annotation_file_may_name_the_corpus() -> None:
    assert "trafilatura" in CORPORA


def test_the_pages_are_read_from_the_pinned_release_folder() -> None:
    assert PAGE_FOLDER.startswith(TRAFILATURA_090.filename.removesuffix(".tar.gz") + "/")
    assert len(TRAFILATURA_090.sha256) == 64
    assert len(set(ENGLISH_ARTICLES)) == len(ENGLISH_ARTICLES) >= 8


@pytest.mark.skipif(
    not (cache_dir() / TRAFILATURA_090.filename).exists(),
    reason="trafilatura's release 0.9.0 is not cached on this machine",
)
def test_every_english_article_is_read_and_an_unknown_id_is_named() -> None:
    articles = trafilatura_articles()
    assert list(articles) == [f"{ID_PREFIX}{name}" for name in ENGLISH_ARTICLES]
    assert all(len(text.split()) > 200 for text in articles.values())
    first = f"{ID_PREFIX}{ENGLISH_ARTICLES[0]}"
    assert trafilatura_bodies([first]) == {first: articles[first]}
    with pytest.raises(SystemExit, match="traf-nowhere"):
        trafilatura_bodies(["traf-nowhere"])
