"""The one reader of a noun phrase's head noun that the speakers' role rules share (``words.head_noun_end``), and the
three readers built on it: an appositive's head (``role_holders.appositive_head``), a described voice's head
(``antecedents.described_voice``) and a description's head (``descriptions.as_written._head``)."""

from __future__ import annotations

import pytest

from newsprep.extract.quotes.descriptions.as_written import _head as description_head
from newsprep.extract.quotes.descriptions.role_holders import appositive_head
from newsprep.extract.quotes.grammar.words import NOUN_LINKS, head_noun_end


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("secretary of state", 1),
        ("an oceanographer at the Scripps Institution", 2),
        ("the fly-half", 2),
        ("of counsel", 2),  # a link as the first word ends nothing
        ("the chief Of staff", 2),  # links are read in any case
        ("the Ohio Democrat", 3),
        ("", 0),
    ],
)
def test_head_noun_ends_before_the_first_link_after_the_first_word(words: str, expected: int) -> None:
    assert head_noun_end(words.split(), NOUN_LINKS) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("an oceanographer at the scripps institution", "oceanographer"),
        ("the fly-half,", "fly-half"),
        ("a lecturer in law", "lecturer"),  # "in" ends an appositive's head
        ("a spokesman for the club", "spokesman"),
        ("the manager.", "manager"),
        ("", ""),
    ],
)
def test_appositive_head(words: str, expected: str) -> None:
    assert appositive_head(words.split()) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("the secretary of state", "secretary"),
        ("a representative representing the union", "representative"),
        ("one of the protesters", "protesters"),  # a number before "of": the noun after it is the head
        ("the 45-year-old", "person"),
        ("the striker.", "striker"),
    ],
)
def test_description_head(words: str, expected: str) -> None:
    assert description_head(words.split()) == expected
