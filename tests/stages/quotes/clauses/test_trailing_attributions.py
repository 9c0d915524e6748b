"""The attribution closing a partial quote's sentence when the speaker there is set off by an appositive (issue 16):
``The lanes will bring a “noticeable drop”, says Marta Kovel, a transport planner.`` and ``The ruling came as a
“cold shower” to landlords in the old town, Dorian Platt, chief executive of Orbis, said.``
(``clauses.trailing``; seen in a science weekly's and a US daily's stories). The appositive's commas hid the clause,
read only after the sentence's last comma, so the quote had no speaker (unless at most five words stand between the
closing mark and the name, where the clause after the mark reads it).

- The named speaker, after ``says X, <appositive>`` and after ``X, <appositive>, said``.
- Not the noun ending the appositive (``..., chief executive of Orbis, said``: Orbis is no speaker).
- Unchanged: the clause without an appositive, a clause holding a quotation of its own, a comma clause that is no
  attribution.

Every sentence here is invented; the rule tests fail on the base code (41a57a2), the guards pass on it."""

from __future__ import annotations

import pytest

from tests.stages.builders import QuoteKindRow, organisations, people, quote_kind_rows

NAMES = people("Marta Kovel", "Dorian Platt", "Ann Pell") | organisations("Orbis", "Lindqvist Institute")

RULES = [
    pytest.param(
        [
            "Council members expect the new bus lanes to bring a “noticeable drop” in commuting times, says Marta "
            "Kovel, a transport planner at the Lindqvist Institute."
        ],
        [("noticeable drop", "Marta Kovel", "cue", "person")],
        id="says-a-name-then-its-appositive",
    ),
    pytest.param(
        [
            "The ruling came as a “cold shower” to landlords in the old town, Dorian Platt, chief executive of the "
            "letting agency Orbis, said at a briefing."
        ],
        [("cold shower", "Dorian Platt", "cue", "person")],
        id="a-name-its-appositive-between-commas-then-said",
    ),
    pytest.param(
        [
            "Ferry fares will rise by a “modest” amount next spring, said Ann Pell, the harbour's finance director, "
            "on Tuesday."
        ],
        [("modest", "Ann Pell", "cue", "person")],
        id="said-a-name-then-its-appositive-then-a-time",
    ),
]

GUARDS = [
    pytest.param(
        ["The ruling came as a “cold shower” to landlords in the old town, Dorian Platt said at a briefing."],
        [("cold shower", "Dorian Platt", "cue", "person")],
        id="no-appositive-read-as-before",
    ),
    pytest.param(
        ["The new lanes will bring a “noticeable drop” in commuting times, says Marta Kovel."],
        [("noticeable drop", "Marta Kovel", "cue", "person")],
        id="says-a-name-closing-the-sentence-read-as-before",
    ),
    pytest.param(
        [
            "The levee was rated “sound enough for another decade” in 2019, a year before the flood, by engineers "
            "from the county, in a report few read."
        ],
        [("sound enough for another decade", None, "none", None)],
        id="comma-clauses-that-attribute-nothing",
    ),
    pytest.param(
        [
            "The board called the plan “dead on arrival”, Ann Pell, the harbour's finance director, said of a "
            "scheme she had called “a gift” before."
        ],
        [("dead on arrival", "Ann Pell", "cue", "person"), ("a gift", "Ann Pell", "pronoun", "person")],
        id="a-quotation-inside-the-closing-clause-keeps-its-own-reading",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), RULES)
def test_an_appositive_after_the_speaker_keeps_the_closing_attribution(
    paragraphs: list[str], expected: list[QuoteKindRow]
) -> None:
    assert quote_kind_rows(paragraphs, NAMES) == expected


@pytest.mark.parametrize(("paragraphs", "expected"), GUARDS)
def test_closing_clauses_without_an_appositive_read_as_before(
    paragraphs: list[str], expected: list[QuoteKindRow]
) -> None:
    assert quote_kind_rows(paragraphs, NAMES) == expected
