"""Would a dependency parse say better than the clause rules what a statistic measures, and what would it cost?

usage: python benchmarks/measures_parse.py RAW_DIR GOLD_DIR [RAW_DIR GOLD_DIR ...] [--cost CORPUS_RAW_DIR]

For every gold folder pair: the statistics ``extract_statistics`` finds, each given (a) the rules' ``measures``,
(b) a phrase read from en_core_web_sm's dependency parse of the statistic's sentence, (c) the rules' phrase, or the
parse's where the rules give none; scored with ``../shared/eval/score.py``'s ``score_stats`` (stat_measure_ok,
stat_measure_f1). The parse reading follows the issue's structures: the noun a number modifies (nummod) with its
compounds, adjectives and one prepositional phrase; the verb that noun is the subject of ("people injured"); the
object of "of" in "X% of Y"; "rise/fall in <subject>" for a change verb; the subject of a copula or a level; the
noun a money amount modifies; the object of "for/on/in" after a spending verb.

``--cost`` times, on a corpus folder (``build_corpus.py``), the parse used here (tok2vec, tagger, attribute ruler,
parser: the reading needs the parts of speech) of only the sentences that hold a statistic, against NER over the
article bodies (the nlp stage's own pipeline), one after the other in one process: the ratio is what the parse
would add to the nlp stage.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # evalsets, beside this script

from evalsets import load_scorer

from newsprep.clean import clean_article
from newsprep.extract.statistics import extract_statistics
from newsprep.extract.statistics.measures.phrase_checks import is_a_measure
from newsprep.extract.statistics.words.context import sentence_at, sentence_spans
from newsprep.ingest import DecodedText, decode_raw
from newsprep.model import CleanArticle
from newsprep.nlp.ner import DEFAULT_MODEL, load_pipeline
from newsprep.text import word_set

MAX_BYTES = 50_000_000
CHANGE = {
    **dict.fromkeys(word_set("rise rose risen rises rising climbed soared surged jumped increased grew"), "rise"),
    **dict.fromkeys(word_set("fall fell fallen falls dropped declined slid slipped sank tumbled plunged"), "fall"),
}
UNIT_WORDS = {"%", "percent", "percentage", "points", "point", "million", "billion", "thousand", "trillion"}
MODIFIERS = ("compound", "amod", "nmod", "poss")


def _article(path: Path) -> CleanArticle | None:
    decoded = decode_raw(path.read_bytes(), source_path=path.name, max_bytes=MAX_BYTES)
    return clean_article(decoded.text) if isinstance(decoded, DecodedText) else None


def _noun_phrase(token: Any, *, with_prep: bool = True) -> list[Any]:
    words = [t for c in token.lefts if c.dep_ in MODIFIERS and not c.like_num for t in _noun_phrase(c, with_prep=False)]
    words.append(token)
    for child in token.rights if with_prep else ():
        if child.dep_ in ("acl", "relcl") and child.pos_ == "VERB":
            return [*words, child]
        objects = [o for o in child.children if o.dep_ == "pobj" and not o.like_num and o.lower_ not in UNIT_WORDS]
        if child.dep_ == "prep" and objects:
            return [*words, child, *_noun_phrase(objects[0], with_prep=False)]
    return words


def _phrase(tokens: list[Any]) -> str | None:
    kept = sorted({t.i: t for t in tokens if t.pos_ not in ("DET", "PRON", "NUM") or t.dep_ == "poss"}.values(),
                  key=lambda t: t.i)  # fmt: skip
    return " ".join(t.text for t in kept) or None


def _subject(verb: Any) -> Any | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"), None)


def parse_measure(doc: Any, start: int, end: int) -> str | None:
    """What the statistic at ``start:end`` (offsets into the parsed sentence) measures, read from the parse."""
    span = [t for t in doc if t.idx < end and t.idx + len(t.text) > start]
    roots = [t for t in span if t.head not in span or t.head == t]
    if not roots:
        return None
    root, head = roots[0], roots[0].head
    if root.dep_ in ("nummod", "quantmod", "compound", "amod") and head.pos_ in ("NOUN", "PROPN") and head not in span:
        if head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ == "VERB" and head.head.lemma_ not in ("be", "have"):
            return _phrase([*_noun_phrase(head, with_prep=False), head.head])  # '9 people were injured'
        if head.lower_ not in UNIT_WORDS:
            return _phrase(_noun_phrase(head))
        root, head = head, head.head
    for child in root.rights:  # 'X% of Y'
        objects = [o for o in child.children if o.dep_ == "pobj" and o.pos_ not in ("PRON", "NUM")]
        if child.dep_ == "prep" and child.lower_ == "of" and objects:
            return _phrase(_noun_phrase(objects[0]))
    if root.dep_ in ("compound", "nmod", "amod", "nummod") and head.pos_ in ("NOUN", "PROPN"):
        return _phrase(_noun_phrase(head))  # 'a $5 million grant'
    if root.dep_ == "pobj" and head.dep_ == "prep":
        governor = head.head
        if governor.pos_ in ("NOUN", "PROPN"):
            return _phrase(_noun_phrase(governor, with_prep=False))  # 'revenue of $2 billion'
        subject = _subject(governor) if governor.pos_ in ("VERB", "AUX") else None
        return _phrase(_noun_phrase(subject)) if subject is not None else None  # 'rose to $9 billion'
    if root.dep_ in ("dobj", "npadvmod", "advmod", "attr", "oprd") and head.pos_ in ("VERB", "AUX"):
        subject = _subject(head)
        change = CHANGE.get(head.lower_)
        if change and subject is not None:
            return f"{change} in {_phrase(_noun_phrase(subject))}"
        if root.dep_ == "attr" and subject is not None:
            return _phrase(_noun_phrase(subject))
        for child in head.rights:  # 'spent $X on Y'
            objects = [o for o in child.children if o.dep_ == "pobj" and o.pos_ not in ("PRON", "NUM")]
            if child.dep_ == "prep" and child.lower_ in ("for", "on", "in") and objects:
                return _phrase(_noun_phrase(objects[0]))
    return None


def compare(raw_dir: Path, gold_dir: Path, nlp: Any, score: ModuleType) -> dict[str, object]:
    totals = {name: Counter[str]() for name in ("rules", "parse", "rules_else_parse")}
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        article = _article(raw_dir / f"{gold_path.stem}.txt")
        if article is None or "statistics" not in gold:
            continue
        paragraphs = {p.idx: p for p in article.paragraphs}
        parsed: dict[tuple[int, int], Any] = {}
        predictions: dict[str, list[dict[str, object]]] = {name: [] for name in totals}
        for stat in extract_statistics(article):
            paragraph = paragraphs[stat.paragraph_idx]
            start, end = stat.char_start - paragraph.char_start, stat.char_end - paragraph.char_start
            sentence = sentence_at(sentence_spans(paragraph.text), start, end)
            key = (stat.paragraph_idx, sentence[0])
            if key not in parsed:
                parsed[key] = nlp(paragraph.text[sentence[0] : sentence[1]])
            from_parse = parse_measure(parsed[key], start - sentence[0], end - sentence[0])
            from_parse = from_parse if is_a_measure(from_parse, stat.unit) else None
            row = {"value": stat.value, "unit": stat.unit}
            predictions["rules"].append({**row, "measures": stat.measures})
            predictions["parse"].append({**row, "measures": from_parse})
            predictions["rules_else_parse"].append({**row, "measures": stat.measures or from_parse})
        for name, rows in predictions.items():
            totals[name].update(score.score_stats(gold["statistics"], rows))
    return {
        "folder": str(raw_dir),
        **{
            f"{name}_measure_ok": round(t["measure_ok"] / t["measured"], 3) if t["measured"] else 0.0
            for name, t in totals.items()
        },
        **{
            f"{name}_measure_f1": round(t["measure_sum"] / t["measured"], 3) if t["measured"] else 0.0
            for name, t in totals.items()
        },
    }


def parse_cost(corpus: Path, nlp: Any) -> dict[str, object]:
    bodies, sentences = [], []
    for path in sorted(corpus.glob("*.txt")):
        article = _article(path)
        if article is None:
            continue
        bodies.append(article.clean_text)
        paragraphs = {p.idx: p for p in article.paragraphs}
        seen: set[tuple[int, int]] = set()
        for stat in extract_statistics(article):
            paragraph = paragraphs[stat.paragraph_idx]
            spans = sentence_spans(paragraph.text)
            s, e = sentence_at(spans, stat.char_start - paragraph.char_start, stat.char_end - paragraph.char_start)
            if (stat.paragraph_idx, s) not in seen:
                seen.add((stat.paragraph_idx, s))
                sentences.append(paragraph.text[s:e])
    ner = load_pipeline(DEFAULT_MODEL)
    started = time.perf_counter()
    list(ner.pipe(bodies, batch_size=64))
    ner_seconds = time.perf_counter() - started
    started = time.perf_counter()
    list(nlp.pipe(sentences, batch_size=64))
    parse_seconds = time.perf_counter() - started
    return {
        "words": sum(len(b.split()) for b in bodies),
        "statistic_sentences": len(sentences),
        "their_words": sum(len(s.split()) for s in sentences),
        "ner_seconds": round(ner_seconds, 2),
        "parse_seconds": round(parse_seconds, 2),
        "parse_over_ner": round(parse_seconds / ner_seconds, 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pairs", type=Path, nargs="*", help="RAW_DIR GOLD_DIR pairs")
    parser.add_argument("--cost", type=Path, help="a corpus folder to time the parse on")
    args = parser.parse_args()
    import spacy
    from thinc.api import use_ops

    with use_ops("numpy", use_blis=False):
        nlp = spacy.load(DEFAULT_MODEL, exclude=["ner", "lemmatizer"])
    score = load_scorer()
    pairs: list[Path] = args.pairs
    for raw_dir, gold_dir in zip(pairs[::2], pairs[1::2], strict=True):
        print(json.dumps(compare(raw_dir, gold_dir, nlp, score)))
    if args.cost:
        print(json.dumps(parse_cost(args.cost, nlp)))


if __name__ == "__main__":
    main()
