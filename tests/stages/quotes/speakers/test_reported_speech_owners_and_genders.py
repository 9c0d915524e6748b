"""Speakers, round 10 (issue 16): reported speech, more verbs after a quotation, who speaks for an owner, kinds of
company, and gender from what a person is said to be. Every sentence here is invented; each test fails without its
rule, but the guards, which keep a rule from overreaching."""

from __future__ import annotations

import pytest

from newsprep.extract.quotes.people.genders import copular_gender
from tests.stages.builders import organisations, people, quotes_of, speakers_in

NAMES = {
    **people("Tomas Brenner", "Nuray Amari", "Maren Ostrowski"),
    **organisations(
        "Westbrook County Sheriff’s Office", "Corvane Systems", "Kestrel Pharmaceuticals", "Harbor Council"
    ),
    "Corvane": ("Corvane Systems", "ORG"),
}


found = speakers_in(NAMES)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        pytest.param(
            [
                "Tomas Brenner was arrested in May.",
                "During the call, Brenner said, “they will pay for this,” the sheriff’s office said.",
            ],
            [("they will pay for this", "Tomas Brenner")],
            id="said-comma-then-a-reporting-cue",
        ),
        pytest.param(
            [
                "Tomas Brenner was arrested in May.",
                "A deputy recalled that he said, “I will be back,” the Westbrook County Sheriff’s Office said.",
            ],
            [("I will be back", "Tomas Brenner")],
            id="a-pronoun-introducing-the-words",
        ),
        pytest.param(
            [
                "Tomas Brenner was arrested in May.",
                "Brenner told a deputy: “You will regret this,” the Westbrook County Sheriff’s Office said.",
            ],
            [("You will regret this", "Tomas Brenner")],
            id="told-colon",
        ),
        pytest.param(
            [
                "Tomas Brenner was arrested in May.",
                "In his call Brenner mentioned the “long night,” the Westbrook County Sheriff’s Office said.",
            ],
            [("long night", "Westbrook County Sheriff’s Office")],
            id="guard-no-speech-verb-right-before-the-quote",
        ),
    ],
)
def test_words_a_speech_verb_introduces_are_that_speakers_not_the_reports(
    paragraphs: list[str], expected: list[tuple[str, str | None]]
) -> None:
    assert found(paragraphs) == expected


@pytest.mark.parametrize(
    "verb",
    [
        *("bragged", "fumed", "proclaimed", "questioned", "hinted", "opined", "answered", "rebutted", "brags"),
        *("surmised", "fired back", "hit back", "pushed back", "summed up", "weighed in"),
    ],
)
def test_more_verbs_are_cues_right_after_a_quotation(verb: str) -> None:
    paragraphs = ["Maren Ostrowski runs the harbor board.", f"“We cannot wait another year,” Ostrowski {verb}."]
    assert found(paragraphs) == [("We cannot wait another year", "Maren Ostrowski")]


def test_a_verb_only_cued_after_a_quotation_is_no_cue_before_one() -> None:
    """``questioned`` before a quotation is a verb of its own sentence: the words are not the questioner's."""
    paragraphs = ["Maren Ostrowski questioned the engineers.", "Their answer was that the work was “on schedule.”"]
    assert found(paragraphs) == []


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        pytest.param(
            ["Tomas Brenner, the mayor of Ashford, met the union.", "“We are close to a deal,” Brenner’s office said."],
            [("We are close to a deal", "Tomas Brenner")],
            id="a-persons-office",
        ),
        pytest.param(
            ["Nuray Amari is running for the council.", "“She will not debate him,” Amari’s camp said."],
            [("She will not debate him", "Nuray Amari")],
            id="a-candidates-camp",
        ),
        pytest.param(
            ["Corvane Systems fired its chief executive.", "“We lost confidence in him,” the company’s board said."],
            [("We lost confidence in him", "Corvane Systems")],
            id="a-companys-board",
        ),
        pytest.param(
            ["Corvane Systems fired its chief executive.", "“We lost confidence in him,” Corvane’s board said."],
            [("We lost confidence in him", "Corvane Systems")],
            id="a-named-companys-board",
        ),
        pytest.param(
            ["Tomas Brenner, the mayor of Ashford, met the union.", "“Talks go on,” the mayor’s office said."],
            [("Talks go on", "Tomas Brenner")],
            id="the-mayors-office",
        ),
        pytest.param(
            ["The Westbrook County Sheriff’s Office searched the house.", "“Two men fled,” the sheriff’s office said."],
            [("Two men fled", "Westbrook County Sheriff’s Office")],
            id="guard-an-office-named-as-an-organisation",
        ),
        pytest.param(
            ["The harbor reopened on Monday.", "“Traffic is back,” the board said."],
            [("Traffic is back", "the board")],
            id="guard-no-owner-no-board-named",
        ),
    ],
)
def test_those_who_speak_for_an_owner_speak_as_the_owner(
    paragraphs: list[str], expected: list[tuple[str, str | None]]
) -> None:
    assert found(paragraphs) == expected


@pytest.mark.parametrize("noun", ["drugmaker", "chipmaker", "railroad", "operator", "supplier", "exchange"])
def test_more_company_nouns_go_to_the_company_named_before(noun: str) -> None:
    paragraphs = ["Kestrel Pharmaceuticals raised its forecast.", f"“Demand is strong,” the {noun} said."]
    assert found(paragraphs) == [("Demand is strong", "Kestrel Pharmaceuticals")]


@pytest.mark.parametrize(
    ("sentence", "gender"),
    [
        ("Amari is one of the first two women elected to the council.", "female"),
        ("Brenner, a father of three, runs the bakery.", "male"),
        ("Amari was the first woman to lead the port.", "female"),
        ("Amari, whose husband is a pilot, runs the bakery.", None),
        ("Brenner met a woman at the port.", None),
        ("Amari, with her brother, runs the bakery.", None),
    ],
)
def test_the_gender_of_what_a_name_is_said_to_be(sentence: str, gender: str | None) -> None:
    assert copular_gender(sentence, 0) == gender


def test_a_pronoun_skips_a_person_said_to_be_a_woman() -> None:
    """``Nuray`` is no given name of the birth records: only the article says Amari is a woman, so ``he`` is not her."""
    paragraphs = [
        "Tomas Brenner called the office of Nuray Amari in March.",
        "Amari is one of the first two women elected to the council.",
        "A clerk recalled that he said, “I will be back,” the Westbrook County Sheriff’s Office said.",
    ]
    assert found(paragraphs) == [("I will be back", "Tomas Brenner")]


COUPLE = {
    "Omar": ("Omar", "PERSON"),
    "Nuray Velde": ("Nuray Velde", "PERSON"),
    "Velde": ("Nuray Velde", "PERSON"),  # the entities stage merges the surname into the only full name it saw
}


@pytest.mark.parametrize(
    ("titled", "expected"),
    [
        pytest.param("Mr. Velde", "Omar Velde", id="mr-is-the-husband"),
        pytest.param("Ms. Velde", "Nuray Velde", id="guard-ms-is-the-wife"),
    ],
)
def test_a_couple_named_with_one_surname_share_it(titled: str, expected: str) -> None:
    """``Omar and Nuray Velde``: Omar is a Velde too, so ``Mr. Velde`` is Omar Velde (Nuray is no given name of the
    birth records: nothing else tells her gender)."""
    paragraphs = [
        "The flood reached the home of Omar and Nuray Velde on Tuesday.",
        f"“We had no warning,” {titled} said.",
    ]
    quotes = quotes_of(paragraphs, COUPLE)
    assert [(q.text, q.speaker) for q in quotes] == [("We had no warning", expected)]


def test_a_given_name_before_and_is_no_couple_without_the_surname_after() -> None:
    """``Omar and Nuray Velde`` needs the second name to be the person's full name: ``Omar and Harbor Council`` is
    not a couple."""
    from newsprep.extract.quotes.people.fullnames import couples_sharing_a_surname

    text = "Omar and Harbor Council members met. Omar and Nuray Velde came."
    people = [(0, "Omar"), (37, "Omar"), (46, "Nuray Velde")]
    assert couples_sharing_a_surname(text, people, frozenset({0, 37, 46})) == [(37, "Omar Velde")]


DOCUMENTS = {
    "Brightwater Institute": ("Brightwater Institute", "ORG"),
    "Velde Shipping": ("Velde Shipping", "ORG"),
    "Irene Falk": ("Irene Falk", "PERSON"),
    "Harbor Council": ("Harbor Council", "ORG"),
    "Ashford": ("Ashford", "GPE"),
}


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        pytest.param(
            [
                "A study by the Brightwater Institute found that rents rose.",
                "“Families bear the brunt,” the study said.",
            ],
            "Brightwater Institute",
            id="a-study-by",
        ),
        pytest.param(
            ["The Harbor Council released a survey of residents.", "“Most support the plan,” the survey concluded."],
            "Harbor Council",
            id="a-survey-its-subject-released",
        ),
        pytest.param(
            ["Velde Shipping sued the Harbor Council in March.", "“The port broke the contract,” the lawsuit says."],
            "Velde Shipping",
            id="a-lawsuit-brought-in-by-sued",
        ),
        pytest.param(
            ["Judge Irene Falk ruled against the city on Friday.", "“The city went too far,” the ruling said."],
            "Irene Falk",
            id="a-ruling-brought-in-by-ruled",
        ),
        pytest.param(
            ["Irene Falk wrote a book about the strike.", "“It was a war,” the book says."],
            "Irene Falk",
            id="a-book-its-author-wrote",
        ),
        pytest.param(
            ["Years ago, a Brightwater Institute study praised the mayor.", "“He saved the harbor,” the study said."],
            "Brightwater Institute",
            id="a-capitalised-modifier-made-it",
        ),
        pytest.param(
            ["The Harbor Council met in May. Irene Falk was there.", "“It was a war,” the book says."],
            "the book",
            id="guard-an-authored-work-no-one-brought-in",
        ),
        pytest.param(
            ["Prosecutors in Ashford charged a clerk.", "“He took the money,” the indictment says."],
            "the indictment",
            id="guard-a-place-issues-no-document",
        ),
    ],
)
def test_a_document_speaks_for_whoever_made_it(paragraphs: list[str], expected: str | None) -> None:
    assert [q.speaker for q in quotes_of(paragraphs, DOCUMENTS)] == [expected]


PELL = {"Dana Pell": ("Dana Pell", "PERSON"), "Pell": ("Dana Pell", "PERSON"), "Velde": ("Omar Velde", "PERSON")}


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        pytest.param("That is how Pell describes the work.", "Dana Pell", id="that-is-how"),
        pytest.param("So says Pell, who has run it since 2009.", "Dana Pell", id="so-says"),
        pytest.param("Those were the words of Dana Pell, who runs it.", "Dana Pell", id="the-words-of"),
        pytest.param("That’s according to Pell, who runs it.", "Dana Pell", id="thats-according-to"),
        pytest.param("That’s a bold claim, Velde said.", None, id="guard-another-speakers-judgement"),
        pytest.param("That was in 2009, when Pell took over.", None, id="guard-a-that-sentence-about-something-else"),
    ],
)
def test_a_sentence_pointing_back_at_a_quote_attributes_it(after: str, expected: str | None) -> None:
    paragraphs = ["The food bank opened in 1990.", f"“We feed four hundred families a week.” {after}"]
    quotes = quotes_of(paragraphs, PELL)
    assert (quotes[0].text, quotes[0].speaker) == ("We feed four hundred families a week.", expected)


def test_a_masked_signature_names_nobody() -> None:
    """Reviews signed with names the publisher masked (``– Dan** Pe**``): no speaker, not ``Dan``."""
    paragraphs = ["Visitors left reviews.", "“The show was great.”", "– Dan** Pe****"]
    assert [(q.text, q.speaker) for q in quotes_of(paragraphs, PELL)] == [("The show was great.", None)]


PAIR = {
    "Dana Pell": ("Dana Pell", "PERSON"),
    "Dana": ("Dana Pell", "PERSON"),
    "Pell": ("Dana Pell", "PERSON"),
    "Omar Velde": ("Omar Velde", "PERSON"),
    "Velde": ("Omar Velde", "PERSON"),
}


def test_a_pronoun_after_a_quotation_is_no_chain_of_a_name_inside_it() -> None:
    """``“Dana is right,” he said``: the ``he`` is not Dana's pronoun (Dana tells no gender in the birth records), so
    Dana Pell is not made a man, and the ``he`` goes to the man named before."""
    paragraphs = ["Dana Pell and Omar Velde met on Monday.", "“Dana is right,” he said."]
    assert [(q.text, q.speaker) for q in quotes_of(paragraphs, PAIR)] == [("Dana is right", "Omar Velde")]


def test_a_word_named_in_a_relative_clause_is_the_antecedents() -> None:
    """``Velde, who called the talks “productive”``: the one ``who`` stands for, not the sentence's speaker."""
    paragraphs = [
        "Dana Pell and Omar Velde met.",
        "“We have a deal,” Pell said after meeting Velde, who called it “slow.”",
    ]
    assert [(q.text, q.speaker) for q in quotes_of(paragraphs, PAIR)] == [
        ("We have a deal", "Dana Pell"),
        ("slow.", "Omar Velde"),
    ]


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        pytest.param("A group of parents sued Velde Shipping.", "the group", id="a-group-of-parents"),
        pytest.param(
            "A team of researchers at Velde Shipping tested the water.", "the team", id="a-team-of-researchers"
        ),
        pytest.param("Velde Shipping reported a loss.", "Velde Shipping", id="guard-a-named-group"),
    ],
)
def test_a_collective_brought_in_unnamed_is_nobody(opening: str, expected: str | None) -> None:
    noun = "team" if "team" in opening else "group"
    paragraphs = [opening, f"“Our children deserve better,” the {noun} said."]
    assert [q.speaker for q in quotes_of(paragraphs, DOCUMENTS)] == [expected]


@pytest.mark.parametrize(
    ("attribution", "expected"),
    [
        pytest.param("Pell, speaking by phone from her home in Ashford, said on Tuesday.", "Dana Pell", id="speaking"),
        pytest.param("Dana Pell, pressed by reporters after the vote, said.", "Dana Pell", id="pressed"),
        pytest.param("two officials, speaking on condition of anonymity, said.", None, id="guard-no-name-before-it"),
    ],
)
def test_a_participle_phrase_between_name_and_cue(attribution: str, expected: str | None) -> None:
    paragraphs = ["Dana Pell and Omar Velde met.", f"“The harbor will reopen,” {attribution}"]
    assert [q.speaker for q in quotes_of(paragraphs, PAIR)] == [expected]


@pytest.mark.parametrize(
    ("narration", "expected"),
    [
        pytest.param("The shelter opened in 1990.", "Dana Pell", id="narration-naming-no-one"),
        pytest.param("Omar Velde was stunned.", "Omar Velde", id="guard-narration-naming-someone"),
        pytest.param("He was stunned.", None, id="guard-a-pronoun-in-the-narration"),
    ],
)
def test_a_quote_after_narration_in_the_paragraph_after_a_persons_quote(narration: str, expected: str | None) -> None:
    paragraphs = ["Dana Pell runs the shelter.", "“We are done,” Pell said.", f"{narration} “We will close on Friday.”"]
    quotes = quotes_of(paragraphs, PAIR)
    assert [(q.text, q.speaker) for q in quotes][1:] == [("We will close on Friday.", expected)]


@pytest.mark.parametrize("reply", ["He said nothing.", "Velde said so."])
def test_a_cue_reporting_no_words_is_no_attribution_of_the_quote_before(reply: str) -> None:
    """``“I am sorry.” He said nothing.``: the sentence after a complete quotation is not its attribution."""
    paragraphs = ["Dana Pell told Omar Velde the news.", f"“We will close,” she said. “I am sorry.” {reply}"]
    assert {q.speaker for q in quotes_of(paragraphs, PAIR)} == {"Dana Pell"}


@pytest.mark.parametrize(
    ("attribution", "expected"),
    [
        pytest.param("said the lawyer for Velde, Nuray Amari.", "Nuray Amari", id="the-role-for-a-name-then-the-name"),
        pytest.param("said a senior adviser to Velde.", "a senior adviser", id="an-adviser-to-a-name-is-not-the-name"),
        pytest.param("said the spokeswoman for Velde Shipping.", "Velde Shipping", id="guard-a-spokeswoman-speaks-for"),
    ],
)
def test_a_role_held_for_someone_is_not_that_someone(attribution: str, expected: str | None) -> None:
    names = {**PAIR, "Nuray Amari": ("Nuray Amari", "PERSON"), "Velde Shipping": ("Velde Shipping", "ORG")}
    paragraphs = ["Omar Velde was charged in May.", f"“He is innocent,” {attribution}"]
    assert [q.speaker for q in quotes_of(paragraphs, names)] == [expected]


@pytest.mark.parametrize(
    ("attribution", "expected"),
    [
        pytest.param("said Velde’s lawyer.", "Velde’s lawyer", id="said-a-persons-lawyer"),
        pytest.param("said Velde’s spokesman.", "Omar Velde", id="guard-a-spokesman-speaks-for-him"),
    ],
)
def test_a_persons_own_people_speak_for_themselves(attribution: str, expected: str | None) -> None:
    paragraphs = ["Omar Velde was charged in May.", f"“He is innocent,” {attribution}"]
    assert [q.speaker for q in quotes_of(paragraphs, PAIR)] == [expected]


def test_a_pronoun_in_the_next_sentence_is_no_chain_of_a_short_mention() -> None:
    """``... the office of Omar. He asked ...`` (``Omar`` for the canonical ``Nuray Omar``): the sentence ends after
    the name as written, so the ``He`` of the next one is not hers."""
    from newsprep.extract.quotes.people.genders import PersonGenders

    text = "He called the office of Omar. He asked for a meeting."
    assert PersonGenders(text, [(24, "Nuray Omar")]).of("Nuray Omar") is None
