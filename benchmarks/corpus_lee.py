"""The Lee background corpus: 300 real Australian news articles, fetched from the package registry at run time.

Lee, Pincombe and Welsh (2005) collected these ABC news articles (2001) to study document similarity; gensim's
source release ships them as test data (``gensim/test/test_data/lee_background.cor``: one article per line, its
paragraphs joined by spaces, ASCII). They are real news nobody here wrote rules on, and the only such text this
machine can reach beside the shared corpora: the package registry is reachable, nothing else is.

The source release is fetched once from the index pip uses (``PIP_INDEX_URL``, else PyPI's simple index), checked
against the pinned SHA-256 and cached outside the repository (``NEWSPREP_CORPUS_CACHE``, else
``~/.cache/newsprep/corpora``); gensim itself is never installed or imported. As with the shared corpora the text is
for evaluation only and never goes into the project: an annotation file with ``"corpus": "lee"`` names an article
by its line (``lee-bg-000`` to ``lee-bg-299``; the 50 rated articles of ``lee.cor`` are ``lee-cor-00`` to
``lee-cor-49``) and holds offsets and hashes (``benchmarks/evalsets.py``). Fetching and the pin are
``registry_release.py``'s.
"""

from __future__ import annotations

import sys
import tarfile
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # registry_release, beside this module
from registry_release import CorpusUnavailable, PinnedRelease, cache_dir, fetched, selected_bodies
from registry_release import release_url as _release_url

__all__ = ["CorpusUnavailable", "cache_dir", "fetched_release", "lee_articles", "lee_bodies", "lee_test_articles"]

SOURCE_RELEASE = "gensim-4.4.0.tar.gz"
SOURCE_RELEASE_SHA256 = "a3f5b626da5518e79a479140361c663089fe7998df8ba52d56e1ded71ac5bdf5"
GENSIM = PinnedRelease("gensim", SOURCE_RELEASE, SOURCE_RELEASE_SHA256)
ARTICLES_MEMBER = "gensim-4.4.0/gensim/test/test_data/lee_background.cor"
ID_PREFIX = "lee-bg-"
ARTICLE_COUNT = 300
TEST_ARTICLES_MEMBER = "gensim-4.4.0/gensim/test/test_data/lee.cor"
"""The Lee corpus's other file: the 50 articles people rated for similarity, none of them a background article.
It is Latin-1 (a pound sign), where the background file is ASCII."""
TEST_ID_PREFIX = "lee-cor-"
TEST_ARTICLE_COUNT = 50


def release_url(project_page: str, page_url: str) -> str:
    """The source release's download address on a PEP 503 project page (its hash fragment dropped)."""
    return _release_url(project_page, page_url, SOURCE_RELEASE)


def fetched_release(cache: Path | None = None) -> Path:
    """The pinned source release in the cache, fetched (and checked before it is kept) when it is not there."""
    return fetched(GENSIM, cache)


def article_id(line: int) -> str:
    return f"{ID_PREFIX}{line:03d}"


def lee_articles(cache: Path | None = None) -> dict[str, str]:
    """Every background article by id, its text as the corpus has it."""
    lines = _member_lines(ARTICLES_MEMBER, "utf-8", ARTICLE_COUNT, cache)
    return {article_id(number): text for number, text in enumerate(lines)}


def lee_test_articles(cache: Path | None = None) -> dict[str, str]:
    """The 50 rated articles by id (``lee-cor-00`` to ``lee-cor-49``), their text as the corpus has it."""
    lines = _member_lines(TEST_ARTICLES_MEMBER, "latin-1", TEST_ARTICLE_COUNT, cache)
    return {f"{TEST_ID_PREFIX}{number:02d}": text for number, text in enumerate(lines)}


def _member_lines(member_name: str, encoding: str, count: int, cache: Path | None) -> list[str]:
    with tarfile.open(fetched_release(cache)) as release:
        member = release.extractfile(member_name)
        if member is None:
            raise CorpusUnavailable(f"{SOURCE_RELEASE} holds no {member_name}")
        lines = member.read().decode(encoding).splitlines()
    if len(lines) != count:
        raise CorpusUnavailable(f"{member_name}: {len(lines)} articles, expected {count}")
    return lines


def lee_bodies(ids: Sequence[str], cache: Path | None = None) -> dict[str, str]:
    articles = lee_articles(cache)
    if any(doc_id.startswith(TEST_ID_PREFIX) for doc_id in ids):
        articles |= lee_test_articles(cache)
    return selected_bodies(articles, ids, "Lee")
