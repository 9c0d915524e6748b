"""Round 8 of issue 17: general levers rather than one-shape rules. Phrases that carry what a reader writes (a share's
'share of', the holder of a share or of a named quantity, a holder read across a qualifier) and fractions with the
value a reader gives them; invented sentences, each failing on round 7's code (main f36ac98) but the guards marked
below."""

from __future__ import annotations

import pytest

from newsprep.extract.statistics import extract_statistics
from newsprep.extract.statistics.measures.clause import is_noun_phrase
from tests.stages.builders import make_article, measure_of

# (rule, sentence, the statistic's text, its measure)
MEASURES = [
    (
        "a share of a noun phrase says 'share of'",
        "The county spent 12% of its road budget on new signs.",
        "12%",
        "share of road budget on new signs",
    ),
    (
        "a share of a one-word group says 'share of'",
        "Frost ruined 15 percent of the harvest.",
        "15 percent",
        "share of harvest",
    ),
    (
        "guard: a share of a group that did something stays a clause",
        "Nearly 40% of the voters said they would stay home.",
        "40%",
        "voters said they would stay home",
    ),
    (
        "the holder of a share across a qualifier",
        "Nurses make up about 30% of the hospital staff.",
        "30%",
        "Nurses share of hospital staff",
    ),
    ("'composed' takes a share", "Retirees composed 45% of the crowd.", "45%", "Retirees share of crowd"),
    (
        "'constitute' takes a share",
        "Small farms constitute nearly 60 percent of the valley's land.",
        "60 percent",
        "Small farms share of valley's land",
    ),
    (
        "a named quantity with the subject of its verb",
        "Senior engineers earned a median salary of $140,000 last year.",
        "$140,000",
        "median salary of Senior engineers",
    ),
    (
        "a named quantity with the subject of 'reported'",
        "The ferry line reported annual revenue of $40 million.",
        "$40 million",
        "annual revenue of ferry line",
    ),
    (
        "guard: a pronoun subject names no holder",
        "It reported annual revenue of $40 million.",
        "$40 million",
        "annual revenue",
    ),
    (
        "guard: a participle after a determiner is no verb of a subject",
        "The fund bought bonds with a combined face value of $3 billion.",
        "$3 billion",
        "face value",
    ),
    (
        "a comparison's possessive other side swaps the holder",
        "Male nurses earned a median wage of $71,000, compared with women's $64,000.",
        "$64,000",
        "median wage of women",
    ),
    (
        "a relative clause's holding verb across a qualifier",
        "The guild, which represents more than 45,000 nurses, voted on Monday.",
        "45,000",
        "nurses represented by guild",
    ),
    (
        "a holding participle across a qualifier",
        "A ferry carrying nearly 300 passengers ran aground.",
        "300",
        "passengers on ferry",
    ),
]


@pytest.mark.parametrize(("rule", "sentence", "number", "expected"), MEASURES, ids=[case[0] for case in MEASURES])
def test_phrases_carry_what_a_reader_writes(rule: str, sentence: str, number: str, expected: str) -> None:
    assert measure_of(sentence, number) == expected, rule


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("road budget", True),
        ("top executives in the private sector", True),
        ("voters said they would stay home", False),
        ("workers were laid off", False),
        ("residents expected", False),
        ("orchard's trees died", False),
        ("money the county could spend on new roads next year", False),
        (None, False),
    ],
)
def test_a_noun_phrase_has_no_verb_and_is_short(phrase: str | None, expected: bool) -> None:
    assert is_noun_phrase(phrase) is expected


def test_a_question_mark_ends_the_numbers_clause() -> None:
    """A question inside a sentence the splitter kept whole ('40 percent of what?' she asked) says nothing the number
    measures: the words after the question mark are another clause, not the number's."""
    assert measure_of("They want 40 percent of what?' the mayor asked.", "40 percent") is None
    assert measure_of("They want 40 percent of the fund?' the mayor asked.", "40 percent") == "share of fund"


@pytest.mark.parametrize(
    ("sentence", "number", "value"),
    [
        ("A third of the orchard was lost to frost.", "A third", 33.333333),
        ("Nearly two-thirds of the town lost power.", "two-thirds", 66.666667),
        ("One in three tenants paid late.", "One in three", 33.333333),
        ("One in six riders walked.", "One in six", 16.666667),
        ("Three-quarters of the seats were empty.", "Three-quarters", 75.0),  # guard: an exact share stays as it was
    ],
)
def test_fractions_have_a_readers_value(sentence: str, number: str, value: float) -> None:
    """'a third' is 100/3 percent to six decimals (a reader's 33.333... matches it; 33.3 is another number)."""
    stats = [s for s in extract_statistics(make_article(sentence)) if s.text == number]
    assert [s.value for s in stats] == [value]
