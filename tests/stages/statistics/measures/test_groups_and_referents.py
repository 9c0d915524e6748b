"""Measures round 20 of issue 17: a holder or a noun named outside the number's clause.

- 'N of them' takes the noun of the group 'them' points back at: the nearest count before it in the paragraph that
  is at least as large, in its sentence or the one before (``groups.group_for_them``);
- a noun-less count opening a clause of its own later in the sentence of a count of a plural noun counts the same
  things ('finished 6,800 flats, and another 4,100 are under construction', ``groups.elided_group_count``);
- a count after 'with' and a verb of leading is what the subject has; a 'he' or 'she' subject is the person the
  sentence before opens with when that sentence names no one else (``referents.leader_count``);
- a toll of harm with no noun, joined by 'and' to a toll with one ('left five miners dead and 14 injured',
  'killed three miners and injured 12'), counts the same people (``referents.harmed_group_before``).

Invented sentences; each case fails on main 762b779 but the guards, which hold what must not change."""

from __future__ import annotations

import pytest

from newsprep.extract.statistics.measures.groups import CountedGroup, counted_group, group_for_them
from newsprep.extract.statistics.measures.referents import named_subject_before
from newsprep.extract.statistics.words.context import sentence_spans
from tests.stages.builders import measure_of

# each case: the sentence, the statistic's text, its measure; the id names the rule
MEASURES = [
    pytest.param(
        "The study followed 4,000 adults for ten years. During that time, 310 of them had a stroke.",
        "310",
        "adults a stroke",
        id="them: the group counted in the sentence before",
    ),
    pytest.param(
        "More than 800 homes were damaged, about 120 of them destroyed, officials said.",
        "120",
        "homes destroyed",
        id="them: the group counted earlier in the sentence",
    ),
    pytest.param(
        "The budget funds 1,200 posts, so about 90 of them remain empty.",
        "90",
        "posts remain empty",
        id="them: a clause after 'so'",
    ),
    pytest.param(
        "Tracers found about 900 people who had visited two markets. About 150 of them were told to stay home.",
        "150",
        "people told to stay home",
        id="them: not a nearer count smaller than the part",
    ),
    pytest.param(
        "Builders started 3,100 homes this year, about a third of them flats.",
        "a third",
        "flats share of homes",
        id="them: a share named by its own noun",
    ),
    pytest.param(
        "Survey teams visited 300 farms. Half of them were dry.",
        "Half",
        "share of farms dry",
        id="them: a share of the group in the sentence before",
    ),
    pytest.param(
        "Ann Roe scored twice on Friday. She also leads the team with 44 points.",
        "44",
        "points of Ann Roe",
        id="leader: 'she' is the person the sentence before opens with",
    ),
    pytest.param(
        "Vera Lind won the race on Sunday. She now leads the championship standings with 214 points.",
        "214",
        "points of Vera Lind",
        id="leader: three words between the verb and 'with'",
    ),
    pytest.param("The Kestrels lead the league with 41 points.", "41", "points of Kestrels", id="leader: a named team"),
    pytest.param("Ann Roe leads the team with 44 points.", "44", "points of Ann Roe", id="leader: a named player"),
    pytest.param(
        "Ann Roe scored twice on Friday. After a long "
        + "and very wet " * 32
        + "season, she leads the team with 44 points.",
        "44",
        "points of Ann Roe",
        id="leader: 'she' far into its sentence still reads the sentence before (stop 48: the stage's spans)",
    ),
    pytest.param(
        "The collapse left five miners dead and 14 injured, officials said.",
        "14",
        "miners injured in collapse",
        id="toll: 'N <noun> dead and M injured'",
    ),
    pytest.param(
        "The flood killed three coal miners and injured 12.",
        "12",
        "coal miners injured",
        id="toll: 'killed N <noun> and injured M'",
    ),
    pytest.param(
        "The first night of shelling left nearly 80 villagers dead and 150 wounded.",
        "150",
        "villagers wounded in night of shelling",
        id="toll: a hedge before the first count",
    ),
    pytest.param(
        "Builders finished about 6,800 flats last year, and another 4,100 are under construction.",
        "4,100",
        "flats under construction",
        id="elided: 'and another N are'",
    ),
    pytest.param(
        "About 900 nurses work full time, while an estimated 300 are on short-term contracts.",
        "300",
        "nurses on short-term contracts",
        id="elided: 'while N were'",
    ),
    pytest.param(
        "Some 180 climbers set out on Sunday, with about 150 reaching the summit above Velm.",
        "150",
        "climbers reaching the summit above Velm",
        id="elided: 'with N <doing>'",
    ),
    pytest.param(
        "Out of 3,400 pupils, 285 were absent on Monday.",
        "285",
        "pupils absent on Monday",
        id="elided: 'out of N <noun>, M were'",
    ),
    # guards: the same on main and on this branch
    pytest.param(
        "Builders finished 6,800 flats last year. Another 4,100 are planned.",
        "4,100",
        "planned",
        id="guard: an elided noun is not read across sentences",
    ),
    pytest.param(
        "Of the 12 referees at the tournament, five were picked by the league.",
        "five",
        "referees picked by the league",
        id="guard: 'of the N <noun>, M were', read before",
    ),
    pytest.param(
        "The storm destroyed 300 homes and injured 12.",
        "12",
        "people injured",
        id="guard: a count that is no toll of harm before 'and'",
    ),
    pytest.param(
        "The blast left 3 dead and 12 wounded.", "12", "people wounded in blast", id="guard: a toll with no noun"
    ),
    pytest.param(
        "Two Danes were killed and 12 wounded in the storm.",
        "12",
        "Danes wounded in the storm",
        id="guard: a passive toll, read before",
    ),
    pytest.param(
        "Three hikers died and about 40 were hurt, half of them children.",
        "half",
        "share of them children",
        id="guard: the nearest count has no noun, so 'them' stays",
    ),
    pytest.param(
        "The study followed 4,000 adults. The work took ten years. In the end, 310 of them had a stroke.",
        "310",
        "them a stroke",
        id="guard: a sentence between the group and its part",
    ),
    pytest.param(
        "The raid killed 40 people, 12 of them children.", "12", "children killed", id="guard: a part's own noun"
    ),
    pytest.param(
        "The coach praised Ann Roe. She leads the team with 44 points.",
        "44",
        None,
        id="guard: the sentence before does not open with a name",
    ),
    pytest.param(
        "Ann Roe passed to Lee Cho. She leads the team with 44 points.",
        "44",
        None,
        id="guard: the sentence before names two people",
    ),
    pytest.param(
        "Ann Roe scored twice. The striker leads the team with 44 points.",
        "44",
        None,
        id="guard: a subject that is no name",
    ),
]


@pytest.mark.parametrize(("sentence", "number", "expected"), MEASURES)
def test_measure_of_a_holder_named_outside_the_clause(sentence: str, number: str, expected: str | None) -> None:
    assert measure_of(sentence, number) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Ann Roe scored on Friday. She also leads the team.", "Ann Roe"),
        ("Roe scored. He leads the team.", "Roe"),
        ("She leads the team.", None),  # the paragraph's first sentence: no sentence before it
        ("On Sunday the Kestrels won. She leads the team.", None),  # an opener, not a name
        ("Ann Roe passed to Lee Cho. She leads the team.", None),  # two people named
        ("Ann Roe scored in May. She leads the team.", "Ann Roe"),  # a month is no one
    ],
)
def test_named_subject_before(paragraph: str, expected: str | None) -> None:
    spans = sentence_spans(paragraph)  # the stage's sentences: the last one's is the 'she' sentence
    assert named_subject_before(paragraph, spans[-2] if len(spans) > 1 else None) == expected


def test_counted_group_is_only_a_count() -> None:
    assert counted_group(10, 0, 4000.0, "count", "adults") == CountedGroup(10, 0, 4000.0, "adults")
    assert counted_group(10, 0, 120.0, "count", None) == CountedGroup(10, 0, 120.0, None)
    assert counted_group(10, 0, 4.0, "percent", None) is None


def test_group_for_them_leaves_other_phrases() -> None:
    text = "They counted 900 voters. Of those, 150 of them stayed home."
    groups = [CountedGroup(text.index(" voters") + 7, 0, 900.0, "voters")]
    part = (text.index("150"), text.index("150") + 3, 1, 150.0)
    assert group_for_them(text, "them stayed home", part, groups) == "voters stayed home"
    assert group_for_them(text, "turnout", part, groups) == "turnout"
    assert group_for_them(text, None, part, groups) is None
    assert group_for_them(text, "them stayed home", (part[0], part[1], part[2], 1000.0), groups) == "them stayed home"
