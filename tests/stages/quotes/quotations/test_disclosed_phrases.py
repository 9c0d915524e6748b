"""Speakers, round 62 (issue 16): a short phrase quoted after a verb of disclosing or setting out in its sentence
(``revealed``, ``indicated``, ``outlined`` and their present forms) is the words of that verb's subject, a partial
quote, not a term (``quotations.disclosed``; seen on GoOse's test pages of two outlets and on a mediacloud page,
where the base dropped all three as terms or scare quotes).

- The phrase after ``<Name> revealed he ...``, ``<Org> indicated that ...``, ``<Name> outlined a ...``, in the past
  and the present, with the subject as its speaker.
- Unchanged: the passive (``it was revealed that``, ``were outlined to``: nobody named discloses), a participle
  before a preposition (``the ledgers revealed in court``: a noun's modifier), a verb closing a hyphenated compound,
  ``revealing`` as an adjective, a title after a disclosing verb, a verb of showing that is not one of them
  (``unveiled``).

Every sentence here is invented; the rule tests fail on the base code (0a92ee9), the guards pass on it."""

from __future__ import annotations

import pytest

from tests.stages.builders import QuoteKindRow, organisations, people, quote_kind_rows

NAMES = people("Oskar Lind", "Dana Pell", "Mara Velde", "Ruth Ambler") | organisations("Harbor Board")

RULES = [
    pytest.param(
        ["Mara Velde revealed she had skipped the regatta after a “rough week” in the hills."],
        [("rough week", "Mara Velde", "cue", "person")],
        id="revealed-then-a-clause-of-her-own",
    ),
    pytest.param(
        ["Coach Oskar Lind reveals he will rest his captain after a “hard month” of travel."],
        [("hard month", "Oskar Lind", "cue", "person")],
        id="reveals-in-the-present",
    ),
    pytest.param(
        ["The Harbor Board indicated that fares could rise to “cover fuel costs.”"],
        [("cover fuel costs.", "Harbor Board", "cue", "organisation")],
        id="an-organisation-indicated-that",
    ),
    pytest.param(
        ["Ruth Ambler indicates the levy will fund a “second dock” by spring."],
        [("second dock", "Ruth Ambler", "cue", "person")],
        id="indicates-in-the-present",
    ),
    pytest.param(
        ["Treasurer Dana Pell, 51, outlined a “fresh bargain” for the harbor towns in a speech in May."],
        [("fresh bargain", "Dana Pell", "cue", "person")],
        id="outlined-after-an-age-between-commas",
    ),
    pytest.param(
        ["Mara Velde outlines a “softer landing” for the ferry crews."],
        [("softer landing", "Mara Velde", "cue", "person")],
        id="outlines-in-the-present",
    ),
]

GUARDS = [
    pytest.param(["It was revealed that the mayor kept a “rainy day” fund."], [], id="passive-names-nobody"),
    pytest.param(["The plans were outlined to a “packed” hall."], [], id="passive-outlined"),
    pytest.param(["The newly-revealed “night fare” rules start in May."], [], id="hyphenated-compound"),
    pytest.param(
        ["The ledgers revealed in court, mostly copies of old invoices, showed the “night trade” of the port."],
        [],
        id="a-participle-before-a-preposition-modifies-a-noun",
    ),
    pytest.param(["It was a revealing “slip” by the minister."], [], id="revealing-as-an-adjective"),
    pytest.param(["Velde revealed she will star in “Harbor Lights” next year."], [], id="a-title-stays-a-title"),
    pytest.param(["Pell's team unveiled a “green corridor” for freight."], [], id="unveiled-is-not-one-of-them"),
]


@pytest.mark.parametrize(("paragraphs", "expected"), RULES)
def test_a_phrase_after_a_disclosing_verb_is_its_subjects_words(
    paragraphs: list[str], expected: list[QuoteKindRow]
) -> None:
    assert quote_kind_rows(paragraphs, NAMES) == expected


@pytest.mark.parametrize(("paragraphs", "expected"), GUARDS)
def test_phrases_no_one_is_said_to_disclose_stay_terms(paragraphs: list[str], expected: list[QuoteKindRow]) -> None:
    assert quote_kind_rows(paragraphs, NAMES) == expected
