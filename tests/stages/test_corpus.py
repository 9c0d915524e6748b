"""Corpus keys: one person, one key across documents; different people never share one."""

from __future__ import annotations

import hashlib
import random

import polars as pl
import pytest

from newsprep.corpus import (
    EntityName,
    corpus_keys,
    corpus_tables,
    defined_acronyms,
    name_words,
    person_name,
    spells,
)
from newsprep.tables import conform, frame_from_rows


@pytest.mark.parametrize(
    ("written", "words"),
    [
        ("The F.B.I.'s", ("fbi",)),
        ("the  FBI", ("fbi",)),
        ("Trump\u2019s", ("trump",)),
        ("Jos\u00e9 Mar\u00eda Aznar", ("jose", "maria", "aznar")),
        ("Jean-Marie Le Pen", ("jeanmarie", "le", "pen")),
        ("O'Rourke", ("orourke",)),
        ("Sanders'", ("sanders",)),
    ],
)
def test_name_words_drop_case_periods_diacritics_hyphens_apostrophes_and_possessives(
    written: str, words: tuple[str, ...]
) -> None:
    assert name_words(written) == words


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("Donald J. Trump", "Donald Trump", True),
        ("Hillary Rodham Clinton", "Hillary Clinton", True),
        ("Sen. Elizabeth Warren", "Elizabeth Warren", True),
        ("President Barack Obama", "Barack Obama", True),
        ("Donald Trump Jr.", "Donald Trump", False),
        ("Donald Trump Sr.", "Donald Trump Jr.", False),
        ("Hillary Clinton", "Bill Clinton", False),
        ("Ursula von der Leyen", "Ursula Leyen", False),
    ],
)
def test_person_names_compare_without_titles_and_middles_but_with_suffixes(one: str, other: str, same: bool) -> None:
    a, b = person_name(one), person_name(other)
    assert a is not None and b is not None
    assert (a.key_words() == b.key_words()) is same


def test_acronyms_an_article_defines() -> None:
    text = "Agents of the Federal Bureau of Investigation (FBI) and Sen. Tim Kaine (D-Va.) met."
    assert defined_acronyms(text, ["Federal Bureau of Investigation", "Tim Kaine"]) == {
        ("fbi",): ("federal", "bureau", "of", "investigation")
    }
    assert spells("NASA", "National Aeronautics and Space Administration")
    assert not spells("ICE", "Federal Bureau of Investigation")


def _entity(doc: str, text: str, label: str = "PERSON", forms: tuple[str, ...] = ()) -> EntityName:
    entity_id = hashlib.sha256(f"{label}\t{text}".encode()).hexdigest()[:16]
    return EntityName(doc * 64, entity_id, text, label, forms or (text,))


def _keys(entities: list[EntityName], **kwargs: object) -> dict[tuple[str, str], str]:
    keys = corpus_keys(entities, **kwargs)  # type: ignore[arg-type]
    return {(e.doc_id[0], e.text): keys.entities[e.ref].key for e in entities}


CLINTONS = [
    _entity("a", "Hillary Clinton", forms=("Hillary Clinton", "Clinton")),
    _entity("b", "Hillary Rodham Clinton", forms=("Hillary Rodham Clinton", "Clinton")),
    _entity("c", "Bill Clinton", forms=("Bill Clinton", "Mr. Clinton")),
    _entity("d", "Chelsea Clinton"),
    _entity("e", "Clinton"),
    _entity("f", "Donald Trump", forms=("Donald Trump", "Trump")),
    _entity("g", "Donald J. Trump", forms=("Donald J. Trump", "Trump")),
    _entity("h", "Trump", "ORG"),
    _entity("h", "Ivanka Trump", forms=("Ivanka Trump", "Ivanka")),
    _entity("i", "Trump"),
]


def test_full_names_merge_across_documents_and_different_full_names_never_do() -> None:
    keys = _keys(CLINTONS)
    assert keys[("a", "Hillary Clinton")] == keys[("b", "Hillary Rodham Clinton")] == "person:hillary-clinton"
    assert len({keys[("a", "Hillary Clinton")], keys[("c", "Bill Clinton")], keys[("d", "Chelsea Clinton")]}) == 3
    assert keys[("f", "Donald Trump")] == keys[("g", "Donald J. Trump")] == "person:donald-trump"


def test_a_lone_surname_joins_the_one_person_the_corpus_calls_by_it() -> None:
    keys = _keys(CLINTONS)
    # Two people are called "Clinton" alone where their full name is given: Hillary in two documents (a, b), Bill
    # ("Mr. Clinton": the title goes) in one (c). A lone "Clinton" is taken for the one so called in two or more.
    assert keys[("e", "Clinton")] == "person:hillary-clinton"
    # "Trump" tagged ORG in a document that also names Ivanka Trump: Donald is the Trump the corpus calls "Trump".
    assert keys[("h", "Trump")] == keys[("i", "Trump")] == "person:donald-trump"
    assert keys[("h", "Ivanka Trump")] == "person:ivanka-trump"


def test_a_surname_several_people_share_keeps_a_key_of_its_own_document() -> None:
    entities = [
        _entity("a", "Bobby Scott", forms=("Bobby Scott", "Scott")),
        _entity("b", "Keith Lamont Scott", forms=("Keith Lamont Scott", "Scott")),
        _entity("c", "Scott"),
        _entity("d", "Scott"),
    ]
    keys = _keys(entities)
    assert keys[("c", "Scott")] != keys[("d", "Scott")]
    assert keys[("c", "Scott")] == f"person:scott@{'c' * 12}"
    assert keys[("a", "Bobby Scott")] != keys[("b", "Keith Lamont Scott")]


def test_two_different_middles_keep_two_people_apart() -> None:
    entities = [_entity("a", "George W. Bush"), _entity("b", "George H. W. Bush"), _entity("c", "George Walker Bush")]
    keys = _keys(entities)
    assert keys[("a", "George W. Bush")] == keys[("c", "George Walker Bush")] != keys[("b", "George H. W. Bush")]


def test_labels_vote_acronyms_and_well_known_forms() -> None:
    entities = [
        _entity("a", "Warren Buffett"),
        _entity("b", "Warren Buffett"),
        _entity("c", "Warren Buffett", "ORG"),
        _entity("a", "Federal Bureau of Investigation", "ORG"),
        _entity("b", "FBI", "ORG"),
        _entity("c", "the U.S.", "GPE"),
        _entity("d", "United States", "GPE"),
    ]
    keys = _keys(entities, acronyms={"a" * 64: {("fbi",): ("federal", "bureau", "of", "investigation")}})
    assert keys[("c", "Warren Buffett")] == keys[("a", "Warren Buffett")] == "person:warren-buffett"
    assert keys[("b", "FBI")] == keys[("a", "Federal Bureau of Investigation")] == "org:federal-bureau-of-investigation"
    assert keys[("c", "the U.S.")] == keys[("d", "United States")] == "gpe:united-states"


def test_keys_do_not_depend_on_the_order_of_the_entities() -> None:
    expected = corpus_keys(CLINTONS)
    for seed in range(5):
        shuffled = CLINTONS.copy()
        random.Random(seed).shuffle(shuffled)
        assert corpus_keys(shuffled) == expected


def _frames(docs: dict[str, list[tuple[str, str]]], quotes: dict[str, list[str | None]]) -> dict[str, pl.DataFrame]:
    """Tables of invented documents: each (name, label) one entity with one mention; quotes by speaker name."""
    rows: dict[str, list[dict[str, object]]] = {"documents": [], "entities": [], "mentions": [], "quotes": []}
    for doc, names in docs.items():
        doc_id = doc * 64
        text = ". ".join(name for name, _ in names)
        rows["documents"].append({"doc_id": doc_id, "clean_text": text})
        start = 0
        for n, (name, label) in enumerate(names):
            entity_id = f"{n:016x}"
            rows["entities"].append(
                {"doc_id": doc_id, "entity_id": entity_id, "text": name, "label": label, "mention_count": 1}
            )
            rows["mentions"].append(
                {
                    "doc_id": doc_id,
                    "entity_id": entity_id,
                    "text": name,
                    "source": "body",
                    "caption_idx": None,
                    "char_start": start,
                    "char_end": start + len(name),
                }
            )
            start += len(name) + 2
        for idx, speaker in enumerate(quotes.get(doc, [])):
            rows["quotes"].append(
                {
                    "doc_id": doc_id,
                    "quote_idx": idx,
                    "speaker": speaker,
                    "speaker_mention": speaker,
                    "speaker_entity_id": None,
                }
            )
    return {
        "documents": pl.DataFrame(rows["documents"]),
        **{t: frame_from_rows(t, [{**r} for r in rows[t]]) for t in ("entities", "mentions", "quotes")},
    }


def test_corpus_entities_counts_names_aliases_and_quotes_by_key() -> None:
    frames = _frames(
        {
            "a": [("Donald Trump", "PERSON"), ("Hillary Clinton", "PERSON")],
            "b": [("Donald J. Trump", "PERSON")],
            "c": [("Donald Trump", "PERSON")],
            "d": [("Trump", "ORG")],
        },
        {"a": ["Donald Trump", "Hillary Clinton", None], "b": ["Donald J. Trump"], "d": ["Trump"]},
    )
    tables = corpus_tables(frames["documents"], frames["entities"], frames["mentions"], frames["quotes"])
    assert tables["quotes"]["speaker_key"].to_list() == [
        "person:donald-trump",
        "person:hillary-clinton",
        None,
        "person:donald-trump",
        "person:donald-trump",
    ]
    trump = tables["corpus_entities"].filter(pl.col("entity_key") == "person:donald-trump").row(0, named=True)
    assert trump == {
        "entity_key": "person:donald-trump",
        "label": "PERSON",
        "name": "Donald Trump",
        "aliases": ["Donald J. Trump", "Donald Trump", "Trump"],
        "document_count": 4,
        "mention_count": 4,
        "quote_count": 3,
    }
    assert tables["corpus_entities"]["entity_key"].to_list() == ["person:donald-trump", "person:hillary-clinton"]


def test_an_organisation_named_like_a_person_keeps_its_own_key() -> None:
    entities = [
        _entity("a", "Michael Bloomberg", forms=("Michael Bloomberg", "Bloomberg")),
        *(_entity(doc, "Bloomberg", "ORG") for doc in "bcd"),
    ]
    keys = _keys(entities)
    assert keys[("b", "Bloomberg")] == keys[("c", "Bloomberg")] == "org:bloomberg"
    assert keys[("a", "Michael Bloomberg")] == "person:michael-bloomberg"


def test_a_first_name_in_a_full_names_entity_stays_with_it() -> None:
    entities = [
        _entity("a", "Martin Taylor", forms=("Martin Taylor", "Taylor")),
        _entity("b", "Martin Taylor", forms=("Martin Taylor", "Taylor")),
        _entity("c", "Taylor Swift", forms=("Taylor Swift", "Taylor", "Swift")),
    ]
    keys = corpus_keys(entities)
    swift = entities[2].ref
    assert keys.form_key(swift, "Taylor").key == keys.form_key(swift, "Swift").key == "person:taylor-swift"


@pytest.mark.parametrize(
    "name", ["Route \u00bd", "Zone \u0bf0 North", "\u2014", "O'Brien-Smith Jr.", "\uff26\uff22\uff29", "_"]
)
def test_keys_of_odd_names_follow_the_contract(name: str) -> None:
    frames = _frames({"a": [(name, "ORG"), ("Ana Ruiz", "PERSON")]}, {"a": [name]})
    tables = corpus_tables(frames["documents"], frames["entities"], frames["mentions"], frames["quotes"])
    conform("entities", tables["entities"])
    conform("corpus_entities", tables["corpus_entities"])
    assert tables["quotes"]["speaker_key"].to_list() == tables["entities"]["entity_key"].head(1).to_list()


def test_a_described_speaker_takes_no_corpus_key_whatever_a_mention_reads() -> None:
    """Round 13: a speaker the text only describes (``speaker_kind`` 'description') is no one's name, even where an
    entity's text reads the same (an ORG tagged ``Officials``): its speaker_key is null."""
    frames = _frames({"a": [("Officials", "ORG")]}, {"a": ["Officials", "Officials"]})
    quotes = frames["quotes"].with_columns(
        pl.Series("speaker_kind", ["organisation", "description"]), pl.Series("attribution", ["cue", "cue"])
    )
    tables = corpus_tables(frames["documents"], frames["entities"], frames["mentions"], quotes)
    assert tables["quotes"]["speaker_key"].to_list() == ["org:officials", None]
