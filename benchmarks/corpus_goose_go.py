"""Real English web news of 2015 (ABC News, the BBC, Bloomberg, Business Insider, CNN, Fox News, the Guardian, The
Wall Street Journal, Yahoo News), fetched from Debian's package archive: an eighth fresh source (2026-12-07).

GoOse, the Go port of the goose article extractor (Apache-2.0 for the package; the articles belong to their
publishers), tests its extractor against pages it saved in 2015. Debian's package
``golang-github-advancedlogic-goose-dev`` leaves the saved pages out (its copyright file excludes the ``sites``
folder) but ships ``crawler_test.go``, where each test holds the text GoOse extracts from its page as a Go string
literal (``CleanedText: "..."``): the article's paragraphs, blank lines between them, with a little page furniture
(a teaser list over one BBC story). This module reads that literal as the article's text. Ten of its 46 tests are
English news articles quoting people, read first (round fresh8, ``FIRST_ARTICLES``); nine more, English news and
feature texts read later (round gg2, ``SECOND_ARTICLES``), are five stories quoting people and four business and
consumer news pages of figures. The others are empty, a lorem-ipsum page, pages in other languages, social and video
pages, a press release, blogs, opinion and advice pieces, a film review, a personal essay, or an interactive
graphic's captions.

These are not the goose pages newspaper's first release vendors (``corpus_goose.py``, 2010-2013): no 8-word run is
shared with them, nor with any corpus the project reads (``benchmarks/corpus_overlap.py goose-go``), and nobody had
read them when this corpus was added. As with the other corpora the text is for evaluation only and never goes into
the project: an annotation file with ``"corpus": "goose-go"`` names an article ``gg-<outlet>`` and holds offsets and
hashes (``benchmarks/evalsets.py``). Fetching and the pin are ``debian_release.py``'s.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # debian_release and registry_release, beside this module
from debian_release import PinnedDebianPackage, deb_files
from registry_release import CorpusUnavailable, selected_bodies, show_or_write

GOOSE_GO_DEV = PinnedDebianPackage(
    "golang-github-advancedlogic-goose-dev",
    "0.0~git20210820.9d5822d+ds-2",
    "golang-github-advancedlogic-goose-dev_0.0~git20210820.9d5822d+ds-2_all.deb",
    "70e01e09ef12b6074f935aa952bea5c130dd19f5612c7763b6a7598290ec7699",
)
TEST_FILE = "usr/share/gocode/src/github.com/advancedlogic/GoOse/crawler_test.go"
ID_PREFIX = "gg-"
FIRST_ARTICLES = {
    f"{ID_PREFIX}abcnews": "Test_AbcNewsGoCom",
    f"{ID_PREFIX}bbc-com": "Test_BbcCom",
    f"{ID_PREFIX}bbc-co-uk": "Test_BbcCoUk",
    f"{ID_PREFIX}bloomberg": "Test_BloombergCom",
    f"{ID_PREFIX}businessinsider": "Test_businessInsiderCom",
    f"{ID_PREFIX}cnn": "Test_CnnCom",
    f"{ID_PREFIX}foxnews": "Test_FoxNewsCom",
    f"{ID_PREFIX}theguardian": "Test_TheGuardianCom",
    f"{ID_PREFIX}wsj": "Test_WsjCom",
    f"{ID_PREFIX}yahoo": "Test_YahooCom",
}
"""The ten news articles read first (round fresh8): each id and the Go test holding its text."""
SECOND_ARTICLES = {
    f"{ID_PREFIX}bizjournals": "Test_BizJournalsCom",
    f"{ID_PREFIX}dailymail": "Test_DailyMailCoUk",
    f"{ID_PREFIX}economist": "Test_EconomistCom",
    f"{ID_PREFIX}huffingtonpost-co-uk": "Test_HuffingtonPostCoUk",
    f"{ID_PREFIX}nytimes": "Test_Dev4510b",
    f"{ID_PREFIX}rt": "Test_Dev4510c",
    f"{ID_PREFIX}techcrunch": "Test_TechCrunchCom",
    f"{ID_PREFIX}usatoday": "Test_UsaTodayCom",
    f"{ID_PREFIX}washingtonpost": "Test_WashingtonpostCom",
}
"""The nine news and feature texts read later (round gg2), left unread by fresh8: each id and its Go test."""
ARTICLES = {**FIRST_ARTICLES, **SECOND_ARTICLES}
"""Every article of the corpus by id, the first ten before the nine read later."""

TEST_FUNCTION = re.compile(r"^func (Test\w*)\(t \*testing\.T\) \{$(.*?)^\}$", re.MULTILINE | re.DOTALL)
CLEANED_TEXT = re.compile(r'CleanedText:\s*"((?:[^"\\\n]|\\.)*)"')
GO_ESCAPE = re.compile(r"\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|x([0-9a-fA-F]{2})|([0-7]{3})|(.))")
SIMPLE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\", '"': '"'}


def go_string(literal: str) -> str:
    """The value of a Go interpreted string literal's body (the text between its double quotes)."""

    def unescaped(match: re.Match[str]) -> str:
        four, eight, hex_byte, octal, simple = match.groups()
        if four or eight:
            return chr(int(four or eight, 16))
        if hex_byte or octal:
            return chr(int(hex_byte, 16) if hex_byte else int(octal, 8))
        if simple in SIMPLE_ESCAPES:
            return SIMPLE_ESCAPES[simple]
        raise ValueError(f"not a Go escape: \\{simple}")

    return GO_ESCAPE.sub(unescaped, literal)


def cleaned_texts(go_source: str) -> dict[str, str]:
    """Each test function's expected ``CleanedText``, by the function's name (tests without one are left out)."""
    texts: dict[str, str] = {}
    for match in TEST_FUNCTION.finditer(go_source):
        literal = CLEANED_TEXT.search(match.group(2))
        if literal is not None:
            texts[match.group(1)] = go_string(literal.group(1))
    return texts


def goose_go_articles(cache: Path | None = None) -> dict[str, str]:
    """Every chosen article by id, its text as GoOse's test expects to extract it."""
    source = deb_files(GOOSE_GO_DEV, {"tests": TEST_FILE}, cache)["tests"].decode("utf-8")
    texts = cleaned_texts(source)
    missing = [name for name in ARTICLES.values() if not texts.get(name)]
    if missing:
        raise CorpusUnavailable(f"{GOOSE_GO_DEV.filename}: no text for {', '.join(missing)}")
    return {doc_id: texts[name] for doc_id, name in ARTICLES.items()}


def goose_go_bodies(ids: Sequence[str], cache: Path | None = None) -> dict[str, str]:
    return selected_bodies(goose_go_articles(cache), ids, "goose-go")


if __name__ == "__main__":
    show_or_write(goose_go_articles(), sys.argv[1:])
