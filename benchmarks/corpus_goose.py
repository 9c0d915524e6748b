"""Real English web news of 2010-2013 (AOL, BusinessWeek, CNET, CNN, ESPN, Fox, Politico, Time, Yahoo and others),
fetched from the package registry.

newspaper's first source release (MIT licence; the pages belong to their publishers) vendors python-goose's test
pages: ``newspaper/packages/python-goose-documents/tests/data/extractors/test_<name>.html``, whole pages as saved,
navigation, comments and all. Nothing else here is from those outlets or years, and nobody had read them when this
corpus was added (2026-12-06): a fresh source for first-sight figures and new dev sets. The text of an article is
trafilatura's extraction of its page, with the arguments below and the version the lock pins, so it is the same on
every machine (the annotations' hashes catch a change). As with the other corpora the text is for evaluation only
and never goes into the project: an annotation file with ``"corpus": "goose"`` names an article ``goose-<name>`` and
holds offsets and hashes (``benchmarks/evalsets.py``). Fetching and the pin are ``registry_release.py``'s.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # registry_release, beside this module
from registry_release import CorpusUnavailable, PinnedRelease, release_files, selected_bodies, show_or_write

NEWSPAPER_003 = PinnedRelease(
    "newspaper", "newspaper-0.0.3.tar.gz", "055c65de0ec0aff4102e93c82c476de0bc96e50d7417d68f82ba7bfdc0597601"
)
PAGE_FOLDER = "newspaper-0.0.3/newspaper/packages/python-goose-documents/tests/data/extractors"
ID_PREFIX = "goose-"
ENGLISH_ARTICLES = (
    "aolNews",
    "businessWeek1",
    "businessWeek2",
    "businessWeek3",
    "businessinsider2",
    "cnbc1",
    "cnet",
    "cnn1",
    "espn",
    "foxNews",
    "gizmodo1",
    "huffingtonPost2",
    "issue25",
    "issue28",
    "issue32",
    "msn1",
    "politico",
    "tags_abcau",
    "tags_deadline",
    "techcrunch1",
    "testHuffingtonPost",
    "time",
    "time2",
    "yahoo",
)
"""The English news pages whose extracted text has more than 200 words (the others are in other languages, a lyrics
page, a code sample, a podcast's stub or empty after extraction)."""


def article_text(page: str) -> str:
    """trafilatura's plain text of a page: the article's paragraphs, one per line, no comments or tables."""
    import trafilatura

    text = trafilatura.extract(
        page, output_format="txt", include_comments=False, include_tables=False, deduplicate=False
    )
    if not text:
        raise CorpusUnavailable("trafilatura found no article text in a goose page")
    return str(text)


def extracted_articles(release: PinnedRelease, paths: Mapping[str, str], cache: Path | None = None) -> dict[str, str]:
    """Each named page of a pinned release (``{id: path inside the archive}``), as ``article_text`` extracts it: the
    goose pages, and the trafilatura and Media Cloud pages, which are read the same way."""
    pages = release_files(release, paths, cache)
    return {doc_id: article_text(page.decode("utf-8", errors="replace")) for doc_id, page in pages.items()}


def goose_articles(cache: Path | None = None) -> dict[str, str]:
    """Every English article by id, its text as trafilatura extracts it from the page."""
    paths = {f"{ID_PREFIX}{name}": f"{PAGE_FOLDER}/test_{name}.html" for name in ENGLISH_ARTICLES}
    return extracted_articles(NEWSPAPER_003, paths, cache)


def goose_bodies(ids: Sequence[str], cache: Path | None = None) -> dict[str, str]:
    return selected_bodies(goose_articles(cache), ids, "goose")


if __name__ == "__main__":
    show_or_write(goose_articles(), sys.argv[1:])
