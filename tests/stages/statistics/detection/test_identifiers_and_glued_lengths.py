"""Statistics round 32 of issue 17: the sixth fresh source's detection leads, each counted over all readable text
and built where two or more articles support it and no gold annotates the same shape the other way.

- a bare number that is an all-capitals name's number ('gut hormone 1 (GH-1)', 'the pathways' labels (2.6 and
  8.5)' in a paragraph that writes 'PW2.6' and 'PW8.5') is no amount; one outside brackets, or with a noun after it,
  still counts ('the FX-3 model sold 3 in a day', 'the COVID-19 ward took in 19 patients');
- a length in millimetres or centimetres glued to its number after a word that takes an amount, before no noun
  ('dropped about 4cm over the weekend', 'shrank to just 2.5mm'), is the amount itself, as storage was in round 28 and
  as '4 cm' written apart is; beside a model's name or before a noun it still names a size class ('the Model 7 42mm
  watch', 'its 40mm drivers');
- a range with its unit glued to both ends after such a word ('kept to 20cm-35cm if ...') gives both ends, as
  '20 to 35cm' does; a falling pair, or one before a noun ('comes in 40mm-44mm sizes'), gives none.

Invented sentences. The cases fail on the base (d2a45c0), the guards pass on both.
"""

from __future__ import annotations

import pytest

from newsprep.extract.statistics import extract_statistics
from tests.stages.builders import make_article

Row = tuple[str, float, str | None]

# (sentence, every row: text, value, unit)
CASES = [
    pytest.param(
        "In a trial of 40 volunteers, the dye raised levels of gut hormone 1 (GH-1), which curbs appetite.",
        [("40", 40.0, "volunteers")],
        id="a name's number before its bracketed acronym",
    ),
    pytest.param(
        "Emission pathways run from very high (PW8.5) to very low (PW2.6), and the pathways' labels (2.6 and 8.5) "
        "give the forcing in 2100.",
        [],
        id="numbers in brackets the paragraph glues to an acronym",
    ),
    pytest.param(
        "The pond's level dropped about 4cm during the heatwave.",
        [("4cm", 4.0, "centimeters")],
        id="a glued length after 'about', before 'during'",
    ),
    pytest.param(
        "The snow depth rose to 12cm, the deepest since 2010.",
        [("12cm", 12.0, "centimeters")],
        id="a glued length after 'to', before a comma",
    ),
    pytest.param(
        "The gap between the plates shrank to just 2.5mm.",
        [("2.5mm", 2.5, "millimeters")],
        id="a glued length after 'just', before a stop",
    ),
    pytest.param(
        "The swell could be kept to 20cm-35cm if the barrier holds.",
        [("20cm", 20.0, "centimeters"), ("35cm", 35.0, "centimeters")],
        id="a range glued to its unit at both ends",
    ),
    pytest.param(
        "Cloud backups grew to 16GB-32GB per user.",
        [("16GB", 16.0, "gigabytes"), ("32GB", 32.0, "gigabytes")],
        id="a storage range glued at both ends",
    ),
]

GUARDS = [
    pytest.param("The Model 7 42mm watch costs $199.", [("$199", 199.0, "usd")], id="guard: a model's size"),
    pytest.param("Its 40mm drivers are loud.", [], id="guard: a part's size before a noun"),
    pytest.param("The watch comes in 40mm-44mm sizes.", [], id="guard: a range of sizes before a noun"),
    pytest.param("The swell was kept to 35cm-20cm in the worst years.", [], id="guard: a falling pair"),
    pytest.param("The laptop is 13.9mm thick.", [("13.9mm", 13.9, "millimeters")], id="guard: 'thick' read already"),
    pytest.param("Storage options run from 128GB to 1TB.", [], id="guard: the options a range of models spans"),
    pytest.param("The phone is sold with 8GB-12GB of memory.", [], id="guard: a glued range before 'of', no taker"),
    pytest.param("The G20 summit drew 20 leaders.", [("20", 20.0, "leaders")], id="guard: a count with its noun"),
    pytest.param(
        "The COVID-19 ward took in 19 patients on Monday.",
        [("19", 19.0, "patients")],
        id="guard: an acronym's number and a count of the same digits",
    ),
    pytest.param(
        "An MRI scan found 3 lesions, and the MRI-3 protocol was used.",
        [("3", 3.0, "lesions")],
        id="guard: a count with its noun beside a glued name",
    ),
    pytest.param(
        "Readings ranged from 2.6 to 8.5 across the region.", [], id="guard: a bare pair of small numbers, no name"
    ),
]


def _rows(sentence: str) -> list[Row]:
    return [(s.text, s.value, s.unit) for s in extract_statistics(make_article(sentence))]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_round32_case(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), GUARDS)
def test_round32_guard(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The FX-3 model sold 3 in a day.",
        "The team had won 12, and the AB12 rocket flew.",
    ],
    ids=["outside brackets, after a verb", "a count of wins beside a glued name"],
)
def test_round32_bare_count_beside_a_glued_name_is_kept(sentence: str) -> None:
    assert len(_rows(sentence)) == 1
