"""Speakers, round 9 (issue 16, item 5): organisations found from a noun (``the campaign said``, ``the union said``,
``the ad says``). Every sentence here is invented; each test fails without its rule, but the guards, which keep a rule
from overreaching."""

from __future__ import annotations

import pytest

from tests.stages.builders import organisations, people, quotes_of, speakers_in

NAMES = {
    **people("Dana Pell", "Omar Velde"),
    **organisations(
        "Harbor Council",
        "Velde Shipping",
        "Riverside Nurses Association",
        "Lakeview Hospital",
        "Halvern Bank",
        "Northway Power Cooperative",
    ),
}


found = speakers_in(NAMES)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        pytest.param(
            ["Dana Pell is running for governor.", "“Voters see through this,” Pell’s campaign said in an email."],
            [("Voters see through this", "Dana Pell campaign")],
            id="owner-in-the-phrase",
        ),
        pytest.param(
            ["The Pell campaign released a radio spot on Sunday.", "“She will fight for you,” the campaign said."],
            [("She will fight for you", "Dana Pell campaign")],
            id="the-campaign-after-the-pell-campaign",
        ),
        pytest.param(
            ["Dana Pell toured the docks on Friday.", "Pell’s campaign said the attacks were “desperate and false.”"],
            [("desperate and false.", "Dana Pell campaign")],
            id="partial-quote-of-a-campaign",
        ),
        pytest.param(
            ["Dana Pell toured the docks.", "Pell’s campaign criticized the levy as a “cash grab” on Monday."],
            [("cash grab", "Dana Pell campaign")],
            id="a-campaign-judging-aloud",
        ),
        pytest.param(
            ["Dana Pell’s re-election campaign opened an office downtown.", "“We start today,” the campaign said."],
            [("We start today", "Dana Pell campaign")],
            id="a-re-election-campaign",
        ),
    ],
)
def test_a_candidates_campaign_speaks_as_the_campaign(
    paragraphs: list[str], expected: list[tuple[str, str | None]]
) -> None:
    assert found(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs",
    [
        pytest.param(
            [
                "The campaign season opened in May with a debate in the port.",
                "“Turnout will be low,” the campaign said.",
            ],
            id="no-candidate-named",
        ),
        pytest.param(
            ["Dana Pell spoke to the Harbor Council on Monday.", "“Turnout will be low,” the campaign said."],
            id="a-candidate-but-no-campaign",
        ),
    ],
)
def test_the_campaign_with_no_candidates_campaign_named_is_nobody(paragraphs: list[str]) -> None:
    assert found(paragraphs) == [("Turnout will be low", "the campaign")]  # a description (round 13), no one named


def test_a_document_opening_its_sentence_is_issued_by_whom_it_is_from() -> None:
    paragraphs = [
        "A letter from the Harbor Council reached Velde Shipping on Monday.",
        "“The pier will close in June,” the letter said.",
    ]
    assert found(paragraphs) == [("The pier will close in June", "Harbor Council")]


def test_an_ad_from_a_candidates_campaign_is_the_campaigns() -> None:
    paragraphs = ["A new ad from Omar Velde’s campaign targets farmers.", "“Velde stands with farmers,” the ad says."]
    assert found(paragraphs) == [("Velde stands with farmers", "Omar Velde campaign")]


@pytest.mark.parametrize("campaign", ["Velde’s campaign", "the Velde campaign"])
def test_a_spokeswoman_for_a_candidates_campaign_speaks_for_the_campaign(campaign: str) -> None:
    paragraphs = ["Omar Velde held a rally on Friday.", f"“The crowd was huge,” said a spokeswoman for {campaign}."]
    assert found(paragraphs) == [("The crowd was huge", "Omar Velde campaign")]
    # The speaker as written is the campaign, not the candidate's name alone: the row is the campaign's, and a
    # filter on the candidate's written name must not take it for the candidate's own words.
    (quote,) = quotes_of(paragraphs, NAMES)
    assert quote.speaker_mention == campaign.removeprefix("the ")


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        pytest.param(
            [
                "Members of the Riverside Nurses Association voted to strike after talks with Lakeview Hospital "
                "collapsed.",
                "“Our members are exhausted,” the union said.",
            ],
            [("Our members are exhausted", "Riverside Nurses Association")],
            id="the-union-is-not-the-hospital",
        ),
        pytest.param(
            ["Halvern Bank reported a loss on Monday.", "“We expect a better second half,” the company said."],
            [("We expect a better second half", "Halvern Bank")],
            id="guard-a-bank-is-a-company",
        ),
    ],
)
def test_the_noun_skips_an_organisation_of_another_kind(
    paragraphs: list[str], expected: list[tuple[str, str | None]]
) -> None:
    assert found(paragraphs) == expected


def test_an_organisation_noun_opening_a_sentence_is_labelled_organisation_noun() -> None:
    paragraphs = [
        "Crews from Northway Power Cooperative worked through the night.",
        "The utility said in a statement that it expected “most homes back by Friday.”",
    ]
    quotes = quotes_of(paragraphs, NAMES)
    assert [(q.speaker, q.attribution) for q in quotes] == [("Northway Power Cooperative", "organisation_noun")]


HARBOR = organisations("Department of Harbor Affairs", "Harbor Affairs", "Office for Coastal Trade", "Coastal Trade")


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        pytest.param(
            [
                "The levy is collected by the Department of Harbor Affairs.",
                "Owners need a “clean record for every vessel,” as a Harbor Affairs memo put it.",
            ],
            [("clean record for every vessel", "Department of Harbor Affairs")],
            id="a-memo-of-the-short-form",
        ),
        pytest.param(
            [
                "Exports are tracked by the Office for Coastal Trade.",
                "“Shipments fell by a third,” Coastal Trade said in its weekly note.",
            ],
            [("Shipments fell by a third", "Office for Coastal Trade")],
            id="the-short-form-as-subject",
        ),
    ],
)
def test_an_organisation_written_as_the_tail_of_one_named_before_is_that_one(
    paragraphs: list[str], expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in quotes_of(paragraphs, HARBOR)] == expected


def test_a_name_that_only_ends_like_an_earlier_one_without_of_stays_as_written() -> None:
    paragraphs = [
        "The Port Affairs Board met on Monday.",
        "“Fees will rise,” Affairs Weekly reported, citing the board.",
    ]
    names = {"Port Affairs Board": ("Port Affairs Board", "ORG"), "Affairs Weekly": ("Affairs Weekly", "ORG")}
    assert [(q.text, q.speaker) for q in quotes_of(paragraphs, names)] == [("Fees will rise", "Affairs Weekly")]


TEAMS = organisations("Harbor City Gulls", "Northern Football League", "Orvin Motors", "Velde Shipping")
_LONG_MIDDLE = " ".join(["Owners waited for weeks at dealers across the region for word on repairs."] * 30)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        pytest.param(
            ["The Harbor City Gulls fired their coach on Monday.", "“We thank him for his service,” the team said."],
            [("We thank him for his service", "Harbor City Gulls")],
            id="the-team",
        ),
        pytest.param(
            [
                "The Harbor City Gulls were fined by the Northern Football League on Monday.",
                "“We accept the fine,” the team said.",
            ],
            [("We accept the fine", "Harbor City Gulls")],
            id="the-team-is-not-the-league",
        ),
    ],
)
def test_a_sports_team_is_an_organisation_noun(paragraphs: list[str], expected: list[tuple[str, str | None]]) -> None:
    assert [(q.text, q.speaker) for q in quotes_of(paragraphs, TEAMS)] == expected


def test_the_only_organisation_named_is_found_however_far_back() -> None:
    paragraphs = [
        "Orvin Motors recalled 20,000 pickups this week.",
        _LONG_MIDDLE,
        "“Nobody was hurt,” the automaker said.",
    ]
    assert [(q.text, q.speaker) for q in quotes_of(paragraphs, TEAMS)] == [("Nobody was hurt", "Orvin Motors")]


def test_two_organisations_far_back_are_no_guess() -> None:
    paragraphs = [
        "Orvin Motors recalled 20,000 pickups carried by Velde Shipping this week.",
        _LONG_MIDDLE,
        "“Nobody was hurt,” the automaker said.",
    ]
    assert [(q.text, q.speaker) for q in quotes_of(paragraphs, TEAMS)] == [("Nobody was hurt", "the automaker")]


def test_what_it_calls_is_the_organisation_its_own_sentence_is_about() -> None:
    paragraphs = [
        "Velde Shipping sued Halvern Bank on Monday.",
        "The Harbor Council is fighting what it calls a “reckless suit.”",
    ]
    assert found(paragraphs) == [("reckless suit.", "Harbor Council")]


def test_a_subject_inside_the_quote_is_not_what_it_refers_to() -> None:
    paragraphs = ["Halvern Bank lost a suit on Monday.", "“Velde Shipping is lying,” it said."]
    assert found(paragraphs) == [("Velde Shipping is lying", "Halvern Bank")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        pytest.param(
            "A notice on the Harbor Council’s website states that the pier is “closed to every boat until spring.”",
            "Harbor Council",
            id="an-organisations-website",
        ),
        pytest.param(
            "A document on the Velde campaign’s website states that farms would be “exempt from the levy.”",
            "Omar Velde campaign",
            id="a-campaigns-website",
        ),
    ],
)
def test_a_document_on_someones_website_is_theirs(sentence: str, speaker: str) -> None:
    quotes = found(["Omar Velde spoke to the Harbor Council on Monday.", sentence])
    assert [s for _, s in quotes] == [speaker]


def test_a_document_about_an_organisation_is_not_its() -> None:
    paragraphs = [
        "Omar Velde spoke on Monday.",
        "A report on Velde Shipping states that its boats are “unsafe in any kind of weather.”",
    ]
    assert found(paragraphs) == [("unsafe in any kind of weather.", None)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "The Harbor Council published three damning reports that depicted “years of neglect and rising costs”.",
            [("years of neglect and rising costs", "Harbor Council")],
            id="three-reports-that-depicted",
        ),
        pytest.param(
            "The Harbor Council published two sharply worded reports that depicted “a pier beyond any repair”.",
            [("a pier beyond any repair", "Harbor Council")],
            id="two-sharply-worded-reports",
        ),
        pytest.param(
            "The Harbor Council sent several replies that called the levy “a tax on every fisherman in the port”.",
            [("a tax on every fisherman in the port", "Harbor Council")],
            id="several-replies-that-called",
        ),
    ],
)
def test_a_counted_plural_noun_is_no_speech_verb(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(["Omar Velde spoke on Monday.", sentence]) == expected


def test_a_newspaper_that_reports_still_speaks() -> None:
    paragraphs = ["Omar Velde spoke on Monday.", "“The pier will close,” the Harbor Council reports."]
    assert found(paragraphs) == [("The pier will close", "Harbor Council")]


def test_a_campaign_is_labelled_organisation_noun() -> None:
    paragraphs = ["Dana Pell is running for governor.", "“Voters see through this,” Pell’s campaign said in an email."]
    assert [(q.speaker, q.attribution) for q in quotes_of(paragraphs, NAMES)] == [
        ("Dana Pell campaign", "organisation_noun")
    ]


def test_a_subject_naming_nobody_gives_way_to_the_clause_that_holds_the_speech_verb() -> None:
    paragraphs = [
        "Omar Velde spoke on Monday.",
        "The stakes rose as the Harbor Council published three damning reports that depicted “years of neglect and "
        "rising costs”.",
    ]
    assert found(paragraphs) == [("years of neglect and rising costs", "Harbor Council")]


def test_a_speech_verb_in_a_joined_clause_is_not_the_subordinate_subjects() -> None:
    paragraphs = [
        "Omar Velde spoke on Monday.",
        "The stakes rose as the Harbor Council sat idle, and critics depicted “years of neglect and rising costs”.",
    ]
    assert [s for _, s in found(paragraphs)] in ([None], [])
