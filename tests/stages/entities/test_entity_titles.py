"""Entities: a person's entity and mentions without the role words and epithets before the name (issue 17).

The gold conventions name a person without title, and one person written with and without one is one entity. Invented
sentences and names only.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from newsprep.extract.entities import resolve_entities
from tests.stages.builders import article_from
from tests.stages.entities.test_entities import body_spans

Wanted = tuple[str, str] | tuple[str, str, int]


def people_and_mentions(body: str, wanted: Sequence[Wanted]) -> tuple[set[tuple[str, str]], set[str]]:
    entities, mentions = resolve_entities(article_from(body), body_spans(body, wanted))
    return {(e.text, e.label) for e in entities}, {m.text for m in mentions}


CASES = [
    pytest.param(
        "Treasurer Ada Holm said the budget would balance by spring.",
        [("Treasurer Ada Holm", "PERSON")],
        {("Ada Holm", "PERSON")},
        id="office-word-treasurer",
    ),
    pytest.param(
        "Shadow Treasurer Ben Orr rejected the forecast on Tuesday.",
        [("Treasurer Ben Orr", "PERSON")],
        {("Ben Orr", "PERSON")},
        id="shadow-office-the-model-cut-after-shadow",
    ),
    pytest.param(
        "Coroner Nadia Velde will hear the case next month.",
        [("Coroner Nadia Velde", "PERSON")],
        {("Nadia Velde", "PERSON")},
        id="office-word-coroner",
    ),
    pytest.param(
        "Mullah Tomas Velde led the prayers. Velde spoke briefly.",
        [("Mullah Tomas Velde", "PERSON"), ("Velde", "PERSON", 1)],
        {("Tomas Velde", "PERSON")},
        id="religious-honorific",
    ),
    pytest.param(
        "The mayor mocked Sleepy Ada Holm at a rally. Ada Holm laughed it off.",
        [("Sleepy Ada Holm", "PERSON"), ("Ada Holm", "PERSON", 1)],
        {("Ada Holm", "PERSON")},
        id="epithet-before-a-name-written-bare-elsewhere",
    ),
    pytest.param(
        "Ada Holm signed the deal. Rocker Ada Holm, as fans call her, smiled.",
        [("Ada Holm", "PERSON"), ("Rocker Ada Holm", "PERSON")],
        {("Ada Holm", "PERSON")},
        id="epithet-after-the-bare-name",
    ),
]


@pytest.mark.parametrize(("body", "wanted", "expected"), CASES)
def test_role_words_and_epithets_leave_the_name(body: str, wanted: Sequence[Wanted], expected: set[object]) -> None:
    entities, mentions = people_and_mentions(body, wanted)
    assert entities == expected
    assert all(not m.startswith(("Treasurer", "Coroner", "Mullah", "Sleepy", "Rocker")) for m in mentions)


GUARDS = [
    pytest.param(
        "Dr. Ada Holm treated the patients.",
        [("Dr. Ada Holm", "PERSON")],
        {("Ada Holm", "PERSON")},
        id="courtesy-title-dropped-as-before",
    ),
    pytest.param(
        "Mary Ann Holm opened the shop. Ann Holm, her cousin, did not.",
        [("Mary Ann Holm", "PERSON"), ("Ann Holm", "PERSON")],
        {("Mary Ann Holm", "PERSON")},
        id="a-given-name-first-is-part-of-the-name",
    ),
    pytest.param(
        "Sleepy Ada Holm was the nickname on every poster.",
        [("Sleepy Ada Holm", "PERSON")],
        {("Sleepy Ada Holm", "PERSON")},
        id="an-unknown-first-word-stays-when-the-bare-name-is-never-written",
    ),
    pytest.param(
        "The Supreme Court heard the appeal. The Treasury declined to comment.",
        [("Supreme Court", "ORG"), ("Treasury", "ORG")],
        {("Supreme Court", "ORG"), ("Treasury", "ORG")},
        id="organisations-untouched",
    ),
    pytest.param(
        "Ursula van der Holm chaired the panel.",
        [("Ursula van der Holm", "PERSON")],
        {("Ursula van der Holm", "PERSON")},
        id="particles-inside-a-name-stay",
    ),
]


@pytest.mark.parametrize(("body", "wanted", "expected"), GUARDS)
def test_names_and_organisations_that_must_not_change(
    body: str, wanted: Sequence[Wanted], expected: set[object]
) -> None:
    assert people_and_mentions(body, wanted)[0] == expected


def test_an_initial_before_a_given_name_stays_part_of_the_name() -> None:
    body = "R. Tomas Velde founded the firm. Tomas Velde retired in May."
    entities, _ = people_and_mentions(body, [("R. Tomas Velde", "PERSON"), ("Tomas Velde", "PERSON", 1)])
    assert entities == {("R. Tomas Velde", "PERSON")}


def test_a_given_name_the_records_miss_before_a_particle_stays() -> None:
    body = "Joost van Holm chaired the meeting. Later van Holm said the vote was close."
    entities, _ = people_and_mentions(body, [("Joost van Holm", "PERSON"), ("van Holm", "PERSON")])
    assert entities == {("Joost van Holm", "PERSON")}
