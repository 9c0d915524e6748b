"""Speakers, round 22 (issue 16): what a fifth dev set of real Australian broadcast news (``lee-quotes-dev5``) and the
weak classes of the other dev sets showed, taken as general causes. Words quoted as what a named agent called
something in the passive (``was hailed by envoy Tomas Velde as “...”``, ``welcomed by the Harbor Council as “...”``)
are the agent's, not the sentence's subject's nor the person named in the sentence before. A country's armed forces
are an organisation the text names by its people's adjective: ``the army said``, ``the military said`` after
``Norwegian troops`` is the Norwegian army (military), where before the noun was no speaker at all. Every sentence
here is invented, in several styles (diplomacy, sport, business, local news, conflict); each rule case fails on the
base code (9219b1e), the guards pass on both."""

from __future__ import annotations

import pytest

from tests.stages.builders import Names, organisations, people
from tests.stages.builders import QuoteKindRow as Row
from tests.stages.builders import quote_kind_rows as rows

RULES = [
    pytest.param(
        [
            "President Ada Holm phoned Prime Minister Dale Kerrigan on Monday, her office reported. A speech by Mr"
            ' Kerrigan was hailed by regional envoy Tomas Velde as "a turning point in the search for peace".'
        ],
        people("Ada Holm", "Dale Kerrigan", "Tomas Velde"),
        [("a turning point in the search for peace", "Tomas Velde", "cue", "person")],
        id="hailed-by-an-envoy-as-diplomacy",
    ),
    pytest.param(
        [
            "Ms Okafor scored twice in the final. Her second goal was described by coach Ilse Brandt as"
            ' "the best I have seen".'
        ],
        people("Rana Okafor", "Ilse Brandt"),
        [("the best I have seen", "Ilse Brandt", "cue", "person")],
        id="described-by-a-coach-as-sport",
    ),
    pytest.param(
        [
            "Mayor Tomas Velde said on Friday that the port deal, welcomed by the Harbor Council as"
            ' "good news for every family on the coast", would be signed next week.'
        ],
        {**people("Tomas Velde"), **organisations("Harbor Council")},
        [("good news for every family on the coast", "Harbor Council", "cue", "organisation")],
        id="welcomed-by-a-council-as-local-news",
    ),
    pytest.param(
        [
            'The plan, branded by union leader Rana Okafor as "a wage cut in disguise", goes to a vote on Monday, Mr'
            " Velde said."
        ],
        people("Rana Okafor", "Tomas Velde"),
        [("a wage cut in disguise", "Rana Okafor", "cue", "person")],
        id="branded-by-a-union-leader-as-in-a-sentence-with-its-own-attribution-business",
    ),
]

ARMED_FORCES = [
    pytest.param(
        [
            "Tanks rolled back into the village overnight after Norwegian forces had left it in the morning, although"
            ' the army said the move was a "tactical change" and not a new offensive.'
        ],
        {"Norwegian": ("Norwegian", "NORP")},
        [("tactical change", "Norwegian army", "organisation_noun", "organisation")],
        id="the-army-after-a-peoples-forces-partial",
    ),
    pytest.param(
        ['Chilean troops crossed the river at dawn. "We hold both banks now," the military said in a statement.'],
        {"Chilean": ("Chilean", "NORP")},
        [("We hold both banks now", "Chilean military", "organisation_noun", "organisation")],
        id="the-military-after-a-peoples-troops-direct",
    ),
]

GUARDS = [
    pytest.param(
        ['Ms Holm described the plan as "a wage cut in disguise".'],
        people("Ada Holm"),
        [("a wage cut in disguise", "Ada Holm", "cue", "person")],
        id="described-as-in-the-active-stays-the-subjects",
    ),
    pytest.param(
        ['The plan was described as "a wage cut in disguise" by Ms Holm.'],
        people("Ada Holm"),
        [("a wage cut in disguise", None, "none", None)],
        id="a-passive-with-its-agent-after-the-quote-is-unchanged",
    ),
    pytest.param(
        ['Mr Velde said the bridge, built by Kerrigan Construction as "a bridge for a century", was safe.'],
        {**people("Tomas Velde"), **organisations("Kerrigan Construction")},
        [("a bridge for a century", "Tomas Velde", "cue", "person")],
        id="a-passive-of-no-calling-verb-is-unchanged",
    ),
]


@pytest.mark.parametrize(("paragraphs", "names", "expected"), RULES)
def test_round22_rules(paragraphs: list[str], names: Names, expected: list[Row]) -> None:
    assert rows(paragraphs, names) == expected


@pytest.mark.parametrize(("paragraphs", "names", "expected"), ARMED_FORCES)
def test_round22_the_army_is_the_armed_force_of_the_people_named_with_troops_before(
    paragraphs: list[str], names: Names, expected: list[Row]
) -> None:
    assert rows(paragraphs, names) == expected


@pytest.mark.parametrize(("paragraphs", "names", "expected"), GUARDS)
def test_round22_guards(paragraphs: list[str], names: Names, expected: list[Row]) -> None:
    assert rows(paragraphs, names) == expected
