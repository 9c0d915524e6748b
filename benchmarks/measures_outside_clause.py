"""Failing ``measures`` phrases whose gold needs a word from before the number's sentence, by construction.

usage: python benchmarks/measures_outside_clause.py RAW GOLD [RAW GOLD ...] [--show]

Matches the stage's statistics to the gold as ``measures_failures.py`` does (score.py's matching). A matched row
fails when score.py's content-word F1 of its phrase is under 0.5; a failing row's gold words are *outside the
sentence* when a content word of the gold is not in the number's sentence (the stage's own sentence split), and
*before* when such a word is in one of the three sentences before it or in its paragraph's first sentence. Rows
before are classed by the number's sentence (the construction that leaves the word out):

- ``table/list``: the paragraph before ends with ':' or the number's paragraph is a short line opening with a digit
  or a bullet (a list or a table under a header);
- ``pronoun``: the sentence opens with a pronoun ('It rose 4 percent', 'They killed 12', 'Its profit');
- ``the-noun``: the sentence opens with 'the' and a lower-case word ('The company said', 'The figure was');
- ``other``: anything else (an earlier topic word, an elided noun, the reader's inference).

Also counted: rows whose earlier word is a capitalised name there (a named holder) or a common word, and an upper
bound, the rows that would pass if every such earlier word were added to the phrase. ``--show`` prints each row
with its sentences: dev sets and fixtures only, never a held-out set; none of that text belongs in the repository.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # evalsets and measures_failures, beside this script

from evalsets import load_scorer
from measures_failures import MAX_BYTES, matched_pairs, set_folders

from newsprep.clean import clean_article
from newsprep.extract.statistics import extract_statistics
from newsprep.extract.statistics.words.context import sentence_spans
from newsprep.ingest import ARTICLE_SUFFIXES, DecodedText, decode_raw
from newsprep.model import CleanArticle, Statistic
from newsprep.text import word_set

PRONOUNS = word_set("it they he she its their his her this these those that we i our there")
SENTENCES_BEFORE = 3
_CAPITALISED = re.compile(r"(?<=\s)[A-Z][\w'’-]+")
_LIST_LINE = re.compile(r"\s*(?:[-*•·]|\d)")
SHORT_LINE = 120


def construction(article: CleanArticle, stat: Statistic, sentence: str) -> str:
    """The construction of the number's sentence that leaves an earlier word out (see the module's docstring)."""
    paragraph = article.paragraphs[stat.paragraph_idx].text
    above = article.paragraphs[stat.paragraph_idx - 1].text if stat.paragraph_idx > 0 else ""
    if above.rstrip().endswith(":") or (_LIST_LINE.match(paragraph) and len(paragraph) < SHORT_LINE):
        return "table/list"
    words = re.findall(r"[\w']+", sentence.lstrip('"“‘( '))
    first = words[0].lower() if words else ""
    if first in PRONOUNS:
        return "pronoun"
    if first == "the" and len(words) > 1 and words[1][:1].islower():
        return "the-noun"
    return "other"


def classify_article(
    score: ModuleType, article: CleanArticle, gold: list[dict[str, Any]], kinds: Counter[str]
) -> list[str]:
    """Count one article's matched rows into ``kinds``; return a line per row with an earlier gold word."""
    text = article.clean_text
    stats = extract_statistics(article)
    rows = [{"value": s.value, "unit": s.unit, "measures": s.measures, "text": s.text, "idx": s.idx} for s in stats]
    spans = sentence_spans(text)
    lines = []
    for row, wanted in matched_pairs(score, gold, rows):
        gold_phrase = wanted.get("measures")
        if not gold_phrase:
            continue
        kinds["matched"] += 1
        if score.measure_f1(row["measures"], gold_phrase) >= 0.5:
            continue
        kinds["failing"] += 1
        stat = stats[row["idx"]]
        at = next((i for i, (a, b) in enumerate(spans) if a <= stat.char_start < b), None)
        if at is None:
            continue
        sentence = text[slice(*spans[at])]
        missing = score.content_words(gold_phrase) - score.content_words(sentence)
        if not missing:
            continue
        kinds["gold word outside the sentence"] += 1
        paragraph_start = article.paragraphs[stat.paragraph_idx].char_start
        first_at = next((i for i, (a, b) in enumerate(spans) if a <= paragraph_start < b), at)
        earlier = [text[slice(*spans[i])] for i in range(max(0, at - SENTENCES_BEFORE), at)]
        if first_at < at - SENTENCES_BEFORE:
            earlier.append(text[slice(*spans[first_at])])
        earlier_words = set().union(*(score.content_words(t) for t in earlier))
        found = missing & earlier_words
        if not found:
            kinds["nowhere before"] += 1
            continue
        kind = construction(article, stat, sentence)
        names = {w.lower() for t in earlier for w in _CAPITALISED.findall(t)}
        named = any(w in names or f"{w}s" in names for w in found)
        bound = score.measure_f1(" ".join([row["measures"] or "", *sorted(found)]), gold_phrase) >= 0.5
        kinds["before"] += 1
        kinds[kind] += 1
        kinds[f"{kind}, a name"] += named
        kinds[f"{kind}, bound ok"] += bound
        lines.append(f"{kind:10} {row['text']!r} {row['measures']!r} | gold {gold_phrase!r} | before: {sorted(found)}")
        lines.extend(f"    < {t[:240]!r}" for t in earlier)
        lines.append(f"    > {sentence[:320]!r}")
    return lines


def main() -> None:
    folders, show = set_folders(__doc__.splitlines()[0], "print each row and its sentences (dev sets only)")
    score = load_scorer()
    kinds: Counter[str] = Counter()
    articles: dict[str, set[str]] = {}
    for raw_dir, gold_dir in folders:
        for path in sorted(p for p in raw_dir.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES):
            gold_path = gold_dir / f"{path.stem}.json"
            decoded = decode_raw(path.read_bytes(), source_path=path.name, max_bytes=MAX_BYTES)
            if not gold_path.exists() or not isinstance(decoded, DecodedText):
                continue
            gold = json.loads(gold_path.read_text(encoding="utf-8")).get("statistics", [])
            lines = classify_article(score, clean_article(decoded.text), gold, kinds)
            for line in lines:
                if not line.startswith("    "):
                    articles.setdefault(line.split()[0], set()).add(f"{raw_dir}/{path.stem}")
            if show and lines:
                print(f"## {raw_dir.parent.name or raw_dir}/{path.stem}", *lines, sep="\n")
    for key in ("matched", "failing", "gold word outside the sentence", "nowhere before", "before"):
        print(f"{key}: {kinds[key]}")
    for kind in ("pronoun", "the-noun", "table/list", "other"):
        where = articles.get(kind, set())
        folders_of = {name.rsplit("/", 1)[0] for name in where}
        print(
            f"{kind}: {kinds[kind]} rows in {len(where)} articles of {len(folders_of)} folders; the earlier word a"
            f" name in {kinds[f'{kind}, a name']}; ok with every earlier word added {kinds[f'{kind}, bound ok']}"
        )


if __name__ == "__main__":
    main()
