"""Speakers, round 18 (issue 16): constructions of Australian broadcast news written one article to a line, as a
real corpus of 2001 (the Lee corpus) showed them. A text that joined a quotation's paragraphs into one leaves each but
the last unclosed and opens the next with a straight mark after a sentence's end: each is its own quotation (pairing
the marks left to right quoted the narration between them). A title alone (``The Foreign Minister, Dr Halvorsen,``,
``the Opposition Leader``, ``the Minister for Fisheries``) names nobody: the person in apposition, else a
description. A place owning a title (``Norway's Queen Sonja II``) is no part of the name; a police rank of two words
(``Senior Constable``) is a title. A cue in a clause that ``but``/``while`` opens with a subject of its own is another
speaker's; a full stop glued to the next sentence ends the attribution clause; ``underscored`` is a cue. Every
sentence here is invented; each rule case fails on main's code, the guards pass on both."""

from __future__ import annotations

import pytest

from newsprep.extract.quotes.spans.marks import find_quote_spans
from tests.stages.builders import Names
from tests.stages.builders import speaker_rows as spoken

PELL = {"Dana Pell": ("Dana Pell", "PERSON"), "Rina Vale": ("Rina Vale", "PERSON")}


def quoted(text: str) -> list[str]:
    return [text[span.start : span.end] for span in find_quote_spans(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            'Dana Pell says it was patchy. "The falls were small," she said. "Most towns saw a trace. "The gusts '
            "made the crews' work harder.\" The bureau expects more heat.",
            ["The falls were small,", "Most towns saw a trace.", "The gusts made the crews' work harder."],
            id="two-joined-paragraphs-after-an-attributed-one",
        ),
        pytest.param(
            'Vale said the squad was ready. "We trained all month. "We will not peak too soon." Vale then left. The '
            'club said it was "proud" of her.',
            ["We trained all month.", "We will not peak too soon.", "proud"],
            id="narration-after-the-joined-quotation-stays-narration",
        ),
    ],
)
def test_joined_paragraphs_of_a_quotation(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "“We trained all month. “We will not peak too soon.” Vale then left.",
            ["We trained all month. “We will not peak too soon.” Vale then left."],
            id="guard-curly-marks-keep-their-nesting",
        ),
        pytest.param(
            'She called it "a mess" and said "we will fix it," before leaving.',
            ["a mess", "we will fix it,"],
            id="guard-straight-pairs-without-sentence-ends",
        ),
        pytest.param(
            '"He told me "leave now" and walked off," she said.',
            ['He told me "leave now" and walked off,'],
            id="guard-a-straight-nested-quote-inside-a-sentence",
        ),
        pytest.param(
            'Rina Vale says the team is fit. "We trained all month," she said. "But we will not peak too soon. "Vale '
            "later left the room.",
            ["We trained all month,", "But we will not peak too soon."],
            id="guard-a-closer-printed-after-the-space",
        ),
    ],
)
def test_guards_of_mark_pairing(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


def test_a_joined_paragraph_takes_the_speaker_of_the_one_after_it() -> None:
    text = (
        "Drug deaths fell last year, the Bureau of Counts reported. The bureau's Dan Pyne credits the drop to "
        'campaigns. "The states have spent a lot on the programs. "There has been a fall, and the figures are going '
        'the right way," Mr Pyne said.'
    )
    names = {
        "Dan Pyne": ("Dan Pyne", "PERSON"),
        "Pyne": ("Pyne", "PERSON"),
        "Bureau of Counts": ("Bureau of Counts", "ORG"),
    }
    assert [speaker for _, speaker in spoken([text], names)] == ["Dan Pyne", "Dan Pyne"]


def test_joined_paragraphs_keep_the_speaker_and_no_narration_is_quoted() -> None:
    paragraphs = [
        'Forecaster Dana Pell says the showers were light. "The falls were patchy," she said. "In most towns there '
        'was barely a trace. "If anything, the gusts made it harder." Crews were out all night. Rina Vale, from the '
        'fire service, says the worst is over. "We have held every line," she said.'
    ]
    found = spoken(paragraphs, PELL)
    assert [text for text, _ in found if "Crews" in text or "says" in text] == []
    assert [speaker for _, speaker in found][-1] == "Rina Vale"
    assert {speaker for text, speaker in found if "gusts" in text} == {"Dana Pell"}


HALVORSEN = {"Halvorsen": ("Halvorsen", "PERSON"), "Erik Halvorsen": ("Erik Halvorsen", "PERSON")}


@pytest.mark.parametrize(
    ("paragraphs", "names", "expected"),
    [
        pytest.param(
            [
                "The Trade Minister, Dr Halvorsen, appeared to settle the row, saying a deal was near. "
                '"There is a deal already, so it is done," he said.'
            ],
            HALVORSEN,
            ["Halvorsen"],
            id="a-title-then-a-titled-name-in-apposition-then-saying",
        ),
        pytest.param(
            ['The Health Minister, Dr Halvorsen, says the clinics will open. "We have the staff now," he said.'],
            HALVORSEN,
            ["Halvorsen"],
            id="a-title-then-a-titled-name-in-apposition-then-says",
        ),
        pytest.param(
            ['"The clinics will open in March," said the Health Minister.'],
            {},
            [None],
            id="a-title-alone-is-no-name",
        ),
        pytest.param(
            [
                "Health Minister Erik Halvorsen opened the clinic on Monday.",
                '"The clinics will open in March," the Minister said.',
            ],
            HALVORSEN,
            ["Erik Halvorsen"],
            id="a-title-alone-is-the-person-named-with-it",
        ),
    ],
)
def test_a_title_alone_names_nobody(paragraphs: list[str], names: Names, expected: list[str | None]) -> None:
    assert [speaker for _, speaker in spoken(paragraphs, names)] == expected


def test_guard_a_title_with_the_name_after_it() -> None:
    found = spoken(
        ['The Trade Minister, Erik Halvorsen, appeared to settle the row. "There is a deal already," he said.'],
        HALVORSEN,
    )
    assert [speaker for _, speaker in found] == ["Erik Halvorsen"]


ROTHWELL = {
    "Ines Rothwell": ("Ines Rothwell", "PERSON"),
    "Rothwell": ("Rothwell", "PERSON"),
    "Kestrel Institute of Cell Biology": ("Kestrel Institute of Cell Biology", "ORG"),
}


@pytest.mark.parametrize(
    ("paragraphs", "names", "expected"),
    [
        pytest.param(
            ['Farmers called the plan a "disaster", but Lena Ostrow said it would work.'],
            {"Lena Ostrow": ("Lena Ostrow", "PERSON")},
            [("disaster", "farmers")],
            id="a-cue-after-but-is-another-clause",
        ),
        pytest.param(
            ['The growers called the season "the worst in memory", while Lena Ostrow said prices held.'],
            {"Lena Ostrow": ("Lena Ostrow", "PERSON")},
            [("the worst in memory", "the growers")],
            id="guard-a-cue-after-while-is-another-clause",
        ),
        pytest.param(
            [
                'The tone was set by Norway\'s Queen Sonja II, who said the year brought "more grief than most". '
                '"The floods reminded us of what we share," she said.'
            ],
            {"Norway": ("Norway", "GPE")},
            [("more grief than most", "Sonja II"), ("The floods reminded us of what we share", "Sonja II")],
            id="a-place-owning-the-title-of-an-untagged-name",
        ),
        pytest.param(
            [
                "Professor Ines Rothwell deputy director of the Kestrel Institute of Cell Biology says the lab is "
                'ready. "Nothing in the rules stops it," Professor Rothwell said.Professor Rothwell expects no '
                "objection."
            ],
            ROTHWELL,
            [("Nothing in the rules stops it", "Ines Rothwell")],
            id="a-cue-glued-to-the-next-sentence",
        ),
        pytest.param(
            ['The growers\' council underscored the "need for a fair price" in its reply.'],
            {},
            [("need for a fair price", "the growers' council")],
            id="underscored-is-a-cue-for-a-partial-quote",
        ),
        pytest.param(
            [
                "A senior Korvan Front official has said the group will stop the raids. He said the Korvan Front had "
                'decided to end what it calls "cleansing operations".'
            ],
            {"Korvan Front": ("Korvan Front", "ORG")},
            [("cleansing operations", "Korvan Front")],
            id="no-lower-case-word-opens-an-organisation",
        ),
        pytest.param(
            ['"We will keep the plan," Lena Ostrow said, but she gave no date.'],
            {"Lena Ostrow": ("Lena Ostrow", "PERSON")},
            [("We will keep the plan", "Lena Ostrow")],
            id="guard-the-cue-before-but",
        ),
        pytest.param(
            [
                "Lena Ostrow spoke to the panel for an hour.",
                'The former mayor said the deal was "a mistake", but she denied any wrongdoing.',
            ],
            {"Lena Ostrow": ("Lena Ostrow", "PERSON")},
            [("a mistake", "Lena Ostrow")],
            id="guard-after-but-a-pronoun-goes-on-with-the-speaker",
        ),
        pytest.param(
            ['"The plan is sound," said Norway\'s Trade Minister Erik Halvorsen.'],
            {"Erik Halvorsen": ("Erik Halvorsen", "PERSON"), "Norway": ("Norway", "GPE")},
            [("The plan is sound", "Erik Halvorsen")],
            id="guard-a-place-owning-the-title-of-a-tagged-name",
        ),
        pytest.param(
            ['"We raised the price," said Kestrel\'s chief executive.'],
            {"Kestrel": ("Kestrel", "ORG")},
            [("We raised the price", "Kestrel")],
            id="guard-an-owner-before-a-lower-case-role",
        ),
    ],
)
def test_clauses_of_broadcast_prose(paragraphs: list[str], names: Names, expected: list[tuple[str, str]]) -> None:
    assert spoken(paragraphs, names) == expected


@pytest.mark.parametrize(
    ("paragraphs", "names", "expected"),
    [
        pytest.param(
            ['The Opposition Leader says the budget is a fraud. "It does not add up," he said.'],
            {},
            [None],
            id="a-title-of-two-words-alone-is-no-name",
        ),
        pytest.param(
            [
                'Police spokeswoman Kim Dale says two men were arrested. "They will face court tomorrow," Senior '
                "Constable Dale said."
            ],
            {"Kim Dale": ("Kim Dale", "PERSON"), "Dale": ("Dale", "PERSON")},
            ["Kim Dale"],
            id="a-police-rank-of-two-words",
        ),
        pytest.param(
            ['The Minister for Fisheries, Paul Rendle, says the ban will stay. "The stocks are too low," he said.'],
            {"Paul Rendle": ("Paul Rendle", "PERSON")},
            ["Paul Rendle"],
            id="a-title-and-portfolio-then-the-name-in-apposition",
        ),
        pytest.param(
            ['"The stocks are too low," said the Minister for Fisheries.'],
            {},
            [None],
            id="a-title-and-portfolio-alone-is-no-name",
        ),
        pytest.param(
            ['"The talks went well," said Secretary of State Miriam Okafor.'],
            {},
            ["Miriam Okafor"],
            id="guard-a-title-and-portfolio-before-an-untagged-name",
        ),
        pytest.param(
            [
                "Ray Kell was jailed for life, trial judge Justice Anne Corder saying he should never be freed. "
                '"You are a danger to every child," Justice Corder said.'
            ],
            {
                "Ray Kell": ("Ray Kell", "PERSON"),
                "Anne Corder": ("Anne Corder", "PERSON"),
                "Justice Corder": ("Justice Corder", "ORG"),
            },
            ["Anne Corder"],
            id="a-title-and-surname-tagged-an-organisation",
        ),
        pytest.param(
            ['"We will vote no," Senator Kiely said.'],
            {"Senator Kiely": ("Senator Kiely", "ORG")},
            ["Senator Kiely"],
            id="guard-a-titled-surname-of-nobody-named-stays-as-it-was",
        ),
        pytest.param(
            [
                "Batsman Tom Vance was given out for handling the ball. The Englishman says he was let down by the "
                'appeal. "I thought I was helping," he said.'
            ],
            {"Tom Vance": ("Tom Vance", "PERSON")},
            ["Tom Vance"],
            id="a-national-noun-is-a-description-not-a-name",
        ),
        pytest.param(
            ['"We will not be rushed," said Rebecca Chancellor, who chairs the board.'],
            {},
            ["Rebecca Chancellor"],
            id="guard-a-surname-that-is-a-role",
        ),
        pytest.param(
            ['"The roads are closed," said Acting Superintendent Ray Holt.'],
            {"Ray Holt": ("Ray Holt", "PERSON")},
            ["Ray Holt"],
            id="guard-a-rank-before-a-tagged-name",
        ),
    ],
)
def test_titles_of_broadcast_prose(paragraphs: list[str], names: Names, expected: list[str | None]) -> None:
    assert [speaker for _, speaker in spoken(paragraphs, names)] == expected
