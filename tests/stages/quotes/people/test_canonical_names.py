"""Speakers, round 43 (issue 16, items 4 and 6): a speaker's canonical name, found on ``tests/fixtures/quotes-names``
(eleven invented articles annotated blind).

- A quoted nickname of initials or of two words is no part of the name (``Thomas "T.J." Lindqvist`` is Thomas
  Lindqvist), as a one-word nickname was not.
- A name read back from its cue goes on past two or three particles in a row (``Rodrigo de la Cruz Villamizar
  said``), not stopping at the word after them (``Cruz Villamizar``).
- A surname opening with a particle, written alone, is the person named in full with it: inside a double surname
  (``De la Cruz`` of ``Rodrigo de la Cruz Villamizar``) or ending a full name NER did not tag (``Du Plessis`` of
  ``Johannes "Jannie" du Plessis``).
- A father's name after ``bin``/``binti`` is part of the name NER split (``Rosnah binti Ismail``, ``Khalid bin Saeed
  al-Rashid``), so the given name alone later is that person.
- ``the colonel said`` is the person named with ``Col.`` (``Lt. Col.``, ``Sgt.``, ``Prof.``: a rank or title as
  abbreviated before a name), as ``the senator said`` is the one named with ``Sen.``.

Every sentence here is invented; the rule tests fail on the base code (0466a64), the guards pass on it. A sixth rule
of the round (given names NER cut off before a double surname, ``María Fernanda`` + ``Cárdenas Lozano``) was taken out
at the merge: it fired on no readable text and is the round's one rule that lengthens a name NER tagged whole, while
the held-out set lost three strict speakers to a longer name form; its guards stay."""

from __future__ import annotations

import pytest

from tests.stages.builders import Names, QuoteRow, people, quote_rows


def _person(*forms: str) -> Names:
    """Each written form resolved to the first, the full name, tagged a person."""
    return {form: (forms[0], "PERSON") for form in forms}


RULES = [
    pytest.param(
        [
            'Among them was Thomas "T.J." Lindqvist, a retired conductor.',
            '"I punched the last ticket," Lindqvist said.',
        ],
        _person('Thomas "T.J." Lindqvist', "Lindqvist"),
        [("I punched the last ticket", "Thomas Lindqvist", "cue")],
        id="a-nickname-of-initials-is-no-part-of-the-name",
    ),
    pytest.param(
        ["The striker Ray “Big Ray” Soto was unrepentant.", "“I would do it again,” Soto said."],
        _person("Ray “Big Ray” Soto", "Soto"),
        [("I would do it again", "Ray Soto", "cue")],
        id="a-nickname-of-two-words-is-no-part-of-the-name",
    ),
    pytest.param(
        ['Gov. Rodrigo de la Cruz Villamizar said the city had "ignored eleven written warnings" from engineers.'],
        _person("Rodrigo de la Cruz Villamizar"),
        [("ignored eleven written warnings", "Rodrigo de la Cruz Villamizar", "cue")],
        id="a-name-read-back-from-its-cue-goes-on-past-two-particles",
    ),
    pytest.param(
        [
            "Rodrigo de la Cruz Villamizar, the governor, spoke first.",
            '"We sent letters," De la Cruz said. "We received nothing."',
        ],
        _person("Rodrigo de la Cruz Villamizar"),
        [("We sent letters, We received nothing.", "Rodrigo de la Cruz Villamizar", "cue")],
        id="a-particle-surname-alone-is-the-first-of-a-double-surname",
    ),
    pytest.param(
        [
            "Its chief executive, Johannes “Jannie” du Plessis, said investors needed certainty.",
            "“Wine is a twenty-year business,” Du Plessis said.",
        ],
        {},
        [("Wine is a twenty-year business", "Johannes du Plessis", "cue")],
        id="a-particle-surname-alone-ends-a-full-name-ner-missed",
    ),
    pytest.param(
        [
            "Rosnah binti Ismail, a trader whose shop has flooded four times, was wary.",
            '"Every year someone comes with a map," Rosnah said.',
        ],
        {**_person("Rosnah"), **_person("Ismail")},
        [("Every year someone comes with a map", "Rosnah binti Ismail", "cue")],
        id="a-given-name-binti-a-fathers-name-is-one-name",
    ),
    pytest.param(
        [
            "The fund's director-general, Dr. Khalid bin Saeed al-Rashid, signed the loan.",
            '"Drainage saves lives," Dr. al-Rashid said.',
        ],
        {**_person("Khalid bin Saeed"), **_person("al-Rashid")},
        [("Drainage saves lives", "Khalid bin Saeed al-Rashid", "cue")],
        id="a-name-split-before-a-lower-case-particle-surname",
    ),
    pytest.param(
        [
            "Lt. Col. Marcus Okwu, the garrison commander, spoke to families on Monday.",
            "Some of them shouted.",
            '"Nobody loses a promotion for asking," the colonel said.',
        ],
        people("Marcus Okwu"),
        [("Nobody loses a promotion for asking", "Marcus Okwu", "cue")],
        id="the-colonel-is-the-one-named-with-col",
    ),
    pytest.param(
        [
            "Prof. Ingrid Solheim wrote the church's history.",
            "The basement hosted classes.",
            "“The famous churches got the cameras,” the professor said.",
        ],
        people("Ingrid Solheim"),
        [("The famous churches got the cameras", "Ingrid Solheim", "cue")],
        id="the-professor-is-the-one-named-with-prof",
    ),
    pytest.param(
        [
            "Det. Sgt. Callum Reid worked on the case.",
            "The casks were found in Glasgow.",
            "“Whoever was buying knew,” the sergeant said.",
        ],
        people("Callum Reid"),
        [("Whoever was buying knew", "Callum Reid", "cue")],
        id="the-sergeant-is-the-one-named-with-sgt",
    ),
]

GUARDS = [
    pytest.param(
        ["Mayor Ines van der Merwe Botha told the council the budget was “a fiction” and left."],
        _person("Ines van der Merwe Botha"),
        [("a fiction", "Ines van der Merwe Botha", "cue")],
        id="a-dutch-double-surname-a-person-mention-as-before",
    ),
    pytest.param(
        ['Ridgeway coach Dwayne "Tank" Hollis earned his first bowl win.', '"We won," Hollis said.'],
        _person('Dwayne "Tank" Hollis', "Hollis"),
        [("We won", "Dwayne Hollis", "cue")],
        id="a-one-word-nickname-as-before",
    ),
    pytest.param(
        ['Pieter van der Berg said the farm was "not for sale" and left.'],
        _person("Pieter van der Berg"),
        [("not for sale", "Pieter van der Berg", "cue")],
        id="a-surname-after-two-particles-ending-the-name",
    ),
    pytest.param(
        ['"We will appeal," De la Cruz said.'],
        {},
        [("We will appeal", "De la Cruz", "cue")],
        id="a-particle-surname-nobody-was-named-in-full-with",
    ),
    pytest.param(
        ["Ana de la Torre spoke first.", '"We will appeal," De la Cruz said.'],
        _person("Ana de la Torre"),
        [("We will appeal", "De la Cruz", "cue")],
        id="a-particle-surname-another-person-does-not-hold",
    ),
    pytest.param(
        ['The Bank of America said rates were "too high" for now.'],
        {"Bank of America": ("Bank of America", "ORG")},
        [("too high", "Bank of America", "cue")],
        id="one-connector-inside-an-organisations-name",
    ),
    pytest.param(
        ["Harlan Voss met Pell.", "The lawyer told Pell Velde would testify.", '"Not yet," Velde said.'],
        {**people("Harlan Voss"), **_person("Pell"), **_person("Velde")},
        [("Not yet", "Pell Velde", "cue")],
        id="two-lone-names-side-by-side-as-before",
    ),
    pytest.param(
        [
            "Lt. Col. Marcus Okwu, the garrison commander, spoke to families on Monday.",
            "Some of them shouted.",
            '"Nobody loses a promotion for asking," the senator said.',
        ],
        people("Marcus Okwu"),
        [("Nobody loses a promotion for asking", "the senator", "cue")],
        id="a-title-nobody-was-named-with",
    ),
    pytest.param(
        [
            "Sen. Harlan Voss spoke on Tuesday.",
            "Others listened.",
            '"I am against blank checks," the senator said.',
        ],
        people("Harlan Voss"),
        [("I am against blank checks", "Harlan Voss", "cue")],
        id="the-senator-named-with-sen-as-before",
    ),
    pytest.param(
        ["Nobody in Grand Maria Lopez Garcia's street was home.", '"We left," Lopez said.'],
        _person("Lopez Garcia", "Lopez"),
        [("We left", "Lopez Garcia", "cue")],
        id="a-capitalised-word-before-the-given-name",
    ),
    pytest.param(
        ["In June Ruiz Tagle won the vote.", '"We won," Ruiz said.'],
        _person("Ruiz Tagle", "Ruiz"),
        [("We won", "Ruiz Tagle", "cue")],
        id="a-month-is-no-given-name",
    ),
    *(
        pytest.param(
            [f"The sermon was given by {title} Amara Quell on Sunday.", '"We are one family," Quell said.'],
            _person("Amara Quell"),
            [("We are one family", "Amara Quell", "cue")],
            id=f"a-title-the-birth-records-hold-as-a-given-name-{title.lower()}",
        )
        for title in ("Bishop", "Dean", "Duke", "Elder", "Don", "Sultan", "Marshal")
    ),
]


@pytest.mark.parametrize(("paragraphs", "names", "expected"), RULES)
def test_speaker_rule(paragraphs: list[str], names: Names, expected: list[QuoteRow]) -> None:
    assert quote_rows(paragraphs, names) == expected


@pytest.mark.parametrize(("paragraphs", "names", "expected"), GUARDS)
def test_speaker_guard(paragraphs: list[str], names: Names, expected: list[QuoteRow]) -> None:
    """What must not change: a double surname NER tagged whole, a one-word nickname, a surname ending a name after
    particles, a particle surname nobody (or nobody holding it) was named in full with, one connector in an
    organisation's name, two lone names side by side, a title nobody was named with, the senator named with ``Sen.``,
    a capitalised word, a month or a title the birth records hold as a given name (``Bishop``, ``Dean``) before a
    name."""
    assert quote_rows(paragraphs, names) == expected
