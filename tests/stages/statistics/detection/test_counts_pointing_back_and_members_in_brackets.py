"""Statistics detection round 13 (issue 17): the misses and false rows left on every readable statistics dev set,
sorted by construction; the one found in more than one article and corpus, tested on invented sentences.

- a count with 'the' that is its clause's subject, its verb right after the noun, whose noun the article has already
  used ('a painter from A and a painter from B ... the three painters knew', 'the two camps should stay apart' after
  'each camp'), points at things the reader has met: no entry, as 'the two countries agreed' already is;
- a count whose members are all named right after it in brackets ('wrote two novels (Red Sky and The Long Road)'):
  no entry, as with a comma, a colon or a dash.

Guards: a subject whose noun is new to the article ('A bus crashed. The three victims were taken to hospital'), a
first mention with 'the' that says where or which ('the two murals in its lobby', 'the three seats that changed
hands'), a noun phrase with a name in it ('the four Kurdish parties have agreed'), the same count without 'the'
('three painters knew') and digits stay entries; a bracket naming fewer members than counted, or examples
('five firms (including Astra and Veld)'), keeps the count.
"""

from __future__ import annotations

import pytest

from tests.stages.builders import FoundStatistics, found_statistics


@pytest.mark.parametrize(
    "paragraphs",
    [
        [
            "Juno hired a painter from Velm and a painter from Orvel.",
            "So the three painters knew the mural had to rhyme.",
        ],
        ["Testers tried each setting for a week, and say the two settings are alike in most scenes."],
        ["Each camp has its own gate. Organisers seem keen that the two camps should be kept apart during the fair."],
        ["A brother of the bride spoke first. After a long night the four brothers will meet the mayor on Monday."],
        ["Both clubs hired a new coach in May, and the two coaches have spoken twice since June."],
    ],
    ids=["knew", "are", "should", "will", "have"],
)
def test_subject_count_with_the_points_back(paragraphs: list[str]) -> None:
    assert found_statistics(*paragraphs) == []


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["A bus left the road near Velm.", "The three victims were taken to hospital."], [("three", 3.0, "victims")]),
        (["The museum reopened.", "It restored the two murals in its lobby."], [("two", 2.0, "murals")]),
        (
            ["Each seat was fought hard.", "The vote decided the three seats that changed hands."],
            [("three", 3.0, "seats")],
        ),
        (["A party of Kurds met.", "The four Kurdish parties have agreed on a list."], [("four", 4.0, "parties")]),
        (["A painter from Velm came.", "Three painters knew the mural had to rhyme."], [("Three", 3.0, "painters")]),
        (["A painter from Velm came.", "In Velm, 12 painters were hired for the mural."], [("12", 12.0, "painters")]),
    ],
    ids=["noun not used before", "where", "which", "named group", "no the", "digits"],
)
def test_first_mentions_stay(paragraphs: list[str], expected: FoundStatistics) -> None:
    assert found_statistics(*paragraphs) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Rana went on to write two novels (Red Sky and The Long Road) before 1990.", []),
        ("The council named three judges (Ana Pell, Omar Reyes and Kim Dale) to the panel.", []),
        ("The firm sold 12 plants (Orvel, Velm and Dunmore among them) last year.", [("12", 12.0, "plants")]),
        ("Regulators fined five firms (including Astra and Veld) in May.", [("five", 5.0, "firms")]),
        ("Rana wrote four novels (Red Sky and The Long Road are the best known).", [("four", 4.0, "novels")]),
    ],
    ids=["two named", "three named", "others", "examples", "fewer names"],
)
def test_count_of_members_named_in_brackets(sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence) == expected
