"""Speakers (issue 16): each way news attributes a quote, the speaker's entity and how it was found."""

from __future__ import annotations

import pytest

from newsprep.model import Quote
from tests.stages.builders import quotes_of

FALK = {"Irene Falk": ("Irene Falk", "PERSON"), "Ostrow": ("Ostrow", "PERSON")}


def who(quotes: tuple[Quote, ...]) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.attribution) for q in quotes]


@pytest.mark.parametrize(
    ("organisation", "paragraphs"),
    [
        pytest.param(  # an organisation noun: the organisation by its full name, never a fragment of it
            "Ministry of Housing and Urban Affairs",
            ["The {} released new figures on Monday.", "“Demand has doubled,” the ministry said in a statement."],
            id="organisation-noun",
        ),
        pytest.param(  # any noun that ends an organisation's name named before
            "Kestrel Valley Water District",
            [
                "The {} raised rates on Monday.",
                "In a letter to customers, the district said the increase “reflects the cost of repairs.”",
            ],
            id="noun-ending-the-name",
        ),
    ],
)
def test_an_organisation_noun_goes_to_the_organisation_by_its_full_name(
    organisation: str, paragraphs: list[str]
) -> None:
    quotes = quotes_of([p.format(organisation) for p in paragraphs], {organisation: (organisation, "ORG")})
    assert who(quotes) == [(organisation, "organisation_noun")]
    assert quotes[0].speaker_entity_id == organisation


def test_a_role_noun_with_no_one_named_with_it_is_nobody() -> None:
    names = {"Kestrel Valley Water District": ("Kestrel Valley Water District", "ORG")}
    paragraphs = [
        "The Kestrel Valley Water District raised rates.",
        "“The mains are a century old,” the engineer said.",
    ]
    assert who(quotes_of(paragraphs, names)) == [("the engineer", "cue")]  # described (round 13), no one named


def test_colon_introductions_name_the_speaker() -> None:
    pell = {"Dana Pell": ("Dana Pell", "PERSON")}
    assert who(quotes_of(["Dana Pell, The Ledger: “The vote was never close.”"], pell)) == [("Dana Pell", "colon")]
    paragraphs = ["Irene Falk chairs the board.", "She put it bluntly: “The plan is dead.”"]
    assert who(quotes_of(paragraphs, FALK)) == [("Irene Falk", "colon")]


def test_a_quote_paragraph_after_an_attribution_in_the_paragraph_before() -> None:
    names = {"Dana Pell": ("Dana Pell", "PERSON"), "Pell": ("Dana Pell", "PERSON")}
    paragraphs = ["Dana Pell covered the game.", "Pell wrote on Tuesday about the final.", "“It was his best night.”"]
    assert who(quotes_of(paragraphs, names)) == [("Dana Pell", "previous_sentence")]


def test_a_quote_continued_in_the_next_paragraph_keeps_its_speaker() -> None:
    names = {"Ryan Hass": ("Ryan Hass", "PERSON")}
    paragraphs = ["“The first half of the answer is long,” said Ryan Hass.", "“The second half goes on here.”"]
    assert who(quotes_of(paragraphs, names)) == [("Ryan Hass", "cue"), ("Ryan Hass", "continuation")]


def test_a_partial_quote_goes_to_the_person_the_sentence_is_about() -> None:
    names = {"Earl Tomblin": ("Earl Tomblin", "PERSON")}
    paragraphs = ["Gov. Earl Tomblin lauded the plan on Monday for its “new and innovative ideas.”"]
    assert who(quotes_of(paragraphs, names)) == [("Earl Tomblin", "cue")]


def test_the_speaker_entity_is_the_entity_of_the_canonical_name_or_null() -> None:
    names = {"Ryan Hass": ("Ryan Hass", "PERSON"), "Hass": ("Ryan Hass", "PERSON")}
    quotes = quotes_of(["Ryan Hass spoke.", "“It will be hard,” Hass said.", "“It will not,” said Wren Abara."], names)
    assert [(q.speaker, q.speaker_entity_id) for q in quotes] == [("Ryan Hass", "Ryan Hass"), ("Wren Abara", None)]


def test_possessives_and_demonstratives_are_no_speakers() -> None:
    quotes = quotes_of(["His repeated claims of “no memory at all of the events” were doubted."])
    assert [q.speaker for q in quotes] in ([], [None])


def test_as_someone_put_it_and_a_numbered_role_and_a_long_colon_introduction() -> None:
    memo = {"Revenue Office": ("Revenue Office", "ORG")}
    paragraphs = ["The form asks for a “verified record of rental earnings,” as a Revenue Office memo put it."]
    assert who(quotes_of(paragraphs, memo)) == [("Revenue Office", "organisation_noun")]
    keller = {"Nadia Keller": ("Nadia Keller", "PERSON")}
    assert who(quotes_of(["“They are mistaken,” said 3/17 victim Nadia Keller."], keller)) == [("Nadia Keller", "cue")]
    aldana = {"Aldana": ("Teresa Aldana", "PERSON")}
    paragraphs = [
        "With allies nervous about the vote, President Aldana is unveiling a fresh campaign slogan: “It is about us.”"
    ]
    assert who(quotes_of(paragraphs, aldana)) == [("Teresa Aldana", "colon")]


def test_even_before_a_name_is_no_adverbial() -> None:
    norway = {"Norway": ("Norway", "GPE")}
    paragraphs = ["Even Norway, its closest partner, said it was “firmly against the launch.”"]
    assert [q.speaker for q in quotes_of(paragraphs, norway)] == ["Norway"]


def test_a_role_noun_goes_to_the_person_an_appositive_gave_the_role() -> None:
    names = {"Dale Ormsby": ("Dale Ormsby", "PERSON"), "Wren Abara": ("Wren Abara", "PERSON")}
    paragraphs = [
        "Dale Ormsby, the governor of Vermont, met Wren Abara on Friday.",
        "“We are ready,” the governor said.",
        "“So are we,” the Vermont governor added.",
    ]
    # a person's description and a speech verb in the quote's own sentence: "cue", as the aeb gold labels it
    assert who(quotes_of(paragraphs, names)) == [("Dale Ormsby", "cue")] * 2


def test_a_passive_cue_goes_to_its_agent_not_to_the_one_told() -> None:
    names = {"Irene Falk": ("Irene Falk", "PERSON"), "Ostrow": ("Ostrow", "PERSON")}
    before = ["Mr. Ostrow met the board."]
    assert who(quotes_of([*before, "“The plan is dead,” he was told by Irene Falk."], names)) == [("Irene Falk", "cue")]
    after = [*before, "He was told by Irene Falk that the plan was “dead on arrival.”"]
    assert who(quotes_of(after, names)) == [("Irene Falk", "cue")]
    asked = [*before, "Asked by Irene Falk about the plan, he said: “It is dead.”"]
    assert [q.speaker for q in quotes_of(asked, names)] == ["Ostrow"]


# Round 3: constructions read from the aeb dev set (benchmarks/annotations/aeb-quotes-dev.json), in invented words.


def test_a_person_and_their_team_speak_as_the_person() -> None:
    names = {"Ada Okonjo": ("Ada Okonjo", "PERSON"), "Okonjo": ("Ada Okonjo", "PERSON")}
    paragraphs = ["Ada Okonjo leads the survey.", "“The signal fades in winter,” Okonjo and her colleagues wrote."]
    assert who(quotes_of(paragraphs, names)) == [("Ada Okonjo", "cue")]


def test_a_cue_word_inside_a_compound_is_no_cue() -> None:
    names = {n: (n, "PERSON") for n in ("Tom Harlan", "Ed Voss", "Voss")}
    paragraphs = [
        "Tom Harlan and Ed Voss founded the band.",
        "Following their sing-along “River Song,” Voss brought out a guest. “You know this man,” he said.",
    ]
    assert who(quotes_of(paragraphs, names))[-1] == ("Ed Voss", "pronoun")


def test_a_document_from_an_organisation_is_that_organisation() -> None:
    names = {n: (n, "ORG") for n in ("Brightwater Securities", "Lanark Capital Partners")}
    paragraphs = [
        "“A rally is near,” said Brightwater Securities.",
        "“Demand is soft,” said a report from Lanark Capital Partners.",
    ]
    assert who(quotes_of(paragraphs, names))[-1] == ("Lanark Capital Partners", "organisation_noun")


def test_a_pull_quote_repeating_a_speakers_words_is_theirs() -> None:
    names = {"Abel Fenwick": ("Abel Fenwick", "PERSON"), "Fenwick": ("Abel Fenwick", "PERSON")}
    paragraphs = [
        "Abel Fenwick, a lung doctor, saw the patient.",
        "“The lungs react to the dust”",
        "“In some patients, the lungs react to the dust in old carpets,” Fenwick said.",
    ]
    assert who(quotes_of(paragraphs, names)) == [("Abel Fenwick", "continuation"), ("Abel Fenwick", "cue")]


def test_a_run_in_heading_or_an_opening_participle_is_no_subject() -> None:
    names = {"Ravi Oz": ("Ravi Oz", "PERSON"), "Oz": ("Ravi Oz", "PERSON")}
    paragraphs = [
        "Ravi Oz hosts a health show.",
        "SENATORS QUESTIONED HIM — Oz’s advice drew scrutiny for saying a pill was a “miracle cure for everyone.”",
    ]
    assert who(quotes_of(paragraphs, names)) == [("Ravi Oz", "cue")]
    names = {"Lena Swift": ("Lena Swift", "PERSON"), "Harlow Group": ("Harlow Group", "ORG")}
    paragraphs = [
        "Moving forward, Lena Swift has signed a new deal with another label in London, and the Harlow Group will "
        "be left to explain: “How did we lose her?”"
    ]
    assert who(quotes_of(paragraphs, names)) == [("Harlow Group", "colon")]


def test_an_introduction_naming_nobody_continues_the_person_just_quoted() -> None:
    names = {"Mara Lindqvist": ("Mara Lindqvist", "PERSON")}
    paragraphs = [
        "“I read the whole script first,” Mara Lindqvist said.",
        "That reading led to a realisation: “It was a love song to a city.”",
    ]
    assert who(quotes_of(paragraphs, names)) == [("Mara Lindqvist", "cue"), ("Mara Lindqvist", "colon")]


def test_an_opening_phrase_after_over_is_no_subject() -> None:
    names = {n: (n, "PERSON") for n in ("Dale Fenn", "Martha Fenn")}
    paragraphs = ["Over the span of that hearing, Dale Fenn disputed the account, saying he was “shy by nature.”"]
    assert who(quotes_of(paragraphs, names)) == [("Dale Fenn", "cue")]


def test_an_organisation_noun_not_in_the_name_goes_to_the_nearest_organisation() -> None:
    names = {"Harlow Group": ("Harlow Group", "ORG"), "Vesta News": ("Vesta News", "ORG")}
    paragraphs = [
        "The Harlow Group bought the channel in May.",
        "Vesta News aired the interview on Sunday.",
        "“We stand by our reporting,” the network said.",
    ]
    assert who(quotes_of(paragraphs, names)) == [("Vesta News", "organisation_noun")]
    paragraphs = ["The Harlow Group wrote to its staff on Friday.", "“Offices will close early,” the email said."]
    assert who(quotes_of(paragraphs, names)) == [("Harlow Group", "organisation_noun")]


def test_an_unnamed_spokesperson_speaks_for_the_organisation() -> None:
    names = {
        "Lanark Capital Partners": ("Lanark Capital Partners", "ORG"),
        "Lanark": ("Lanark Capital Partners", "ORG"),
    }
    paragraphs = ["Lanark Capital Partners cut its forecast.", "“We see weak demand,” a Lanark spokesman said."]
    assert who(quotes_of(paragraphs, names)) == [("Lanark Capital Partners", "organisation_noun")]
    paragraphs = ["“We see weak demand,” said a spokeswoman for Lanark Capital Partners."]
    assert who(quotes_of(paragraphs, names)) == [("Lanark Capital Partners", "cue")]


def test_a_person_described_by_age_is_the_person_named_last() -> None:
    names = {"Tomas Brenner": ("Tomas Brenner", "PERSON")}
    paragraphs = ["Tomas Brenner lost his job in May.", "“I did not see it coming,” the 45-year-old said."]
    assert who(quotes_of(paragraphs, names)) == [("Tomas Brenner", "cue")]


def test_a_quote_with_its_own_speaker_between_is_not_the_second_part_of_the_first() -> None:
    names = {n: (n, "PERSON") for n in ("Tomas Brenner", "Irene Falk")}
    paragraphs = ["“It will fail,” Tomas Brenner said, while Irene Falk said it “might work.”"]
    assert [(q.text, q.speaker) for q in quotes_of(paragraphs, names)] == [
        ("It will fail", "Tomas Brenner"),
        ("might work.", "Irene Falk"),
    ]


def test_a_possessive_and_a_noun_for_what_was_said_introduce_its_owner() -> None:
    names = {"Tomas Brenner": ("Tomas Brenner", "PERSON")}
    paragraphs = ["Tomas Brenner was blunt.", "His response: “No comment.”"]
    assert who(quotes_of(paragraphs, names)) == [("Tomas Brenner", "colon")]


def test_a_persons_spokesman_speaks_for_the_person_and_no_name_ends_in_a_possessive() -> None:
    names = {"Tomas Brenner": ("Tomas Brenner", "PERSON"), "Brenner": ("Tomas Brenner", "PERSON")}
    names |= {"Harlow Group": ("Harlow Group", "ORG")}
    assert who(quotes_of(["Tomas Brenner lost.", "“We will appeal,” Brenner’s spokesman said."], names)) == [
        ("Tomas Brenner", "cue")
    ]
    assert who(quotes_of(["“There is no money,” said the Harlow Group’s chief executive."], names)) == [
        ("Harlow Group", "cue")
    ]


@pytest.mark.parametrize(
    ("names", "paragraph", "speaker"),
    [
        pytest.param(  # a day named before the participle is no subject of it
            {"Ostrow": ("Dale Ostrow", "PERSON")},
            "Ostrow posted a string of messages early Sunday saying the council had run the fund “as a private bank.”",
            "Dale Ostrow",
            id="weekday-before-saying",
        ),
        pytest.param(  # "calling" is the participle of a naming verb: the sentence's subject called it that
            {"Harbour Board": ("Harbour Board", "ORG")},
            "After a short meeting, the Harbour Board issued a statement calling the spill “a grave breach of the "
            "permit.”",
            "Harbour Board",
            id="statement-calling",
        ),
        pytest.param(  # an opening adverbial with a comma of its own ("a brief, closed-door meeting")
            {"Harbour Board": ("Harbour Board", "ORG")},
            "Following a brief, closed-door meeting, the Harbour Board issued a statement calling the spill “a grave "
            "breach of the permit.”",
            "Harbour Board",
            id="adverbial-with-two-commas",
        ),
    ],
)
def test_a_participle_cue_goes_to_the_subject_of_its_sentence(
    names: dict[str, tuple[str, str]], paragraph: str, speaker: str
) -> None:
    assert who(quotes_of([paragraph], names)) == [(speaker, "cue")]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # a progressive cue's subject is the phrase before it, an unnamed nurse (a description since round 13): not
        # the sentence's first name
        (
            "Green Party candidate Lena Varga’s nurse is calling the candidate “remarkably fit for her age.”",
            "Varga’s nurse",
        ),
        # "calling out", "calling for": not naming anything
        (
            "The new platform drops the pledge, its new wording calling for “more patience from everyone involved.”",
            None,
        ),
    ],
)
def test_calling_names_no_speaker_where_it_names_nothing(paragraph: str, speaker: str | None) -> None:
    names = {"Green Party": ("Green Party", "ORG"), "Lena Varga": ("Lena Varga", "PERSON")}
    assert [q.speaker for q in quotes_of([paragraph], names)] == [speaker]


@pytest.mark.parametrize(
    "introduction",
    [
        "Rhoda Vance runs the shelter on Elm Street. She has seen the need grow every year.",
        "Since 2015, Rhoda Vance has run the shelter on Elm Street.",
    ],
)
def test_a_quote_paragraph_after_a_paragraph_about_a_person_is_theirs(introduction: str) -> None:
    names = {"Rhoda Vance": ("Rhoda Vance", "PERSON")}
    quotes = quotes_of([introduction, "“We turn people away every night.”"], names)
    assert who(quotes) == [("Rhoda Vance", "previous_sentence")]


def test_a_quote_paragraph_after_a_paragraph_about_a_thing_is_nobodys() -> None:
    names = {"Rhoda Vance": ("Rhoda Vance", "PERSON")}
    paragraphs = ["The shelter that Rhoda Vance founded has forty beds.", "“We turn people away every night.”"]
    assert who(quotes_of(paragraphs, names)) == [(None, "none")]
