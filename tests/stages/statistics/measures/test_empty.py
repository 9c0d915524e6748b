"""Measures round 15 of issue 17: phrases that say nothing. When the clause's verb and its adverbs stand between the
number and what it measures, the stage kept adverbs and auxiliaries only ('ever so', 'will eventually', 'well') or
left them trailing after the noun ('waiting list will soon'); the audit counts these as 'no noun' rows. Now such a
phrase gives way to the sentence's opening subject, or to None when the sentence opens on no noun, and a trailing
auxiliary or adverb of the verb is cut (``empty``). A box-score line ('Kira Dalton 14 points and 3
steals.') names its player with no verb: 'points by Kira Dalton', as with one (``box_scores``). Invented
sentences; each case fails on main 9676843 but the guards marked below, which hold what must not change."""

from __future__ import annotations

import pytest

from newsprep.extract.statistics.measures.empty import says_nothing, without_empty_tail
from tests.stages.builders import measure_of

# each case: the sentence, the statistic's text, its measure; the id names the rule
MEASURES = [
    pytest.param(
        "The screen's pixel density goes ever so slightly from 401 to 412ppi.",
        "412ppi",
        "screen's pixel density",
        id="adverbs only: the opening subject, possessive kept",
    ),
    pytest.param(
        "A fleet of six ferries will eventually be increased to 14.",
        "14",
        "fleet of ferries",
        id="auxiliary and adverb only: the opening subject without its number",
    ),
    pytest.param(
        "In the lab test, results climbed as well from 310 to 355.",
        "355",
        None,
        id="adverbs only and no opening subject: None",
    ),
    pytest.param(
        "The clinic's waiting list will soon be cut to 200.",
        "200",
        "clinic's waiting list",
        id="trailing auxiliary and adverb",
    ),
    pytest.param(
        "Some 80 ushers hired by the arena shortly after the opening were let go.",
        "80",
        "ushers hired by the arena",
        id="trailing adverb",
    ),
    pytest.param("Kira Dalton 14 points and 3 steals.", "14", "points by Kira Dalton", id="box score: first count"),
    pytest.param("Kira Dalton 14 points, 9 rebounds, 3 steals.", "3", "steals by Kira Dalton", id="box score: a list"),
    pytest.param("Westfield (2-1): Okoro 12 points.", "12", "points by Okoro", id="box score: after the team"),
    # guards: these pass on main too
    pytest.param("Kira Dalton had 14 points.", "14", "points by Kira Dalton", id="guard: a scorer with a verb"),
    pytest.param("Nearly 30 points were scored.", "30", "points scored", id="guard: a qualifier is no name"),
    pytest.param(
        "The council hopes to sign up 300 volunteers.", "300", "volunteers to sign up", id="guard: particle ends"
    ),
    pytest.param("Officials said 12,000 ballots were cast early.", "12,000", "ballots cast early", id="guard: early"),
    pytest.param("About 37% viewed the mayor favorably.", "37%", "viewed the mayor favorably", id="guard: -ly kept"),
    pytest.param(
        "The port ordered eight cranes to supply the new quay.",
        "eight",
        "cranes ordered to supply the new quay",
        id="guard: a verb in -ly",
    ),
    pytest.param("Salads come with 2 tablespoons dressing.", "2", "tablespoons dressing", id="guard: noun in -ing"),
]


@pytest.mark.parametrize(("sentence", "number", "measure"), MEASURES)
def test_measure(sentence: str, number: str, measure: str | None) -> None:
    assert measure_of(sentence, number) == measure


@pytest.mark.parametrize(
    ("phrase", "empty"),
    [
        ("ever so", True),
        ("will eventually", True),
        ("essentially getting", True),
        ("well", True),
        ("rating", False),
        ("passer rating", False),
        ("ballots cast early", False),
        (None, False),
    ],
)
def test_says_nothing(phrase: str | None, empty: bool) -> None:
    assert says_nothing(phrase) is empty


def test_without_empty_tail() -> None:
    assert without_empty_tail("depot staff will soon") == "depot staff"
    assert without_empty_tail("volunteers to sign up") == "volunteers to sign up"
    assert without_empty_tail("well") == "well"  # nothing before it to keep: says_nothing's case
