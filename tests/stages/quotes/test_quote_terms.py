"""Quote precision (issue 16): terms, titles, sayings and scare quotes are not quotations, and the partial quotes they
resemble stay. Every sentence here is invented; each case of the not-quotes test fails without its rule, the guards pass
both ways (they keep a rule from overreaching)."""

from __future__ import annotations

import pytest

from newsprep.extract.quotes.grammar.words import has_speech_cue, names_a_term
from tests.stages.builders import quotes_of

NAMES = {"Dana Pell": ("Dana Pell", "PERSON"), "Pell": ("Dana Pell", "PERSON")}


def texts(paragraph: str) -> list[str]:
    return [q.text for q in quotes_of([paragraph], NAMES)]


@pytest.mark.parametrize(
    "paragraph",
    [
        pytest.param(
            "Three people were hurt in protests against the self-declared “interim” council on Sunday.",
            id="self-declared-compound-is-no-cue",
        ),
        pytest.param("Fans of the self-styled “king of the harbor” lined the pier at dawn.", id="self-styled"),
        pytest.param("The much-touted “smart” mode drains the battery within a day.", id="hyphenated-cue-word"),
        pytest.param("A baker was diagnosed with “flour cough,” a clinic in Ashford reported.", id="diagnosed-with"),
        pytest.param(
            "Sailors here repeat a saying that goes “calm water never trained a captain” to every new hand.",
            id="a-saying-that-goes",
        ),
        pytest.param("The team lives by the old motto “leave no net behind” on every trip.", id="a-motto"),
        pytest.param("Each van carries the new tagline “fresh bread every single hour” on its side.", id="a-tagline"),
        pytest.param(
            "In his book “Harbor Lights: A Short History of the Towns That Built Them and the Boats They Sailed,” "
            "Pell shares the plan he used.",
            id="long-title-after-a-work-noun",
        ),
        pytest.param("Her podcast, “What the Tide Brings In Every Morning of the Year,” has a new host.", id="podcast"),
        pytest.param("The plan was dubbed “a clean sweep of the docks,” Pell said.", id="dubbed-with-an-attribution"),
        pytest.param("It is hard to tell yourself “no.” at a party.", id="tell-yourself"),
        pytest.param("Some days I keep telling myself, “This plan matters. It is going to work.”", id="telling-myself"),
        pytest.param("Pell told herself, “Keep going, the pier is close.”", id="a-named-person-telling-herself"),
        pytest.param(
            "Each spring the fans shrug and think, “Not this again, please end the season.”", id="think-no-speaker"
        ),
        pytest.param("Yet you will forever wonder, “Was the other road the better one?”", id="wonder-no-speaker"),
        pytest.param("You are terrified to say “yes.” when the call comes.", id="say-yes"),
        pytest.param("The crowd began yelling “Mercy!” at the referee.", id="yelling-a-cry"),
        pytest.param("Pell said the council would vote “no” on the levy.", id="vote-no"),
        pytest.param("“Become a harbor pilot” sounds like a big leap for a clerk.", id="sounds-like"),
        pytest.param("“Net zero by the end of the decade” means different things to different firms.", id="means"),
        pytest.param("“Net zero by the end of the decade” is a phrase the council likes.", id="is-a-phrase"),
        pytest.param(
            'I think this 70"+ TV will be the cheapest of the season. It has a stand built in, which is the best part.',
            id="inch-sign-after-a-number",
        ),
    ],
)
def test_terms_titles_thoughts_and_mentions_are_not_quotes(paragraph: str) -> None:
    assert texts(paragraph) == []


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        pytest.param("Pell called the plan “reckless” on Monday.", ["reckless"], id="called-the-plan"),
        pytest.param(
            "Pell, a self-described optimist, said the plan was “reckless” on Monday.",
            ["reckless"],
            id="compound-beside-a-real-cue",
        ),
        pytest.param(
            "It was what he called “a disgrace to the town,” Pell said.",
            ["a disgrace to the town"],
            id="what-he-called-with-an-attribution",
        ),
        pytest.param(
            "In his book, Pell wrote: “We Will Win This Fight.”", ["We Will Win This Fight."], id="colon-after-a-work"
        ),
        pytest.param(
            "In her speech, Pell said the levy was “a tax on hope” for young families.",
            ["a tax on hope"],
            id="partial-quote-after-a-work-noun-not-a-title",
        ),
    ],
)
def test_partial_quotes_that_resemble_terms_stay(paragraph: str, expected: list[str]) -> None:
    assert texts(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        pytest.param("“No,” Pell said.", [("No", "Dana Pell")], id="answer-with-attribution-after"),
        pytest.param("“No!” Pell shouted.", [("No!", "Dana Pell")], id="cry-with-attribution-after"),
        pytest.param(
            "Asked if the pier would reopen, Pell said: “No.”", [("No.", "Dana Pell")], id="answer-after-a-colon"
        ),
        pytest.param("Pell wondered, “Why now?”", [("Why now?", "Dana Pell")], id="a-named-person-wondering-aloud"),
        pytest.param(
            "Pell thought about it and then said, “Yes, we will.”",
            [("Yes, we will.", "Dana Pell")],
            id="thought-then-said",
        ),
        pytest.param(
            "Pell said the vote was “a thought experiment gone wrong.”",
            [("a thought experiment gone wrong.", "Dana Pell")],
            id="thought-inside-the-quote",
        ),
        pytest.param(
            "“We will win,” Pell said, which means the vote is close.",
            [("We will win", "Dana Pell")],
            id="means-after-the-attribution",
        ),
        pytest.param(
            "Pell said “we will win” means the vote is close.", [("we will win", "Dana Pell")], id="means-mid-sentence"
        ),
        pytest.param(
            'The 55" model sold out, and “we lost the data,” Pell said.',
            [("we lost the data", "Dana Pell")],
            id="quote-after-an-inch-sign",
        ),
        pytest.param(
            '"We counted 40" Pell said.', [("We counted 40", "Dana Pell")], id="a-number-closing-an-open-quote"
        ),
    ],
)
def test_quotes_beside_the_rules_keep_their_speaker(paragraph: str, expected: list[tuple[str, str]]) -> None:
    assert [(q.text, q.speaker) for q in quotes_of([paragraph], NAMES)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("the self-declared", False), ("a much-touted", False), ("Pell, a self-described optimist, said", True)],
)
def test_a_cue_word_closing_a_compound_is_no_cue(text: str, expected: bool) -> None:
    assert has_speech_cue(text) is expected


@pytest.mark.parametrize(
    ("left", "expected"),
    [
        ("There’s a saying that goes ", True),
        ("the old motto ", True),
        ("was diagnosed with ", True),
        ("against the self-proclaimed ", True),
        ("Pell told the crowd ", False),
        ("said the plan was ", False),
    ],
)
def test_names_a_term(left: str, expected: bool) -> None:
    assert names_a_term(left) is expected
