"""Statistics round 33 of issue 17: the seventh fresh source's leads, each counted over all readable text (the
annotated sets and 309 unannotated test pages of six releases) and built where two or more articles support it.

The shared guide leaves identifiers out ('route or phone numbers'); what was left published:

- the second number of a pair whose first is a name's number ('both Python 2 and 3', 'in Layers 1 and 2 and ...')
  names the same kind of thing, when nothing counted follows it ('Team Kestrel 4 and 5 others' still counts others);
- a plural of a word that names by number before a pair ('Levels 2 through 6') names, as 'grades 6 through 8' did;
  a plural before one number does not ('the levels 2 feet deep'), nor a count before the noun ('12 levels');
- a network port's number ('on port 443.', 'exposes port 3000 to the web') is a name when a stop, a verb or a
  preposition follows it; 'a port 40 km north of the city' still measures a distance, and '2,000 dockers' still counts;
- a number that runs on into a third dotted group is a release or a network address ('Python 3.6.0', '127.0.0.1',
  '85[.]17.40.98', an address written with a bracketed dot so no reader follows it); a decimal that ends a sentence
  is kept.

Invented sentences. The cases fail on the base (5dc05bf), the guards pass on both.
"""

from __future__ import annotations

import pytest

from newsprep.extract.statistics import extract_statistics
from tests.stages.builders import make_article

Row = tuple[str, float, str | None]

# (sentence, every row: text, value, unit)
CASES = [
    pytest.param(
        "The fix covers both Python 2 and 3, the maintainers said.",
        [],
        id="the second of a pair after a capitalised name",
    ),
    pytest.param(
        "The bug sits in Layers 1 and 2 and in the driver that joins them.",
        [],
        id="the second of a pair before 'and'",
    ),
    pytest.param(
        "Levels 2 through 6 are run by the kernel, the engineers said.",
        [],
        id="a plural of a naming word before a pair, opening the sentence",
    ),
    pytest.param(
        "The office takes up levels 2 and 3 and employs 300 people.",
        [("300", 300.0, "people")],
        id="a plural of a naming word before a pair joined by 'and'",
    ),
    pytest.param(
        "The malware calls home on port 8443 every hour.",
        [],
        id="a port's number before a preposition",
    ),
    pytest.param(
        "The scanner found the service on ports 80 and 443.",
        [],
        id="two ports' numbers",
    ),
    pytest.param(
        "The tunnel exposes port 3000 to the web, and 12 hosts were hit.",
        [("12", 12.0, "hosts")],
        id="a port's number beside a count",
    ),
    pytest.param(
        "Python 3.6.0 is now available, with 40 fixes.",
        [("40", 40.0, "fixes")],
        id="a release number",
    ),
    pytest.param(
        "The C2 server sits at 85[.]17.40.98, and 127.0.0.1 served 12 requests.",
        [("12", 12.0, "requests")],
        id="network addresses, one with a bracketed dot",
    ),
    pytest.param(
        "The patch moved the app from 2.4.1 to 2.5.0 in 3 days.",
        [],
        id="a pair of release numbers",
    ),
]

GUARDS = [
    pytest.param(
        "The walls have 2 layers of insulation and the tower has 12 levels.",
        [("2", 2.0, "layers"), ("12", 12.0, "levels")],
        id="guard: counts before the nouns that name by number",
    ),
    pytest.param(
        "She lives on level 3 of a block of 5 storeys.",
        [("5", 5.0, "storeys")],
        id="guard: a level's name and the storeys counted",
    ),
    pytest.param("The levels 2 feet deep were flooded.", [("2", 2.0, "feet")], id="guard: a plural before one number"),
    pytest.param(
        "It docked at a port 40 km north of the city.",
        [("40", 40.0, "km")],
        id="guard: a distance after a harbour",
    ),
    pytest.param(
        "The port 2,000 dockers use is closed.",
        [("2,000", 2000.0, "dockers")],
        id="guard: a count after a harbour",
    ),
    pytest.param(
        "Team Kestrel 4 and 5 others reached the final.",
        [("5", 5.0, "others")],
        id="guard: a count after a name's number",
    ),
    pytest.param(
        "The report counted 96 days in 2000 and 34 last year.",
        [("34", 34.0, "count")],
        id="guard: a count after a year",
    ),
    pytest.param(
        "Votes were 52 and 48 in the two rounds.",
        [("52", 52.0, "count"), ("48", 48.0, "count"), ("two", 2.0, "rounds")],
        id="guard: a pair of counts after a capitalised opener",
    ),
    pytest.param("Pupils in grades 3 through 8 sat the test.", [], id="guard: 'grades 3 through 8' read already"),
    pytest.param(
        "Shares rose 3.6. 2 analysts agreed.",
        [("3.6", 3.6, "count"), ("2", 2.0, "analysts")],
        id="guard: a decimal that ends a sentence",
    ),
    pytest.param(
        "The index closed at 1,234.5, up 0.4%.",
        [("1,234.5", 1234.5, "count"), ("0.4%", 0.4, "percent")],
        id="guard: a decimal before a comma",
    ),
]


def _rows(sentence: str) -> list[Row]:
    return [(s.text, s.value, s.unit) for s in extract_statistics(make_article(sentence))]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_round33_case(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), GUARDS)
def test_round33_guard(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected
