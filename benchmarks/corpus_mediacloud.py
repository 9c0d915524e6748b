"""Real English web news of 2018-2025 (CNN, The New York Times, France 24, Taiwan's Central News Agency, Indian and
US outlets), fetched from the package registry.

Media Cloud's metadata library, ``mediacloud-metadata`` (Apache-2.0 for the package; the pages belong to their
publishers), ships in its source release 2.1.0 the pages its extractor is tested on: ``mcmetadata/test/fixtures/<md5
of the page's address>.html``, whole pages as saved, navigation and all. Most of its 87 pages are not English, are
not news (a market report, a stock exchange release, a notice), hold a few teasers only, quote nobody, or are copies
of one another; the eleven below are the English news articles whose text holds a double-quoted span. Nothing else
here is from this release (``benchmarks/corpus_overlap.py``: the only 8-word run of them found in aeb, PolNeAR, Lee,
newspaper4k, the goose pages or trafilatura's is the standard line CNN closes an updated story with), and nobody had
read them when this corpus was added (2026-12-07): a fresh source
for first-sight figures and new dev sets. The text of an article is trafilatura's extraction of its page as for the
goose pages (``corpus_goose.article_text``). As with the other corpora the text is for evaluation only and never
goes into the project: an annotation file with ``"corpus": "mediacloud"`` names an article ``mc-<first 8 hex of its
file name>`` and holds offsets and hashes (``benchmarks/evalsets.py``). Fetching and the pin are
``registry_release.py``'s.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # registry_release and corpus_goose, beside this module
from corpus_goose import extracted_articles
from registry_release import PinnedRelease, selected_bodies, show_or_write

MEDIACLOUD_METADATA_210 = PinnedRelease(
    "mediacloud-metadata",
    "mediacloud_metadata-2.1.0.tar.gz",
    "e0a170a3c4403d3ecdbeddb5c06eb1ee2a3ac97d8a9453e07c6270ea5af74b3e",
)
PAGE_FOLDER = "mediacloud_metadata-2.1.0/mcmetadata/test/fixtures"
ID_PREFIX = "mc-"
SHORT_NAME_LENGTH = 8
"""An id keeps the first 8 hex digits of a page's file name (an md5 of its address): unique among the pages."""
ENGLISH_ARTICLES = (
    "194667cbfd554f9160853bd8382b0a5b",
    "2b10ac48e008442eeb3c099ff33c1149",
    "539a1ceb9ce842357a05588c5b13b2fe",
    "5879e08913a26c7c367f9491791e68e7",
    "66bde908e7d16aec43b217fcb184f21c",
    "91a96fc2d8352825beb57bf742e80d58",
    "a4b85504631685ad6b67d12adebd052f",
    "ca2ce687f3459b83a02da227992de923",
    "e3d817989e85dc1a0bbbf99e80c9e8c8",
    "f0fcc57b71d02c159d625a852c5cc09e",
    "fc75030edbba5fc961f24a4dfa59bb8c",
)
"""The English news articles holding a double quote mark (the others are in Portuguese, Korean and other languages,
a market-research page, a stock exchange release, notices, pages of teasers or headlines, English stories quoting
nobody (an opinion piece, a local scholarship story, an EU service page), an Indian explainer quoting only in single
marks, or copies: the release holds one CNN article twice and a page of headlines three times)."""


def article_id(file_name: str) -> str:
    return f"{ID_PREFIX}{file_name[:SHORT_NAME_LENGTH]}"


def mediacloud_articles(cache: Path | None = None) -> dict[str, str]:
    """Every chosen English article by id, its text as trafilatura extracts it from the page."""
    paths = {article_id(name): f"{PAGE_FOLDER}/{name}.html" for name in ENGLISH_ARTICLES}
    return extracted_articles(MEDIACLOUD_METADATA_210, paths, cache)


def mediacloud_bodies(ids: Sequence[str], cache: Path | None = None) -> dict[str, str]:
    return selected_bodies(mediacloud_articles(cache), ids, "mediacloud")


if __name__ == "__main__":
    show_or_write(mediacloud_articles(), sys.argv[1:])
