"""Statistics round 19: the detection errors left on every dev set, pooled across sources, each kind written as a
general construction and tested both ways on invented sentences.

- 'twice' or 'N times' after a passive verb and a short phrase of place or means ('was carried by stretcher into
  the ward twice') counts occasions, as 'was stabbed twice' does; an infinitive after the verb ('was pleased to be
  invited to sing twice') starts no such phrase;
- a number word after a verb of margin or change and 'by', its noun left out ('trailed by two early on', 'led by
  four at the break'), is the margin, as 'won by one goal' is with its noun;
- the new value of an age limit ('the pension age should be raised to 68', 'lower the voting age to 16') is an age;
- a possessive before 'previous' ('our previous two peaks') picks a window to look back over, as 'the previous
  two audits' does;
- two hyphens typed between words ('members--A, B and C--dissented') set off the names of a count's members as a
  spaced dash does;
- a dash parts a word that names things by number ('vote', 'route') from a count after it ('of the vote — 210 votes
  in all —'), as a comma does;
- a count out of a group with an owner ('eight of the region's 10 largest towns', 'six of the city's 12 wards')
  counts the group's noun, as 'eight of the 10 largest towns' does;
- 'a mother of four', 'the father of two' count children, as 'a family of five' counts its members (with the same
  test of what follows: a stop, a preposition, a verb of those 'a crew of six' takes, or 'who');
- the size of a change hyphened to its unit ('a 0.5-inch cut in legroom', 'a 2-degree rise') is an amount, where
  'a 13-inch screen' names a size class;
- the first item's number of a list a colon opens ('our picks are: 1) Alder, 2) Birch') names the item, as the later
  ones do;
- one unit written as 'a' and its name after a hedge ('up to a foot of rain', 'more than a mile') is 1 of that unit;
- a ratio to one before 'ratio' ('a 40-to-1 debt ratio', 'a 4:1 ratio') is a multiplier in 'times'; a vote or a
  margin told so ('a 2-to-1 vote') is a result, and stays out;
- the group 'one of' is counted out of, its noun left out and a participle after it ('one of four debated at the
  fete'), is a count, as 'one of five proposals' is.
"""

from __future__ import annotations

import pytest

from tests.stages.builders import FoundStatistics, found_statistics


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Orla was carried by stretcher into the Velm clinic twice in one night.", [("twice", 2.0, "times")]),
        ("Orla had to be taken to the ward twice.", [("twice", 2.0, "times")]),
        ("Mr Dorn was sent to the cells three times.", [("three times", 3.0, "times")]),
        ("The ferry was towed into Tarn harbour four times.", [("four times", 4.0, "times")]),
    ],
    ids=["by ... to the ... twice", "to the ... twice", "to the ... three times", "into a place"],
)
def test_occasions_after_a_passive_verb_and_a_phrase_of_place(sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ian was pleased to be invited to sing twice at the fete.", []),
        ("The pills are taken with water twice a day.", []),
        ("Okafor scored twice in the final.", []),
        ("Fees were raised to three times the old rate.", [("three times", 3.0, "times")]),
        ("The vote was pushed back twice.", [("twice", 2.0, "times")]),
    ],
    ids=["an infinitive", "a rate", "an active verb", "a multiplier", "a particle (as before)"],
)
def test_other_occasions_stay_as_they_were(sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Kestrels trailed by two early in the second half.", [("two", 2.0, "count")]),
        ("Velm led by four at the break.", [("four", 4.0, "count")]),
        ("The Orvel side won by three.", [("three", 3.0, "count")]),
    ],
    ids=["trailed by two", "led by four", "won by three"],
)
def test_a_margin_with_its_noun_left_out_is_a_count(sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The choir is led by two of its oldest singers.", [("two", 2.0, "singers")]),
        ("Profits rose by two percent.", [("two percent", 2.0, "percent")]),
        ("Dana Pell picked two.", []),
    ],
    ids=["led by two of", "by two percent", "a bare object (as before)"],
)
def test_other_number_words_after_by_stay_as_they_were(sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The pension age should be raised to 68 for younger staff.", []),
        ("The plan would lower the voting age to 16.", []),
        ("The age limit was cut to 12.", []),
        ("In an age of cheap flights, visits rose to 40 airports.", [("40", 40.0, "airports")]),
    ],
    ids=["raised to", "lower ... to", "age limit", "an age of, then a comma"],
)
def test_the_new_value_of_an_age_limit_is_an_age(sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Sales beat our previous two peaks.", []),
        ("Velm lost its previous three finals.", []),
        ("Its first two stores opened in May.", [("two", 2.0, "stores")]),
        ("She cited five previous rulings.", [("five", 5.0, "rulings")]),
    ],
    ids=["our previous two", "its previous three", "its first two (a count)", "five previous (a count)"],
)
def test_a_window_after_a_possessive_and_previous(sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Once again, three board members--Velm Chair Roe, Orvel Chair Voss, and Tarn Chair Reyes--dissented.", []),
        ("Three firms--Velm, Orvel and Tarn--bid for the depot.", []),
        ("Three firms--including Velm, Orvel and Tarn--bid for the depot.", [("Three", 3.0, "firms")]),
        ("Four firms--Velm, Orvel and Tarn--bid for the depot.", [("Four", 4.0, "firms")]),
    ],
    ids=["members--names--", "firms--names--", "including: examples", "more than are named"],
)
def test_members_named_after_two_hyphens(sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Velm won 61 percent of the vote — 210 votes in all — in May.",
            [("61 percent", 61.0, "percent"), ("210", 210.0, "votes")],
        ),
        ("The plan passed in vote 3.", []),
        ("The crew took Route 9 home.", []),
    ],
    ids=["a dash after 'vote'", "vote 3 (as before)", "Route 9 (as before)"],
)
def test_a_dash_parts_a_naming_word_from_a_count(sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Dana Pell won eight of the region’s 10 largest towns.", [("eight", 8.0, "towns")]),
        ("He topped the poll in six of the city’s 12 wards.", [("six", 6.0, "wards"), ("12", 12.0, "wards")]),
        ("Two of Velm’s four ports shut.", [("Two", 2.0, "ports"), ("four", 4.0, "ports")]),
        ("Two of the woman’s children were hurt.", [("Two", 2.0, "children")]),
    ],
    ids=["the region's 10 largest", "the city's 12", "Velm's four (as before)", "the woman's (as before)"],
)
def test_a_count_out_of_an_owned_group(sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ann Roe, a mother of three in Velm, spoke first.", [("three", 3.0, "count")]),
        ("Ann Roe, a busy mother of four who farms near Velm, spoke.", [("four", 4.0, "count")]),
        ("He is the father of two.", [("two", 2.0, "count")]),
        ("They have a crew of six who work nights.", [("six", 6.0, "count")]),
    ],
    ids=["mother of three in", "mother of four who", "father of two.", "a crew of six who"],
)
def test_a_parent_of_n_counts_children(sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("She spoke of three and of four.", []),
        ("A three time winner came back.", []),
    ],
    ids=["of three, no group", "a three time winner (as before)"],
)
def test_other_number_words_after_of_stay_out(sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The new van has a 0.5-inch cut in legroom.", [("0.5-inch", 0.5, "inches")]),
        ("Velm saw a 2-degree rise in May.", [("2-degree", 2.0, "degrees")]),
        ("The 13-inch screen is bright.", []),
        ("The sea wall faces a 3-foot rise.", [("3-foot", 3.0, "feet")]),
    ],
    ids=["-inch cut", "-degree rise", "-inch screen (as before)", "-foot rise (as before)"],
)
def test_a_change_hyphened_to_its_unit_is_an_amount(sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Our top picks are: 1) Alder, 2) Birch, 3) Cedar.", []),
        ("We found: 40 people hurt.", [("40", 40.0, "people")]),
        ("The tally: 12 (up from 9) were hurt.", [("12", 12.0, "count"), ("9", 9.0, "count")]),
    ],
    ids=["1) after a colon", "a count after a colon (as before)", "a bracket later (as before)"],
)
def test_a_list_items_number_after_a_colon(sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Up to a foot of rain soaked the hills of Velm, and more than a foot may reach Tarn.",
            [("a foot", 1.0, "feet"), ("a foot", 1.0, "feet")],
        ),
        ("The lake lies about a mile away.", [("a mile", 1.0, "miles")]),
        ("He has a foot in the door.", []),
        ("She caught about a foot-long fish.", []),
        ("It sold for about a pound.", []),
    ],
    ids=["up to / more than a foot", "about a mile", "no hedge", "a compound", "a pound (a currency too)"],
)
def test_one_unit_after_a_hedge(sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The rules allow a 40-to-1 debt ratio.", [("40-to-1", 40.0, "times")]),
        ("Staff kept a 4:1 ratio of pupils to teachers.", [("4:1", 4.0, "times")]),
        ("The court ruled by a 2-to-1 vote.", []),
        ("It was a 3 to 1 margin.", []),
        ("The odds were 10-to-1.", []),
    ],
    ids=["N-to-1 debt ratio", "N:1 ratio", "a vote (a result)", "a margin", "odds"],
)
def test_a_ratio_to_one_is_a_multiplier(sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Her draft is one of four debated at the Velm fete.", [("four", 4.0, "count")]),
        ("She is one of three.", []),
        ("The four debated at the fete were dull.", []),
    ],
    ids=["one of four debated at", "one of three. (as before)", "the four debated (as before)"],
)
def test_the_group_one_is_counted_out_of(sentence: str, expected: FoundStatistics) -> None:
    assert found_statistics(sentence) == expected
