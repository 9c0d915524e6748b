"""Speakers, round 41 (issue 16, items 2 and 3): relatives who share a surname, found on
``tests/fixtures/quotes-families`` (six invented articles annotated blind) and on ``tests/fixtures/quotes-genres``.

- Gender evidence belongs to a person, not to a surname several people named in full share: ``Ms. Hadley`` (a mother
  never named in full) had made her son Will Hadley a woman, so his ``he said`` went to nobody or to another man,
  and ``Hadley said`` stayed the bare surname (neither Tom nor Will fitted ``Ms.``); ``Mr. Garraway`` in a quotation
  (the sisters' late father) had made both sisters men.
- An honorific written with the surname at the attribution says which namesake it is: ``Ms. Ferreira said`` is the
  wife and ``Mr. Ferreira said`` the husband, where the article's ``Mr.`` and ``Ms.`` together had told nothing and
  the namesake named last won.

Every sentence here is invented; the rule tests fail on the base code (1dc8f26), the guards pass on it."""

from __future__ import annotations

import pytest

from tests.stages.builders import Names, QuoteRow, quote_rows


def family(*full_names: str) -> Names:
    """Each relative by the full name, and the surname they share alone as itself: the entities stage merges it with
    none of them."""
    surname = full_names[0].split()[-1]
    return {**{name: (name, "PERSON") for name in full_names}, surname: (surname, "PERSON")}


_FARM = family("Tom Hadley", "Will Hadley")
_BAKERY = family("Marisol Ferreira", "Tomas Ferreira")
_SISTERS = family("Arthur Garraway", "Helen Garraway", "Judith Garraway")

RULES = [
    pytest.param(
        [
            "Tom Hadley has milked cows on the hill since 1979. His wife, Ms. Hadley, keeps the accounts.",
            "Will Hadley, 34, came home from college nine years ago and wants to plant orchards.",
            "“We lost money on every litre last spring,” he said.",
        ],
        _FARM,
        [("We lost money on every litre last spring", "Will Hadley", "pronoun")],
        id="a-mothers-honorific-does-not-make-her-son-a-woman",
    ),
    pytest.param(
        [
            "Tom Hadley runs the dairy. Ms. Hadley keeps the books.",
            "Will Hadley has planted four acres of fruit trees on a slope nobody used.",
            "“Trees don't need milking at Christmas,” Hadley said.",
        ],
        _FARM,
        [("Trees don't need milking at Christmas", "Will Hadley", "cue")],
        id="a-bare-surname-is-the-namesake-named-last-whatever-a-third-relatives-honorific",
    ),
    pytest.param(
        [
            "Arthur Garraway left the orchard to his elder daughter, Helen Garraway.",
            "Judith Garraway gave evidence first. She told the court that her father had been confused.",
            "“He asked me when the apples were coming in, and it was February,” she said.",
            "“The court must decide what Mr. Garraway intended,” Judge Miriam Castell said.",
        ],
        {**_SISTERS, "Miriam Castell": ("Miriam Castell", "PERSON")},
        [
            ("He asked me when the apples were coming in, and it was February", "Judith Garraway", "pronoun"),
            ("The court must decide what Mr. Garraway intended", "Miriam Castell", "cue"),
        ],
        id="a-fathers-honorific-does-not-make-his-daughters-men",
    ),
    pytest.param(
        [
            "Marisol Ferreira opened the shop in 2004. Tomas Ferreira bakes, and Mr. Ferreira starts at three.",
            "“We read the letter twice,” Ms. Ferreira said.",
        ],
        _BAKERY,
        [("We read the letter twice", "Marisol Ferreira", "cue")],
        id="ms-and-the-shared-surname-is-the-wife",
    ),
    pytest.param(
        [
            "Tomas Ferreira does the baking. Marisol Ferreira runs the till, and Ms. Ferreira keeps the books.",
            "“The flour doesn't care what the landlord wants,” Mr. Ferreira said.",
        ],
        _BAKERY,
        [("The flour doesn't care what the landlord wants", "Tomas Ferreira", "cue")],
        id="mr-and-the-shared-surname-is-the-husband",
    ),
]

GUARDS = [
    pytest.param(
        [
            "Zorvan Ostrow founded the firm in 1998 with Ilse Brandauer. Mr. Ostrow still signs every cheque.",
            "“We never borrowed a penny,” he said.",
        ],
        {**family("Zorvan Ostrow"), "Ilse Brandauer": ("Ilse Brandauer", "PERSON")},
        [("We never borrowed a penny", "Zorvan Ostrow", "pronoun")],
        id="one-persons-honorific-still-genders-that-person-as-before",
    ),
    pytest.param(
        [
            "Tom Hadley runs the dairy. His son, Will Hadley, came home from college.",
            "“We lost money on every litre,” Will Hadley said.",
            "“I am not selling the herd,” Tom Hadley said.",
        ],
        _FARM,
        [
            ("We lost money on every litre", "Will Hadley", "cue"),
            ("I am not selling the herd", "Tom Hadley", "cue"),
        ],
        id="full-names-of-relatives-as-before",
    ),
    pytest.param(
        [
            "Tom Hadley runs the dairy with his son. Will Hadley came home from college.",
            "“Trees don't need milking,” Hadley said.",
        ],
        _FARM,
        [("Trees don't need milking", "Will Hadley", "cue")],
        id="a-bare-surname-with-no-honorific-is-the-namesake-named-last-as-before",
    ),
    pytest.param(
        [
            "Marisol Ferreira opened the shop in 2004 with Tomas Ferreira.",
            "“She does the books and I do the bread,” Mr. Ferreira said.",
        ],
        _BAKERY,
        [("She does the books and I do the bread", "Tomas Ferreira", "cue")],
        id="an-honorific-at-the-attribution-with-no-other-in-the-article-as-before",
    ),
]


@pytest.mark.parametrize(("paragraphs", "names", "expected"), RULES)
def test_speaker_rule(paragraphs: list[str], names: Names, expected: list[QuoteRow]) -> None:
    assert quote_rows(paragraphs, names) == expected


@pytest.mark.parametrize(("paragraphs", "names", "expected"), GUARDS)
def test_speaker_guard(paragraphs: list[str], names: Names, expected: list[QuoteRow]) -> None:
    """What must not change: one person's honorific, relatives by full name, a bare surname with no honorific, and
    an honorific at the attribution when the article gives the surname no other."""
    assert quote_rows(paragraphs, names) == expected
