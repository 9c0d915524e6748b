"""Measures round 13 of issue 17: rules for the rows where two annotators agree on a statistic's `measures` and the
stage agrees with neither (`benchmarks/measures_agreement.py`), each a construction seen in several articles: a
count with no noun after a count told with a passive or casualty verb ('Two Danes were killed and 12 wounded'), a
place told by its bearing from another ('80 kilometres north of Halden'), an amount of open ground named by nothing
in its clause ('will develop 50 hectares'), a multiple that counts repeats of an event ('was shot twice').
Invented sentences; each case fails on main e206d7c but the guards marked below, which hold what must not change."""

from __future__ import annotations

import pytest

from tests.stages.builders import measure_of

# each case: the sentence, the statistic's text, its measure; the id names the rule
MEASURES = [
    pytest.param(
        "Two Danes were killed and 12 wounded in the storm near Brill.",
        "12",
        "Danes wounded in the storm",
        id="an earlier count's noun",
    ),
    pytest.param(
        "Three hikers were killed and over 40 injured in the slide.",
        "40",
        "hikers injured in the slide",
        id="a qualifier",
    ),
    pytest.param(
        "Nine men have been injured and two are missing after the flood.",
        "two",
        "men missing after the flood",
        id="auxiliaries",
    ),
    pytest.param("Four miners died and 30 were hurt in the fire.", "30", "miners hurt in the fire", id="after 'died'"),
    pytest.param("Six firms were fined and 12 warned.", "12", "firms warned", id="after any passive verb"),
    pytest.param(
        "Two Danes were killed and 12 wounded in the storm.", "Two", "Danes killed", id="guard: the first count"
    ),
    pytest.param(
        "The blast left 3 dead and 12 wounded.", "12", "people wounded in blast", id="guard: no earlier count"
    ),
    pytest.param("Two Danes were killed and 12 soldiers wounded.", "12", "soldiers wounded", id="guard: its own noun"),
    pytest.param("The village is about 80 km north of Halden.", "80", "distance north of Halden", id="a bearing"),
    pytest.param(
        "The plane crashed 15 km north-west of Brill on Tuesday.",
        "15",
        "distance north-west of Brill",
        id="a compound bearing",
    ),
    pytest.param(
        "The town is 30 miles away from the coast.",
        "30",
        "distance from the coast",
        id="guard: a distance away from a place",
    ),
    pytest.param(
        "The herd moved 12 miles north through the valley.",
        "12",
        "distance moved",
        id="guard: a direction with no 'of'",
    ),
    pytest.param("The council will develop almost 40 hectares in Marlow.", "40", "land", id="open ground is land"),
    pytest.param(
        "A further 120 hectares at Brill will be free for farming.", "120", "land", id="with a place after it"
    ),
    pytest.param("The fire has burned 10,000 acres.", "10,000", "area burned", id="guard: what was done to it"),
    pytest.param("The ranch covers 2,000 acres.", "2,000", "area of ranch", id="guard: its holder"),
    pytest.param("They flooded 900 acres of farmland.", "900", "farmland flooded", id="guard: what the acres are of"),
    pytest.param("The house has 2,400 square feet.", "2,400", "area", id="guard: a square unit is a floor's area"),
    pytest.param('"He was stabbed twice," she said.', "twice", "times stabbed", id="a repeat"),
    pytest.param(
        "Marsh was arrested three times over the fraud.",
        "three times",
        "times Marsh arrested",
        id="a repeat with a place after it",
    ),
    pytest.param(
        "The rate is three times the national average.",
        "three times",
        "rate national average",
        id="guard: a multiple of a rate",
    ),
    pytest.param(
        "The plant makes twice the output of the old one.",
        "twice",
        "output compared with old",
        id="guard: a multiple of an amount",
    ),
    pytest.param("They paid for it twice over.", "twice", None, id="guard: an emphasis"),
]


@pytest.mark.parametrize(("sentence", "number", "expected"), MEASURES)
def test_round_13_agreed_measures(sentence: str, number: str, expected: str | None) -> None:
    assert measure_of(sentence, number) == expected


def _words(text: str) -> list[str]:
    return text.split()


def test_casualty_noun_before_needs_and_and_a_counted_noun() -> None:
    from newsprep.extract.statistics.measures.casualty_counts import casualty_noun_before  # new in this round

    assert casualty_noun_before(_words("Two Danes were killed and")) == ("Danes", "killed")
    assert casualty_noun_before(_words("Three US troops have been wounded near Brill and")) == ("US troops", "wounded")
    assert casualty_noun_before(_words("Two Danes were killed")) is None
    assert casualty_noun_before(_words("The storm was fierce and")) is None
    assert casualty_noun_before(_words("Two Danes were killed, police said, and")) is None
