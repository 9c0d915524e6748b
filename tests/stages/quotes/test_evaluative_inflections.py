"""A verb of judging aloud in each of its forms (issue 16): ``decry``'s third person and past are ``decries`` and
``decried``, so ``Velde decried the plan as “...”`` gives Velde's words as ``derided`` does. Every sentence is
invented."""

from __future__ import annotations

import pytest

from newsprep.extract.quotes.grammar.words import EVALUATIVE_CUES
from tests.stages.builders import people, speakers_in

found = speakers_in(people("Dana Pell", "Omar Velde"))


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        pytest.param(
            "Velde decried the plan as “wishful thinking” at the hearing.",
            [("wishful thinking", "Omar Velde")],
            id="decried",
        ),
        pytest.param(
            "Dana Pell decries the levy as “a cash grab” in every speech.", [("a cash grab", "Dana Pell")], id="decries"
        ),
        pytest.param(
            "Velde derided the plan as “wishful thinking” at the hearing.",
            [("wishful thinking", "Omar Velde")],
            id="derided-guard",
        ),
        pytest.param("The levy was widely decried as a “cash grab.”", [], id="passive-guard"),
    ],
)
def test_decry_in_every_form_gives_its_subject_words(paragraph: str, expected: list[tuple[str, str | None]]) -> None:
    assert found([paragraph]) == expected


@pytest.mark.parametrize("form", ["decry", "decries", "decried", "decrying", "criticizes", "criticized", "touts"])
def test_evaluative_forms_are_english(form: str) -> None:
    assert form in EVALUATIVE_CUES


@pytest.mark.parametrize("misspelt", ["decrys", "decryed"])
def test_no_misspelt_forms(misspelt: str) -> None:
    assert misspelt not in EVALUATIVE_CUES
