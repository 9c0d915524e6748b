"""Speakers per attribution class: who said it, right, wrong or missing, on a gold set (issue 16).

usage: python benchmarks/speakers.py SET [--out DIR] [--save NAME.json] [--compare BEFORE.json]

SET is ``polnear-dev`` (``../shared/corpus/polnear-dev``), ``sample`` (``../shared/fixtures``), ``quote-fixtures``
(``tests/fixtures/quotes``), ``organisation-fixtures`` (``tests/fixtures/quotes-organisations``: organisations
described by a noun, ``the agency said``), ``cue-fixtures`` (``tests/fixtures/quotes-cues``: quotes attributed by
cues in the many ways wire prose writes them), ``international-fixtures`` (``tests/fixtures/quotes-international``:
English-language news from Asia, Africa, the Gulf and Europe, names and titles the small model knows least),
``web-fixtures`` (``tests/fixtures/quotes-web``: the web genres aeb holds: a product launch, a game recap, an
interview, a study, a court story, company results, a blog post, a feature), ``web2-fixtures``
(``tests/fixtures/quotes-web2``: a fact check, a Nigerian legislature story, celebrity news, a wildfire update, a
gadget review), ``genres-fixtures`` (``tests/fixtures/quotes-genres``: invented news in genres no other fixture
holds, written and annotated blind in round 38: an obituary, a trial day, an earnings call, a rugby report, a
hearing, a science story, a disaster update, a profile, a wire round-up, an analysis of documents),
``genres2-fixtures`` (``tests/fixtures/quotes-genres2``: a second such set, round 39: a missing-hiker briefing, a
transfer saga, a tech layoff, an election night, a flight diversion, a prize night, a title match, a summit, a launch,
a cyberattack), ``organisations2-fixtures`` (``tests/fixtures/quotes-organisations2``: organisations and documents as
speakers in the many ways news writes them, written and annotated blind in round 40), ``families-fixtures``
(``tests/fixtures/quotes-families``: six invented articles where relatives who share a surname speak, written and
annotated blind in round 41), ``context-fixtures`` (``tests/fixtures/quotes-context``: eight invented articles
where speakers are named outside the quote's sentence, written and annotated blind in round 42),
``descriptions-fixtures`` (``tests/fixtures/quotes-descriptions``: ten invented articles where speakers are referred
to by a description, 'the senator said', 'the 70-year-old said', written and annotated blind in round 44),
``names-fixtures`` (``tests/fixtures/quotes-names``: eleven invented articles whose speakers' names are hard to
canonicalise, written and annotated blind in round 43), ``webcues-fixtures`` (``tests/fixtures/quotes-webcues``: ten
invented web pages, a press release, a launch blog post, a club's and a council's pages, a review, whose quotes are
attributed by cue verbs in the forms web prose uses, written and annotated blind in round 45),
``structures-fixtures`` (``tests/fixtures/quotes-structures``: eight invented pages, a live blog, a Q&A interview, a
podcast transcript, a press conference, a social-media round-up, a trial's testimony, a debate, a panel, whose quotes
are attributed by the page's structure, written and annotated blind in round 46), ``carried-fixtures``
(``tests/fixtures/quotes-carried``: eight invented articles where an attribution is carried across paragraphs, a
spokesperson's words going on as 'he said' a paragraph later, or held off from its cue by a relative clause, an
apposition, a parenthesis or a dash, written and annotated blind in round 47) or the
name of an annotation set, built at run time by ``evalsets.py`` (no corpus text in the repository): the aeb sets
(``aeb-quotes``, ``aeb-quotes-dev``, ``aeb-quotes-dev2``, ``aeb-quotes-dev3``) and the
Lee sets (``lee-quotes``, ``lee-quotes-dev``, ``lee-quotes-dev2``, ``lee-quotes-dev3``, ``lee-quotes-dev4``,
``lee-quotes-dev5``, ``lee-quotes-dev6``, ``lee-quotes2``: ABC news of 2001, ``benchmarks/corpus_lee.py``;
``lee-quotes-dev7``: every article of its rated file, lee.cor, holding two or more double quote marks;
``np4k-quotes-dev``: US magazine, web and wire news, the eleven English articles of newspaper4k's release,
``benchmarks/corpus_newspaper4k.py``; ``goose-quotes-dev``: US and Australian web news of 2010-2013, the 23 goose pages
of newspaper's first release holding a double quote mark, ``benchmarks/corpus_goose.py``; ``mc-quotes-dev``: US,
French, Taiwanese and Indian web news of 2018-2025, eleven pages of mediacloud-metadata's release,
``benchmarks/corpus_mediacloud.py``; ``smp-quotes-dev``: US, Kenyan and technology news of 2013-2026, the seven
articles of the samples corpus, ``benchmarks/corpus_samples.py``; ``gg-quotes-dev``: US and British web news of
2015, the ten articles whose text GoOse's tests hold, ``benchmarks/corpus_goose_go.py``; ``gg-quotes-dev2``: US,
British and Russian web news and features of 2015, the five texts of the same corpus read later that quote people;
``organisation-nouns-dev``, ``organisation-nouns-dev-lee``, ``organisation-nouns-dev-aeb``: only the quotes attributed
to an organisation noun or a document, from all the text a round may read, so their quote precision means nothing; the
held-out ``aeb-quotes``, ``lee-quotes`` and ``lee-quotes2`` are scored once at the end of a round, their errors
unread).
newsprep runs as published (``process_batch``, split quotes joined, every table validated against its contract);
``../shared/eval/score.py`` gives the overall figures, and each gold quote is put in one cell of *attribution
class* x *outcome*:

- the class is the gold ``attribution`` label when the set has one (the aeb and Lee sets); otherwise (PolNeAR, the
  fixtures) ``gold_class`` guesses it from the raw text around the quote (see there);
- the outcome: ``right`` (the strict speaker), ``lenient`` (the surname only), ``wrong`` (another speaker),
  ``missing`` (the quote is found, with no speaker), ``not_found`` (the quote itself is missed), the quote matched
  to its predictions as ``score.py`` matches them.

``--save`` keeps the figures as JSON; ``--compare`` prints the saved "before" counts beside this run's.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import polars as pl

# run as a script: benchmarks/ is on sys.path
from evalsets import ATTRIBUTION_CLASSES, SCORER, build_evalset, load_scorer
from quotes_polnear import read_raw_files, run_newsprep

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
FIXED_SETS = {
    "polnear-dev": SHARED / "corpus" / "polnear-dev",
    "sample": SHARED / "fixtures",
    "quote-fixtures": REPO / "tests" / "fixtures" / "quotes",
    "organisation-fixtures": REPO / "tests" / "fixtures" / "quotes-organisations",
    "cue-fixtures": REPO / "tests" / "fixtures" / "quotes-cues",
    "international-fixtures": REPO / "tests" / "fixtures" / "quotes-international",
    "web-fixtures": REPO / "tests" / "fixtures" / "quotes-web",
    "web2-fixtures": REPO / "tests" / "fixtures" / "quotes-web2",
    "genres-fixtures": REPO / "tests" / "fixtures" / "quotes-genres",
    "genres2-fixtures": REPO / "tests" / "fixtures" / "quotes-genres2",
    "organisations2-fixtures": REPO / "tests" / "fixtures" / "quotes-organisations2",
    "families-fixtures": REPO / "tests" / "fixtures" / "quotes-families",
    "context-fixtures": REPO / "tests" / "fixtures" / "quotes-context",
    "descriptions-fixtures": REPO / "tests" / "fixtures" / "quotes-descriptions",
    "names-fixtures": REPO / "tests" / "fixtures" / "quotes-names",
    "webcues-fixtures": REPO / "tests" / "fixtures" / "quotes-webcues",
    "structures-fixtures": REPO / "tests" / "fixtures" / "quotes-structures",
    "carried-fixtures": REPO / "tests" / "fixtures" / "quotes-carried",
}
OUTCOMES = ("right", "lenient", "wrong", "missing", "not_found")
CLASSES = ATTRIBUTION_CLASSES
FIGURES = ("quote_p", "quote_r", "quote_f1", "speaker_acc_strict", "speaker_acc_lenient", "attributed_r")
_PRONOUNS = {"he", "she", "they", "it", "i", "we"}
_CUE = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|wrote|writes|asked|asks|noted|explained|argued|stated|"
    r"declared|continued|insisted|according to)\b",
    re.IGNORECASE,
)


def corpus_for(name: str, work: Path) -> Path:
    """The folder holding ``raw/`` and ``gold/`` for a set name (annotation sets built under ``work``)."""
    if name in FIXED_SETS:
        return FIXED_SETS[name]
    build_evalset(name, work / "corpus")
    return work / "corpus"


def gold_class(quote: Mapping[str, Any], raw: str) -> str:
    """The attribution class of a gold quote without a label: read from the raw text around its first match.

    ``pronoun`` when the gold source is a pronoun; otherwise where the source's name stands: in the quote's own
    sentence (``according_to`` / ``colon`` / ``cue``), else a quote opening its paragraph after another quote
    (``continuation``), else ``previous_sentence``; ``none`` when the source is not in the text before the
    quote's paragraph ends.
    """
    if quote.get("attribution"):
        return str(quote["attribution"])
    first = (quote.get("parts") or [quote["text"]])[0]
    at = raw.find(first[: min(len(first), 60)])
    speaker = (quote.get("speaker") or "").strip()
    if speaker.lower() in _PRONOUNS:
        return "pronoun"
    if at < 0:
        return "cue"
    para_start = raw.rfind("\n\n", 0, at) + 1
    para_end = raw.find("\n\n", at)
    para_end = len(raw) if para_end < 0 else para_end
    sentence_start = max(raw.rfind(". ", para_start, at - 1) + 1, para_start)
    sentence_end = raw.find(". ", at + len(first))
    sentence = raw[sentence_start : para_end if not 0 <= sentence_end < para_end else sentence_end]
    words = [w for w in re.findall(r"[A-Z][\w’'-]+", speaker) if w.lower() not in ("the", "a")] or speaker.split()
    head = speaker.split()[-1] if speaker.split() else ""
    if speaker[:4].lower() == "the " and head[:1].islower():
        return "organisation_noun"
    before = raw[para_start:at].rstrip(' “"')
    in_sentence = any(w in sentence for w in words)
    if in_sentence and "according to" in sentence.lower():
        return "according_to"
    if before.endswith(":") and in_sentence:
        return "colon"
    if in_sentence and _CUE.search(sentence):
        return "cue"
    if at - para_start <= 2 and raw[max(0, para_start - 4) : para_start].strip()[-1:] in ("”", '"', ".", ","):
        previous = raw[raw.rfind("\n\n", 0, para_start - 2) + 1 : para_start]
        if previous.lstrip()[:1] in ("“", '"'):
            return "continuation"
    if any(w in raw[:para_end] for w in words):
        return "previous_sentence"
    return "none"


def assigned_predictions(
    score: ModuleType, gold: Sequence[Mapping[str, Any]], pred: Sequence[Mapping[str, Any]]
) -> list[list[Mapping[str, Any]]]:
    """The predictions each gold quote is matched to, as ``score.py`` matches them; empty when it is not found (a
    prediction is assigned to the gold quotes it covers, and a gold quote is found when they cover 80% of it)."""
    g_toks = [Counter(score.toks(g["text"])) for g in gold]
    assigned: dict[int, list[Mapping[str, Any]]] = {i: [] for i in range(len(gold))}
    for p in pred:
        pt = Counter(score.toks(p.get("text")))
        n = sum(pt.values())
        if n == 0:
            continue
        overlaps = [sum((pt & gt).values()) / n for gt in g_toks]
        best_i = max(range(len(gold)), key=lambda i: overlaps[i], default=-1)
        inside = [
            i
            for i, gt in enumerate(g_toks)
            if sum(gt.values()) >= 3 and sum((gt & pt).values()) / sum(gt.values()) >= 0.8
        ]
        union: Counter[str] = Counter()
        for i in inside:
            union |= g_toks[i]
        if best_i >= 0 and overlaps[best_i] >= 0.8:
            assigned[best_i].append(p)
        elif len(inside) > 1 and sum((pt & union).values()) / n >= 0.8:
            for i in inside:
                assigned[i].append(p)
    result = []
    for i in range(len(gold)):
        covered: Counter[str] = Counter()
        for p in assigned[i]:
            covered |= Counter(score.toks(p.get("text")))
        need = sum(g_toks[i].values())
        found = bool(need) and sum((covered & g_toks[i]).values()) / need >= 0.8
        result.append(assigned[i] if found else [])
    return result


def speaker_outcome(score: ModuleType, quote: Mapping[str, Any], speakers: Sequence[str | None]) -> str:
    """``right``, ``lenient``, ``wrong`` or ``missing``: the best of ``speakers`` for a found gold quote, as
    ``score.py`` judges a speaker (strict: a gold name; lenient: a surname or a part of one)."""
    names = {score.norm(quote["speaker"])} | {score.norm(a) for a in quote.get("speaker_alts", [])}
    surnames = {n.split()[-1] for n in names if n} | score.name_words(quote["speaker"])
    spoken = [score.norm(s) for s in speakers]
    if any(s in names for s in spoken):
        return "right"
    if any(s and (set(s.split()) & surnames or any(s in n for n in names)) for s in spoken):
        return "lenient"
    return "wrong" if any(spoken) else "missing"


def outcomes(score: ModuleType, gold: Sequence[Mapping[str, Any]], pred: Sequence[Mapping[str, Any]]) -> list[str]:
    """Each gold quote's outcome, with score.py's matching (a prediction assigned to the gold quotes it covers)."""
    return [
        speaker_outcome(score, g, [p.get("speaker") for p in rows]) if rows else "not_found"
        for g, rows in zip(gold, assigned_predictions(score, gold, pred), strict=True)
    ]


def class_counts(corpus: Path, out: Path) -> dict[str, dict[str, int]]:
    """Attribution class -> outcome -> gold quotes (scorable speakers only)."""
    score = load_scorer()
    documents = pl.read_parquet(out / "documents.parquet").select("doc_id", "source_path")
    quotes = pl.read_parquet(out / "quotes.parquet").join(documents, on="doc_id")
    counts: dict[str, Counter[str]] = {name: Counter() for name in CLASSES}
    for gold_path in sorted((corpus / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8")).get("quotes", [])
        raw_path = corpus / "raw" / f"{gold_path.stem}.txt"
        raw = raw_path.read_text(encoding="utf-8") if raw_path.is_file() else ""
        stem = quotes.filter(pl.col("source_path").str.extract(r"([^/]+)\.\w+$") == gold_path.stem)
        for quote, outcome in zip(gold, outcomes(score, gold, stem.to_dicts()), strict=True):
            if quote.get("speaker_scorable", True):
                counts.setdefault(gold_class(quote, raw), Counter())[outcome] += 1
    return {name: {o: c[o] for o in OUTCOMES} for name, c in counts.items() if c}


def figures(corpus: Path, out: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, str(SCORER), str(corpus / "gold"), str(out), "--json"],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return {name: result.get(name) for name in FIGURES}


def table(after: Mapping[str, Mapping[str, int]], before: Mapping[str, Mapping[str, int]] | None) -> str:
    header = ["class", *OUTCOMES] + ([f"{o} before" for o in ("right", "wrong", "missing")] if before else [])
    lines = ["| " + " | ".join(header) + " |", "|---" * len(header) + "|"]
    for name in [c for c in CLASSES if c in after or (before and c in before)]:
        row = after.get(name, {})
        cells = [name, *(str(row.get(o, 0)) for o in OUTCOMES)]
        if before:
            old = before.get(name, {})
            cells += [str(old.get(o, 0)) for o in ("right", "wrong", "missing")]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "set",
        help="polnear-dev, sample, quote-fixtures, organisation-fixtures, cue-fixtures, international-fixtures, "
        "web-fixtures, web2-fixtures, genres-fixtures, genres2-fixtures, organisations2-fixtures, families-fixtures, "
        "context-fixtures, descriptions-fixtures, names-fixtures, webcues-fixtures, structures-fixtures, "
        "carried-fixtures or an annotation set name (aeb-quotes-dev, lee-quotes-dev, ...)",
    )
    parser.add_argument("--out", type=Path, default=None, help="where the tables go (default: a temporary folder)")
    parser.add_argument("--save", type=Path, default=None, help="write the figures and counts as JSON")
    parser.add_argument("--compare", type=Path, default=None, help="a JSON saved before, to print beside")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="newsprep-speakers-") as tmp:
        work = args.out or Path(tmp)
        corpus = corpus_for(args.set, work)
        run_newsprep(read_raw_files(corpus), work / "tables", join_split_quotes=True)
        result = {
            "set": args.set,
            "figures": figures(corpus, work / "tables"),
            "classes": class_counts(corpus, work / "tables"),
        }
    before = json.loads(args.compare.read_text(encoding="utf-8")) if args.compare else None
    print(f"\n### Speakers on {args.set}\n")
    print("| figure | " + ("before | " if before else "") + "now |")
    print("|---|" + ("---|" if before else "") + "---|")
    for name in FIGURES:
        old = f"{before['figures'].get(name)} | " if before else ""
        print(f"| {name} | {old}{result['figures'][name]} |")
    print()
    print(table(result["classes"], before["classes"] if before else None))
    if args.save:
        args.save.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
