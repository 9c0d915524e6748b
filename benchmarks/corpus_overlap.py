"""Is a new corpus fresh? The 8-word runs its articles share with every corpus the project already reads.

usage: python benchmarks/corpus_overlap.py [mediacloud | samples | goose-go]
       (checks the Media Cloud pages, the samples corpus or the GoOse articles against all the corpora read
       before it)

A corpus nobody here has read gives first-sight figures only if none of its text is already in a corpus that rules
were written against: the same wire story republished, a page two releases both ship. Two articles sharing a run
of 8 words (lower-cased, punctuation dropped) are taken to share text; a shorter run is too often a set phrase
('said in a statement on Tuesday that'). Prints each shared run with the two ids, then a count; exits 1 when any
run is shared.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the corpus modules, beside this script
RUN_LENGTH = 8
FRESH_CORPORA = ("mediacloud", "samples", "goose-go")
"""The corpora this script checks, each against those read before it."""
WORD = re.compile(r"[a-z0-9']+")
"""Words as ``tests/test_no_corpus_text.py`` reads them, so a fresh corpus is checked as the repository is."""


def word_runs(text: str, length: int = RUN_LENGTH) -> set[str]:
    """Every run of ``length`` consecutive words of the text, lower-cased, joined by single spaces."""
    words = WORD.findall(text.lower())
    return {" ".join(words[i : i + length]) for i in range(len(words) - length + 1)}


def shared_runs(
    fresh: Mapping[str, str], known: Mapping[str, str], length: int = RUN_LENGTH
) -> Iterator[tuple[str, str, str]]:
    """``(fresh id, known id, the run)`` for each run of a fresh article that a known article holds too."""
    owner: dict[str, str] = {}
    for doc_id, text in known.items():
        for run in word_runs(text, length):
            owner.setdefault(run, doc_id)
    for doc_id, text in fresh.items():
        for run in sorted(word_runs(text, length)):
            if run in owner:
                yield doc_id, owner[run], run


def known_articles() -> dict[str, str]:
    """Every article of the corpora in use, by id: aeb, PolNeAR dev, Lee (both files), newspaper4k, goose and
    trafilatura."""
    from corpus_goose import goose_articles
    from corpus_lee import lee_articles, lee_test_articles
    from corpus_newspaper4k import newspaper4k_articles
    from corpus_trafilatura import trafilatura_articles
    from evalsets import GROUND_TRUTH, POLNEAR_RAW

    aeb = json.loads(GROUND_TRUTH.read_text(encoding="utf-8"))
    articles = {f"aeb-{key}": str(value.get("articleBody") or "") for key, value in aeb.items()}
    articles.update({f"polnear-{p.stem}": p.read_text(encoding="utf-8") for p in sorted(POLNEAR_RAW.glob("*.txt"))})
    for source in (lee_articles, lee_test_articles, newspaper4k_articles, goose_articles, trafilatura_articles):
        articles.update(source())
    return articles


def fresh_and_known(corpus: str) -> tuple[dict[str, str], dict[str, str]]:
    """The articles of the corpus to check, and those of every corpus read before it (the fresh corpora in the order
    they came: the Media Cloud pages, the samples corpus, the GoOse articles)."""
    from corpus_goose_go import goose_go_articles
    from corpus_mediacloud import mediacloud_articles
    from corpus_samples import sample_articles

    if corpus not in FRESH_CORPORA:
        raise SystemExit(f"unknown fresh corpus {corpus!r}; known: {', '.join(FRESH_CORPORA)}")
    known = known_articles()
    if corpus == "mediacloud":
        return mediacloud_articles(), known
    known.update(mediacloud_articles())
    if corpus == "samples":
        return sample_articles(), known
    return goose_go_articles(), {**known, **sample_articles()}


def main(argv: list[str]) -> None:
    fresh, known = fresh_and_known(argv[0] if argv else "mediacloud")
    shared = list(shared_runs(fresh, known))
    for fresh_id, known_id, run in shared:
        print(f"{fresh_id}\t{known_id}\t{run}")
    print(f"{len(shared)} shared {RUN_LENGTH}-word runs")
    raise SystemExit(1 if shared else 0)


if __name__ == "__main__":
    main(sys.argv[1:])
