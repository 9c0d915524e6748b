"""Real English web news of 2019-2020 (Reuters, the Guardian, DW, Nature, Salon, Vice, The Verge and others),
fetched from the package registry.

trafilatura's source release 0.9.0 (GPLv3+ for the package; the pages belong to their publishers) ships the pages
its extractor is tested on: ``tests/cache/<name>.html``, whole pages as saved, navigation and all. Its later releases
leave that folder out, and most of its pages are German, French or not news: the fourteen below are the English
news and feature pages whose text has more than 200 words. Nothing else here is from those outlets or years (no
8-word run of them is in aeb, PolNeAR, Lee, newspaper4k or the goose pages), and nobody had read them when this
corpus was added (2026-12-06): a fresh source for first-sight figures and new dev sets. The text of an article is
trafilatura's extraction of its page as for the goose pages (``corpus_goose.article_text``: the version the lock
pins, so the same on every machine; the annotations' hashes catch a change). As with the other corpora the text is
for evaluation only and never goes into the project: an annotation file with ``"corpus": "trafilatura"`` names an
article ``traf-<name>`` and holds offsets and hashes (``benchmarks/evalsets.py``). Fetching and the pin are
``registry_release.py``'s.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # registry_release and corpus_goose, beside this module
from corpus_goose import extracted_articles
from registry_release import PinnedRelease, selected_bodies, show_or_write

TRAFILATURA_090 = PinnedRelease(
    "trafilatura", "trafilatura-0.9.0.tar.gz", "f67c7cfa0705488ca2d471cc03f01c6624cd255f84fa23743f068061b1bbe45f"
)
PAGE_FOLDER = "trafilatura-0.9.0/tests/cache"
ID_PREFIX = "traf-"
ENGLISH_ARTICLES = (
    "dw.com.colonial",
    "dw.com.uncork",
    "knowtechie.com.rally",
    "nationalgeographic.co.uk.goats",
    "nature.com.telescope",
    "phys.org.tool",
    "reuters.com.parasite",
    "salon.com.emissions",
    "theguardian.com.academics",
    "theplanetarypress.com.forestlands",
    "theverge.com.ios13",
    "threatpost.com.android",
    "vancouversun.com.microsoft",
    "vice.com.amazon",
)
"""The English news pages whose extracted text has more than 200 words (the others are German, French or Spanish,
blogs, shop, recipe, software and club pages, an encyclopedia entry, a press release, empty after extraction, or,
Boing Boing's, a post of 60 words padded past 200 by the teasers of other posts)."""


def trafilatura_articles(cache: Path | None = None) -> dict[str, str]:
    """Every English article by id, its text as trafilatura extracts it from the page."""
    paths = {f"{ID_PREFIX}{name}": f"{PAGE_FOLDER}/{name}.html" for name in ENGLISH_ARTICLES}
    return extracted_articles(TRAFILATURA_090, paths, cache)


def trafilatura_bodies(ids: Sequence[str], cache: Path | None = None) -> dict[str, str]:
    return selected_bodies(trafilatura_articles(cache), ids, "trafilatura")


if __name__ == "__main__":
    show_or_write(trafilatura_articles(), sys.argv[1:])
