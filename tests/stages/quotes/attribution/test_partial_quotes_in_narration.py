"""Speakers, round 31 (issue 16): what the goose pages (``goose-quotes-dev``, web news of 2010-2013 nobody here had
read) got wrong at first sight, where the construction was also found in another article or corpus of the readable text:

- a partial quote set in narration right after the sentence holding a person's quote, in a sentence that names no
  person and holds no cue, no he/she and no subject that could speak for itself (a body, a role, a document), is
  still that person's words (``previous_sentence``);
- ``noting``, ``mentioning``, ``stating``, ``stressing``, ``remarking`` and ``commenting`` are verbs of saying: their
  bare and -s forms are nouns as often (a note, the statements), their -ing forms are not.

Every sentence here is invented; the rule tests fail on the base code (8dbbaca), the guards pass on it."""

from __future__ import annotations

import pytest

from tests.stages.builders import Names, QuoteRow, people, quote_rows

_NAMES: Names = people("Lena Ostrova", "Omar Lindqvist", "Tomas Reyes")
_WIN = ("We will win", "Lena Ostrova", "cue")

RULES = [
    pytest.param(
        [
            "Lena Ostrova said the rules had “become too strict and too slow.” With most farms doing well, a few "
            "“could still lose the whole harvest.”"
        ],
        [
            ("become too strict and too slow.", "Lena Ostrova", "cue"),
            ("could still lose the whole harvest.", "Lena Ostrova", "previous_sentence"),
        ],
        id="a-partial-quote-in-the-sentence-after-a-persons-quote",
    ),
    pytest.param(
        [
            "“Rates are too low,” Omar Lindqvist said. “Savers pay for it.”",
            "Meanwhile, the city's policy “is as likely to hurt as to help.”",
        ],
        [
            ("Rates are too low, Savers pay for it.", "Omar Lindqvist", "cue"),
            ("is as likely to hurt as to help.", "Omar Lindqvist", "previous_sentence"),
        ],
        id="a-partial-quote-opening-the-paragraph-after-a-persons-quote",
    ),
    pytest.param(
        ["A former clerk recalled Omar Lindqvist mentioning that “the buyers were desperate to close” at the vote."],
        [("the buyers were desperate to close", "Omar Lindqvist", "cue")],
        id="mentioning-is-a-verb-of-saying",
    ),
    pytest.param(
        ["A former clerk recalled Omar Lindqvist noting that “the buyers were desperate to close” at the vote."],
        [("the buyers were desperate to close", "Omar Lindqvist", "cue")],
        id="noting-is-a-verb-of-saying",
    ),
]

GUARDS = [
    pytest.param(
        ["“We will win,” Lena Ostrova said. Tomas Reyes was “not so sure of that outcome.”"],
        [_WIN, ("not so sure of that outcome.", "Tomas Reyes", "cue")],
        id="the-next-sentence-names-its-own-subject",
    ),
    pytest.param(
        ["“We will win,” Lena Ostrova said. He thought the plan “a fantasy built on sand and hope.”"],
        [_WIN, ("a fantasy built on sand and hope.", None, "none")],
        id="a-he-in-the-next-sentence-may-be-someone-else",
    ),
    pytest.param(
        ["“We will win,” Lena Ostrova said. The plan, critics say, is “a fantasy built on sand.”"],
        [_WIN, ("a fantasy built on sand.", "critics", "cue")],
        id="a-cue-in-the-next-sentence-says-whose",
    ),
    pytest.param(
        ["“We will win,” Lena Ostrova said. The harbour board, for its part, was “not so sure of that outcome.”"],
        [_WIN, ("not so sure of that outcome.", None, "none")],
        id="a-body-as-the-subject-may-speak-for-itself",
    ),
    pytest.param(
        ["“We will win,” Lena Ostrova said. The draft resolution defines the task as “keeping the harbour safe.”"],
        [_WIN, ("keeping the harbour safe.", None, "none")],
        id="a-document-as-the-subject-speaks-for-its-issuer",
    ),
    pytest.param(
        ["“We will win,” Lena Ostrova said.", "The mayor left early.", "The plan was “a fantasy built on sand.”"],
        [_WIN, ("a fantasy built on sand.", None, "none")],
        id="narration-between-the-quotes",
    ),
    pytest.param(
        ["Omar Lindqvist spoke for an hour, stating that the sale “was never in doubt at any point.”"],
        [("was never in doubt at any point.", "Omar Lindqvist", "cue")],
        id="a-participle-after-its-subjects-own-clause",
    ),
    pytest.param(
        ["Lena Ostrova said the mentioning of the sale “was a mistake by the board.”"],
        [("was a mistake by the board.", "Lena Ostrova", "cue")],
        id="a-gerund-after-an-article-is-no-cue",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), RULES)
def test_speaker_rule(paragraphs: list[str], expected: list[QuoteRow]) -> None:
    assert quote_rows(paragraphs, _NAMES) == expected


@pytest.mark.parametrize(("paragraphs", "expected"), GUARDS)
def test_speaker_guard(paragraphs: list[str], expected: list[QuoteRow]) -> None:
    """What must not change: a quote whose own sentence says whose it is, or may be someone else's."""
    assert quote_rows(paragraphs, _NAMES) == expected
