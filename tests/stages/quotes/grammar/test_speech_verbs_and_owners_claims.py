"""Speakers and quote spans, round 8 (issue 16): the constructions read from PolNeAR dev's quotes that newsprep did
not find at all. Every sentence here is invented; each test fails without its rule, but the guards, which keep a rule
from overreaching."""

from __future__ import annotations

import pytest

from tests.stages.builders import organisations, people, speakers_in

PEOPLE = {**people("Dana Pell", "Omar Velde"), **organisations("Harbor Council")}


found = speakers_in(PEOPLE)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        pytest.param(
            "Dana Pell criticized the ferry levy as a “cash grab” during a stop in the port.",
            [("cash grab", "Dana Pell")],
            id="criticized-as",
        ),
        pytest.param(
            "Velde derided the plan as “wishful thinking” at the hearing.",
            [("wishful thinking", "Omar Velde")],
            id="derided-as",
        ),
        pytest.param(
            "The Harbor Council has touted the new pier as “a lifeline” for the fishing fleet.",
            [("a lifeline", "Harbor Council")],
            id="touted-as",
        ),
    ],
)
def test_criticizing_deriding_and_touting_are_speech(paragraph: str, expected: list[tuple[str, str | None]]) -> None:
    assert found([paragraph]) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        pytest.param(
            "Omar Velde is promising islanders a new timetable with “boats every hour” by June.",
            [("boats every hour", "Omar Velde")],
            id="is-promising",
        ),
        pytest.param(
            "Dana Pell is stressing that the docks face “constant raids” by smugglers.",
            [("constant raids", "Dana Pell")],
            id="is-stressing",
        ),
        pytest.param(
            "Velde was repeatedly claiming a “clear mandate” after the count.",
            [("clear mandate", "Omar Velde")],
            id="was-claiming",
        ),
    ],
)
def test_a_noun_like_speech_verb_after_an_auxiliary_is_a_cue(
    paragraph: str, expected: list[tuple[str, str | None]]
) -> None:
    assert found([paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "Dana Pell signed a promising “rookie” for the harbor team.",
        "Velde found the demanding “boot camp” hard going.",
        "Harbor officials have been repeating their call for “restraint” at every forum.",
    ],
)
def test_an_ing_adjective_is_no_cue(paragraph: str) -> None:
    assert found([paragraph]) == []  # guards: no auxiliary before the -ing word; a call repeated


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        pytest.param(
            "Pell’s memo on Velde was ridiculed for its forecast that Velde would stay “in office for decades.”",
            [("in office for decades.", "Dana Pell")],
            id="passive-is-no-cue",  # the memo's writer, as without the rule; not Velde, named after the verb
        ),
        pytest.param("The levy was widely criticized as a “cash grab.”", [], id="passive-short-span-is-no-quote"),
    ],
)
def test_a_judging_verb_in_the_passive_is_no_cue(paragraph: str, expected: list[tuple[str, str | None]]) -> None:
    assert found([paragraph]) == expected  # a guard: in the passive the one named was judged, not speaking


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        pytest.param(
            "HARBORTOWN, Maine, May 4 (Wire) — Dana Pell criticized the ferry levy as a “cash grab” at a rally.",
            [("cash grab", "Dana Pell")],
            id="dateline-with-agency",
        ),
        pytest.param(
            "PORT ELLIS, Ore. — Omar Velde hailed the new pier for its “quiet strength and grace” on Tuesday.",
            [("quiet strength and grace", "Omar Velde")],
            id="dateline-alone",
        ),
    ],
)
def test_a_dateline_is_not_the_subject_of_the_first_sentence(
    paragraph: str, expected: list[tuple[str, str | None]]
) -> None:
    assert found([paragraph]) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        pytest.param(
            "The Harbor Council tested Dana Pell’s claim that the dam had “hundreds of cracks” last year.",
            [("hundreds of cracks", "Dana Pell")],
            id="claim-in-another-subject's-sentence",
        ),
        pytest.param(
            "Reporters doubted Velde’s bold assertion that the port was “never safer.”",
            [("never safer.", "Omar Velde")],
            id="assertion",
        ),
        pytest.param(
            "Most residents shrugged at the Harbor Council’s prediction that the pier was “unsound.”",
            [("unsound.", "Harbor Council")],
            id="an-organisation-s-prediction",
        ),
    ],
)
def test_words_quoted_in_a_named_owners_claim_are_the_owners(
    paragraph: str, expected: list[tuple[str, str | None]]
) -> None:
    assert found([paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "Pell’s plan to build a “sea wall” drew scorn.",
        "Velde’s claim to the “harbor throne” was never tested.",
    ],
)
def test_a_possessive_without_a_claim_clause_makes_no_quote(paragraph: str) -> None:
    assert found([paragraph]) == []  # guards: a plan is no speech; a claim to something is no reported clause


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        pytest.param(
            "Omar Velde has spent the spring attacking Pell as a “harbor pirate” at every stop.",
            [("harbor pirate", "Omar Velde")],
            id="attacking-a-name-as",
        ),
        pytest.param(
            "Dana Pell still sees the mayor of Ostend, Arno Vos, as a “true leader.”",
            [],
            id="an-appositive-is-too-far",  # a guard: the name casts only right before "as"
        ),
        pytest.param(
            "Velde still sees Arno Vos as a “true leader” of the coast.",
            [("true leader", "Omar Velde")],
            id="sees-a-name-as",
        ),
        pytest.param(
            "Pell has long painted him as a “lone wolf” in the council.",
            [("lone wolf", "Dana Pell")],
            id="painted-him-as",
        ),
    ],
)
def test_a_person_cast_as_a_short_span_makes_it_the_subjects_words(
    paragraph: str, expected: list[tuple[str, str | None]]
) -> None:
    assert found([paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "The museum took Pell on to serve as a “night curator” for the summer.",
        "The fleet sailed as a “ghost convoy” past the pier.",
    ],
)
def test_as_with_no_person_cast_stays_a_term(paragraph: str) -> None:
    assert found([paragraph]) == []  # guards: no person between the verb and "as"
