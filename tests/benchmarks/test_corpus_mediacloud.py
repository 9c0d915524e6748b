"""Media Cloud's English test pages: the pinned release's pages, their text as the goose pages' is extracted, by id."""

from __future__ import annotations

import pytest

from benchmarks.corpus_mediacloud import (
    ENGLISH_ARTICLES,
    ID_PREFIX,
    MEDIACLOUD_METADATA_210,
    PAGE_FOLDER,
    article_id,
    mediacloud_articles,
    mediacloud_bodies,
)
from benchmarks.evalsets import CORPORA
from benchmarks.registry_release import cache_dir


def test_an_annotation_file_may_name_the_corpus() -> None:
    assert "mediacloud" in CORPORA


def test_the_pages_are_read_from_the_pinned_release_folder() -> None:
    assert PAGE_FOLDER.startswith(MEDIACLOUD_METADATA_210.filename.removesuffix(".tar.gz") + "/")
    assert len(MEDIACLOUD_METADATA_210.sha256) == 64
    assert len(set(ENGLISH_ARTICLES)) == len(ENGLISH_ARTICLES) >= 8


def test_every_page_has_its_own_short_id() -> None:
    ids = [article_id(name) for name in ENGLISH_ARTICLES]
    assert len(set(ids)) == len(ids)
    assert all(doc_id.startswith(ID_PREFIX) and len(doc_id) == len(ID_PREFIX) + 8 for doc_id in ids)


@pytest.mark.skipif(
    not (cache_dir() / MEDIACLOUD_METADATA_210.filename).exists(),
    reason="mediacloud-metadata's release 2.1.0 is not cached on this machine",
)
def test_every_english_article_is_read_and_an_unknown_id_is_named() -> None:
    articles = mediacloud_articles()
    assert list(articles) == [article_id(name) for name in ENGLISH_ARTICLES]
    assert all(len(text.split()) > 200 for text in articles.values())
    first = article_id(ENGLISH_ARTICLES[0])
    assert mediacloud_bodies([first]) == {first: articles[first]}
    with pytest.raises(SystemExit, match="mc-nowhere"):
        mediacloud_bodies(["mc-nowhere"])
