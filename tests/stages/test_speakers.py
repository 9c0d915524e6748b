"""Speakers (issue 16): each way news attributes a quote, the speaker's entity and how it was found."""

from __future__ import annotations

import pytest

from newsprep.extract.quotes.people import PersonGenders, name_without_verb
from newsprep.model import Quote
from newsprep.text.given_names import given_name_gender
from tests.stages.test_quotes import quotes_of

FALK = {"Irene Falk": ("Irene Falk", "PERSON"), "Ostrow": ("Ostrow", "PERSON")}


def who(quotes: tuple[Quote, ...]) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.attribution) for q in quotes]


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


def test_a_shared_surname_goes_to_the_one_named_last() -> None:
    names = {n: (n, "PERSON") for n in ("Walter Tomczak", "Lukas Tomczak")} | {"Tomczak": ("Tomczak", "PERSON")}
    paragraphs = [
        "Walter Tomczak opened the bakery in 1980.",
        "His son, Lukas Tomczak, runs it now.",
        "“We still bake at four,” Tomczak said.",
    ]
    assert who(quotes_of(paragraphs, names)) == [("Lukas Tomczak", "cue")]


def test_an_organisation_noun_goes_to_the_organisation_by_its_full_name() -> None:
    ministry = "Ministry of Housing and Urban Affairs"
    names = {ministry: (ministry, "ORG")}
    paragraphs = [
        f"The {ministry} released new figures on Monday.",
        "“Demand has doubled,” the ministry said in a statement.",
    ]
    quotes = quotes_of(paragraphs, names)
    assert who(quotes) == [(ministry, "organisation_noun")]
    assert quotes[0].speaker_entity_id == ministry


def test_a_headline_verb_run_into_a_name_is_not_the_name() -> None:
    names = {
        "Ana Ruiz Thanks Voters": ("Ana Ruiz Thanks Voters", "PERSON"),
        "Ruiz": ("Ana Ruiz Thanks Voters", "PERSON"),
    }
    paragraphs = ["Ana Ruiz Thanks Voters After a Narrow Win", "“This city chose hope,” Ruiz said."]
    assert who(quotes_of(paragraphs, names)) == [("Ana Ruiz", "cue")]
    assert name_without_verb("Mayor Lee Drops") == "Mayor Lee" and name_without_verb("Stevie Wonder") == "Stevie Wonder"


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


@pytest.mark.parametrize(
    ("name", "gender"), [("Irene", "female"), ("John", "male"), ("Jordan", None), ("Xqzv", None), ("hillary", "female")]
)
def test_given_name_gender_from_the_birth_records(name: str, gender: str | None) -> None:
    assert given_name_gender(name) == gender


def test_honorifics_give_the_gender_unless_two_people_share_the_surname() -> None:
    genders = PersonGenders("Mr. Ostrow met Ms. Falk. Mr. Tomczak and Mrs. Tomczak left.", [])
    assert (genders.of("Ostrow"), genders.of("Falk"), genders.of("Tomczak")) == ("male", "female", None)
    assert genders.of("Jordan Falk") == "female"  # the honorific before the surname outweighs an ambiguous name


def test_as_someone_put_it_and_a_numbered_role_and_a_long_colon_introduction() -> None:
    memo = {"Homeland Security": ("Homeland Security", "ORG")}
    paragraphs = ["The rule asks for a “lawful source of investment income,” as a Homeland Security memo put it."]
    assert who(quotes_of(paragraphs, memo)) == [("Homeland Security", "organisation_noun")]
    strada = {"Terry Strada": ("Terry Strada", "PERSON")}
    assert who(quotes_of(["“They are wrong,” said 9/11 widow Terry Strada."], strada)) == [("Terry Strada", "cue")]
    obama = {"Obama": ("Barack Obama", "PERSON")}
    paragraphs = [
        "With leaders worried about turnout, President Obama is rolling out a new campaign message: “It is about me.”"
    ]
    assert who(quotes_of(paragraphs, obama)) == [("Barack Obama", "colon")]


def test_even_before_a_name_is_no_adverbial() -> None:
    china = {"China": ("China", "GPE")}
    paragraphs = ["Even China, its only ally, said it was “resolutely opposed to the test.”"]
    assert [q.speaker for q in quotes_of(paragraphs, china)] == ["China"]


def test_a_role_noun_goes_to_the_person_an_appositive_gave_the_role() -> None:
    names = {"Dale Ormsby": ("Dale Ormsby", "PERSON"), "Wren Abara": ("Wren Abara", "PERSON")}
    paragraphs = [
        "Dale Ormsby, the governor of Vermont, met Wren Abara on Friday.",
        "“We are ready,” the governor said.",
        "“So are we,” the Vermont governor added.",
    ]
    # a person's description and a speech verb in the quote's own sentence: "cue", as the aeb gold labels it
    assert who(quotes_of(paragraphs, names)) == [("Dale Ormsby", "cue")] * 2


def test_a_titled_surname_keeps_clear_of_a_person_of_the_other_gender() -> None:
    """``President Obama`` merged with ``Michelle Obama``: "the president ... he" is not Michelle Obama."""
    names = {"Obama": ("Michelle Obama", "PERSON"), "Michelle Obama": ("Michelle Obama", "PERSON")}
    paragraphs = [
        "Michelle Obama spoke first, and President Obama closed the rally.",
        "The president told voters he would take it as a “personal insult” if they stayed home.",
    ]
    assert who(quotes_of(paragraphs, names)) == [("Obama", "cue")]


def test_a_surname_with_mr_is_not_completed_to_a_woman_of_that_surname() -> None:
    names = {"Obama": ("Michelle Obama", "PERSON"), "Michelle Obama": ("Michelle Obama", "PERSON")}
    names["Obama Speech"] = ("Obama Speech", "PERSON")  # a caption line NER took for a name
    paragraphs = ["Michelle Obama spoke first.", "“Justice is on the ballot,” Mr. Obama said later.", "Obama Speech"]
    assert who(quotes_of(paragraphs, names)) == [("Obama", "cue")]


def test_a_passive_cue_goes_to_its_agent_not_to_the_one_told() -> None:
    names = {"Irene Falk": ("Irene Falk", "PERSON"), "Ostrow": ("Ostrow", "PERSON")}
    before = ["Mr. Ostrow met the board."]
    assert who(quotes_of([*before, "“The plan is dead,” he was told by Irene Falk."], names)) == [("Irene Falk", "cue")]
    after = [*before, "He was told by Irene Falk that the plan was “dead on arrival.”"]
    assert who(quotes_of(after, names)) == [("Irene Falk", "cue")]
    asked = [*before, "Asked by Irene Falk about the plan, he said: “It is dead.”"]
    assert [q.speaker for q in quotes_of(asked, names)] == ["Ostrow"]


# Round 3: constructions read from the aeb dev set (benchmarks/annotations/aeb-quotes-dev.json), in invented words.


def test_a_role_description_of_many_words_before_the_name() -> None:
    names = {"Mara Lindqvist": ("Mara Lindqvist", "PERSON")}
    paragraphs = ["“The ice is thinner,” lead researcher and Arctic survey geologist Mara Lindqvist said on Monday."]
    assert who(quotes_of(paragraphs, names)) == [("Mara Lindqvist", "cue")]


def test_a_person_and_their_team_speak_as_the_person() -> None:
    names = {"Ada Okonjo": ("Ada Okonjo", "PERSON"), "Okonjo": ("Ada Okonjo", "PERSON")}
    paragraphs = ["Ada Okonjo leads the survey.", "“The signal fades in winter,” Okonjo and her colleagues wrote."]
    assert who(quotes_of(paragraphs, names)) == [("Ada Okonjo", "cue")]


def test_a_name_then_a_capitalised_title_is_the_name() -> None:
    names = {"Tomas Brenner": ("Tomas Brenner", "PERSON"), "Halvard Freight": ("Halvard Freight", "ORG")}
    paragraphs = ["Tomas Brenner, President Halvard Freight, says: “Orders are up.”"]
    assert who(quotes_of(paragraphs, names)) == [("Tomas Brenner", "colon")]


def test_a_name_ending_in_ly_is_no_adverb() -> None:
    assert who(quotes_of(["“We lost the vote,” Brenda Kelly said."])) == [("Brenda Kelly", "cue")]
    names = {"Harbour Daily": ("Harbour Daily", "ORG")}
    paragraphs = ["On Monday, the Harbour Daily, the paper of the dock workers, warned of “no room left for talks”."]
    assert who(quotes_of(paragraphs, names)) == [("Harbour Daily", "cue")]


def test_a_contracted_pronoun_is_the_subject_of_its_cue() -> None:
    names = {"Tomas Brenner": ("Tomas Brenner", "PERSON")}
    paragraphs = ["Tomas Brenner wrote six novels.", "When critics asked him to explain, he’d reply, “Read it again.”"]
    assert who(quotes_of(paragraphs, names)) == [("Tomas Brenner", "pronoun")]


def test_a_cue_word_inside_a_compound_is_no_cue() -> None:
    names = {n: (n, "PERSON") for n in ("Tom Harlan", "Ed Voss", "Voss")}
    paragraphs = [
        "Tom Harlan and Ed Voss founded the band.",
        "Following their sing-along “River Song,” Voss brought out a guest. “You know this man,” he said.",
    ]
    assert who(quotes_of(paragraphs, names))[-1] == ("Ed Voss", "pronoun")


def test_a_person_named_after_the_pronoun_in_its_sentence_is_not_its_referent() -> None:
    names = {n: (n, "PERSON") for n in ("Ines Albrecht", "Marta Quell")}
    paragraphs = [
        "Ines Albrecht chairs the trust.",
        "She sent the draft to Marta Quell on Friday.",
        "“It is not done,” she said.",
    ]
    assert who(quotes_of(paragraphs, names)) == [("Ines Albrecht", "pronoun")]


def test_a_surname_the_recogniser_missed_is_still_a_referent() -> None:
    names = {n: (n, "PERSON") for n in ("Grant Okafor", "Rhys Mallory")}
    paragraphs = [
        "Grant Okafor wrote a book on saving.",
        "Rhys Mallory reviewed it last year.",
        "Okafor favours index funds. “Time does the work,” he wrote.",
    ]
    assert who(quotes_of(paragraphs, names)) == [("Grant Okafor", "pronoun")]


def test_a_document_from_an_organisation_is_that_organisation() -> None:
    names = {n: (n, "ORG") for n in ("Brightwater Securities", "Lanark Capital Partners")}
    paragraphs = [
        "“A rally is near,” said Brightwater Securities.",
        "“Demand is soft,” said a report from Lanark Capital Partners.",
    ]
    assert who(quotes_of(paragraphs, names))[-1] == ("Lanark Capital Partners", "organisation_noun")


def test_a_surname_whose_full_name_was_tagged_a_place_is_the_person() -> None:
    names = {"Kate York": ("Kate York", "GPE"), "York": ("York", "GPE")}
    paragraphs = ["The song was written with Kate York.", "“It is a different muscle,” York said."]
    assert who(quotes_of(paragraphs, names)) == [("Kate York", "cue")]


def test_a_pull_quote_repeating_a_speakers_words_is_theirs() -> None:
    names = {"Owen Dempsey": ("Owen Dempsey", "PERSON"), "Dempsey": ("Owen Dempsey", "PERSON")}
    paragraphs = [
        "Owen Dempsey, a chest doctor, saw the patient.",
        "“The body overreacts to the feathers”",
        "“In some people, the body overreacts to the feathers in the bedding,” Dempsey said.",
    ]
    assert who(quotes_of(paragraphs, names)) == [("Owen Dempsey", "continuation"), ("Owen Dempsey", "cue")]


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
        "be left to wonder: “What did we do to deserve this?”"
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
    paragraphs = ["Over the course of that interview, Dale Fenn disputed the account, saying he was “shy by nature.”"]
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


def test_the_name_after_a_possessive_description_is_the_speaker() -> None:
    names = {n: (n, "PERSON") for n in ("Tomas Brenner", "Irene Falk")} | {"Brenner": ("Tomas Brenner", "PERSON")}
    assert who(quotes_of(["Tomas Brenner’s lawyer, Irene Falk, said: “He is innocent.”"], names)) == [
        ("Irene Falk", "colon")
    ]
    assert who(quotes_of(["“He is innocent,” Brenner’s lawyer, Irene Falk, said."], names)) == [("Irene Falk", "cue")]


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
