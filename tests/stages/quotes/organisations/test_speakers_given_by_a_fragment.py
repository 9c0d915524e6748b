"""Speakers, round 16 (issue 16): speakers given by a fragment or with a word too many. An organisation NER tagged whole
is the speaker whole when the phrase reader kept only the part after its ``and``/``to`` (``the Harbour and Estuary
Board said``), and an organisation word anywhere in a mention keeps it an organisation (not a person's name after a
title); a noun of an organisation's kind opening a sentence before its name is no part of the name (``Developer
Quillforge said``) and introduces it for a later ``the studio said``; a capitalised ``Van``/``Le``/``De`` after a
family name is part of the name, not an epithet's end (``Nguyen Van Thanh``); Malaysian, Nigerian and Indian honorifics
are titles (``Datuk Seri``, ``Tan Sri``, ``Alhaji``, ``Shri``); a public body named by no noun of its kind is what
``police`` or ``the department`` stands for after it (``Scotland Yard``, ``the Pentagon``); an occupation before a
full name is no part of it (``Producer Dana Pell``, ``Prosecutor Anna-Liisa Virtanen``), nor is an initial an epithet
(``R. Bartholomew Quince`` keeps its ``R.``) nor a given name the US birth records miss (``Abba Kabir Yusuf``): only a
word of an epithet's shape is cut; a name with a particle inside (``Henrike von Albrecht``) is a name after a
description and a comma, also when NER tagged it an organisation, and its surname opening with the particle
(``De Vries-Lang``) completes to it; a name given an age right after it (``Nurul Ain Hashim, a 34-year-old nurse,``)
is a person a she may refer to, whether NER tagged it an organisation or nothing; a name NER did not tag that an
appositive calls by a noun of the kind (``Skylark, the low-cost carrier``) is what ``the airline said`` means; a
nickname in parentheses is no part of a name (``Robert (Bob) Kessler``) and a name NER split in two (``José Luis``,
then ``Ordóñez Zamora`` tagged elsewhere) is one.
Every sentence here is invented; each rule case fails on main's code, the guards pass on both."""

from __future__ import annotations

import pytest

from newsprep.extract.quotes.organisations.names import name_after_kind_noun
from newsprep.extract.quotes.organisations.nouns import STEPS
from newsprep.extract.quotes.organisations.public_bodies import public_body_called
from newsprep.extract.quotes.people.names import person_name
from newsprep.extract.quotes.people.titles import without_epithet
from tests.stages.builders import Names
from tests.stages.builders import quote_speakers as speakers


@pytest.mark.parametrize(
    ("paragraphs", "names", "expected"),
    [
        pytest.param(
            ["The Harbour and Estuary Board said the dredging was “long overdue and badly planned.”"],
            {"Harbour and Estuary Board": ("Harbour and Estuary Board", "ORG")},
            ["Harbour and Estuary Board"],
            id="an-organisation-cut-at-its-and",
        ),
        pytest.param(
            [
                "About 200 readers gathered on Monday, according to the organiser Alliance to Keep Reading Rooms "
                "Open, which called it a “read-in” for the branch."
            ],
            {"Alliance to Keep Reading Rooms Open": ("Alliance to Keep Reading Rooms Open", "ORG")},
            ["Alliance to Keep Reading Rooms Open"],
            id="an-organisation-cut-at-its-to",
        ),
        pytest.param(
            ["“We will appeal the ruling,” said Developer Quillforge, whose last game sold poorly."],
            {},
            ["Quillforge"],
            id="a-kind-noun-opening-a-sentence-before-an-untagged-name",
        ),
        pytest.param(
            ["Rival Northwind Media said in a statement that it had “no plans” to cut prices."],
            {"Northwind Media": ("Northwind Media", "ORG")},
            ["Northwind Media"],
            id="rival-before-an-organisation-tagged",
        ),
        pytest.param(
            [
                "Developer Quillforge delayed the sequel again on Tuesday.",
                "Tamsin Rowe, who runs the Harrowgate Festival, was not surprised.",
                "“We need more time to finish it,” the studio said.",
            ],
            {"Quillforge": ("Quillforge", "PERSON"), "Harrowgate Festival": ("Harrowgate Festival", "ORG")},
            ["Quillforge"],
            id="a-capitalised-kind-noun-introduces-the-name-for-the-noun-later",
        ),
        pytest.param(
            ["“I just closed my eyes,” said Nguyen Van Thanh, the striker.", "“It was luck,” Nguyen said."],
            {
                "Nguyen Van Thanh": ("Nguyen Van Thanh", "PERSON"),
                "Nguyen": ("Nguyen Van Thanh", "PERSON"),
            },
            ["Nguyen Van Thanh", "Nguyen Van Thanh"],
            id="a-capitalised-particle-after-a-family-name",
        ),
        pytest.param(
            ["Datuk Seri Rahim Osman said the line would open in March. “We are on schedule,” Rahim Osman said."],
            {
                "Datuk Seri Rahim Osman": ("Datuk Seri Rahim Osman", "PERSON"),
                "Rahim Osman": ("Datuk Seri Rahim Osman", "PERSON"),
            },
            ["Rahim Osman"],
            id="datuk-seri-is-a-title",
        ),
        pytest.param(
            ["Scotland Yard appealed for witnesses on Tuesday.", "“We want to hear from anyone nearby,” police said."],
            {"Scotland Yard": ("Scotland Yard", "ORG")},
            ["Scotland Yard"],
            id="police-after-scotland-yard",
        ),
        pytest.param(
            [
                "The Pentagon said on Thursday that it would close three bases.",
                "“The decision was not taken lightly,” the department said in a statement.",
            ],
            {"Pentagon": ("Pentagon", "ORG")},
            ["Pentagon"],
            id="the-department-after-the-pentagon",
        ),
        pytest.param(
            ["“We will hold them to it,” said Producer Dana Pell."],
            {},
            ["Dana Pell"],
            id="a-role-before-a-person-untagged",
        ),
        pytest.param(
            [
                "The ferry operator said it was following the dispute. “We support talks at every level,” its "
                "spokesperson, Henrike von Albrecht, said."
            ],
            {"Henrike von Albrecht": ("Henrike von Albrecht", "PERSON")},
            ["Henrike von Albrecht"],
            id="a-name-with-a-particle-after-a-description-and-a-comma",
        ),
        pytest.param(
            [
                "The port’s chief executive, Marieke de Vries-Lang, said automation was needed. “Standing still is "
                "the most dangerous thing a port can do,” De Vries-Lang said."
            ],
            {
                "Marieke de Vries-Lang": ("Marieke de Vries-Lang", "ORG"),
                "De Vries-Lang": ("Marieke de Vries-Lang", "ORG"),
            },
            ["Marieke de Vries-Lang"],
            id="a-name-tagged-org-after-a-role-and-its-surname-opening-with-a-particle",
        ),
        pytest.param(
            ["Governor Abba Kabir Yusuf visited the market. “The state will stand with every trader,” he said."],
            {"Abba Kabir Yusuf": ("Abba Kabir Yusuf", "PERSON")},
            ["Abba Kabir Yusuf"],
            id="a-given-name-the-records-miss-is-no-epithet",
        ),
        pytest.param(
            [
                "Lim Boon Keat said the work was nearly done. “The tunnels are the last part,” Lim said.",
                "Commuters were less patient. Nurul Ain Hashim, a 34-year-old nurse, said she had stopped believing "
                "the dates.",
                "“Every year they tell us next year,” she said.",
            ],
            {
                "Lim Boon Keat": ("Lim Boon Keat", "PERSON"),
                "Lim": ("Lim Boon Keat", "PERSON"),
                "Nurul Ain Hashim": ("Nurul Ain Hashim", "ORG"),
            },
            ["Lim Boon Keat", "Nurul Ain Hashim"],
            id="a-name-tagged-org-given-an-age-is-a-referent",
        ),
        pytest.param(
            [
                "Lim Boon Keat said the work was nearly done. “The tunnels are the last part,” Lim said.",
                "Commuters were less patient. Nurul Ain Hashim, 34, said she had stopped believing the dates.",
                "“Every year they tell us next year,” she said.",
            ],
            {"Lim Boon Keat": ("Lim Boon Keat", "PERSON"), "Lim": ("Lim Boon Keat", "PERSON")},
            ["Lim Boon Keat", "Nurul Ain Hashim"],
            id="a-name-ner-missed-given-an-age-is-a-referent",
        ),
        pytest.param(
            [
                "Skylark, the low-cost carrier owned by Mercer Holdings, cancelled 120 flights on Friday.",
                "“We apologise to every passenger affected,” the airline said.",
            ],
            {"Mercer Holdings": ("Mercer Holdings", "ORG")},
            ["Skylark"],
            id="an-untagged-name-called-by-a-noun-of-the-kind",
        ),
        pytest.param(
            [
                "Robert (Bob) Kessler, the county treasurer, said the books were balanced.",
                "“Every penny is accounted for,” Kessler said.",
            ],
            {"Robert": ("Robert", "PERSON"), "Bob": ("Bob", "PERSON"), "Kessler": ("Kessler", "PERSON")},
            ["Robert Kessler"],
            id="a-nickname-in-parentheses-between-the-names",
        ),
        pytest.param(
            [
                "The former prime minister José Luis Ordóñez Zamora also spoke.",
                "“Europe must act,” Ordóñez Zamora said.",
            ],
            {"José Luis": ("José Luis", "PERSON"), "Ordóñez Zamora": ("Ordóñez Zamora", "PERSON")},
            ["José Luis Ordóñez Zamora"],
            id="a-name-ner-split-in-two",
        ),
        # guards: what the rules leave as it was
        pytest.param(
            [
                "Tamsin Rowe, the head of the tenants’ group, met Mercer Holdings on Friday.",
                "“We apologise to every tenant affected,” the company said.",
            ],
            {"Mercer Holdings": ("Mercer Holdings", "ORG")},
            ["Mercer Holdings"],
            id="guard-an-appositive-of-no-organisation-kind",
        ),
        pytest.param(
            [
                "Skylark, the pilots’ union at the airport, called a strike at Mercer Holdings on Friday.",
                "“We apologise to every passenger affected,” the company said.",
            ],
            {"Mercer Holdings": ("Mercer Holdings", "ORG")},
            ["Mercer Holdings"],
            id="guard-an-untagged-name-of-another-kind",
        ),
        pytest.param(
            [
                "The Pentagon said on Thursday that it would close three bases.",
                "“The plan will save money,” the government said.",
            ],
            {"Pentagon": ("Pentagon", "ORG")},
            ["the government"],
            id="guard-the-government-is-no-pentagon",
        ),
        pytest.param(
            ["“The money is there,” said Finance Minister Sri Mulyani Kartika."],
            {"Sri Mulyani Kartika": ("Sri Mulyani Kartika", "PERSON")},
            ["Sri Mulyani Kartika"],
            id="guard-sri-as-a-given-name",
        ),
        pytest.param(
            ["The Department of Defense and the Pentagon press office were both asked. “No,” the department said."],
            {"Department of Defense": ("Department of Defense", "ORG"), "Pentagon": ("Pentagon", "ORG")},
            ["Department of Defense"],
            id="guard-a-department-named-so-first",
        ),
    ],
)
def test_round16_speakers(paragraphs: list[str], names: Names, expected: list[str | None]) -> None:
    assert speakers(paragraphs, names) == expected


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Developer Quillforge", "Quillforge"),
        ("Publisher Northgate Books", "Northgate Books"),
        ("Carmaker Stellavia", "Stellavia"),
        ("Producer Dana Pell", None),  # a person: the name opens with a given name
        ("Team Vireo", None),  # a name that opens with its noun
        ("Quillforge", None),
    ],
)
def test_name_after_kind_noun(written: str, expected: str | None) -> None:
    assert name_after_kind_noun(written) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Nguyen Van Thanh", "Nguyen Van Thanh"),
        ("Tran Le Minh", "Tran Le Minh"),
        ("Singer Van Holt", "Van Holt"),  # a role before the name, as before
        ("Sleepy Dan Ferrante", "Dan Ferrante"),
        ("R. Bartholomew Quince", "R. Bartholomew Quince"),  # an initial is no epithet
        ("J.P. Hollister Vance", "J.P. Hollister Vance"),
        ("Juror Anna-Liisa Virtanen", "Anna-Liisa Virtanen"),  # a double given name, by its first part
        ("Abba Kabir Yusuf", "Abba Kabir Yusuf"),  # a given name the US records miss
        ("Mahmud Abubakar Magaji", "Mahmud Abubakar Magaji"),
        ("Crooked Irene Falk", "Irene Falk"),  # an epithet of an adjective's shape
        ("Lyin’ Irene Falk", "Irene Falk"),
        ("Selectwoman Irene Falk", "Irene Falk"),  # a role of an agent noun's shape
    ],
)
def test_without_epithet_keeps_particles(name: str, expected: str) -> None:
    assert without_epithet(name) == expected


@pytest.mark.parametrize(
    ("entity_text", "expected"),
    [
        ("Tan Sri Azlan Hashim", "Azlan Hashim"),
        ("Datuk Seri Rahim Osman", "Rahim Osman"),
        ("Alhaji Musa Danjuma", "Musa Danjuma"),
        ("Shri Ramesh Iyer", "Ramesh Iyer"),
        ("Sri Mulyani Kartika", "Sri Mulyani Kartika"),
        ("Tan Wei Ling", "Tan Wei Ling"),
        ("Prosecutor Anna-Liisa Virtanen", "Anna-Liisa Virtanen"),  # a role before a full name
        ("Juror Jean-Luc Marchand", "Jean-Luc Marchand"),
        ("Witness Dana Pell", "Dana Pell"),
        ("Dana Witness", "Dana Witness"),  # a role word as a surname stays
    ],
)
def test_titles_and_roles_before_a_name(entity_text: str, expected: str) -> None:
    assert person_name(entity_text) == expected


def test_public_body_called_reaches_back_outside_quotations() -> None:
    text = "Officials at the Pentagon met. A critic said “the Federal Reserve is wrong.” The bank said no."
    quoted = text.index("“"), text.index("”")
    inside = lambda at: quoted[0] <= at < quoted[1]  # noqa: E731
    assert public_body_called("department", len(text), text, inside) == "Pentagon"
    assert public_body_called("bank", len(text), text, inside) is None
    assert public_body_called("government", len(text), text, inside) is None


def test_organisation_described_is_a_table_of_named_steps() -> None:
    names = [name for name, _asks, _step in STEPS]
    assert len(names) == len(set(names)) == 11
    assert names.index("called so beside its name") < names.index("untagged, called so beside its name")
    assert names[-2:] == ["the nearest of its kind", "a public body named without its noun"]
