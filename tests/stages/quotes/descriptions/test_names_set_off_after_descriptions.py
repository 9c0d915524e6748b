"""Speakers, round 38 (issue 16): constructions found on ``tests/fixtures/quotes-genres``, ten invented articles in
genres no other fixture holds, annotated blind.

- A name set off after the description a cue gives (``“...,” said its president, Ada Roe``, ``said a spokesman, Ada
  Roe``) is the speaker: a role noun had sent the quote to someone named earlier with no such role.
- ``the fly-half said`` after ``their fly-half, Ada Roe,`` (or ``Ada Roe, the striker,``): the person the article set
  off with that very noun, for a role no word list holds; it had stayed a description or no speaker at all.
- ``In a memo to staff, the head of surgery, Dr. Ada Roe, set out ...`` then ``the memo said``: the document's issuer
  is the name in apposition to the description that introduced it.
- ``In a letter to the board, a director, Ada Roe, wrote that it was “...”``: a phrase before the subject had kept
  the cue rules from the name set off after the description (the quote went to ``a director`` or to no one).
- ``the trust said`` when NER tagged ``the Orlen Islands Wildlife Trust`` a place: a name ending in the very noun is
  that organisation, whatever its tag. Since entities round e8 the entities stage publishes such a name ORG (its test
  there runs NER's place tag through both stages), so the mention here carries the label it publishes.

Every sentence here is invented; the rule tests fail on the base code (23fd029), the guards pass on it."""

from __future__ import annotations

import pytest

from tests.stages.builders import Names, QuoteRow, people, quote_rows

RULES = [
    pytest.param(
        [
            "Rafaela Montiel spoke first. The Terravell Growers' Guild welcomed the outcome.",
            "“Better no deal than a bad deal,” said its president, Osvaldo Quiring.",
        ],
        [("Better no deal than a bad deal", "Osvaldo Quiring", "cue")],
        id="said-its-president-and-a-name-is-that-name",
    ),
    pytest.param(
        ["Rafaela Montiel left the plant early. “We had no choice,” said a spokesman, Osvaldo Quiring."],
        [("We had no choice", "Osvaldo Quiring", "cue")],
        id="said-a-spokesman-and-a-name-is-that-name",
    ),
    pytest.param(
        [
            "Rafaela Montiel scored twice. Port Ardent led after their fly-half, Mattias Ekwueme, kicked a penalty.",
            "“We stopped talking to each other,” the fly-half said.",
        ],
        [("We stopped talking to each other", "Mattias Ekwueme", "cue")],
        id="the-fly-half-is-the-one-set-off-as-their-fly-half",
    ),
    pytest.param(
        [
            "Rafaela Montiel scored twice for the visitors. Mattias Ekwueme, the striker, hit the post.",
            "“It was a long afternoon,” the striker said.",
        ],
        [("It was a long afternoon", "Mattias Ekwueme", "cue")],
        id="the-striker-is-the-one-set-off-as-the-striker",
    ),
    pytest.param(
        [
            "Rafaela Montiel runs the hospital. In a memo to the board, the head of surgery, Dr. Cordelia Ashby, "
            "set out the problem.",
            "“We hold patients in corridors for a day,” the memo said.",
        ],
        [("We hold patients in corridors for a day", "Cordelia Ashby", "cue")],
        id="the-memo-speaks-for-the-name-set-off-in-its-introduction",
    ),
    pytest.param(
        [
            "Rafaela Montiel chairs the board.",
            "In a message to the chair in May, a non-executive director, Cordelia Ashby, wrote that she was “not "
            "comfortable signing off this budget.”",
        ],
        [("not comfortable signing off this budget.", "Cordelia Ashby", "cue")],
        id="a-phrase-before-a-described-subject-keeps-its-name-in-apposition",
    ),
    pytest.param(
        [
            "Rafaela Montiel led the study. The Orlen Islands Wildlife Trust, which manages the colonies, backed it.",
            "“These birds cannot fly any further,” the trust said in a statement.",
        ],
        [("These birds cannot fly any further", "Orlen Islands Wildlife Trust", "organisation_noun")],
        id="the-trust-tagged-a-place-is-still-the-trust",
    ),
]

GUARDS = [
    pytest.param(
        ["Rafaela Montiel left early. “We had no choice,” said their coach, Osvaldo Quiring."],
        [("We had no choice", "Osvaldo Quiring", "cue")],
        id="said-their-coach-and-a-name-as-before",
    ),
    pytest.param(
        ["Rafaela Montiel chairs the panel. “We had no choice,” its president said."],
        [("We had no choice", "Rafaela Montiel", "cue")],
        id="a-role-with-no-name-after-it-as-before",
    ),
    pytest.param(
        ["Rafaela Montiel chairs the board. At the meeting on Monday, one parent called the plan “a disgrace.”"],
        [("a disgrace.", "one parent", "cue")],
        id="a-described-subject-with-no-name-after-it-as-before",
    ),
    pytest.param(
        [
            "Osvaldo Quiring met the plumber Rafaela Montiel hired.",
            "“The pipes are old,” the plumber said.",
        ],
        [("The pipes are old", "the plumber", "cue")],
        id="a-noun-next-to-a-name-is-no-apposition-as-before",
    ),
    pytest.param(
        [
            "Mattias Ekwueme was the striker for a decade. Rafaela Montiel coached him.",
            "“It was a long afternoon,” the striker said.",
        ],
        [("It was a long afternoon", "the striker", "cue")],
        id="a-role-told-in-a-predicate-is-no-apposition-as-before",
    ),
]

_NAMES: Names = {
    **people("Osvaldo Quiring", "Rafaela Montiel", "Mattias Ekwueme", "Cordelia Ashby"),
    "Orlen Islands Wildlife Trust": ("Orlen Islands Wildlife Trust", "ORG"),  # as entities publishes it (round e8)
    "Port Ardent": ("Port Ardent", "GPE"),
}


@pytest.mark.parametrize(("paragraphs", "expected"), RULES)
def test_speaker_rule(paragraphs: list[str], expected: list[QuoteRow]) -> None:
    assert quote_rows(paragraphs, _NAMES) == expected


@pytest.mark.parametrize(("paragraphs", "expected"), GUARDS)
def test_speaker_guard(paragraphs: list[str], expected: list[QuoteRow]) -> None:
    """What must not change: a possessive role with a name after it, a role with none, a described subject with none,
    a noun standing next to a name with no commas, and a role a predicate gives."""
    assert quote_rows(paragraphs, _NAMES) == expected
