"""Statistics round 15 of issue 17: general causes found by a gold-free audit of the published table on real text
(``benchmarks/statistics_audit.py``: nulls and phrases with no noun, read beside their sentences): a bounded 'half'
with no 'of' ('nearly half the herd') read as 'half of the herd'; an aside between a count's noun and its verb that
says which of them ('Nine workers, mostly from the night shift, were hurt') or an unbracketed 'including' ('Twelve
hikers including four Danes were rescued'); a bare count of a group a sentence opens with ('Of the 12 referees, five
were picked by the league'). Invented sentences; each case fails on main a4aadcb but the guards marked below."""

from __future__ import annotations

import pytest

from newsprep.extract.statistics.measures.actions import group_count_doing
from tests.stages.builders import measure_of

# (rule, sentence, the statistic's text, its measure)
MEASURES = [
    (
        "a bounded half with no 'of'",
        "Nearly half the herd reached the river by dusk.",
        "half",
        "herd reached the river by dusk",
    ),
    ("with a passive verb", "More than half the staff were sent home.", "half", "staff sent home"),
    ("a half of what is named", "Nearly half the funding came from three donors.", "half", "share of funding"),
    (
        "guard: 'half of the' as before",
        "Nearly half of the herd reached the river by dusk.",
        "half",
        "herd reached the river by dusk",
    ),
    (
        "guard: a half of a relative amount stays as it was",
        "Rain was less than half the normal amount.",
        "half",
        "Rain",
    ),
    (
        "an aside saying which of them",
        "Nine workers, mostly from the night shift, were injured in the blast.",
        "Nine",
        "workers injured in the blast",
    ),
    (
        "a verb of staying after the aside",
        "Some 200 cabins, mostly near the lake, remain closed.",
        "200",
        "cabins remain closed",
    ),
    (
        "an aside before a passive verb",
        "Some 3,000 cabins, mostly on the eastern ridge, were left without water.",
        "3,000",
        "cabins left without water",
    ),
    ("an aside with 'all'", "Five prisoners, all young men, are being held.", "Five", "prisoners held"),
    (
        "an unbracketed 'including'",
        "Twelve hikers including four Danes were rescued on Sunday.",
        "Twelve",
        "hikers rescued",
    ),
    (
        "guard: the included count",
        "Twelve hikers including four Danes were rescued on Sunday.",
        "four",
        "Danes rescued",
    ),
    ("guard: a bracketed 'including'", "Five prisoners, including a driver, are being held.", "Five", "prisoners held"),
    (
        "a bare count of an opening group, a passive verb",
        "Of the 12 referees at the tournament, five were picked by the league.",
        "five",
        "referees picked by the league",
    ),
    ("among an opening group", "Among the 30 nurses, nine were injured.", "nine", "nurses injured"),
    (
        "a gerund after the auxiliary",
        "Of the 40 farms surveyed, 12 were expecting a smaller harvest.",
        "12",
        "farms expecting a smaller harvest",
    ),
    (
        "guard: a share of an opening group as before",
        "Of the farms surveyed, 40% were expecting a smaller harvest.",
        "40%",
        "farms expecting a smaller harvest",
    ),
    ("guard: a gerund before a noun is no action", "Of the 140 posts cut, 60 are nursing posts.", "60", "cut"),
    (
        "guard: the group's own count",
        "Of the 40 farms surveyed, 12 were expecting a smaller harvest.",
        "40",
        "farms surveyed",
    ),
]


@pytest.mark.parametrize(("rule", "sentence", "number", "expected"), MEASURES)
def test_round_15_measures(rule: str, sentence: str, number: str, expected: str | None) -> None:
    assert measure_of(sentence, number) == expected, rule


def test_group_count_doing_needs_an_opening_group_and_an_auxiliary() -> None:
    opening = ["Of", "the", "30", "nurses,"]
    assert group_count_doing(opening, ["were", "injured", "in", "the", "ward"]) == "nurses injured in the ward"
    assert group_count_doing(opening, ["said", "they", "would", "strike"]) is None
    assert group_count_doing(["The", "30", "nurses,"], ["were", "injured"]) is None
    assert group_count_doing(opening, ["are", "nursing", "posts"]) is None
