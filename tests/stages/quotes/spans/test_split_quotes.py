"""Speakers and quote spans, round 6 (issue 16): which quotes are the two parts of one split quote. Every sentence
here is invented."""

from __future__ import annotations

import pytest

from tests.stages.builders import quotes_of
from tests.stages.quotes.test_quotes import summary
from tests.stages.quotes.test_speakers import who

PELL = {"Dana Pell": ("Dana Pell", "PERSON"), "Pell": ("Dana Pell", "PERSON")}


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        pytest.param(
            "“The bridge will close,” Pell said, adding that repairs would take “several more weeks.”",
            [
                ("The bridge will close", "Dana Pell", "direct", 1),
                ("several more weeks.", "Dana Pell", "partial", 1),
            ],
            id="participle-clause",
        ),
        pytest.param(
            "“We need a new plan,” Pell said, arguing that the town deserves a “grown-up” budget.",
            [
                ("We need a new plan", "Dana Pell", "direct", 1),
                ("grown-up", "Dana Pell", "partial", 1),
            ],
            id="embedded-term",
        ),
        pytest.param(
            "Farmers “lost the whole harvest,” Pell said, and still “paid for the seed out of pocket.”",
            [
                ("lost the whole harvest", "Dana Pell", "partial", 1),
                ("paid for the seed out of pocket.", "Dana Pell", "partial", 1),
            ],
            id="coordinated-clause",
        ),
    ],
)
def test_a_quote_inside_the_clause_after_an_attribution_is_not_a_second_part(
    paragraph: str, expected: list[tuple[str, str | None, str, int]]
) -> None:
    assert summary(quotes_of([paragraph], PELL)) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "The council did “far too little,” Pell said on the radio. “Without a new budget the pool stays shut.”",
        "The shelters are “running out of beds,” says Dana Pell. “We turned away nine families last week.”",
    ],
)
def test_a_partial_quote_and_the_sentence_quoted_after_its_attribution_are_two_quotes(paragraph: str) -> None:
    quotes = quotes_of([paragraph], PELL)
    assert [(q.part_count, q.speaker) for q in quotes] == [(1, "Dana Pell"), (1, "Dana Pell")]


@pytest.mark.parametrize(
    "paragraph",
    [
        "“The bridge will close,” Pell said. “Repairs take weeks.”",
        "“The bridge will close,” Pell said on Monday, “and repairs take weeks.”",
        "“The bridge,” Pell said, “will close for repairs.”",
    ],
)
def test_a_split_quote_is_still_one_quote(paragraph: str) -> None:
    quotes = quotes_of([paragraph], PELL)
    assert [(q.part_count, q.speaker) for q in quotes] == [(2, "Dana Pell")]


@pytest.mark.parametrize(
    "paragraph",
    [
        "“We need change,” said the Vermont businessman, who has never held office.",
        "The Vermont businessman, arguing for a “common-sense” budget, spoke for an hour.",
    ],
)
def test_a_place_describing_a_speaker_is_not_the_speaker(paragraph: str) -> None:
    names = {
        "Vermont": ("Vermont", "GPE"),
        "Dana Pell": ("Dana Pell", "PERSON"),
        "Omar Velde": ("Omar Velde", "PERSON"),
    }
    # two people named before: no one the description must stand for (round 11's salience takes a lone one), so the
    # description as written (round 13)
    quotes = quotes_of(["Dana Pell met Omar Velde on Monday.", paragraph], names)
    assert [q.speaker for q in quotes] == ["the Vermont businessman"]


def test_a_quote_paragraph_after_a_sentence_introducing_one_person_is_theirs() -> None:
    names = {"Abdul Rahimi": ("Abdul Rahimi", "PERSON"), "Fenwick Street": ("Fenwick Street", "FAC")}
    paragraphs = [
        "Flour prices have doubled since the spring. That worries Abdul Rahimi, who owns a bakery on Fenwick Street.",
        "“I cannot raise the price of bread again. People will stop coming.”",
    ]
    assert who(quotes_of(paragraphs, names)) == [("Abdul Rahimi", "previous_sentence")]


@pytest.mark.parametrize(
    "introduction",
    [
        "The plan was drawn up by Abdul Rahimi. Critics were not impressed.",  # the last sentence names nobody
        "Abdul Rahimi spoke first. The bakers heard from Abdul Rahimi, who owns a bakery.",  # named before
        "The bakers heard from Abdul Rahimi and Noor Haddad, who own the two bakeries.",  # two people
    ],
)
def test_no_introduced_person_no_guess(introduction: str) -> None:
    names = {"Abdul Rahimi": ("Abdul Rahimi", "PERSON"), "Noor Haddad": ("Noor Haddad", "PERSON")}
    paragraphs = [introduction, "“I cannot raise the price of bread again.”"]
    assert [q.speaker for q in quotes_of(paragraphs, names)] == [None]


def test_a_noun_before_of_in_an_organisation_name_is_that_organisation() -> None:
    names = {"Greater Marlow Chamber of Commerce": ("Greater Marlow Chamber of Commerce", "ORG")}
    paragraphs = [
        "The Greater Marlow Chamber of Commerce said it was disappointed.",
        "“The region loses either way,” the chamber said.",
    ]
    assert who(quotes_of(paragraphs, names)) == [("Greater Marlow Chamber of Commerce", "organisation_noun")]


def test_a_woman_named_after_a_sentence_opening_preposition_is_a_referent() -> None:
    names = {"Abel Szymanski": ("Abel Szymanski", "PERSON")}
    paragraphs = [
        "Abel Szymanski sells the flour.",
        "For Ines Drummond, the answer is simple. She has cut her hours.",
        "“I close at two now instead of six,” she said.",
    ]
    assert who(quotes_of(paragraphs, names)) == [("Ines Drummond", "pronoun")]


OBIORA = {
    "Amara Obiora": ("Amara Obiora", "PERSON"),
    "Obiora": ("Amara Obiora", "PERSON"),
    "Ledger": ("Ledger", "ORG"),
}


@pytest.mark.parametrize(
    "sentence",
    [
        "“The pills are safe in one dose,” Obiora, who was not involved in the recall, said.",
        "“The pills are safe in one dose,” Obiora, who was not involved in the recall, told the Ledger.",
        "“The pills are safe in one dose,” Obiora, who heard his reply, said.",
    ],
)
def test_a_cue_word_after_an_article_or_possessive_is_a_noun(sentence: str) -> None:
    quotes = quotes_of(["Dr. Amara Obiora is a cardiologist.", sentence], OBIORA)
    assert who(quotes) == [("Amara Obiora", "cue")]


def test_the_one_told_is_not_the_speaker() -> None:
    sentence = (
        "The pills are “safe,” a cardiologist who has treated hundreds of patients with the condition over the years,"
        " told the Ledger."
    )
    assert [q.speaker for q in quotes_of(["Dr. Amara Obiora is a cardiologist.", sentence], OBIORA)] == [None]


@pytest.mark.parametrize(
    ("introduction", "speaker"),
    [
        ("Vantor Pharmaceuticals, a drugmaker based in Ohio, is recalling a pill.", "Vantor Pharmaceuticals"),
        ("The Greenleaf Heritage Trust, a nonprofit that tracks looted art, welcomed it.", "Greenleaf Heritage Trust"),
    ],
)
def test_an_organisation_noun_its_appositive_gave_is_that_organisation(introduction: str, speaker: str) -> None:
    names = {
        "Vantor Pharmaceuticals": ("Vantor Pharmaceuticals", "ORG"),
        "Greenleaf Heritage Trust": ("Greenleaf Heritage Trust", "ORG"),
        "Food and Drug Administration": ("Food and Drug Administration", "ORG"),
    }
    noun = introduction.split(", a ")[1].split()[0]
    paragraphs = [
        introduction,
        "The Food and Drug Administration said the risk was small.",
        f"“We are working around the clock,” the {noun} said.",
    ]
    assert who(quotes_of(paragraphs, names)) == [(speaker, "organisation_noun")]


def test_a_sentence_after_an_introductory_phrase_is_no_appositive() -> None:
    names = {"Ledger": ("Ledger", "ORG"), "Harrow Property Group": ("Harrow Property Group", "ORG")}
    paragraphs = [
        "The owner, Harrow Property Group, raised the rent.",
        "In an email to the Ledger, the company defended the increase. “Costs have risen,” the company said.",
    ]
    assert who(quotes_of(paragraphs, names)) == [("Harrow Property Group", "organisation_noun")]


TANSLEY = {"Wilbur Tansley": ("Wilbur Tansley", "PERSON"), "Tansley": ("Wilbur Tansley", "PERSON")}
MINIMUM = "“Most farmers carry the minimum,” Tansley said."
ADDED = "He added that the state could declare a disaster."


@pytest.mark.parametrize(
    "paragraphs",
    [
        [MINIMUM, f"{ADDED} “That opens up loans.”"],
        [MINIMUM, ADDED, "“That opens up loans.”"],
        ["Tansley said that the governor would announce a plan. “It comes too late.”"],
    ],
)
def test_a_cue_inside_the_reported_clause_is_not_the_speaker(paragraphs: list[str]) -> None:
    opening = "The county’s extension agent, Wilbur Tansley, met farmers."
    speakers = [q.speaker for q in quotes_of([opening, *paragraphs], TANSLEY)]
    assert speakers[-1] == "Wilbur Tansley"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("A Corvane spokesperson told the Signal that the company “has nothing further to share.”", "Corvane"),
        ("“We have nothing further to share,” a Corvane spokeswoman said.", "Corvane"),
    ],
)
def test_an_unnamed_spokesperson_speaks_for_the_name_before_the_noun(sentence: str, speaker: str) -> None:
    names = {"Yusuf Demirel": ("Yusuf Demirel", "PERSON"), "Signal": ("Signal", "ORG")}
    paragraphs = ["Yusuf Demirel wrote that the hinge was not ready.", sentence]
    assert [q.speaker for q in quotes_of(paragraphs, names)] == [speaker]


VALE = {
    "Corinna Vale": ("Corinna Vale", "PERSON"),
    "Red Cross": ("Red Cross", "ORG"),
    "Ignatius Pell": ("Ignatius Pell", "PERSON"),
}
REBUILD = "“We will rebuild every house on this street,” Mayor Corinna Vale said on Monday."
YEARS = "“It will take years, not months.”"


def test_a_quote_paragraph_after_narration_naming_no_one_continues_the_speaker() -> None:
    paragraphs = [REBUILD, "The tornado destroyed 40 homes and damaged 200 more.", YEARS]
    assert who(quotes_of(paragraphs, VALE))[-1] == ("Corinna Vale", "continuation")


@pytest.mark.parametrize(
    "narration",
    [
        "The Red Cross opened a shelter at the high school.",  # an organisation named
        "Ignatius Pell, a retired carpenter, drove in from Dunmore.",  # a person named
        "They spent the night in their cars.",  # a pronoun for people
    ],
)
def test_narration_naming_someone_breaks_the_continuation(narration: str) -> None:
    quotes = quotes_of([REBUILD, narration, YEARS], VALE)
    assert quotes[-1].speaker != "Corinna Vale" or quotes[-1].attribution != "continuation"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“We can do it,” responded Harbor Board chair Lydia Okonjo, noting that money was short.", "Lydia Okonjo"),
        ("“We can do it,” said Vale campaign manager Tomas Brenner.", "Tomas Brenner"),
    ],
)
def test_a_name_after_an_organisation_and_a_role_is_the_speaker(sentence: str, speaker: str) -> None:
    names = {
        "Lydia Okonjo": ("Lydia Okonjo", "PERSON"),
        "Harbor Board": ("Harbor Board", "ORG"),
        "Vale": ("Corinna Vale", "PERSON"),
        "Tomas Brenner": ("Tomas Brenner", "PERSON"),
    }
    assert who(quotes_of(["Corinna Vale runs for mayor.", sentence], names)) == [(speaker, "cue")]


def test_a_trailing_attribution_may_say_where_it_was_said() -> None:
    names = {"Greta Lund": ("Greta Lund", "PERSON"), "Lund": ("Greta Lund", "PERSON")}
    sentence = (
        "The shortage is “getting worse every single month” and reaches every county, Lund said in the county’s"
        " weekly newsletter to residents."
    )
    assert who(quotes_of(["Gov. Greta Lund spoke.", sentence], names)) == [("Greta Lund", "cue")]


@pytest.mark.parametrize(
    "description",
    ["Norway’s chief inspector of coastal fisheries", "the chief inspector of coastal fisheries"],
)
def test_a_long_role_description_before_a_name(description: str) -> None:
    names = {"Anna-Lena Lindahl": ("Anna-Lena Lindahl", "PERSON"), "Norway": ("Norway", "GPE")}
    sentence = f"“The catch records do not add up,” {description}, Anna-Lena Lindahl, said on Tuesday."
    assert who(quotes_of(["Norway dropped the case.", sentence], names)) == [("Anna-Lena Lindahl", "cue")]


def test_a_quote_paragraph_signed_on_the_line_after_it() -> None:
    names = {"Dana Pell": ("Dana Pell", "PERSON"), "Ohio": ("Ohio", "GPE"), "Omar Farid": ("Omar Farid", "PERSON")}
    paragraphs = [
        "Readers wrote in.",
        "“The show was great.”",
        "— Dana Pell, a reader in Ohio",
        "“Too long.”",
        "– Omar Farid",
    ]
    assert who(quotes_of(paragraphs, names)) == [("Dana Pell", "cue"), ("Omar Farid", "cue")]


def test_a_cue_word_after_an_article_opening_a_sentence_is_a_noun() -> None:
    names = {"Hollis Varga-Lind": ("Hollis Varga-Lind", "PERSON")}
    paragraphs = [
        "The recall worries Hollis Varga-Lind, who has taken the pill for six years.",
        "“I called the pharmacy twice. Nobody there had heard of it.”",
    ]
    assert who(quotes_of(paragraphs, names)) == [("Hollis Varga-Lind", "previous_sentence")]


THAMESIDE = {"Thameside Water": ("Thameside Water", "ORG"), "Ruth Ambler": ("Ruth Ambler", "PERSON")}


def test_they_said_after_a_sentence_about_an_organisation_is_it() -> None:
    paragraphs = [
        "Ruth Ambler has had no water since Friday.",
        "Thameside Water apologised on Monday. “Crews are working through the night,” they said.",
    ]
    assert [q.speaker for q in quotes_of(paragraphs, THAMESIDE)] == ["Thameside Water"]


def test_they_said_after_a_sentence_about_people_names_nobody() -> None:
    paragraphs = [
        "Thameside Water apologised on Monday.",
        "Neighbours gathered outside the pumping station. “We just want a date,” they said.",
    ]
    assert [q.speaker for q in quotes_of(paragraphs, THAMESIDE)] == [None]
