"""Statistics round 37 of issue 17: a number the text tells someone to dial is no statistic.

'call 101 quoting ...', 'by calling 111 or visiting ...', 'call the support line on 16 9 12 free of charge': a short
service number has no telephone form of its own, only the calling verb before it and no noun after it. Seen in three
invented sets (a police appeal, a health survey, a telecom rollout); no real page in the readable pool has one.

Invented lines. The cases fail on the base (41a57a2), the guards pass on both.
"""

from __future__ import annotations

import pytest

from tests.stages.builders import FoundStatistics, found_statistics

CASES = [
    pytest.param("Anyone who saw the van should call 101 quoting the log number.", [], id="call, quoting"),
    pytest.param("Readers can get advice by calling 111 or visiting the clinic's site.", [], id="calling, or visiting"),
    pytest.param(
        "Members with questions can call the help line on 18 4 40 free of charge.", [], id="the line on, groups"
    ),
    pytest.param("A passer-by dialled 999.", [], id="dialled, a stop"),
    pytest.param(
        "Some 40 people were hurt, and callers were asked to ring 105.",
        [("40", 40.0, "people")],
        id="a count beside it stays",
    ),
]

CASES += [
    pytest.param("The help desk is on 01 555 0188 on weekdays.", [], id="a two-digit prefix, two groups"),
]
"""A national number whose zero-led prefix has two digits ('01 555 0199', an invented fintech story; a real aeb
page's hyphened one was already left out): every group is the number's."""

GUARDS = [
    pytest.param("The defence plans to call 12 witnesses.", [("12", 12.0, "witnesses")], id="a count after call"),
    pytest.param("Her office called 300 voters last week.", [("300", 300.0, "voters")], id="called, a noun after"),
    pytest.param("They will call 200 or more experts.", [("200", 200.0, "count")], id="or more: a count"),
    pytest.param(
        "Lane 04 carried 2100 cars and 350 vans.",
        [("2100", 2100.0, "cars"), ("350", 350.0, "vans")],
        id="a label, no groups",
    ),
]


@pytest.mark.parametrize(("line", "expected"), CASES + GUARDS)
def test_dialled_number(line: str, expected: FoundStatistics) -> None:
    assert found_statistics(line) == expected
