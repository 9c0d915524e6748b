"""The samples corpus: four pinned releases' English news articles, each read from its release's folder, by id."""

from __future__ import annotations

import pytest

from benchmarks.corpus_samples import (
    ARTICLE_IDS,
    DOMDOWN_036,
    ID_PREFIX,
    MEDIACLOUD_520,
    MEDIACLOUD_METADATA_143,
    PAGES,
    PYTEXTRANK_330,
    REAL_PAGES,
    SAMPLES,
    STORIES,
    sample_articles,
    sample_bodies,
)
from benchmarks.evalsets import CORPORA
from benchmarks.registry_release import PinnedRelease, cache_dir

RELEASES = (MEDIACLOUD_METADATA_143, MEDIACLOUD_520, PYTEXTRANK_330, DOMDOWN_036)
CACHED = all((cache_dir() / release.filename).exists() for release in RELEASES)


def test_an_annotation_file_may_name_the_corpus() -> None:
    assert "samples" in CORPORA


@pytest.mark.parametrize(
    ("release", "paths"),
    [(MEDIACLOUD_METADATA_143, PAGES), (MEDIACLOUD_520, STORIES), (PYTEXTRANK_330, SAMPLES), (DOMDOWN_036, REAL_PAGES)],
)
def test_each_article_is_read_from_its_pinned_release_folder(release: PinnedRelease, paths: dict[str, str]) -> None:
    assert len(release.sha256) == 64
    folder = release.filename.removesuffix(".tar.gz") + "/"
    assert paths and all(path.startswith(folder) for path in paths.values())


def test_every_article_has_its_own_id() -> None:
    assert len(set(ARTICLE_IDS)) == len(ARTICLE_IDS) == 7
    assert all(doc_id.startswith(ID_PREFIX) for doc_id in ARTICLE_IDS)


@pytest.mark.skipif(not CACHED, reason="the four releases of the samples corpus are not cached on this machine")
def test_every_article_is_read_and_an_unknown_id_is_named() -> None:
    articles = sample_articles()
    assert list(articles) == list(ARTICLE_IDS)
    assert all(len(text.split()) > 400 for text in articles.values())
    first = ARTICLE_IDS[0]
    assert sample_bodies([first]) == {first: articles[first]}
    with pytest.raises(SystemExit, match="smp-nowhere"):
        sample_bodies(["smp-nowhere"])
