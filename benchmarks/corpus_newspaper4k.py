"""Eleven real English news articles (CNN, Time, Wired, Yonhap and others), fetched from the package registry.

newspaper4k (MIT licence; the text belongs to its publishers) ships the articles its extractor is tested on in its
source release: ``tests/data/txt/<name>.txt`` is the article text the extractor must produce from the page
``tests/data/html/<name>.html``. The English ones are US, British and Korean wire, magazine and web news, the kind
no other corpus here holds. As with the other corpora the text is for evaluation only and never goes into the
project: an annotation file with ``"corpus": "newspaper4k"`` names an article ``np4k-<name>`` and holds offsets and
hashes (``benchmarks/evalsets.py``). Fetching and the pin are ``registry_release.py``'s.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # registry_release, beside this module
from registry_release import PinnedRelease, release_files, selected_bodies

NEWSPAPER4K = PinnedRelease(
    "newspaper4k", "newspaper4k-0.9.6.tar.gz", "a3f2f0e017dddb6f1019ee77aaa8980e13e6ecea0b949abc7167aae4770d2d0e"
)
TEXT_FOLDER = "newspaper4k-0.9.6/tests/data/txt"
ID_PREFIX = "np4k-"
ENGLISH_ARTICLES = (
    "article_with_br",
    "cleveland.com1",
    "cnn_001",
    "cnn_002",
    "cnn_article",
    "cnn_test_nlp",
    "fox13now_001",
    "time_001",
    "video_article_02",
    "wired_001",
    "yna_co_kr",
)
"""The English articles of more than 200 words (the other texts are in other languages, a summary or a stub)."""


def newspaper4k_articles(cache: Path | None = None) -> dict[str, str]:
    """Every English article by id, its text as the release has it."""
    paths = {f"{ID_PREFIX}{name}": f"{TEXT_FOLDER}/{name}.txt" for name in ENGLISH_ARTICLES}
    return {doc_id: raw.decode("utf-8") for doc_id, raw in release_files(NEWSPAPER4K, paths, cache).items()}


def newspaper4k_bodies(ids: Sequence[str], cache: Path | None = None) -> dict[str, str]:
    return selected_bodies(newspaper4k_articles(cache), ids, "newspaper4k")
