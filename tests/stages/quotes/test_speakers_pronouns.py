"""Speakers (issue 16): whom a he/she refers to, by gender evidence (given names, honorifics, pronouns) and nearness."""

from __future__ import annotations

import pytest

from newsprep.extract.quotes.people.genders import PersonGenders
from newsprep.text.given_names import given_name_gender
from tests.stages.builders import quotes_of
from tests.stages.quotes.test_speakers import FALK, who


def test_she_goes_past_a_man_to_the_woman_named_after_him() -> None:
    quotes = quotes_of(
        ["Mr. Ostrow spoke first, and then Irene Falk took the microphone.", "“We will not wait,” she said."], FALK
    )
    assert who(quotes) == [("Irene Falk", "pronoun")]


def test_she_and_he_by_given_name() -> None:
    names = {"John Meyer": ("John Meyer", "PERSON"), "Alice Brandt": ("Alice Brandt", "PERSON")}
    paragraphs = [
        "John Meyer and Alice Brandt met the mayor on Friday.",
        "“It went well,” she said. “Better than we hoped,” he added.",
    ]
    assert who(quotes_of(paragraphs, names)) == [("Alice Brandt", "pronoun"), ("John Meyer", "pronoun")]


@pytest.mark.parametrize(
    ("name", "gender"), [("Irene", "female"), ("John", "male"), ("Jordan", None), ("Xqzv", None), ("hillary", "female")]
)
def test_given_name_gender_from_the_birth_records(name: str, gender: str | None) -> None:
    assert given_name_gender(name) == gender


def test_honorifics_give_the_gender_unless_two_people_share_the_surname() -> None:
    genders = PersonGenders("Mr. Ostrow met Ms. Falk. Mr. Tomczak and Mrs. Tomczak left.", [])
    assert (genders.of("Ostrow"), genders.of("Falk"), genders.of("Tomczak")) == ("male", "female", None)
    assert genders.of("Jordan Falk") == "female"  # the honorific before the surname outweighs an ambiguous name


def test_a_titled_surname_keeps_clear_of_a_person_of_the_other_gender() -> None:
    """``President Obama`` merged with ``Michelle Obama``: "the president ... he" is not Michelle Obama."""
    names = {"Obama": ("Michelle Obama", "PERSON"), "Michelle Obama": ("Michelle Obama", "PERSON")}
    paragraphs = [
        "Michelle Obama spoke first, and President Obama closed the rally.",
        "The president told voters he would take it as a “real letdown” if they stayed home.",
    ]
    assert who(quotes_of(paragraphs, names)) == [("Obama", "cue")]


def test_a_surname_with_mr_is_not_completed_to_a_woman_of_that_surname() -> None:
    names = {"Whitby": ("Helen Whitby", "PERSON"), "Helen Whitby": ("Helen Whitby", "PERSON")}
    names["Whitby Speech"] = ("Whitby Speech", "PERSON")  # a caption line NER took for a name
    paragraphs = ["Helen Whitby spoke first.", "“Schools are on the line,” Mr. Whitby said later.", "Whitby Speech"]
    assert who(quotes_of(paragraphs, names)) == [("Whitby", "cue")]


def test_a_contracted_pronoun_is_the_subject_of_its_cue() -> None:
    names = {"Tomas Brenner": ("Tomas Brenner", "PERSON")}
    paragraphs = ["Tomas Brenner wrote six novels.", "When critics asked him to explain, he’d reply, “Read it again.”"]
    assert who(quotes_of(paragraphs, names)) == [("Tomas Brenner", "pronoun")]


@pytest.mark.parametrize(
    ("people", "paragraphs", "speaker"),
    [
        pytest.param(  # a person named after a he/she of the same gender in its sentence is not its referent
            ("Ines Albrecht", "Marta Quell"),
            [
                "Ines Albrecht chairs the trust.",
                "She sent the draft to Marta Quell on Friday.",
                "“It is not done,” she said.",
            ],
            "Ines Albrecht",
            id="named-after-the-pronoun",
        ),
        pytest.param(  # a surname the recogniser left untagged is still a referent
            ("Grant Okafor", "Rhys Mallory"),
            [
                "Grant Okafor wrote a book on saving.",
                "Rhys Mallory reviewed it last year.",
                "Okafor favours index funds. “Time does the work,” he wrote.",
            ],
            "Grant Okafor",
            id="untagged-surname",
        ),
    ],
)
def test_the_referent_of_a_pronoun(people: tuple[str, ...], paragraphs: list[str], speaker: str) -> None:
    names = {n: (n, "PERSON") for n in people}
    assert who(quotes_of(paragraphs, names)) == [(speaker, "pronoun")]


def test_a_company_is_no_person_for_a_pronoun() -> None:
    names = {"Nadia Holdings": ("Nadia Holdings", "ORG"), "the Okoro Group": ("Okoro Group", "ORG")}
    paragraphs = ["Nadia Holdings and the Okoro Group signed the deal. “It is done,” she said."]
    assert [q.speaker for q in quotes_of(paragraphs, names)] == [None]
