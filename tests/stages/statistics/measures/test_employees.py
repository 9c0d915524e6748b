"""Measures round 27 of issue 17: a head count an employer holds, which the blind tech-pages set
(tests/fixtures/statistics-tech) showed the stage naming by its verb, as it does in the web and detection sets:

- 'Orvane employs 8,400 people' read 'people employed by Orvane' where every reader of three fixture sets wrote
  'Orvane employees'; now 'employees of Orvane', the phrase the stage already gives 'Brannock has 31,000 employees';
- a holder the clause leaves unnamed ('It employs 410 people': no phrase; '... and employs 26,000 people': 'people
  to employs') now reads 'employees';
- a dash typed as two hyphens (' -- ', wire datelines and US papers' asides) ends a clause as '—' does: the phrase
  ran on across it ('revenue of Calif. -- Veltrix Semiconductor', 'rate -- far lower than the top').

``employees`` holds the first rule, ``word_classes.CLAUSE_BREAK`` the second. Invented sentences; each case
fails on base 7cd7c0c, the guards hold what must not change (staff a sentence names itself, a plan to employ, other
holding verbs, the dashes already read, an aside between two dashes)."""

from __future__ import annotations

import pytest

from tests.stages.builders import measure_of

# each case: the sentence, the statistic's text, its measure; the id names the shape
MEASURES = [
    pytest.param("Calderon employs 5,200 people.", "5,200", "employees of Calderon", id="a named holder"),
    pytest.param(
        "The bakery employs about 140 people at two sites.", "140", "employees of bakery", id="a holder and a place"
    ),
    pytest.param("It employs 610 people, most of them in Leeds.", "610", "employees", id="a pronoun holder"),
    pytest.param(
        "The chain has 88 shops, and employs about 3,900 people.", "3,900", "employees", id="a second predicate"
    ),
    pytest.param("The mill, which employs 260 people, will close.", "260", "employees of mill", id="a relative clause"),
    pytest.param("The depot, employing 75 people, shut in May.", "75", "employees of depot", id="a participle"),
    pytest.param(
        "PORT ELLIS, Ore. -- Marlow Foods reported revenue of $2.3 billion for the year.",
        "$2.3 billion",
        "revenue of Marlow Foods",
        id="double hyphen: a dateline",
    ),
    pytest.param(
        "Voters backed a new 9 percent levy -- far less than the council had asked for.",
        "9 percent",
        "levy",
        id="double hyphen: an aside after",
    ),
]

GUARDS = [
    pytest.param(
        "The college employs about 900 faculty members.",
        "900",
        "faculty members employed by college",
        id="guard: staff named by the sentence",
    ),
    pytest.param(
        "The plant will employ about 700 people when it opens.", "700", "people to employ", id="guard: a plan"
    ),
    pytest.param("The shelter, which houses 40 people, closed.", "40", "people housed by shelter", id="guard: houses"),
    pytest.param("Brannock has about 31,000 employees.", "31,000", "employees of Brannock", id="guard: has employees"),
    pytest.param(
        "PORT ELLIS, Ore. — Marlow Foods reported revenue of $2.3 billion for the year.",
        "$2.3 billion",
        "revenue of Marlow Foods",
        id="guard: a dateline's dash",
    ),
    pytest.param(
        "Voters backed a new 9 percent levy - far less than the council had asked for.",
        "9 percent",
        "levy",
        id="guard: a spaced hyphen",
    ),
    pytest.param(
        "The board -- which met on Monday -- approved 14 new routes.",
        "14",
        "new routes approved",
        id="guard: an aside between double hyphens",
    ),
]


@pytest.mark.parametrize(("sentence", "number", "expected"), MEASURES)
def test_measure_of_an_employer_head_count_or_a_dashed_clause(sentence: str, number: str, expected: str | None) -> None:
    assert measure_of(sentence, number) == expected


@pytest.mark.parametrize(("sentence", "number", "expected"), GUARDS)
def test_measure_that_must_not_change(sentence: str, number: str, expected: str | None) -> None:
    assert measure_of(sentence, number) == expected
