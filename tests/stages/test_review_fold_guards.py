"""Guards of the review fold round (no behaviour change): the cases of every function the round folded or compiled
once, asked through the names the base code has too, so that each case passes on the base (26db140) and on the fold.

- ``clause.subject_words`` and ``averages.averaged_level`` (through ``_after_reporting``) now share
  ``word_classes.after_last_of``; they still differ where a subordinator follows the reporting verb.
- ``asides.named_past_asides`` and ``shapes.appositive_subject`` share ``comma_chunks``.
- ``numbers.quantity_from`` and ``conventions.comma_quantity_from`` share ``quantity_bounds``.
- ``headlines.cut_headline_spans``' two cuts share ``_longest_name_run``.
- ``identifiers.names_an_acronym`` and ``described_people.unnamed_one_before`` compile their patterns once.
- a number alone in brackets (``alone_in_brackets``) reads the noun phrase before the bracket.

Every sentence is invented."""

from __future__ import annotations

import pytest

from newsprep.extract.entities.headlines import cut_headline_spans
from newsprep.extract.quotes.descriptions.people import unnamed_one_before
from newsprep.extract.statistics.detection.conventions import COMMA_QUANTITY, COMMA_RANGE, comma_quantity_from
from newsprep.extract.statistics.measures.asides import named_past_asides
from newsprep.extract.statistics.measures.averages import averaged_level
from newsprep.extract.statistics.measures.clause import subject_words
from newsprep.extract.statistics.measures.shapes import appositive_subject
from newsprep.extract.statistics.numbers.quantities import QUANTITY, RANGE, Quantity, quantity_from
from newsprep.model import NerSpan
from tests.stages.builders import found_statistics, measure_of

SUBJECT_WORDS = [
    pytest.param("Officials said that fares", ["fares"], id="after the reporting verb and its that"),
    pytest.param("Officials said fares and costs", ["costs"], id="after the last subordinator too"),
    pytest.param("because diesel prices", ["diesel", "prices"], id="after a subordinator alone"),
    pytest.param("they do get wage growth", ["wage", "growth"], id="after a pronoun's verb"),
    pytest.param("gas prices will", ["gas", "prices"], id="trailing auxiliary dropped"),
    pytest.param("gas prices", ["gas", "prices"], id="no frame: all of it"),
]


@pytest.mark.parametrize(("words", "expected"), SUBJECT_WORDS)
def test_subject_words(words: str, expected: list[str]) -> None:
    assert subject_words(words.split()) == expected


AVERAGED_LEVELS = [
    pytest.param(
        "Officials said fares and costs rose 5 cents to an average of",
        "average of fares and costs",
        id="the reported clause's opening, not its last subordinated word",
    ),
    pytest.param(
        "Officials said that diesel prices rose 6 cents to an average of",
        "average of diesel prices",
        id="after the reporting verb and its that",
    ),
    pytest.param(
        "Diesel prices rose 6 cents overnight to an average of", "average of Diesel prices", id="no reporting verb"
    ),
    pytest.param("The grant amounts to an average of", None, id="no change took anything there"),
]


@pytest.mark.parametrize(("before", "expected"), AVERAGED_LEVELS)
def test_averaged_level(before: str, expected: str | None) -> None:
    assert averaged_level("average", before.split()) == expected


ASIDES = [
    pytest.param("Median rent, which includes utilities, climbed", "Median rent", id="past a relative aside"),
    pytest.param("The tower, known as the Spire, rose", "Spire", id="an aside that names it"),
    pytest.param("In May, prices, as expected, rose", None, id="a time opens the sentence"),
    pytest.param("Prices rose", None, id="no aside"),
]


@pytest.mark.parametrize(("before", "expected"), ASIDES)
def test_named_past_asides(before: str, expected: str | None) -> None:
    assert named_past_asides(before.split()) == expected


APPOSITIVES = [
    pytest.param("Brent crude, the global benchmark, slipped", "slipped", "Brent crude", id="past an appositive"),
    pytest.param("Gold, which had rallied, slipped", "slipped", "Gold", id="past a relative clause"),
    pytest.param("Brent crude, the global benchmark, slipped", "the", None, id="the clause opens on no verb"),
    pytest.param("Gold slipped", "slipped", None, id="no appositive"),
    pytest.param("Gold, silver, copper, tin slipped", "slipped", None, id="a list is no appositive"),
]


@pytest.mark.parametrize(("before", "left", "expected"), APPOSITIVES)
def test_appositive_subject(before: str, left: str, expected: str | None) -> None:
    assert appositive_subject(before.split(), [left]) == expected


def _written(text: str, q: Quantity | None) -> tuple[str, str] | None:
    return None if q is None else (text[q.start : q.end], text[q.start : q.number_end])


QUANTITY_SPANS = [
    pytest.param("paid $5 million for it", ("$5 million", "$5"), id="currency sign to scale"),
    pytest.param("up 40 percent", ("40 percent", "40"), id="number to suffix"),
    pytest.param("sold 12 cars", ("12", "12"), id="the number alone"),
    pytest.param("a 4-billion-euro deal", ("4-billion-euro", "4"), id="a hyphened money word"),
    pytest.param("£3.5bn", ("£3.5bn", "£3.5"), id="glued sign and scale"),
]


@pytest.mark.parametrize(("text", "expected"), QUANTITY_SPANS)
def test_quantity_spans(text: str, expected: tuple[str, str]) -> None:
    match = QUANTITY.search(text)
    assert match is not None
    assert _written(text, quantity_from(match, 1, mentions_yuan=False)) == expected


def test_range_ends_spans() -> None:
    text = "from $3 to $5 million"
    match = RANGE.search(text)
    assert match is not None
    ends = [_written(text, quantity_from(match, n, mentions_yuan=False)) for n in (1, 2)]
    assert ends == [("$3", "$3"), ("$5 million", "$5")]


COMMA_SPANS = [
    pytest.param("kostet 1.200,50 Euro", ("1.200,50 Euro", "1.200,50"), id="a money word after"),
    pytest.param("stieg um 3,5 Prozent", ("3,5 Prozent", "3,5"), id="a percent word after"),
    pytest.param("€ 24 500", ("€ 24 500", "€ 24 500"), id="a sign before, spaced thousands"),
]


@pytest.mark.parametrize(("text", "expected"), COMMA_SPANS)
def test_comma_quantity_spans(text: str, expected: tuple[str, str]) -> None:
    match = COMMA_QUANTITY.search(text)
    assert match is not None
    assert _written(text, comma_quantity_from(match, 1)) == expected


def test_comma_range_ends_spans() -> None:
    text = "zwischen 3 und 5 Millionen Euro"
    match = COMMA_RANGE.search(text)
    assert match is not None
    assert [_written(text, comma_quantity_from(match, n)) for n in (1, 2)] == [("3", "3"), ("5 Millionen Euro", "5")]


def _spans(title: str, in_title: list[tuple[str, str]], body: str, in_body: list[tuple[str, str]]) -> list[NerSpan]:
    def span(source: str, text: str, written: str, label: str) -> NerSpan:
        at = text.index(written)
        return NerSpan(source, None, at, at + len(written), written, label)  # type: ignore[arg-type]

    return [span("title", title, t, label) for t, label in in_title] + [span("body", body, b, lb) for b, lb in in_body]


HEADLINES = [
    pytest.param(
        "Mayor Lee Drops Bid Over Funding",
        [("Lee Drops Bid", "PERSON")],
        "Ada Lee said.",
        [("Ada Lee", "PERSON")],
        [("Lee", "PERSON")],
        id="a person cut to the body's name",
    ),
    pytest.param(
        "Derelict Obama Wins Praise",
        [("Derelict Obama", "PERSON")],
        "Barack Obama spoke.",
        [("Barack Obama", "PERSON")],
        [("Obama", "PERSON")],
        id="an adjective before the name cut off",
    ),
    pytest.param(
        "Judge Orders Brightwell To Pay",
        [("Orders Brightwell To", "ORG")],
        "Brightwell was ordered to pay.",
        [("Brightwell", "ORG")],
        [("Brightwell", "ORG")],
        id="a headline verb and a linking word cut off",
    ),
    pytest.param(
        "Lyon Join Carmaker In Talks",
        [("Lyon Join Carmaker", "ORG")],
        "Lyon and the carmaker met.",
        [("Lyon", "ORG")],
        [("Lyon", "ORG")],
        id="a word the body writes in lower case cut off",
    ),
    pytest.param(
        "Storm Hits Coast Overnight",
        [("Storm Hits Coast", "ORG")],
        "Ada Roe left.",
        [("Ada Roe", "PERSON")],
        [("Storm", "ORG")],
        id="no body name: cut before the headline verb",
    ),
]


@pytest.mark.parametrize(("title", "in_title", "body", "in_body", "expected"), HEADLINES)
def test_headline_cuts(
    title: str,
    in_title: list[tuple[str, str]],
    body: str,
    in_body: list[tuple[str, str]],
    expected: list[tuple[str, str]],
) -> None:
    spans = cut_headline_spans(_spans(title, in_title, body, in_body), title, body)
    assert [(s.text, s.label) for s in spans if s.source == "title"] == expected


UNNAMED_BEFORE = [
    pytest.param("A nurse at the clinic saw him. Later, the nurse said it was fine.", "nurse", True, id="a nurse"),
    pytest.param("Ada Roe, a nurse at the clinic, saw him. Later, the nurse said.", "nurse", False, id="appositive"),
    pytest.param("One tired young night nurse saw him. Later, the nurse said.", "nurse", True, id="three modifiers"),
    pytest.param("One very tired young night nurse saw him. Later, the nurse said.", "nurse", False, id="four"),
    pytest.param("THE PATIENT was given a bed. Later, the patient said.", "patient", True, id="any case"),
    pytest.param("It worked as a hospital pharmacist. Then the pharmacist said.", "pharmacist", False, id="predicate"),
    pytest.param("A nursery opened. Later, the nurse said.", "nurse", False, id="the noun whole only"),
    pytest.param("A nurse-led team met. Later, the nurse said.", "nurse", True, id="a hyphen ends the noun"),
]


@pytest.mark.parametrize(("text", "head", "expected"), UNNAMED_BEFORE)
def test_unnamed_one_before(text: str, head: str, expected: bool) -> None:
    end = text.rindex(f"the {head}")
    assert unnamed_one_before(text, head, end) is expected
    assert unnamed_one_before(text, head, end) is expected  # asked again: the same answer


ACRONYM_NUMBERS = [
    pytest.param(
        "In a trial of 40 volunteers, the dye raised levels of gut hormone 1 (GH-1), which curbs appetite.",
        ["40"],
        id="a name's number before its bracketed acronym",
    ),
    pytest.param(
        "Emission pathways run from very high (PW8.5) to very low (PW2.6), and the pathways' labels (2.6 and 8.5) "
        "give the forcing in 2100.",
        [],
        id="numbers in brackets the paragraph glues to an acronym",
    ),
    pytest.param("The FX-3 model sold 3 in a day.", ["3"], id="outside brackets: a count"),
    pytest.param(
        "Ward 12 (AB-12) reopened, and ward 12 (AB-12) closed.", [], id="the same digits asked twice: the same answer"
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), ACRONYM_NUMBERS)
def test_acronym_numbers(sentence: str, expected: list[str]) -> None:
    assert [text for text, _, _ in found_statistics(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        pytest.param(
            "Sales of in-feed units (30%) rose last year.", "30%", "Sales of in-feed units", id="alone in brackets"
        ),
        pytest.param(
            "Sales of in-feed units ( 30% ) rose.", "30%", "Sales of in-feed units", id="alone, spaces inside"
        ),
    ],
)
def test_a_number_alone_in_brackets_measures_the_phrase_before(sentence: str, number: str, expected: str) -> None:
    assert measure_of(sentence, number) == expected
