"""Speakers, round 19 (issue 16): what a second dev set of real Australian broadcast news (``lee-quotes-dev2``) and the
review of stop 38 left. ``according to X`` in an earlier sentence is a guess, so a quotation paragraph left open still
takes the speaker of the one that continues it; a stray comma between a named subject and its cue (``Admiral Dana
Pell, said``) keeps the subject; ``the Government said`` with no government named is a description, as ``the
government said`` is; the courtesy titles an appositive name may carry are the shared list's (``Miss``, ``Mx`` too);
the national nouns (``the Manxman``) come from the demonyms the gazetteer reads; ``said a Marlow fire dispatcher`` is
that description, not the place; a quotation whose closing mark the text lost ends with its first sentence; ``Ravi
Teller's mother Irene`` is Irene Teller; ``Pieter vanRooyen`` is a name NER missed. Every sentence here is invented;
each rule case fails on main's code (e810f12), the guards pass on both."""

from __future__ import annotations

import pytest

from newsprep.extract.entities.places import NATIONAL_NOUNS
from newsprep.extract.quotes.speakers.phrases import role_alone
from newsprep.text import COURTESY_TITLES, PERSON_TITLES
from tests.stages.builders import Names, organisations, people
from tests.stages.builders import QuoteKindRow as Row
from tests.stages.builders import quote_kind_rows as rows

LOST_MARK = (
    'The city marked the anniversary. "Today the bridge is open again," Mayor Dana Pell said. "The repairs took a'
    " year and cost more than we planned, but the town never gave up. At the river, crews and residents gathered by the"
    " old piers. A choir sang before a crowd of hundreds. Boats sounded their horns at noon. At the depot, a flag was"
    ' raised. Harbour master Ivo Brandt praised the crews. "In the worst week they held the line," Mr Brandt said.'
)
"""A text that joined its paragraphs and lost the mark closing the second quotation: it runs on into narration."""
LARKIN = {**people("Ned Larkin"), **organisations("Harbour Statistics Office")}


@pytest.mark.parametrize(
    ("paragraphs", "names", "expected"),
    [
        pytest.param(
            [
                "Trade was slow, according to the Harbour Statistics Office, with 900 ships in May. The office's Ned "
                'Larkin credits the new cranes. "The port has spent a lot on the wharves. "The ships come back when '
                'loading is quick," Mr Larkin said.'
            ],
            LARKIN,
            [
                ("The port has spent a lot on the wharves.", "Ned Larkin", "continuation", "person"),
                ("The ships come back when loading is quick", "Ned Larkin", "cue", "person"),
            ],
            id="according-to-in-an-earlier-sentence-does-not-stop-the-open-paragraph",
        ),
        pytest.param(
            [
                "The navy says the search is over. Head of the Coastal Fleet Admiral Tessa Varga, said the sweep was "
                'thorough. "I will not go into numbers, it did what we wanted." The fleet has gone home.'
            ],
            people("Tessa Varga"),
            [("I will not go into numbers, it did what we wanted.", "Tessa Varga", "previous_sentence", "person")],
            id="a-stray-comma-between-a-named-subject-and-its-cue",
        ),
        pytest.param(
            ['Fees will rise next year. "We have no choice," the Government said.'],
            {},
            [("We have no choice", "the Government", "cue", "description")],
            id="the-government-naming-no-government-is-a-description",
        ),
        pytest.param(
            ['"We need more beds," said the Health Minister, Miss Tessa Varga.'],
            people("Tessa Varga"),
            [("We need more beds", "Tessa Varga", "cue", "person")],
            id="an-appositive-name-after-miss",
        ),
        pytest.param(
            ['"We need more beds," the Health Minister, Mx Varga, said.'],
            {"Varga": ("Varga", "PERSON")},
            [("We need more beds", "Varga", "cue", "person")],
            id="an-appositive-name-after-mx",
        ),
        pytest.param(
            ['Ivo Brandt won the final. "It was the best day of my life," the Manxman said.'],
            people("Ivo Brandt"),
            [("It was the best day of my life", None, "none", None)],
            id="a-national-noun-from-the-demonyms-is-no-name",
        ),
        pytest.param(
            ['Shots were heard at a depot. "We are hearing that six were hurt," said a Marlow fire dispatcher.'],
            {"Marlow": ("Marlow", "GPE")},
            [("We are hearing that six were hurt", "a Marlow fire dispatcher", "cue", "description")],
            id="a-place-then-lower-case-words-is-a-description-not-the-place",
        ),
        pytest.param(
            ['"The deal is done," said an Oxfam aid worker.'],
            organisations("Oxfam"),
            [("The deal is done", "an Oxfam aid worker", "cue", "description")],
            id="a-worker-of-an-organisation-is-no-spokesperson-for-it",
        ),
        pytest.param(
            [LOST_MARK],
            people("Dana Pell", "Ivo Brandt"),
            [
                (
                    "Today the bridge is open again, The repairs took a year and cost more than we planned, but the"
                    " town never gave up.",
                    "Dana Pell",
                    "cue",
                    "person",
                ),
                ("In the worst week they held the line", "Ivo Brandt", "cue", "person"),
            ],
            id="a-lost-closing-mark-ends-the-quotation-with-its-first-sentence",
        ),
        pytest.param(
            [
                "A tribunal cleared a ferry pilot on Monday. Ravi Teller's mother Irene, says the finding restores his"
                ' name. "He loved that boat. "We can sleep again," Ms Teller said.'
            ],
            {"Ravi Teller": ("Ravi Teller", "PERSON"), "Irene": ("Irene", "PERSON")},
            [
                ("He loved that boat.", "Irene Teller", "continuation", "person"),
                ("We can sleep again", "Irene Teller", "cue", "person"),
            ],
            id="a-relative-named-by-a-given-name-takes-the-surname",
        ),
        pytest.param(
            [
                'Ivo Brandt said the roof fell at noon. "It was loud," he said. A neighbour, Pieter vanRooyen, said he'
                ' could not reach his brother. "His van is parked out front and his phone rings out," he said.'
            ],
            {**people("Ivo Brandt"), "Pieter": ("Pieter", "ORG")},  # NER stops at the particle, tags the rest ORG
            [
                ("It was loud", "Ivo Brandt", "pronoun", "person"),
                ("His van is parked out front and his phone rings out", "Pieter vanRooyen", "pronoun", "person"),
            ],
            id="an-untagged-name-with-a-particle-glued-to-the-surname",
        ),
    ],
)
def test_round_19_rules(paragraphs: list[str], names: Names, expected: list[Row]) -> None:
    assert rows(paragraphs, names) == expected


@pytest.mark.parametrize(
    ("paragraphs", "names", "expected"),
    [
        pytest.param(
            ['Rain was light. "We saw a trace," according to the Weather Office.'],
            organisations("Weather Office"),
            [("We saw a trace", "Weather Office", "according_to", "organisation")],
            id="guard-according-to-in-the-quotes-own-sentence",
        ),
        pytest.param(
            ['Rain was light, according to the Weather Office. "We saw a trace," Dana Pell said.'],
            {**people("Dana Pell"), **organisations("Weather Office")},
            [("We saw a trace", "Dana Pell", "cue", "person")],
            id="guard-a-cue-of-its-own-after-according-to",
        ),
        pytest.param(
            ['The Tasman Government has confirmed fees will rise. "We have no choice," the Government said.'],
            organisations("Tasman Government"),
            [("We have no choice", "Tasman Government", "cue", "organisation")],
            id="guard-the-government-named-before",
        ),
        pytest.param(
            ['Dana Pell, the fleet\'s head, said the sweep was thorough. "It did what we wanted."'],
            people("Dana Pell"),
            [("It did what we wanted.", "Dana Pell", "previous_sentence", "person")],
            id="guard-an-appositive-between-commas",
        ),
        pytest.param(
            ['In the end, the fleet said the sweep was thorough. "It did what we wanted."'],
            {},
            [("It did what we wanted.", None, "none", None)],
            id="guard-an-opening-clause-is-no-subject",
        ),
        pytest.param(
            ['"The deal is done," said a Lanark spokesman.'],
            organisations("Lanark"),
            [("The deal is done", "Lanark", "organisation_noun", "organisation")],
            id="guard-a-spokesman-speaks-for-the-organisation",
        ),
        pytest.param(
            [
                'Dana Pell spoke at the pier. "We built it in 1990. We fixed it in 2001. It flooded in 2010. It will'
                ' not close. "It is our pier," she said.'
            ],
            people("Dana Pell"),
            [
                (
                    "We built it in 1990. We fixed it in 2001. It flooded in 2010. It will not close.",
                    "Dana Pell",
                    "continuation",
                    "person",
                ),
                ("It is our pier", "Dana Pell", "pronoun", "person"),
            ],
            id="guard-an-open-paragraph-of-four-sentences-stays-whole",
        ),
        pytest.param(
            ['Nadia Teller\'s husband Omar Fadel spoke first. "We are grateful," Ms Teller said.'],
            {"Nadia Teller": ("Nadia Teller", "PERSON"), "Omar Fadel": ("Omar Fadel", "PERSON")},
            [("We are grateful", "Nadia Teller", "cue", "person")],
            id="guard-a-relative-named-in-full-keeps-their-own-name",
        ),
    ],
)
def test_round_19_guards(paragraphs: list[str], names: Names, expected: list[Row]) -> None:
    assert rows(paragraphs, names) == expected


def test_the_courtesy_titles_are_titles_and_no_office() -> None:
    assert COURTESY_TITLES < PERSON_TITLES
    assert {"mr", "mrs", "ms", "miss", "dr", "professor", "sir", "dame"} <= COURTESY_TITLES
    assert not {"judge", "justice", "minister", "senator"} & COURTESY_TITLES


@pytest.mark.parametrize("noun", ["Englishman", "Frenchwoman", "Irishmen", "Dutchman", "Welshwoman", "Scotsman"])
def test_the_hand_listed_national_nouns_are_still_national_nouns(noun: str) -> None:
    assert noun.casefold() in NATIONAL_NOUNS
    assert role_alone(f"The {noun}", noun) == noun.casefold()


@pytest.mark.parametrize("noun", ["Manxman", "Manxwomen"])
def test_national_nouns_come_from_the_demonyms(noun: str) -> None:
    assert role_alone(f"The {noun}", noun) == noun.casefold()


@pytest.mark.parametrize("name", ["Norman", "Newman", "Chapman"])
def test_a_surname_ending_in_man_is_no_national_noun(name: str) -> None:
    assert role_alone(name, name) is None
