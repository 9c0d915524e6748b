"""Speakers, round 15 (issue 16): cues as wire prose writes them. A name set off by dashes after a description
(``its secretary — Ruth Ambler — said:``) reads as one set off by commas; a colon's introduction is not too long for
the aside after its subject (``Dana Pell, a moderate who ..., struck a different tone:``); the sentence pointing back
at a lone quote may hold a title's stop (``That was how Gov. Dana Pell put it.``) or say whom the words came from
(``The warning came from Pell’s colleague Dana Ruiz.``) or whose verdict they were (``“...” — that was Pell’s
verdict``); an age may stand before the name after a quote (``“...,” the 61-year-old Pell said``); ``Pell is quoted as
saying`` and ``was heard saying`` are Pell's words; more verbs of how words were said (``deadpanned``,
``bristled``) are cues after a quote; a deckhand, a farmhand or a teammate is a person who speaks.
Every sentence here is invented; each rule case fails on main's code, the guards pass on both."""

from __future__ import annotations

import pytest

from newsprep.extract.quotes.grammar.cues import is_title_abbreviation
from newsprep.extract.quotes.spans.marks import dash_asides_as_commas
from tests.stages.builders import Names, people, quote_speakers

NAMES: Names = people("Orla Brennan", "Tibor Szalai", "Mirela Dragomir-Holt")


def speakers(paragraphs: list[str]) -> list[str | None]:
    return quote_speakers(paragraphs, NAMES)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        pytest.param(
            [
                "Tibor Szalai said the quarry would reopen in May.",
                "The parish chairwoman — Orla Brennan — said: “Nobody asked the village.”",
            ],
            ["Orla Brennan"],
            id="a-name-between-dashes-after-a-description-before-a-colon",
        ),
        pytest.param(
            [
                "Tibor Szalai said the quarry would reopen in May.",
                "“Nobody asked the village,” the parish chairwoman — Orla Brennan — said.",
            ],
            ["Orla Brennan"],
            id="a-name-between-dashes-after-a-description-after-the-quote",
        ),
        pytest.param(
            [
                "Tibor Szalai said the quarry would reopen in May.",
                "Its press officer – Orla Brennan – told the meeting: “The dust will be monitored.”",
            ],
            ["Orla Brennan"],
            id="a-name-between-en-dashes-after-a-possessive-role",
        ),
        pytest.param(
            [
                "“We will reopen in May,” Szalai said. Orla Brennan, a retired teacher who has lived beside the "
                "quarry since the 1980s, saw it differently: “The village was never asked.”",
            ],
            ["Tibor Szalai", "Orla Brennan"],
            id="a-colon-after-a-long-aside-after-the-subject",
        ),
        pytest.param(
            [
                "“The quarry will reopen,” Tibor Szalai said.",
                "“It is a betrayal.” That was how Gov. Orla Brennan put it on Friday.",
            ],
            ["Tibor Szalai", "Orla Brennan"],
            id="pointing-back-across-a-title-stop",
        ),
        pytest.param(
            [
                "“The quarry will reopen,” Tibor Szalai said.",
                "“The dust will reach the school.” The warning came from Orla Brennan, who chairs the parish.",
            ],
            ["Tibor Szalai", "Orla Brennan"],
            id="the-warning-came-from",
        ),
        pytest.param(
            [
                "“The quarry will reopen,” Tibor Szalai said.",
                "“The dust will reach the school.” The reply came from Szalai’s neighbour Orla Brennan.",
            ],
            ["Tibor Szalai", "Orla Brennan"],
            id="the-words-came-from-a-named-role-not-its-owner",
        ),
        pytest.param(
            [
                "“The quarry will reopen,” Tibor Szalai said.",
                "“The village was never asked” — that was Brennan’s verdict.",
            ],
            ["Tibor Szalai", "Orla Brennan"],
            id="a-dash-then-whose-verdict-it-was",
        ),
        pytest.param(
            [
                "“The quarry will reopen,” Tibor Szalai said.",
                "“The village was never asked.” That was Orla Brennan’s blunt assessment on Sunday.",
            ],
            ["Tibor Szalai", "Orla Brennan"],
            id="whose-assessment-it-was",
        ),
        pytest.param(
            [
                "Orla Brennan has farmed beside the quarry since 1990.",
                "“The quarry will reopen,” Tibor Szalai said.",
                "“The dust will reach the school,” the 61-year-old Brennan said.",
            ],
            ["Tibor Szalai", "Orla Brennan"],
            id="an-age-before-the-name-after-the-quote",
        ),
        pytest.param(
            [
                "“The quarry will reopen,” Tibor Szalai said.",
                "“The dust will reach the school,” Brennan is quoted as saying in the parish newsletter.",
            ],
            ["Tibor Szalai", "Orla Brennan"],
            id="quoted-as-saying",
        ),
        pytest.param(
            [
                "“The quarry will reopen,” Tibor Szalai said.",
                "“Nobody asked us,” Orla Brennan was heard saying.",
            ],
            ["Tibor Szalai", "Orla Brennan"],
            id="heard-saying",
        ),
    ],
)
def test_cue_constructions(paragraphs: list[str], expected: list[str | None]) -> None:
    assert speakers(paragraphs) == expected


@pytest.mark.parametrize(
    "verb", ["deadpanned", "begged", "interrupted", "grinned", "bristled", "growled", "reckoned", "remembered"]
)
def test_verbs_of_speaking_after_a_quote(verb: str) -> None:
    paragraphs = ["“The quarry will reopen,” Tibor Szalai said.", f"“Not in my lifetime,” Brennan {verb}."]
    assert speakers(["Orla Brennan runs the parish shop.", *paragraphs]) == ["Tibor Szalai", "Orla Brennan"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param("“The hold was dry,” a trawler deckhand said.", "a trawler deckhand", id="a-deckhand"),
        pytest.param("“The cows were calm,” one farmhand recalled.", "one farmhand", id="a-farmhand"),
        pytest.param("“He never missed a session,” a former teammate said.", "a former teammate", id="a-teammate"),
    ],
)
def test_people_nouns_speak(sentence: str, expected: str) -> None:
    assert speakers(["The harbour froze on Sunday.", sentence]) == [expected]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        pytest.param(
            ["Mirela Dragomir-Holt — who ran the quarry for a decade — said: “We kept the dust down.”"],
            ["Mirela Dragomir-Holt"],
            id="guard-a-clause-between-dashes-after-a-name",
        ),
        pytest.param(
            [
                "“The quarry will reopen,” Tibor Szalai said.",
                "“It will bring forty jobs.” That is a view Orla Brennan does not share.",
            ],
            ["Tibor Szalai", "Tibor Szalai"],
            id="guard-a-sentence-about-a-view-is-not-pointing-back",
        ),
        pytest.param(
            [
                "“The quarry will reopen,” Tibor Szalai said.",
                "“It will bring forty jobs.” That is Brennan’s problem now.",
            ],
            ["Tibor Szalai", "Tibor Szalai"],
            id="guard-a-possessive-that-is-no-verdict",
        ),
    ],
)
def test_guards(paragraphs: list[str], expected: list[str | None]) -> None:
    assert speakers(paragraphs) == expected


def test_dash_asides_keep_length_and_lone_dashes() -> None:
    text = "A clerk — Orla Brennan — said so. KESTON — The vote failed."
    turned = dash_asides_as_commas(text)
    assert len(turned) == len(text)
    assert turned.startswith("A clerk,  Orla Brennan,  said so.")
    assert turned.endswith("KESTON — The vote failed.")


@pytest.mark.parametrize(("word", "expected"), [("Gov.", True), ("J.P.", True), ("Sen.", True), ("again.", False)])
def test_title_abbreviation(word: str, expected: bool) -> None:
    assert is_title_abbreviation(word) is expected
