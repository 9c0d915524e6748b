"""Speakers, round 21 (issue 16): what a fourth dev set of real Australian broadcast news (``lee-quotes-dev4``) showed,
taken as general causes. Words quoted inside a named owner's claim, accusation or pledge are the owner's even in a
sentence that has an attribution of its own (``Radio reports said ... Velde's accusation that Okafor was “...”``);
the he/she of ``what he called`` is the named subject of the verb before it, not the paragraph's earlier speaker; a
role description nobody was named with (``the union leader said``, ``the coach said``) is the person the paragraph
has just reported speaking, not one quoted further back; and a quote with no attribution after a sentence about
another person called by name (``“...,” Velde said. Okafor disagreed. “...”``) is that person's, not the earlier
speaker's. Every sentence here is invented, in several styles (politics, sport, business, local news); each rule case
fails on the base code (a0888c6), the guards pass on both."""

from __future__ import annotations

import pytest

from tests.stages.builders import Names, people
from tests.stages.builders import QuoteKindRow as Row
from tests.stages.builders import quote_kind_rows as rows

RULES = [
    pytest.param(
        [
            "Radio reports said Ms Brandt had called a meeting to discuss the strike and Mr Velde's accusation that"
            ' Ms Okafor was "responsible for every delay so far". Talks resume on Monday.'
        ],
        people("Rana Okafor", "Tomas Velde", "Ilse Brandt"),
        [("responsible for every delay so far", "Tomas Velde", "cue", "person")],
        id="an-accusation-owner-in-a-sentence-with-its-own-attribution-politics",
    ),
    pytest.param(
        [
            "The board said on Friday that it would look into Ms Holm's claim that the merger had been"
            ' "rushed through in a week".'
        ],
        people("Ada Holm"),
        [("rushed through in a week", "Ada Holm", "cue", "person")],
        id="a-claim-owner-in-a-sentence-with-its-own-attribution-business",
    ),
    pytest.param(
        [
            'Mayor Tomas Velde said the council felt "deep sympathy" for the workers. The strike split the council,'
            ' with Mr Kerrigan denouncing what he called a plan to cause "the ruin of the port". Talks resume today.'
        ],
        people("Tomas Velde", "Dale Kerrigan"),
        [
            ("deep sympathy", "Tomas Velde", "cue", "person"),
            ("the ruin of the port", "Dale Kerrigan", "cue", "person"),
        ],
        id="what-he-called-is-the-subject-of-the-verb-before-it-local-news",
    ),
    pytest.param(
        ['"We will not bend," Mr Velde said. Kerrigan, the club captain, mocked what he described as "a fairy tale".'],
        people("Tomas Velde", "Dale Kerrigan"),
        [("We will not bend", "Tomas Velde", "cue", "person"), ("a fairy tale", "Dale Kerrigan", "cue", "person")],
        id="what-he-described-as-after-an-aside-sport",
    ),
    pytest.param(
        [
            'Mr Velde branded the union a "wrecking crew". Ms Okafor told local radio that Mr Velde was trying to'
            ' wreck the deal. "He does not want an agreement," the union leader said.'
        ],
        people("Rana Okafor", "Tomas Velde"),
        [
            ("wrecking crew", "Tomas Velde", "cue", "person"),
            ("He does not want an agreement", "Rana Okafor", "cue", "person"),
        ],
        id="a-role-nobody-holds-is-the-one-just-reported-speaking-politics",
    ),
    pytest.param(
        [
            '"We were flat," Dale Kerrigan said after the loss. Ada Holm says the side will bounce back. "We have'
            ' done it before," the coach said.'
        ],
        people("Dale Kerrigan", "Ada Holm"),
        [("We were flat", "Dale Kerrigan", "cue", "person"), ("We have done it before", "Ada Holm", "cue", "person")],
        id="a-role-nobody-holds-is-the-one-just-reported-speaking-sport",
    ),
]

TURNS = [
    pytest.param(
        [
            '"I expect the findings to be made public," Mr Velde said. Ms Okafor disagreed. "That is not good enough'
            ' for the families."'
        ],
        people("Tomas Velde", "Rana Okafor"),
        [
            ("I expect the findings to be made public", "Tomas Velde", "cue", "person"),
            ("That is not good enough for the families.", "Rana Okafor", "previous_sentence", "person"),
        ],
        id="a-quote-after-the-text-turned-to-another-person-politics",
    ),
    pytest.param(
        ['"We played well," Kerrigan said. Holm was less happy with the result. "We have to finish our chances."'],
        people("Dale Kerrigan", "Ada Holm"),
        [
            ("We played well", "Dale Kerrigan", "cue", "person"),
            ("We have to finish our chances.", "Ada Holm", "previous_sentence", "person"),
        ],
        id="a-quote-after-the-text-turned-to-another-person-sport",
    ),
    pytest.param(
        [
            'Mr Velde told the council the road would reopen in March. "I expect the work to be done on time," he told'
            ' the meeting. Ms Okafor rejected that. "Residents have waited long enough."'
        ],
        people("Tomas Velde", "Rana Okafor"),
        [
            ("I expect the work to be done on time", "Tomas Velde", "pronoun", "person"),
            ("Residents have waited long enough.", "Rana Okafor", "previous_sentence", "person"),
        ],
        id="a-quote-after-the-text-turned-to-another-person-local-news",
    ),
]

GUARDS = [
    pytest.param(
        [
            'Queen Ilse Brandt gave her address. "We have all been tested this year," she said. The Queen also spoke'
            ' about faith. "Faith sustains us in hard times."'
        ],
        people("Ilse Brandt"),
        [
            ("We have all been tested this year", "Ilse Brandt", "pronoun", "person"),
            ("Faith sustains us in hard times.", "Ilse Brandt", "previous_sentence", "person"),
        ],
        id="a-subject-described-not-named-is-no-turn",
    ),
    pytest.param(
        ['"We played well," Kerrigan said. Kerrigan was pleased with the defence. "We kept it tight at the back."'],
        people("Dale Kerrigan"),
        [
            ("We played well", "Dale Kerrigan", "cue", "person"),
            ("We kept it tight at the back.", "Dale Kerrigan", "continuation", "person"),
        ],
        id="the-speaker-named-again-is-no-turn",
    ),
    pytest.param(
        [
            'Coach Ada Holm named her side on Friday. Mr Velde said the team looked tired. "We will rest them,"'
            " the coach said."
        ],
        people("Ada Holm", "Tomas Velde"),
        [("We will rest them", "Ada Holm", "cue", "person")],
        id="a-role-somebody-was-named-with-stays-theirs",
    ),
    pytest.param(
        [
            'Ms Brandt said Mr Velde\'s claim that the port was safe was wrong. "We have seen the cracks ourselves,"'
            " she said."
        ],
        people("Ilse Brandt", "Tomas Velde"),
        [("We have seen the cracks ourselves", "Ilse Brandt", "pronoun", "person")],
        id="a-direct-quote-after-a-claim-stays-its-attributions",
    ),
    pytest.param(
        ['Ms Brandt said the new levy was "a tax on the poor" and would be repealed.'],
        people("Ilse Brandt"),
        [("a tax on the poor", "Ilse Brandt", "cue", "person")],
        id="a-partial-quote-with-no-owner-stays-its-attributions",
    ),
    pytest.param(
        ['"We will not bend," Mr Velde said. He rejected what he called "a fairy tale".'],
        people("Tomas Velde"),
        [("We will not bend", "Tomas Velde", "cue", "person"), ("a fairy tale", "Tomas Velde", "pronoun", "person")],
        id="what-he-called-after-a-he-stays-the-speakers",
    ),
]


@pytest.mark.parametrize(("paragraphs", "names", "expected"), RULES)
def test_round21_rules(paragraphs: list[str], names: Names, expected: list[Row]) -> None:
    assert rows(paragraphs, names) == expected


@pytest.mark.parametrize(("paragraphs", "names", "expected"), TURNS)
def test_round21_a_quote_with_no_attribution_goes_to_the_person_the_text_turned_to(
    paragraphs: list[str], names: Names, expected: list[Row]
) -> None:
    assert rows(paragraphs, names) == expected


@pytest.mark.parametrize(("paragraphs", "names", "expected"), GUARDS)
def test_round21_guards(paragraphs: list[str], names: Names, expected: list[Row]) -> None:
    assert rows(paragraphs, names) == expected
