"""A gold-free audit of published speakers: checks the quotes table must satisfy against its own document (issue 16).

usage: python benchmarks/speaker_audit.py CORPUS|FOLDER [...] [--work DIR] [--show CHECK]

CORPUS is ``aeb`` (the aeb bodies in no held-out set: ``aeb-quotes`` and ``aeb-statistics`` left out; the synthetic
``build_corpus.py`` corpus cycles these same bodies, so it holds no other text), ``lee`` (the Lee lines in no
held-out set, ``lee-quotes``, ``lee-quotes2``, ``lee-statistics``, ``lee-statistics2``, nor a copy of one of their
articles), ``polnear-dev``, ``web`` (every goose, newspaper4k and trafilatura page: no held-out set reads them) or a
folder of raw pages outside the repository (round 55: the 309 test pages of six releases, each file newsprep's raw
shape, a headline line, a blank line, the body). newsprep runs as published (``process_batch``) into
``DIR/CORPUS`` (the folder's name for a folder; outside the repository: it holds corpus text), then each quote row
is checked.
A flag is not an error, only a row a reader should look at; each check flags a shape a right speaker rarely has:

- ``short_name``: a person speaker that is one word, or shorter than a PERSON name in the same document that ends with
  its last word (``Brannigan`` while ``Maren Brannigan`` is named): the canonical speaker is the fullest name.
- ``missing_with_cue``: no speaker, while the quote's sentence or the one before it holds a speech verb next to a
  subject (a capitalised name, a pronoun, ``the``/``a`` noun): the text says who spoke, the stage did not read it.
- ``organisation_noun``: every ``organisation_noun`` row (the noun is resolved by a guess about the article); ``--show``
  prints the noun, the organisation chosen and the organisations named before the quote.
- ``not_entity``: a person or organisation speaker with no entity (``speaker_entity_id`` null) although it is written
  as a name: either NER missed the name or the speaker is not a name (a fragment, a name plus a verb).
- ``entity_text``: a speaker whose entity's canonical text is another string: the row and ``entities`` disagree.
- ``not_a_name``: a person speaker holding a lower-case word other than a name particle (``Ana Ruiz thanks``), or a
  pronoun: a speaker is a name, never a phrase.
- ``no_speaker``: every quote published with no speaker (round 35): read each to say whether the text names who said
  it, and how (a cue the rules do not know, an attribution sentences away, a list or Q&A layout, truly unattributed).
- ``not_person``: a person speaker whose entity is not a PERSON (a place, an organisation, a work, a word NER tagged
  otherwise), or who has no entity and is no PERSON mention of the document: a word or a place published as a person.
- ``pronoun_rival``, ``speaker_in_quote``, ``cue_far_name``, ``speaker_change``, ``fuller_form`` (round 36,
  ``speaker_rivals.py``): a speaker that is a name but may be the wrong person, or a short or titled form of the
  right one.

``--show CHECK`` prints the flagged rows of one check with the quote's sentence, for reading only (corpus text:
nothing of it goes into the repository).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parent))  # quotes_polnear and corpus_lee, beside this script
from quotes_polnear import run_newsprep
from speaker_rivals import ROUND36_CHECKS, SENTENCE_END, Mention, round36_flags

from newsprep.ingest import RawFile
from newsprep.text.names import NAME_PARTICLES as PARTICLES

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
ANNOTATIONS = REPO / "benchmarks" / "annotations"
CHECKS = (
    "short_name",
    "missing_with_cue",
    "organisation_noun",
    "not_entity",
    "entity_text",
    "not_a_name",
    "no_speaker",
    "not_person",
    *ROUND36_CHECKS,
)
HELD_OUT = {
    "aeb": ("aeb-quotes", "aeb-statistics"),
    "lee": ("lee-quotes", "lee-quotes2", "lee-statistics", "lee-statistics2"),
}
_SPEECH = (
    r"said|says|say|told|tells|added|adds|wrote|writes|asked|asks|noted|explained|argued|stated|declared|insisted|"
    r"warned|replied|recalled|acknowledged|announced|according to|tweeted|posted"
)
_SUBJECT = r"(?:[A-Z][\w’'.-]+|he|she|they|it|we|I|(?:the|a|an) [a-z][\w-]+)"
SPEECH_WITH_SUBJECT = re.compile(rf"\b{_SUBJECT}\s+(?:{_SPEECH})\b|\b(?:{_SPEECH})\s+{_SUBJECT}")
NAMED_CORPORA = ("aeb", "lee", "polnear-dev", "web")
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})


@dataclass(frozen=True, slots=True)
class Flag:
    """One quote row a check flagged, with what the reader needs to judge it."""

    check: str
    doc_id: str
    quote_idx: int
    speaker: str | None
    detail: str


def held_out_ids(corpus: str) -> frozenset[str]:
    """The document ids of the held-out sets on ``corpus`` (their text is scored once a round, never read)."""
    ids: set[str] = set()
    for name in HELD_OUT.get(corpus, ()):
        annotation = json.loads((ANNOTATIONS / f"{name}.json").read_text(encoding="utf-8"))
        ids |= {str(document["id"]) for document in annotation["documents"]}
    return frozenset(ids)


def corpus_name(value: str) -> str:
    """A named corpus, or a folder of raw pages (which must exist: a typo is no empty corpus)."""
    if value in NAMED_CORPORA or Path(value).is_dir():
        return value
    raise argparse.ArgumentTypeError(f"{value!r} is neither one of {NAMED_CORPORA} nor a folder")


def with_headline(body: str) -> bytes:
    """The raw shape newsprep reads (``evalsets.raw_text_for``): a headline line (a neutral one), a blank line, the
    body; the aeb and Lee bodies have no headline of their own."""
    return f"Audited article\n\n{body}\n".encode()


def _normalised(text: str) -> str:
    """An article's words, casefolded: two copies of one article compare equal whatever their spacing."""
    return " ".join(re.findall(r"\w+", text.casefold()))


def raw_files(corpus: str) -> list[RawFile]:
    """The articles of ``corpus`` that no held-out set holds, as raw files."""
    held = held_out_ids(corpus)
    if corpus == "aeb":
        bodies = json.loads((SHARED / "corpus" / "aeb" / "ground-truth.json").read_text(encoding="utf-8"))
        return [
            RawFile(f"aeb-{key[:10]}.txt", with_headline(str(value["articleBody"])))
            for key, value in sorted(bodies.items())
            if key not in held
        ]
    if corpus == "lee":
        from corpus_lee import lee_articles

        articles = lee_articles()
        # the corpus repeats some articles: a copy of a held-out one is held out too (line 150 is line 156)
        held_texts = {_normalised(text) for key, text in articles.items() if key in held}
        return [
            RawFile(f"{key}.txt", with_headline(text))
            for key, text in articles.items()
            if key not in held and _normalised(text) not in held_texts
        ]
    if corpus == "web":
        from corpus_goose import goose_articles
        from corpus_newspaper4k import newspaper4k_articles
        from corpus_trafilatura import trafilatura_articles

        pages = {**goose_articles(), **newspaper4k_articles(), **trafilatura_articles()}
        return [RawFile(f"{key}.txt", with_headline(text)) for key, text in sorted(pages.items())]
    folder = SHARED / "corpus" / "polnear-dev" / "raw" if corpus == "polnear-dev" else Path(corpus)
    return [RawFile(path.name, path.read_bytes()) for path in sorted(folder.iterdir()) if path.is_file()]


def sentence_window(text: str, start: int, end: int) -> str:
    """The sentence(s) holding ``text[start:end]`` and the sentence before, the quoted span itself blanked out."""
    breaks = [m.end() for m in SENTENCE_END.finditer(text) if m.end() <= start]
    begin = breaks[-2] if len(breaks) >= 2 else 0
    after = SENTENCE_END.search(text, end)
    stop = after.start() + 1 if after else len(text)
    return text[begin:start] + " … " + text[end:stop]


def surname_of(name: str) -> str:
    words = name.split()
    return words[-1] if words else ""


def short_name(row: Mapping[str, Any], people: Sequence[str]) -> str | None:
    """The fuller PERSON name ending with the speaker's last word, when the speaker is not it."""
    speaker = str(row["speaker"])
    surname = surname_of(speaker)
    fuller = [name for name in people if surname_of(name) == surname and len(name.split()) > len(speaker.split())]
    return max(fuller, key=len) if fuller else None


def not_a_name(speaker: str) -> bool:
    words = speaker.split()
    if speaker.casefold() in PRONOUNS:
        return True
    return any(w[:1].islower() and w not in PARTICLES for w in words[1:])


def looks_like_name(speaker: str) -> bool:
    words = speaker.replace("’s", "").split()
    return bool(words) and all(w[:1].isupper() or w in PARTICLES for w in words)


def audit_document(
    quotes: Sequence[Mapping[str, Any]], entities: Sequence[Mapping[str, Any]], clean_text: str
) -> Iterator[Flag]:
    """Every flag of one document's quote rows."""
    people = [str(e["text"]) for e in entities if e["label"] == "PERSON"]
    entity_text = {str(e["entity_id"]): str(e["text"]) for e in entities}
    entity_label = {str(e["entity_id"]): str(e["label"]) for e in entities}
    for row in quotes:
        doc, idx, speaker = str(row["doc_id"]), int(row["quote_idx"]), row["speaker"]
        if speaker is None:
            window = sentence_window(clean_text, int(row["char_start"]), int(row["char_end"]))
            cue = SPEECH_WITH_SUBJECT.search(window)
            if cue:
                yield Flag("missing_with_cue", doc, idx, None, cue.group(0))
            yield Flag("no_speaker", doc, idx, None, cue.group(0) if cue else "")
            continue
        if row["attribution"] == "organisation_noun":
            yield Flag("organisation_noun", doc, idx, speaker, str(row["speaker_mention"]))
        if row["speaker_kind"] == "person":
            fuller = short_name(row, people)
            if fuller is not None:
                yield Flag("short_name", doc, idx, speaker, fuller)
            if not_a_name(speaker):
                yield Flag("not_a_name", doc, idx, speaker, str(row["speaker_mention"]))
            label = entity_label.get(str(row["speaker_entity_id"]))
            if label not in (None, "PERSON") or (label is None and speaker not in people):
                yield Flag("not_person", doc, idx, speaker, f"{label} {row['speaker_mention']}")
        if row["speaker_kind"] in ("person", "organisation"):
            entity = row["speaker_entity_id"]
            if entity is None and looks_like_name(speaker):
                yield Flag("not_entity", doc, idx, speaker, str(row["speaker_mention"]))
            elif entity is not None and entity_text.get(str(entity), speaker) != speaker:
                yield Flag("entity_text", doc, idx, speaker, entity_text[str(entity)])


def audit_tables(tables: Path) -> list[Flag]:
    """Every flag of the quotes table in ``tables`` (a folder of the published Parquet tables)."""
    quotes = pl.read_parquet(tables / "quotes.parquet")
    entities = pl.read_parquet(tables / "entities.parquet")
    texts = dict(pl.read_parquet(tables / "documents.parquet").select("doc_id", "clean_text").iter_rows())
    mentions = body_mentions(tables)
    flags: list[Flag] = []
    for (doc_id,), rows in quotes.sort("doc_id", "quote_idx").group_by("doc_id", maintain_order=True):
        ents = entities.filter(pl.col("doc_id") == doc_id).to_dicts()
        flags += audit_document(rows.to_dicts(), ents, texts[doc_id])
        found = round36_flags(rows.to_dicts(), mentions.get(str(doc_id), []), texts[doc_id])
        flags += [Flag(f.check, str(doc_id), f.quote_idx, f.speaker, f.detail) for f in found]
    return flags


def body_mentions(tables: Path) -> dict[str, list[Mention]]:
    """Each document's body mentions with their entity's label and canonical text, in order of offset."""
    mentions = pl.read_parquet(tables / "mentions.parquet").join(
        pl.read_parquet(tables / "entities.parquet").select(
            "doc_id", "entity_id", "label", pl.col("text").alias("name")
        ),
        on=["doc_id", "entity_id"],
    )
    body = mentions.filter(pl.col("source") == "body").sort("doc_id", "char_start")
    found: dict[str, list[Mention]] = {}
    for doc_id, entity_id, label, name, start, end in body.select(
        "doc_id", "entity_id", "label", "name", "char_start", "char_end"
    ).iter_rows():
        found.setdefault(str(doc_id), []).append(Mention(str(entity_id), str(label), str(name), start, end))
    return found


def organisations_before(tables: Path, flag: Flag) -> list[str]:
    """The organisations mentioned in the body before the flagged quote, in order, each once."""
    quote = pl.read_parquet(tables / "quotes.parquet").filter(
        (pl.col("doc_id") == flag.doc_id) & (pl.col("quote_idx") == flag.quote_idx)
    )
    start = int(quote["char_start"][0])
    before = body_mentions(tables).get(flag.doc_id, [])
    return list(dict.fromkeys(m.name for m in before if m.label == "ORG" and m.start < start))


def show(tables: Path, flags: Sequence[Flag], check: str) -> None:
    documents = pl.read_parquet(tables / "documents.parquet").select("doc_id", "source_path", "clean_text")
    quotes = pl.read_parquet(tables / "quotes.parquet")
    texts = {d: (p, t) for d, p, t in documents.iter_rows()}
    for flag in (f for f in flags if f.check == check):
        row = quotes.filter((pl.col("doc_id") == flag.doc_id) & (pl.col("quote_idx") == flag.quote_idx)).row(
            0, named=True
        )
        path, text = texts[flag.doc_id]
        window = sentence_window(text, row["char_start"], row["char_end"])
        print(f"- {path} #{flag.quote_idx} speaker={flag.speaker!r} [{row['attribution']}] {flag.detail!r}")
        print(f"    quote: {row['text'][:160]!r}\n    around: {window[-400:]!r}")
        if check == "organisation_noun":
            print(f"    organisations before: {organisations_before(tables, flag)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpora", nargs="+", type=corpus_name, help="aeb, lee, polnear-dev, web or a folder")
    parser.add_argument("--work", type=Path, default=Path("/tmp/newsprep-speaker-audit"))
    parser.add_argument("--show", choices=CHECKS, default=None, help="print one check's flagged rows (for reading)")
    parser.add_argument("--reuse", action="store_true", help="read the tables a previous run left in --work")
    args = parser.parse_args()
    if args.work.resolve().is_relative_to(REPO):
        parser.error("--work must be outside the repository (the tables hold corpus text)")
    print("| corpus | quotes | with speaker | " + " | ".join(CHECKS) + " |")
    print("|---" * (len(CHECKS) + 3) + "|")
    for corpus in args.corpora:
        tables = args.work / Path(corpus).name
        if not args.reuse:
            run_newsprep(raw_files(corpus), tables, join_split_quotes=True)
        flags = audit_tables(tables)
        counts = Counter(f.check for f in flags)
        quotes = pl.read_parquet(tables / "quotes.parquet")
        spoken = quotes.filter(pl.col("speaker").is_not_null()).height
        cells = [corpus, str(quotes.height), str(spoken), *(str(counts[c]) for c in CHECKS)]
        print("| " + " | ".join(cells) + " |")
        if args.show:
            show(tables, flags, args.show)
        sys.stdout.flush()


if __name__ == "__main__":
    main()
