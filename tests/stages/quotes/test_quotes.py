"""extract_quotes: each quotation shape, scare-quote negatives, recovery from odd marks, and invariants."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from newsprep.extract.quotes import extract_quotes
from newsprep.model import CleanArticle, Paragraph, Quote
from tests.stages.builders import (
    make_article,
    make_mentions,
    quotes_of,
)

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "quotes"


def summary(quotes: Sequence[Quote]) -> list[tuple[str, str | None, str, int]]:
    return [(q.text, q.speaker, q.kind, q.part_count) for q in quotes]


HASS = {"Ryan Hass": ("Ryan Hass", "PERSON"), "Hass": ("Ryan Hass", "PERSON")}

# (id, paragraphs, mentions, expected [(text, speaker, kind, part_count)])
SHAPES = [
    (
        "says-after",
        ["“The trip is only a first step,” says Ryan Hass, a senior fellow at the Brookings Institution."],
        HASS,
        [("The trip is only a first step", "Ryan Hass", "direct", 1)],
    ),
    (
        "surname-resolves-to-canonical",
        ["Ryan Hass has followed the talks for years.", "“It will be hard,” Hass says."],
        HASS,
        [("It will be hard", "Ryan Hass", "direct", 1)],
    ),
    (
        "subject-says-comma-quote",
        ["Hass says, “Neither side wants to be seen giving ground.”"],
        HASS,
        [("Neither side wants to be seen giving ground.", "Ryan Hass", "direct", 1)],
    ),
    (
        "appositive-title-at-org",
        ["“Prices will stay high,” Dana Okoro, a senior analyst at Fieldline Commodities, said on Monday."],
        {},
        [("Prices will stay high", "Dana Okoro", "direct", 1)],
    ),
    (
        "colon-introduction",
        ["Mayor Tom Brennan said: “The lanes will come. The only question is when.”"],
        {"Tom Brennan": ("Tom Brennan", "PERSON")},
        [("The lanes will come. The only question is when.", "Tom Brennan", "direct", 1)],
    ),
    (
        "partial-called-it",
        ["Lead author Ingrid Halvorsen called it “a beautiful natural experiment” in an interview."],
        {},
        [("a beautiful natural experiment", "Ingrid Halvorsen", "partial", 1)],
    ),
    (
        "partial-after-said-clause",
        ["The U.S. State Department said Blinken “discussed the importance of open lines of communication.”"],
        {"U.S. State Department": ("U.S. State Department", "ORG"), "Blinken": ("Antony Blinken", "PERSON")},
        [("discussed the importance of open lines of communication.", "U.S. State Department", "partial", 1)],
    ),
    (
        "split-around-attribution",
        ["“These panels were never ours,” said Eleanor Voss, the director. “Returning them is overdue.”"],
        {},
        [("These panels were never ours, Returning them is overdue.", "Eleanor Voss", "direct", 2)],
    ),
    (
        "split-with-comma-continuation",
        ["“It is a day of joy,” Kwame Asante said, “and a lesson for every museum.”"],
        {},
        [("It is a day of joy, and a lesson for every museum.", "Kwame Asante", "direct", 2)],
    ),
    (
        "continuation-paragraph",
        [
            "“Every flower was brown,” said Helen Marsh, who runs an orchard.",
            "“We will still have some fruit on the higher ground.”",
        ],
        {},
        [
            ("Every flower was brown", "Helen Marsh", "direct", 1),
            ("We will still have some fruit on the higher ground.", "Helen Marsh", "direct", 1),
        ],
    ),
    (
        "multi-paragraph-open-quotes",
        [
            "Judge Samuel Adeyemi told the students: “When I started, half of them had no lawyer.",
            "“Things are better now, but not nearly enough.",
            "“So give some of your time away.”",
        ],
        {"Samuel Adeyemi": ("Samuel Adeyemi", "PERSON")},
        [
            ("When I started, half of them had no lawyer.", "Samuel Adeyemi", "direct", 1),
            ("Things are better now, but not nearly enough.", "Samuel Adeyemi", "direct", 1),
            ("So give some of your time away.", "Samuel Adeyemi", "direct", 1),
        ],
    ),
    (
        "nested-single-quotes",
        ["“They keep saying, ‘this is our final offer,’ and then a new one turns up,” said Rosa Delgado."],
        {},
        [("They keep saying, ‘this is our final offer,’ and then a new one turns up", "Rosa Delgado", "direct", 1)],
    ),
    (
        "straight-ascii-quotes",
        ['"We had 200 students sign a petition," said Carla Mendes, the superintendent.'],
        {},
        [("We had 200 students sign a petition", "Carla Mendes", "direct", 1)],
    ),
    (
        "transcript-turns",
        [
            "RENATA OKAFOR, HOST: What went through your mind?",
            "VOSS: Mostly the cold.",
            "OKAFOR: And then?",
        ],
        {},
        [
            ("What went through your mind?", "Renata Okafor", "direct", 1),
            ("Mostly the cold.", "Voss", "direct", 1),
            ("And then?", "Renata Okafor", "direct", 1),
        ],
    ),
    (
        "pronoun-nearest-person",
        [
            "Lena Fischer has baked bread on Harlow Street for 22 years.",
            "The landlord, Victor Hale, bought the building in 2021.",
            "“The lease simply ended,” he said.",
        ],
        {"Lena Fischer": ("Lena Fischer", "PERSON"), "Victor Hale": ("Victor Hale", "PERSON")},
        [("The lease simply ended", "Victor Hale", "direct", 1)],
    ),
    (
        "pronoun-without-antecedent",
        ["“Nobody is being thrown out,” he said."],
        {},
        [("Nobody is being thrown out", None, "direct", 1)],
    ),
    (
        "organisation-speaker",
        ["“The stock leaves no room for a higher catch,” the Ministry of Fisheries said in a statement."],
        {"Ministry of Fisheries": ("Ministry of Fisheries", "ORG")},
        [("The stock leaves no room for a higher catch", "Ministry of Fisheries", "direct", 1)],
    ),
    (
        "document-noun-stands-for-last-organisation",
        [
            "In its readout, the Foreign Ministry said Qin raised “new difficulties and challenges” in relations. "
            "Qin “stressed that both sides must respect each other,” the Chinese readout said."
        ],
        {"Foreign Ministry": ("Foreign Ministry", "ORG"), "Qin": ("Qin Gang", "PERSON")},
        [
            ("new difficulties and challenges", "Foreign Ministry", "partial", 1),
            ("stressed that both sides must respect each other", "Foreign Ministry", "partial", 1),
        ],
    ),
    (
        "name-missed-by-ner",
        ["“We will appeal,” said Marguerite Oyelaran-Best, a lawyer for the family."],
        {},
        [("We will appeal", "Marguerite Oyelaran-Best", "direct", 1)],
    ),
]


@pytest.mark.parametrize(("paragraphs", "names", "expected"), [s[1:] for s in SHAPES], ids=[s[0] for s in SHAPES])
def test_quote_shapes(
    paragraphs: list[str], names: dict[str, tuple[str, str]], expected: list[tuple[str, str | None, str, int]]
) -> None:
    assert summary(quotes_of(paragraphs, names)) == expected


# (id, paragraph): quoted words that are terms, titles, nicknames or scare quotes, never quotations
NOT_QUOTES = [
    ("so-called", "The city’s so-called “smart” meters went live on Monday."),
    ("what-officials-call", "They hope to build on what officials call the “Bali consensus” this year."),
    ("scare-quote-no-cue", "The launch was meant as a show of “sincerity” from the ministry."),
    ("scare-quote-one-word", "But there are differing views of what that “consensus” even means."),
    ("dubbed", "Reporters dubbed the plan “Operation Clean Sweep” within days."),
    ("is-called", "The cycle path is called “the Green Mile” by locals."),
    ("title-of-work", "The idea came from the book “Cities for People,” which the mayor has read."),
    ("tv-show", "He appeared on “Fox News Sunday” last weekend."),
    ("nickname", "Fans still call him “The Rocket” at every match."),
    ("the-term", "She avoided the term “recession” throughout the briefing."),
    ("title-inside-attributed-sentence", "On “Face the Nation,” Senator Ann Lee said the bill was dead."),
]


@pytest.mark.parametrize("paragraph", [n[1] for n in NOT_QUOTES], ids=[n[0] for n in NOT_QUOTES])
def test_terms_and_scare_quotes_are_not_quotes(paragraph: str) -> None:
    assert quotes_of([paragraph]) == ()


def test_short_quote_with_speech_cue_is_kept() -> None:
    quotes = quotes_of(["Asked about the vote, 63 percent said the decision was “justified” overall."])
    assert [q.text for q in quotes] == ["justified"]


# (id, paragraphs, expected texts): odd marks never lose the document
RECOVERY = [
    (
        "unclosed-runs-to-paragraph-end",
        ["He wrote that it was “the third outage this winter.", "Next."],
        ["the third outage this winter."],
    ),
    ("stray-closer-ignored", ["The 5” gauge overflowed, and “we lost the data,” she said."], ["we lost the data"]),
    ("apostrophes-are-not-marks", ["It’s the crew’s job, said the ’90s veteran."], []),
    ("only-marks", ['“ ” " “'], []),
    ("empty-article", [""], []),
    ("closing-glyph-used-as-opener", ["”We need law and order,” said Ann Lee."], ["We need law and order"]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), [r[1:] for r in RECOVERY], ids=[r[0] for r in RECOVERY])
def test_recovers_from_odd_marks(paragraphs: list[str], expected: list[str]) -> None:
    assert [q.text for q in quotes_of(paragraphs)] == expected


def test_offsets_cue_description_and_mention() -> None:
    article = make_article("Intro.", "“It will be hard,” says Ryan Hass, a senior fellow at the Brookings Institution.")
    (quote,) = extract_quotes(article, make_mentions(article, HASS))
    assert article.clean_text[quote.char_start : quote.char_end] == quote.text
    assert (quote.paragraph_idx, quote.cue, quote.speaker_mention) == (1, "says", "Ryan Hass")
    assert quote.speaker_description == "a senior fellow at the Brookings Institution"


def test_split_quote_spans_both_parts() -> None:
    article = make_article("“First half,” she said. “Second half.”")
    (quote,) = extract_quotes(article, ())
    assert article.clean_text[quote.char_start : quote.char_end] == "First half,” she said. “Second half."
    assert quote.part_count == 2


def test_split_parts_kept_apart_on_request() -> None:
    article = make_article("“First half,” said Ann Lee. “Second half.”")
    quotes = extract_quotes(article, (), join_split_quotes=False)
    assert summary(quotes) == [
        ("First half", "Ann Lee", "direct", 1),
        ("Second half.", "Ann Lee", "direct", 1),
    ]


def test_contributor_paragraphs_are_skipped() -> None:
    article = make_article("“Hello there,” said Ann Lee.")
    contributor = Paragraph(1, "contributor", "“Not a quote,” says the byline.", len(article.clean_text) + 2, 0)
    text = article.clean_text + "\n\n" + contributor.text
    contributor = Paragraph(1, "contributor", contributor.text, contributor.char_start, len(text))
    odd = CleanArticle("t", None, (), text, (*article.paragraphs, contributor), ())
    assert [q.text for q in extract_quotes(odd, ())] == ["Hello there"]
