"""Round 9 of issue 17: general levers written from the older dev sets' errors (never from polnear-statistics-dev3,
which was annotated blind and only scored). Invented sentences; each case fails with its rule switched off, but the
guards marked below, which hold what must not change."""

from __future__ import annotations

import pytest

from newsprep.extract.statistics.words.noun_phrases import is_plural_noun
from tests.stages.builders import measure_of

# (rule, sentence, the statistic's text, its measure)
MEASURES = [
    (
        "a bare count after 'from' belongs to the noun before it",
        "Prosecutors said the scheme cheated buyers from at least 30 nations.",
        "30",
        "buyers from nations",
    ),
    (
        "a bare count after 'with' belongs to the noun before it",
        "The navy sent a fleet with 40 ships.",
        "40",
        "fleet with ships",
    ),
    (
        "a bare count after 'across' belongs to the noun before it",
        "The chain closed its branches across 12 provinces.",
        "12",
        "branches across provinces",
    ),
    (
        "a bare count after a verb and a preposition is what was done to it",
        "As mayor he never interfered with 9 evictions.",
        "9",
        "evictions interfered",
    ),
    (
        "guard: a count after 'for' keeps its holder",
        "The carrier placed orders for 400 jets.",
        "400",
        "orders for jets",
    ),
    (
        "an area of something is the thing, with the participle after it",
        "In the delta alone, 40,000 acres of pasture have been flooded by the river.",
        "40,000",
        "pasture flooded",
    ),
    (
        "an area of something is the thing, with the verb before it",
        "The storm flooded 900 acres of farmland.",
        "900",
        "farmland flooded",
    ),
    (
        "an area of something with no verb is the thing",
        "Volunteers will replant 300 acres of woodland near the coast.",
        "300",
        "woodland",
    ),
    (
        "guard: an area with a being verb is the holder's",
        "The ranch spans 900 acres of grassland.",
        "900",
        "area of ranch",
    ),
    ("guard: an area with no 'of' is what the verb did", "The fire has burned 10,000 acres.", "10,000", "area burned"),
    (
        "an infinitive after an amount says what the money is for",
        "She proposes giving towns $40 billion to invest in cleaner buses.",
        "$40 billion",
        "money to invest in cleaner buses",
    ),
    (
        "an infinitive after an amount set aside",
        "The county set aside $2 million to repair its bridges.",
        "$2 million",
        "money to repair its bridges",
    ),
    (
        "guard: a payment's infinitive keeps its noun",
        "Firms paid $9 million to settle the claims.",
        "$9 million",
        "payment to settle the claims",
    ),
    (
        "guard: 'to' before another amount is no purpose",
        "The fare rose from $4 to $5.",
        "$4",
        "fare",
    ),
    (
        "a multiple 'as much X as Y' names its other side",
        "The comet may carry three times as much ice as every glacier on the peak.",
        "three times",
        "ice compared with every glacier on the peak",
    ),
    (
        "a multiple 'the N of Y' names its other side",
        "Nurses in 2019 were quitting at three times the rate of doctors.",
        "three times",
        "rate compared with doctors",
    ),
    (
        "a multiple 'the N as in Y' names its other side",
        "Tenants were removed in the east at nearly twice the rate as in the west.",
        "twice",
        "rate compared with west",
    ),
    (
        "guard: a multiple with no other side keeps its phrase",
        "Prices are three times higher than in 2010.",
        "three times",
        "Prices higher",
    ),
    (
        "the upper end of a range of amounts measures what the lower end does",
        "Buyers may win residency by investing $300,000 to over $900,000 in a local fund.",
        "$900,000",
        "investment",
    ),
    (
        "guard: an amount with a clause of its own is no range's end",
        "In May, the blue party raised $6 million to $4 million that went to the rivals.",
        "$4 million",
        None,
    ),
    (
        "guard: two shares 'X to Y' are a poll's two sides",
        "Ruiz leads Cole 48% to 41%.",
        "41%",
        "support for Cole",
    ),
    (
        "a unit that names its dimension finds the subject across a modal",
        "The sedan would offer 335 horsepower in total.",
        "335",
        "sedan power",
    ),
    ("guard: a pronoun subject across a modal names no holder", "It can make 200 horsepower.", "200", "power"),
    (
        "a rate that something is subject to is charged on it",
        "Profits on short trades will be subject to a 28 percent rate.",
        "28 percent",
        "rate on Profits on short trades",
    ),
    (
        "a tax that something is subject to is charged on it",
        "Income above the cap is subject to a 12 percent tax.",
        "12 percent",
        "tax on Income above the cap",
    ),
    (
        "a hyphenated plural is what a count counts",
        "The agency will have 12 fact-checkers working during the hearing.",
        "12",
        "fact-checkers working during the hearing",
    ),
    (
        "a hyphenated plural after a verb",
        "The league hired 30 line-judges for the final.",
        "30",
        "line-judges hired for the final",
    ),
]


@pytest.mark.parametrize(("rule", "sentence", "number", "expected"), MEASURES, ids=[case[0] for case in MEASURES])
def test_phrases_carry_what_a_reader_writes(rule: str, sentence: str, number: str, expected: str | None) -> None:
    assert measure_of(sentence, number) == expected, rule


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("fact-checkers", True),
        ("five-year-olds", True),
        ("stand-ins", True),
        ("hand-men", True),
        ("well-being", False),
        ("u.s.-made", False),
        ("follow-up", False),
    ],
)
def test_a_hyphenated_word_is_plural_by_its_last_part(word: str, expected: bool) -> None:
    assert is_plural_noun(word) is expected
