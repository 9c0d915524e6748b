"""Speakers (issue 16): a speaker's name as a canonical name: surnames completed, epithets, titles, nicknames and
headline verbs cut, names NER tagged in part or as something else."""

from __future__ import annotations

import pytest

from newsprep.extract.quotes.people.names import name_without_verb, person_name
from tests.stages.builders import quotes_of
from tests.stages.quotes.test_speakers import who


def test_a_shared_surname_goes_to_the_one_named_last() -> None:
    names = {n: (n, "PERSON") for n in ("Walter Tomczak", "Lukas Tomczak")} | {"Tomczak": ("Tomczak", "PERSON")}
    paragraphs = [
        "Walter Tomczak opened the bakery in 1980.",
        "His son, Lukas Tomczak, runs it now.",
        "“We still bake at four,” Tomczak said.",
    ]
    assert who(quotes_of(paragraphs, names)) == [("Lukas Tomczak", "cue")]


def test_a_headline_verb_run_into_a_name_is_not_the_name() -> None:
    names = {
        "Ana Ruiz Thanks Voters": ("Ana Ruiz Thanks Voters", "PERSON"),
        "Ruiz": ("Ana Ruiz Thanks Voters", "PERSON"),
    }
    paragraphs = ["Ana Ruiz Thanks Voters After a Narrow Win", "“This city chose hope,” Ruiz said."]
    assert who(quotes_of(paragraphs, names)) == [("Ana Ruiz", "cue")]
    assert name_without_verb("Mayor Lee Drops") == "Mayor Lee" and name_without_verb("Stevie Wonder") == "Stevie Wonder"


def test_a_role_description_of_many_words_before_the_name() -> None:
    names = {"Mara Lindqvist": ("Mara Lindqvist", "PERSON")}
    paragraphs = ["“The ice is thinner,” lead researcher and Arctic survey geologist Mara Lindqvist said on Monday."]
    assert who(quotes_of(paragraphs, names)) == [("Mara Lindqvist", "cue")]


def test_a_name_then_a_capitalised_title_is_the_name() -> None:
    names = {"Tomas Brenner": ("Tomas Brenner", "PERSON"), "Halvard Freight": ("Halvard Freight", "ORG")}
    paragraphs = ["Tomas Brenner, President Halvard Freight, says: “Orders are up.”"]
    assert who(quotes_of(paragraphs, names)) == [("Tomas Brenner", "colon")]


def test_a_name_ending_in_ly_is_no_adverb() -> None:
    assert who(quotes_of(["“We lost the vote,” Brenda Kelly said."])) == [("Brenda Kelly", "cue")]
    names = {"Harbour Daily": ("Harbour Daily", "ORG")}
    paragraphs = ["On Monday, the Harbour Daily, the paper of the dock workers, warned of “no room left for talks”."]
    assert who(quotes_of(paragraphs, names)) == [("Harbour Daily", "cue")]


def test_a_surname_whose_full_name_was_tagged_a_place_is_the_person() -> None:
    names = {"Kate York": ("Kate York", "GPE"), "York": ("York", "GPE")}
    paragraphs = ["The song was written with Kate York.", "“It is a different muscle,” York said."]
    assert who(quotes_of(paragraphs, names)) == [("Kate York", "cue")]


def test_the_name_after_a_possessive_description_is_the_speaker() -> None:
    names = {n: (n, "PERSON") for n in ("Tomas Brenner", "Irene Falk")} | {"Brenner": ("Tomas Brenner", "PERSON")}
    assert who(quotes_of(["Tomas Brenner’s lawyer, Irene Falk, said: “He is innocent.”"], names)) == [
        ("Irene Falk", "colon")
    ]
    assert who(quotes_of(["“He is innocent,” Brenner’s lawyer, Irene Falk, said."], names)) == [("Irene Falk", "cue")]


@pytest.mark.parametrize(
    ("names", "paragraphs", "speaker"),
    [
        pytest.param(  # NER missed the full name: the surname with its particles, completed from the text
            {},
            [
                "Ines de la Fuente drives in from the coast each day.",
                "“I leave at five and arrive late,” de la Fuente said.",
            ],
            "Ines de la Fuente",
            id="untagged-name-with-particles",
        ),
        pytest.param(  # NER cut a hyphenated surname short: the name as written where the person mention starts
            {"Adaeze Okonkwo": ("Adaeze Okonkwo", "PERSON")},
            [
                "The grant went to Professor Adaeze Okonkwo-Bright.",
                "“It lets us finish the trial,” Okonkwo-Bright said.",
            ],
            "Adaeze Okonkwo-Bright",
            id="hyphenated-surname-cut-by-ner",
        ),
        pytest.param(  # the full name tagged an organisation, the lone surname a person
            {"Wendell Pruitt": ("Wendell Pruitt", "ORG"), "Pruitt": ("Pruitt", "PERSON")},
            ["The stand that Wendell Pruitt opened in 1979 reopened.", "“I pick the corn myself,” Pruitt said."],
            "Wendell Pruitt",
            id="full-name-tagged-org",
        ),
        pytest.param(  # a two-word surname is the end of the full name named before
            {"Siobhan Ni Bhriain": ("Siobhan Ni Bhriain", "PERSON")},
            ["Siobhan Ni Bhriain, a nurse for 20 years, joined the line.", "“We are exhausted,” Ni Bhriain said."],
            "Siobhan Ni Bhriain",
            id="surname-of-two-words",
        ),
        pytest.param(  # an epithet run into a name is not the name
            {"Sleepy Dan Ferrante": ("Sleepy Dan Ferrante", "PERSON"), "Ferrante": ("Sleepy Dan Ferrante", "PERSON")},
            ["Her rival, Sleepy Dan Ferrante, spoke next.", "“Taxes will fall,” Ferrante said."],
            "Dan Ferrante",
            id="epithet-before-given-name",
        ),
        pytest.param(  # a place ending in the surname completes nothing: its first word is no given name
            {"Park": ("Park", "PERSON")},
            ["Crews cleaned Central Park on Sunday.", "“It took all day,” Park said."],
            "Park",
            id="place-is-no-full-name",
        ),
    ],
)
def test_a_surname_is_completed_to_the_full_name_written_earlier(
    names: dict[str, tuple[str, str]], paragraphs: list[str], speaker: str
) -> None:
    assert who(quotes_of(paragraphs, names)) == [(speaker, "cue")]


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Sleepy Dan Ferrante", "Dan Ferrante"),
        ("Aung San Suu Kyi", "Aung San Suu Kyi"),
        ("Hearty Henry VIII", "Hearty Henry VIII"),
        ("Mary Ann Ferrante", "Mary Ann Ferrante"),
    ],
)
def test_an_epithet_is_cut_from_a_name_and_nothing_else(written: str, name: str) -> None:
    assert person_name(written) == name


def test_a_title_and_a_given_name_do_not_complete_a_given_name() -> None:
    names = {"Andrew": ("Andrew", "PERSON")}
    paragraphs = ["Prince Andrew spoke to the reporter.", "“I have no memory of that,” Andrew said."]
    assert who(quotes_of(paragraphs, names)) == [("Andrew", "cue")]


DELACROIX = {'Marcia "Cia" Delacroix': ('Marcia "Cia" Delacroix', "PERSON")}


@pytest.mark.parametrize(
    "paragraph",
    [
        '"Bring a friend on Tuesday!" Marcia "Cia" Delacroix shouted from the stage.',
        '"Bring a friend on Tuesday!" Okafor\'s cousin, Marcia "Cia" Delacroix, shouted from the stage.',
        '"Bring a friend on Tuesday!" state Del. Marcia "Cia" Delacroix (D-Lakeport) shouted from the stage.',
    ],
)
def test_a_nickname_in_quote_marks_is_part_of_the_name_not_a_quote(paragraph: str) -> None:
    quotes = quotes_of([paragraph], DELACROIX)
    assert who(quotes) == [("Marcia Delacroix", "cue")]
    assert quotes[0].speaker_entity_id == 'Marcia "Cia" Delacroix'


def test_a_name_ner_tagged_only_in_part_is_the_name_as_written() -> None:
    names = {"Dale Okafor": ("Dale Okafor", "PERSON"), "Marcia": ("Marcia", "PERSON")}  # NER broke at the nickname
    paragraph = (
        '"Vote early and bring a friend for Dale Okafor!" Okafor\'s cousin, state Del. Marcia "Cia" '
        "Delacroix (D-Lake Port), shouted from the stage."
    )
    assert who(quotes_of([paragraph], names)) == [("Marcia Delacroix", "cue")]


@pytest.mark.parametrize(
    "paragraph",
    [
        "“The river has never been this low,” the state’s top hydrologist, Nadia Okoro, said Tuesday.",
        "“The river has never been this low,” the agency’s chief scientist, former professor Nadia Okoro, said.",
        "“The river has never been this low,” the top hydrologist, Nadia Okoro, said Tuesday.",
    ],
)
def test_the_name_after_a_lower_case_description_is_the_speaker(paragraph: str) -> None:
    names = {"Nadia Okoro": ("Nadia Okoro", "PERSON")}
    assert who(quotes_of([paragraph], names)) == [("Nadia Okoro", "cue")]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (["Asked whether the dam would hold, Nadia Okoro shrugged. “Nobody knows,” she said."], "Nadia Okoro"),
        (["The hydrologist, Nadia Okoro, was blunt. “We are out of water.”"], "Nadia Okoro"),
        (["Nadia Okoro does not mince words. “There is no water,” she says."], "Nadia Okoro"),
    ],
)
def test_a_persons_name_ner_tagged_an_organisation_is_a_person(paragraphs: list[str], speaker: str) -> None:
    names = {"Nadia Okoro": ("Nadia Okoro", "ORG")}
    assert [q.speaker for q in quotes_of(paragraphs, names)] == [speaker]
