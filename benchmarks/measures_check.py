"""What the statistics stage says a number measures, over whole raw folders: how often it says something, that it
never says a lone stop word or the unit again (the unit itself, or a phrase opening on it: 'milligrams a day' for
400 milligrams), and what the stage costs.

usage: python benchmarks/measures_check.py RAW_DIR [RAW_DIR ...] [--repeat N] [--json]

Runs decoding, cleaning and ``extract_statistics`` (no NER, no Prefect) on every article file of each folder and
prints, per folder: articles, words, statistics, the share with a ``measures`` phrase, the statistics stage's
words per second, and every phrase that is a single stop word, equals the statistic's unit or opens on its unit of
measure (``statistics.measures.phrase_checks.is_a_measure``; the exit status is 1 when there is one). Build a corpus
with ``benchmarks/build_corpus.py``; the text stays outside the repository.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from newsprep.clean import clean_article
from newsprep.extract.statistics import extract_statistics
from newsprep.extract.statistics.measures.phrase_checks import is_a_measure
from newsprep.ingest import ARTICLE_SUFFIXES, DecodedText, decode_raw
from newsprep.model import CleanArticle

MAX_BYTES = 50_000_000


@dataclass
class FolderFigures:
    folder: str
    articles: int = 0
    words: int = 0
    statistics: int = 0
    with_measures: int = 0
    seconds: float = 0.0
    bad: list[dict[str, str]] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {
            "folder": self.folder,
            "articles": self.articles,
            "words": self.words,
            "statistics": self.statistics,
            "with_measures": round(self.with_measures / self.statistics, 3) if self.statistics else 0.0,
            "statistics_words_per_s": round(self.words / self.seconds) if self.seconds else 0,
            "bad_measures": self.bad,
        }


def check_folder(raw_dir: Path, *, repeat: int = 1) -> FolderFigures:
    """The folder's figures; the stage's time is the best CPU time of ``repeat`` passes over the folder (a shared
    machine's wall clock varies by a factor of two between runs)."""
    figures = FolderFigures(str(raw_dir))
    articles: list[tuple[str, CleanArticle]] = []
    for path in sorted(p for p in raw_dir.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES):
        decoded = decode_raw(path.read_bytes(), source_path=path.name, max_bytes=MAX_BYTES)
        if isinstance(decoded, DecodedText):
            articles.append((path.name, clean_article(decoded.text)))
    passes = []
    for _ in range(max(1, repeat)):
        started = time.process_time()
        for _, article in articles:
            extract_statistics(article)
        passes.append(time.process_time() - started)
    figures.seconds = min(passes)
    for name, article in articles:
        stats = extract_statistics(article)
        figures.articles += 1
        figures.words += len(article.clean_text.split())
        figures.statistics += len(stats)
        for stat in stats:
            if stat.measures is None:
                continue
            figures.with_measures += 1
            if not is_a_measure(stat.measures, stat.unit):
                figures.bad.append({"file": name, "text": stat.text, "unit": stat.unit, "measures": stat.measures})
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("raw_dirs", type=Path, nargs="+")
    parser.add_argument("--repeat", type=int, default=1, help="passes over each folder; the best CPU time is kept")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    results = [check_folder(folder, repeat=args.repeat).as_dict() for folder in args.raw_dirs]
    if args.json:
        print(json.dumps(results, indent=1))
    else:
        for r in results:
            print(
                f"{r['folder']}: {r['articles']} articles, {r['words']} words, {r['statistics']} statistics, "
                f"{r['with_measures']} with measures, statistics stage {r['statistics_words_per_s']} words/s, "
                f"{len(r['bad_measures'])} lone stop words or units (or phrases opening on the unit)"  # type: ignore[arg-type]
            )
            for bad in r["bad_measures"]:  # type: ignore[attr-defined]
                print(f"  {bad}")
    sys.exit(1 if any(r["bad_measures"] for r in results) else 0)


if __name__ == "__main__":
    main()
