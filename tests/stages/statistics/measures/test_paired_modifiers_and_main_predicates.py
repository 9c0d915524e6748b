"""Measures round 34 of issue 17: failing phrases whose words the number's own sentence holds.

A count whose noun opens on two modifiers joined by 'and'/'or' ('300 state and federal agents') had no noun of its own
reading (its first word is no noun), so it published nothing or another part of the clause; pages of three corpora
(two pages of the Lee corpus, a mediacloud page, a Huffington Post page of PolNeAR) wrote the whole noun phrase.
``paired_modifiers.paired_modifier_noun`` gives the count that noun phrase.

A count that opens its clause, with a relative clause on its noun before the main verb ('Two climbers who survived
were rescued'), published the relative clause's verb; the readers (two pages of the Lee corpus, an aeb page, a wire
fixture) wrote what the main clause says. ``main_predicates.subject_main_predicate`` reads the main clause when an
auxiliary plainly opens it.

Invented sentences; each case fails on base 308ab7b, the guards hold what must not change (two nouns joined, a
number after 'and', a relative clause on an object, a reporting verb or another clause before the auxiliary)."""

from __future__ import annotations

import pytest

from newsprep.extract.statistics.measures.main_predicates import subject_main_predicate
from newsprep.extract.statistics.measures.paired_modifiers import paired_modifier_noun
from tests.stages.builders import measure_of

# each case: the sentence, the statistic's text, its measure; the id names the shape
PAIRED = [
    pytest.param(
        "About 300 state and federal agents raided the farm on Tuesday.",
        "300",
        "state and federal agents raided the farm",
        id="two modifiers before the subject's noun",
    ),
    pytest.param(
        "The county counts 40 public and private schools.",
        "40",
        "public and private schools",
        id="two modifiers before the object's noun",
    ),
    pytest.param(
        "Nearly 900 oil- and coal-fired boilers still heat the homes.",
        "900",
        "oil- and coal-fired boilers heat the homes",
        id="a compound's shared half",
    ),
    pytest.param(
        "The survey covered 16 dairy or beef farms in the valley.",
        "16",
        "dairy or beef farms covered in the valley",
        id="joined by 'or'",
    ),
]

MAIN_CLAUSES = [
    pytest.param(
        "Two climbers who survived the storm were rescued on Sunday.",
        "Two",
        "climbers rescued",
        id="the main clause's participle, its time left out",
    ),
    pytest.param(
        "On a busy night, 150 patients who had been admitted were still waiting in corridors for a bed.",
        "150",
        "patients waiting in corridors",
        id="after a comma, the relative clause's own auxiliaries skipped",
    ),
    pytest.param(
        "The 12 firms that bid for the contract were told to wait.",
        "12",
        "firms told to wait",
        id="'that' and a determiner before the count",
    ),
]

GUARDS = [
    pytest.param(
        "Nearly 2,000 nurses and hospital porters joined the march.",
        "2,000",
        "nurses and hospital porters",
        id="two nouns joined, no modifiers",
    ),
    pytest.param("They ordered 40 new and 12 used buses.", "12", "used buses", id="a number after 'and'"),
    pytest.param("The rescuers found 12 hikers who were lost.", "12", "hikers lost", id="a relative on an object"),
    pytest.param(
        "Three others who were also hurt arrived at the clinic.",
        "Three",
        "others hurt arrived at the clinic",
        id="no auxiliary opens the main clause",
    ),
    pytest.param(
        "About 40 people who live near the plant said they were worried.",
        "40",
        "people live near the plant said",
        id="another clause's auxiliary",
    ),
]


@pytest.mark.parametrize(("sentence", "number", "measure"), PAIRED + MAIN_CLAUSES + GUARDS)
def test_measure(sentence: str, number: str, measure: str | None) -> None:
    assert measure_of(sentence, number) == measure


@pytest.mark.parametrize(
    ("right", "expected"),
    [
        pytest.param("state and federal agents raided", ("state and federal agents", ["raided"]), id="plain"),
        pytest.param("coal- and gas-fired power plants.", ("coal- and gas-fired power plants", []), id="two words"),
        pytest.param("nurses and hospital porters", None, id="a plural noun first"),
        pytest.param("inches and make it", None, id="a unit first"),
        pytest.param("new and 12 used", None, id="a number second"),
        pytest.param("red and the blue cars", None, id="a function word second"),
        pytest.param("state and federal", None, id="no noun after"),
        pytest.param("local, state and federal agents", None, id="a comma after the first"),
        pytest.param("dead and many people injured", None, id="a casualty, then another count"),
    ],
)
def test_paired_modifier_noun(right: str, expected: tuple[str, list[str]] | None) -> None:
    assert paired_modifier_noun(right.split()) == expected


@pytest.mark.parametrize(
    ("before", "right", "expected"),
    [
        pytest.param("", "who survived were rescued.", "climbers rescued", id="sentence start"),
        pytest.param("On Monday,", "who survived were rescued.", "climbers rescued", id="after a comma"),
        pytest.param("Crews found", "who survived were rescued.", None, id="an object"),
        pytest.param("", "who survived said they were rescued.", None, id="a reporting verb first"),
        pytest.param("", "who were also hurt arrived at noon.", None, id="no main auxiliary"),
        pytest.param("", "who survived.", None, id="no main clause"),
        pytest.param("", "survived and were rescued.", None, id="no relative pronoun"),
    ],
)
def test_subject_main_predicate(before: str, right: str, expected: str | None) -> None:
    assert subject_main_predicate(before.split(), "climbers", right.split()) == expected
