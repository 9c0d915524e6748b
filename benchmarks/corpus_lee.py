"""The Lee background corpus: 300 real Australian news articles, fetched from the package registry at run time.

Lee, Pincombe and Welsh (2005) collected these ABC news articles (2001) to study document similarity; gensim's
source release ships them as test data (``gensim/test/test_data/lee_background.cor``: one article per line, its
paragraphs joined by spaces, ASCII). They are real news nobody here wrote rules on, and the only such text this
machine can reach beside the shared corpora: the package registry is reachable, nothing else is.

The source release is fetched once from the index pip uses (``PIP_INDEX_URL``, else PyPI's simple index), checked
against the pinned SHA-256 and cached outside the repository (``NEWSPREP_CORPUS_CACHE``, else
``~/.cache/newsprep/corpora``); gensim itself is never installed or imported. As with the shared corpora the text is
for evaluation only and never goes into the project: an annotation file with ``"corpus": "lee"`` names an article
by its line (``lee-bg-000`` to ``lee-bg-299``) and holds offsets and hashes (``benchmarks/evalsets.py``).
"""

from __future__ import annotations

import hashlib
import html.parser
import os
import tarfile
import urllib.parse
import urllib.request
from collections.abc import Sequence
from pathlib import Path

SOURCE_RELEASE = "gensim-4.4.0.tar.gz"
SOURCE_RELEASE_SHA256 = "a3f5b626da5518e79a479140361c663089fe7998df8ba52d56e1ded71ac5bdf5"
ARTICLES_MEMBER = "gensim-4.4.0/gensim/test/test_data/lee_background.cor"
ID_PREFIX = "lee-bg-"
ARTICLE_COUNT = 300


class CorpusUnavailable(RuntimeError):
    """The source release could not be fetched, or it is not the one pinned."""


def cache_dir() -> Path:
    configured = os.environ.get("NEWSPREP_CORPUS_CACHE")
    return Path(configured) if configured else Path.home() / ".cache" / "newsprep" / "corpora"


def index_url() -> str:
    return os.environ.get("PIP_INDEX_URL", "https://pypi.org/simple").rstrip("/")


class _Links(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self.hrefs.extend(value for name, value in attrs if name == "href" and value)


def release_url(project_page: str, page_url: str) -> str:
    """The source release's download address on a PEP 503 project page (its hash fragment dropped)."""
    links = _Links()
    links.feed(project_page)
    for href in links.hrefs:
        address = urllib.parse.urljoin(page_url, href).split("#", 1)[0]
        if address.rsplit("/", 1)[-1] == SOURCE_RELEASE:
            return address
    raise CorpusUnavailable(f"{SOURCE_RELEASE} is not listed on {page_url}")


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def fetched_release(cache: Path | None = None) -> Path:
    """The pinned source release in the cache, fetched (and checked before it is kept) when it is not there."""
    folder = cache or cache_dir()
    path = folder / SOURCE_RELEASE
    if path.exists() and sha256_of(path) == SOURCE_RELEASE_SHA256:
        return path
    page_url = f"{index_url()}/gensim/"
    try:
        with urllib.request.urlopen(page_url, timeout=60) as response:
            address = release_url(response.read().decode("utf-8"), page_url)
        folder.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        with urllib.request.urlopen(address, timeout=600) as response, partial.open("wb") as out:
            for block in iter(lambda: response.read(1 << 20), b""):
                out.write(block)
    except OSError as error:
        raise CorpusUnavailable(f"cannot fetch {SOURCE_RELEASE} from {page_url}: {error}") from error
    actual = sha256_of(partial)
    if actual != SOURCE_RELEASE_SHA256:
        partial.unlink()
        raise CorpusUnavailable(f"{SOURCE_RELEASE}: sha256 {actual}, pinned {SOURCE_RELEASE_SHA256}")
    partial.replace(path)
    return path


def article_id(line: int) -> str:
    return f"{ID_PREFIX}{line:03d}"


def lee_articles(cache: Path | None = None) -> dict[str, str]:
    """Every article by id, its text as the corpus has it."""
    with tarfile.open(fetched_release(cache)) as release:
        member = release.extractfile(ARTICLES_MEMBER)
        if member is None:
            raise CorpusUnavailable(f"{SOURCE_RELEASE} holds no {ARTICLES_MEMBER}")
        lines = member.read().decode("utf-8").splitlines()
    if len(lines) != ARTICLE_COUNT:
        raise CorpusUnavailable(f"{ARTICLES_MEMBER}: {len(lines)} articles, expected {ARTICLE_COUNT}")
    return {article_id(number): text for number, text in enumerate(lines)}


def lee_bodies(ids: Sequence[str], cache: Path | None = None) -> dict[str, str]:
    articles = lee_articles(cache)
    unknown = [doc_id for doc_id in ids if doc_id not in articles]
    if unknown:
        raise SystemExit(f"unknown Lee article ids: {', '.join(unknown)}")
    return {doc_id: articles[doc_id] for doc_id in ids}
