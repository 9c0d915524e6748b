"""Measures round 23 of issue 17: constructions a fourth blind set of invented news in new genres showed failing
(``tests/fixtures/statistics-genres4``: pump prices, a census release, a marathon, smog alerts, port volumes, a food
bank's appeal, a box office weekend, a ski season, a minimum wage bill, a bridge over budget), each also failing in
other folders or in real text:

- a change told in a relative clause is a change in the clause's noun, not in the sentence's subject: 'Officials
  blamed steel prices, which rose 52 percent' -> 'rise in steel prices' (``relative_changes``);
- a change told in apposition to the amount before it ('moved 1.1 million containers, a 21 percent jump'; 'at $295,
  an increase of $20') is a change in what that amount measures (``appositive_changes``), unless the number's
  own clause names more than a change ('a gain of four votes for Pruitt');
- a hedge or an average between a verb of paying and the amount ('paid an average of $4.62', 'paid as little as
  $4.75') is no recipient: 'average payment', not 'payment to average' (``money``).

Invented sentences; each case fails on base 1c44c97, the guards hold what must not change."""

from __future__ import annotations

import pytest

from tests.stages.builders import measure_of

# each case: the sentence, the statistic's text, its measure; the id names the rule
MEASURES = [
    pytest.param(
        "Growers blamed fertilizer prices, which rose 48 percent over the winter.",
        "48 percent",
        "rise in fertilizer prices",
        id="relative change: not the sentence's subject",
    ),
    pytest.param(
        "Ticket sales, which fell 12 percent last spring, have recovered.",
        "12 percent",
        "fall in Ticket sales",
        id="relative change: the clause's noun opens the sentence",
    ),
    pytest.param(
        "Sales were helped by frozen foods, which grew 9%.",
        "9%",
        "growth in frozen foods",
        id="relative change: after a participle",
    ),
    pytest.param(
        "Over the decade, the wetlands, which declined by almost a fifth, shrank further.",
        "a fifth",
        "fall in wetlands",
        id="relative change: 'by' and a hedge before the number",
    ),
    pytest.param(
        "The council pointed to parking fines, which have increased 30 percent since May.",
        "30 percent",
        "increase in parking fines",
        id="relative change: a perfect tense",
    ),
    pytest.param(
        "The airport handled 2.4 million passengers in August, a 14 percent jump from a year earlier.",
        "14 percent",
        "jump in passengers handled",
        id="appositive change: the change noun after the number",
    ),
    pytest.param(
        "The library lent 310,000 books last year, an increase of 6 percent.",
        "6 percent",
        "increase in books lent",
        id="appositive change: 'an increase of'",
    ),
    pytest.param(
        "The county spent $4.1 million on snow removal, a drop of about 15 percent.",
        "15 percent",
        "drop in spending on snow removal",
        id="appositive change: a hedge after 'of'",
    ),
    pytest.param(
        "The town's population grew to 52,300 last year, an increase of 1,100 people.",
        "1,100",
        "increase in town's population",
        id="appositive change: a count of the same kind",
    ),
    pytest.param(
        "Carriers paid an average of $2.80 a mile for diesel.",
        "$2.80",
        "average payment",
        id="payment: 'an average of' is no recipient",
    ),
    pytest.param(
        "Farm hands can be paid as little as $6.10 an hour under the old rule.",
        "$6.10",
        "Farm hands payment",
        id="payment: 'as little as' is no recipient",
    ),
]

GUARDS = [
    pytest.param(
        "Home sales fell for a sixth month, dropping 2.2% in May.",
        "2.2%",
        "fall in Home sales",
        id="guard: a plain change of the sentence's subject",
    ),
    pytest.param(
        "Crude fell 62 cents, or 0.9%, to $68.10 a barrel.",
        "0.9%",
        "fall in Crude",
        id="guard: a change after a comma and 'or', no apposition",
    ),
    pytest.param(
        "Nonfatal shootings dropped to 486 from 602, a decline of 19 percent.",
        "19 percent",
        "decline in Nonfatal shootings",
        id="guard: an appositive change after a level already read",
    ),
    pytest.param(
        "Rivera finished with 6,214 votes to 6,176 for Lee Marsh, a gain of four votes for Rivera over the first"
        " count.",
        "four",
        "votes for Rivera over the first count",
        id="guard: an appositive count naming its own holder",
    ),
    pytest.param(
        "The plant employs 400 workers, a further 30 on contract.",
        "30",
        "further",
        id="guard: an appositive count with no change noun",
    ),
    pytest.param(
        "The club agreed to lend the team $5 million.",
        "$5 million",
        "loan to team",
        id="guard: a recipient after a verb of lending",
    ),
    pytest.param(
        "The city paid the contractor $2 million.",
        "$2 million",
        "payment to contractor",
        id="guard: a recipient after a verb of paying",
    ),
]


@pytest.mark.parametrize(("sentence", "number", "expected"), MEASURES)
def test_measure_of_a_new_genre_construction(sentence: str, number: str, expected: str | None) -> None:
    assert measure_of(sentence, number) == expected


@pytest.mark.parametrize(("sentence", "number", "expected"), GUARDS)
def test_measure_that_must_not_change(sentence: str, number: str, expected: str | None) -> None:
    assert measure_of(sentence, number) == expected
