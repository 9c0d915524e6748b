"""No text from ../shared/corpus (or the cached Lee, newspaper4k, goose, trafilatura, Media Cloud, samples and GoOse
corpora) in the repository: no tracked file shares a run of 7 words with a corpus article.

Words are lower-cased ``[a-z0-9']+`` tokens, so punctuation, case and line breaks do not hide a copied sentence.
The corpus is read at test time and never enters the repository; where it is absent (CI may not have it) the scan
is skipped. The shared NPR fixture (../shared/fixtures) may be copied, so runs it also holds are allowed.
"""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Iterable
from pathlib import Path

import pytest

from benchmarks.corpus_goose import NEWSPAPER_003, goose_articles
from benchmarks.corpus_goose_go import GOOSE_GO_DEV, goose_go_articles
from benchmarks.corpus_lee import SOURCE_RELEASE, cache_dir, lee_articles, lee_test_articles
from benchmarks.corpus_mediacloud import MEDIACLOUD_METADATA_210, mediacloud_articles
from benchmarks.corpus_newspaper4k import NEWSPAPER4K, newspaper4k_articles
from benchmarks.corpus_samples import (
    DOMDOWN_036,
    MEDIACLOUD_520,
    MEDIACLOUD_METADATA_143,
    PYTEXTRANK_330,
    sample_articles,
)
from benchmarks.corpus_trafilatura import TRAFILATURA_090, trafilatura_articles
from tests.conftest import REPO_ROOT, SHARED_DIR

CORPUS = SHARED_DIR / "corpus"
AEB_ARTICLES = CORPUS / "aeb" / "ground-truth.json"
POLNEAR_ARTICLES = CORPUS / "polnear-dev" / "raw"
SHARED_FIXTURES = SHARED_DIR / "fixtures"
RUN_LENGTH = 7
"""Six words in a row are common to any two news stories ("said in a statement that the"); seven rarely are."""
_WORD = re.compile(r"[a-z0-9']+")
ANNOTATIONS = re.compile(r"benchmarks/annotations/[^/]+\.json")
"""The annotated sets hold ids, offsets, speaker names and the annotator's own phrases, which the issues allow."""

GENERIC_PHRASES = (
    # The Associated Press's copyright line, printed under every AP story: the AP outlet fixture keeps it because
    # the AP cleaning profile must recognise and drop it.
    "The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or "
    "redistributed",
    # The sampling-error sentence of every poll story: the statistics measure rule for "plus or minus" is tested on
    # the wording polls use.
    "a margin of error of plus or minus",
    # An attribution any wire story may open with: an invented speakers test sentence has it, and so does a Lee
    # corpus article (found when the scan took in the Lee corpus).
    "The Pentagon said on Monday that it",
    # A line closing many US stories, and an agency's full name: invented fixtures use both, and so do Media Cloud's
    # pages (found when the scan took in that corpus).
    "Human Services did not respond to a request for comment",
    "did not respond to requests for comment",
    "the Centers for Disease Control and Prevention",
    # How a science story introduces an outside expert: invented fixtures and the README use it, and so does a
    # science story of the samples corpus (found when the scan took in that corpus).
    "who was not involved in the study",
    # A deadline as any story words it: an invented fixture does, and so does a BBC story of the GoOse corpus (found
    # when the scan took in that corpus).
    "at the end of the month and",
)
"""Phrases any news text uses: a run of words inside one of them is no copy of a particular article."""


def word_runs(text: str, length: int = RUN_LENGTH) -> set[str]:
    """Every run of ``length`` consecutive words in ``text``, each joined by single spaces."""
    words = _WORD.findall(text.lower())
    return {" ".join(words[i : i + length]) for i in range(len(words) - length + 1)}


def runs_of_texts(texts: Iterable[str]) -> set[str]:
    runs: set[str] = set()
    for text in texts:
        runs |= word_runs(text)
    return runs


def text_of(path: Path) -> str | None:
    """A regular file's text (undecodable bytes replaced), or None for a symlink, a missing or a binary file."""
    if path.is_symlink() or not path.is_file():
        return None
    data = path.read_bytes()
    return None if b"\0" in data else data.decode("utf-8", errors="replace")


def lee_texts() -> list[str]:
    """The Lee corpus's articles, both files, when its release is cached here (never fetched by this test)."""
    if not (cache_dir() / SOURCE_RELEASE).exists():
        return []
    return list(lee_articles().values()) + list(lee_test_articles().values())


def newspaper4k_texts() -> list[str]:
    """newspaper4k's English articles when its release is cached here (never fetched by this test)."""
    return list(newspaper4k_articles().values()) if (cache_dir() / NEWSPAPER4K.filename).exists() else []


def goose_texts() -> list[str]:
    """The goose pages' English articles when newspaper's first release is cached here (never fetched by this test)."""
    return list(goose_articles().values()) if (cache_dir() / NEWSPAPER_003.filename).exists() else []


def trafilatura_texts() -> list[str]:
    """trafilatura's English test pages when its release 0.9.0 is cached here (never fetched by this test)."""
    return list(trafilatura_articles().values()) if (cache_dir() / TRAFILATURA_090.filename).exists() else []


def mediacloud_texts() -> list[str]:
    """Media Cloud's English test pages when mediacloud-metadata's release 2.1.0 is cached here (never fetched)."""
    return list(mediacloud_articles().values()) if (cache_dir() / MEDIACLOUD_METADATA_210.filename).exists() else []


def samples_texts() -> list[str]:
    """The samples corpus's articles when its four releases are cached here (never fetched by this test)."""
    releases = (MEDIACLOUD_METADATA_143, MEDIACLOUD_520, PYTEXTRANK_330, DOMDOWN_036)
    cached = all((cache_dir() / release.filename).exists() for release in releases)
    return list(sample_articles().values()) if cached else []


def goose_go_texts() -> list[str]:
    """The GoOse corpus's articles when Debian's package is cached here (never fetched by this test)."""
    return list(goose_go_articles().values()) if (cache_dir() / GOOSE_GO_DEV.filename).exists() else []


def corpus_texts() -> list[str]:
    articles = json.loads(AEB_ARTICLES.read_text(encoding="utf-8"))
    bodies = [article["articleBody"] for article in articles.values()]
    polnear = [path.read_text(encoding="utf-8") for path in sorted(POLNEAR_ARTICLES.glob("*.txt"))]
    fetched = lee_texts() + newspaper4k_texts() + goose_texts() + trafilatura_texts() + mediacloud_texts()
    fetched += samples_texts() + goose_go_texts()
    return bodies + polnear + fetched


def allowed_texts() -> list[str]:
    fixtures = sorted(path for path in SHARED_FIXTURES.rglob("*") if path.is_file())
    return [text for text in map(text_of, fixtures) if text is not None] + list(GENERIC_PHRASES)


def tracked_files() -> list[str]:
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=REPO_ROOT, check=True, capture_output=True, text=True)
    return [name for name in listed.stdout.split("\0") if name and not ANNOTATIONS.fullmatch(name)]


@pytest.fixture(scope="session")
def copied_runs() -> frozenset[str]:
    """The corpus's 7-word runs that nothing allows: built once per session (about a second)."""
    if not AEB_ARTICLES.is_file() or not POLNEAR_ARTICLES.is_dir():
        pytest.skip(f"the shared corpus is not on this machine (expected {AEB_ARTICLES} and {POLNEAR_ARTICLES})")
    return frozenset(runs_of_texts(corpus_texts()) - runs_of_texts(allowed_texts()))


def test_no_tracked_file_shares_a_seven_word_run_with_the_corpus(copied_runs: frozenset[str]) -> None:
    found = []
    for name in tracked_files():
        text = text_of(REPO_ROOT / name)
        shared = sorted(word_runs(text) & copied_runs) if text is not None else []
        found += [f"{name}: {run!r}" for run in shared]
    assert not found, "corpus text in the repository (rewrite it with invented wording):\n" + "\n".join(found)


def test_a_copied_sentence_is_found_through_case_punctuation_and_line_breaks() -> None:
    corpus = word_runs("The mayor of Eastbrook said the new ferry would run twice a day.")
    copy = "# the new Ferry\n# would run twice — a day"
    assert word_runs(copy) & corpus == {"the new ferry would run twice a", "new ferry would run twice a day"}
    assert word_runs("the new ferry would run twice") & corpus == set()  # six words are not a copy


def test_generic_phrases_and_the_annotated_sets_are_allowed() -> None:
    assert word_runs("The poll has a margin of error of plus or minus 3 points.") & runs_of_texts(GENERIC_PHRASES)
    assert ANNOTATIONS.fullmatch("benchmarks/annotations/aeb-quotes.json")
    assert not ANNOTATIONS.fullmatch("benchmarks/README.md")
    assert not ANNOTATIONS.fullmatch("benchmarks/history/speakers.md")  # the moved log is scanned as the README was
