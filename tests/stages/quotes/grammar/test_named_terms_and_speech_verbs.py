"""Speakers and quote spans, round 7 (issue 16): the constructions read from the errors on a second, blind dev set
(aeb-quotes-dev2) and on PolNeAR dev. Every sentence here is invented; each test fails without its rule, but the
guards, which keep a rule from overreaching."""

from __future__ import annotations

import pytest

from newsprep.extract.quotes.grammar.words import names_a_term
from tests.stages.builders import organisations, people, quotes_of, speakers_in

PEOPLE = {**people("Dana Pell", "Omar Velde"), **organisations("Harbor Council")}


found = speakers_in(PEOPLE)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        pytest.param(
            "Omar Velde condemned what he called a “reckless gamble” by the board.",
            [("reckless gamble", "Omar Velde")],
            id="what-he-called",
        ),
        pytest.param(
            "The Harbor Council on Monday warned of what it called “a grave danger to every ship in the bay.”",
            [("a grave danger to every ship in the bay.", "Harbor Council")],
            id="what-it-called",
        ),
        pytest.param(
            "Dana Pell spoke for an hour. She mocked what Velde calls his “master plan” for the port.",
            [("master plan", "Omar Velde")],
            id="what-a-name-calls",
        ),
    ],
)
def test_words_a_named_speaker_calls_something_are_a_quote_of_that_speaker(
    paragraph: str, expected: list[tuple[str, str | None]]
) -> None:
    assert found([paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "Residents faced what some have called a “water crisis” all summer.",
        "The port saw what officials call a “soft closure” in May.",
        "Talks resumed after what Western analysts call the “harbor thaw” of last spring.",
    ],
)
def test_what_unnamed_people_call_something_stays_a_term(paragraph: str) -> None:
    assert found([paragraph]) == []  # a guard: the rule above needs a pronoun for one speaker or a name


@pytest.mark.parametrize(
    ("left", "term"),
    [
        ("She mocked what Velde has long called his ", False),
        ("They spoke of what the Harbor Council calls the ", False),
        ("Talks resumed after what Western analysts call the ", True),
        ("It was what some have called a ", True),
    ],
)
def test_the_head_of_who_calls_decides_a_term(left: str, term: bool) -> None:
    # the naming phrase's head, not any capitalised word in it: an adjective before a group names nobody
    assert names_a_term(left) is term


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        pytest.param(
            "Pell condemned the decision as “short-sighted and cruel.”",
            [("short-sighted and cruel.", "Dana Pell")],
            id="condemned-as",
        ),
        pytest.param("Velde denounced the vote as a “sham” on Friday.", [("sham", "Omar Velde")], id="denounced-as"),
        pytest.param(
            "Velde likened the budget to a “leaky bucket” in a speech on Friday.",
            [("leaky bucket", "Omar Velde")],
            id="likened-to",
        ),
        pytest.param(
            "The Harbor Council released a report that depicted “years of neglect” at the docks.",
            [("years of neglect", "Harbor Council")],
            id="depicted",
        ),
        pytest.param(
            "Pell characterized the offer as “insulting.”", [("insulting.", "Dana Pell")], id="characterized-as"
        ),
    ],
)
def test_condemning_denouncing_likening_and_depicting_are_speech(
    paragraph: str, expected: list[tuple[str, str | None]]
) -> None:
    assert found([paragraph]) == expected


def test_a_picture_depicting_a_name_is_no_quote() -> None:
    assert found(["The mural depicted “Dana” in red and gold."]) == []  # a guard: no one speaks


def test_a_short_span_coordinated_with_a_quote_is_more_of_its_words() -> None:
    paragraph = "Velde has attacked the mayor as a “paper tiger who hides from voters” and a “quitter.”"
    assert found([paragraph]) == [("paper tiger who hides from voters", "Omar Velde"), ("quitter.", "Omar Velde")]


def test_a_short_span_in_another_sentence_is_not_coordinated() -> None:
    paragraph = "Velde called the plan “a gift to developers who never pay their share.” And “luck” did the rest."
    assert found([paragraph]) == [("a gift to developers who never pay their share.", "Omar Velde")]  # a guard


def test_an_advice_column_salutation_is_no_transcript_label() -> None:
    paragraphs = [
        "DEAR ADVISER: My brother never returns the tools he borrows. What should I do? -- TIRED IN TOLEDO",
        "DEAR TIRED: Ask him once, plainly, and then stop lending.",
        "DEAR ADVISER: My neighbour plays drums at night. -- SLEEPLESS",
        "DEAR SLEEPLESS: Talk to the building manager.",
    ]
    assert found(paragraphs) == []


def test_a_transcript_label_still_makes_turns() -> None:
    paragraphs = ["PELL: We start with the harbor.", "VELDE: The harbor can wait.", "PELL: It cannot."]
    assert [q.text for q in quotes_of(paragraphs, PEOPLE)] == [
        "We start with the harbor.",
        "The harbor can wait.",
        "It cannot.",
    ]  # a guard


@pytest.mark.parametrize(
    ("paragraph", "described"),
    [
        (
            "Pell’s family has asked the court to release the records “in the name of fairness and openness.”",
            "Pell’s family",
        ),
        ("The Pell family said it wanted the records released “as soon as the court allows.”", "the Pell family"),
        ("“We want the records,” Pell’s family said.", "Pell’s family"),
    ],
)
def test_a_family_is_not_the_person_it_is_named_after(paragraph: str, described: str) -> None:
    assert [speaker for _, speaker in found([paragraph])] == [described]  # a description (round 13), not Dana Pell


def test_an_adverb_before_the_cue_still_leaves_the_speaker() -> None:
    assert found(["“It is safe,” Pell quickly said."]) == [("It is safe", "Dana Pell")]  # a guard


def test_an_answer_after_a_colon_is_a_quote_however_short() -> None:
    assert found(["Asked whether the dock would open on time, Velde said: “No.”"]) == [("No.", "Omar Velde")]


def test_a_short_sentence_after_the_attribution_goes_on_with_the_quote() -> None:
    paragraph = "“We lost everything,” Pell said. “Everything.”"
    assert found([paragraph]) == [("We lost everything, Everything.", "Dana Pell")]


def test_a_short_title_after_other_words_is_still_no_quote() -> None:
    paragraph = "“We lost everything,” Pell said. She moved to “Ashford.”"
    assert found([paragraph]) == [("We lost everything", "Dana Pell")]  # a guard


def test_his_message_with_a_short_predicate_introduces_his_words() -> None:
    paragraphs = ["Velde spoke at the harbor on Tuesday.", "His message was simple: “Build the new dock now.”"]
    assert found(paragraphs) == [("Build the new dock now.", "Omar Velde")]


def test_the_school_is_the_university_named_before() -> None:
    names = {"Ostrava University": ("Ostrava University", "ORG")}
    quotes = quotes_of(["Ostrava University closed its library.", "“The building is unsafe,” the school said."], names)
    assert [q.speaker for q in quotes] == ["Ostrava University"]


@pytest.mark.parametrize(
    ("entity", "expected"),
    [("Copperline Networks", "Copperline Networks"), ("Copperline", "Copperline")],
)
def test_an_organisation_written_short_is_named_in_full_when_the_entities_merged_it(entity: str, expected: str) -> None:
    names = {"Copperline Networks": ("Copperline Networks", "ORG"), "Copperline": (entity, "ORG")}
    quotes = quotes_of(["Copperline Networks lost the contract.", "“We will appeal,” Copperline said."], names)
    assert [q.speaker for q in quotes] == [expected]


def test_the_name_of_a_cleft_sentence_is_the_speaker_of_the_quote_after_it() -> None:
    paragraphs = ["It was Velde who first raised the alarm.", "“I saw the cracks in the wall two years ago.”"]
    assert found(paragraphs) == [("I saw the cracks in the wall two years ago.", "Omar Velde")]


def test_a_titled_name_tagged_an_organisation_is_a_person_without_the_title() -> None:
    names = {"Councillor Femi Adeyemi": ("Councillor Femi Adeyemi", "ORG"), "Adeyemi": ("Adeyemi", "PERSON")}
    paragraphs = [
        "Councillor Femi Adeyemi called the process “a shambles from start to finish.”",
        "“Nobody knows who decides,” Adeyemi said.",
    ]
    assert [q.speaker for q in quotes_of(paragraphs, names)] == ["Femi Adeyemi", "Femi Adeyemi"]


def test_an_organisation_after_a_title_word_stays_an_organisation() -> None:
    names = {"General Harbour Company": ("General Harbour Company", "ORG")}
    quotes = quotes_of(["General Harbour Company said the fares were “fair and final.”"], names)
    assert [q.speaker for q in quotes] == ["General Harbour Company"]  # a guard
