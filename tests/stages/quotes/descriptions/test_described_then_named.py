"""Speakers, round 57 (issue 16): a description at the cue (``A co-owner of the Harbor Hawks said ...``) that the
article names in the very next sentence with the same noun (``Hawks co-owner Ada Roe ...``, ``Ada Roe, the club's
co-owner, ...``) is that person (``descriptions.next_named``; seen in a US news lede).

- The person written with the description's head noun beside the name (a title before it or an appositive) in the
  sentence right after the description's, in the next paragraph too.
- Not a different person named next (another role, ``another co-owner``, a second voice that ``agreed``), not a
  body or a plural (``a group of parents``, ``the researchers``), not two people so named, and not a description
  round 54 already gave to the person named before it.

Every sentence here is invented; the rule tests fail on the base code (979c076), the guards pass on it."""

from __future__ import annotations

import pytest

from tests.stages.builders import Names, QuoteRow, organisations, people, quote_rows

RULES = [
    pytest.param(
        [
            "A co-owner of the Harbor Hawks said on Monday that he was “deeply sorry” after his boat blocked the "
            "marina.",
            "Hawks co-owner Dario Fenwick said in a statement that the mooring had been booked weeks ago.",
        ],
        people("Dario Fenwick") | organisations("Harbor Hawks"),
        [("deeply sorry", "Dario Fenwick", "cue")],
        id="an-indefinite-description-named-next-paragraph-with-the-noun-as-title",
    ),
    pytest.param(
        [
            "“We will pay for every repair,” a founder of the bakery chain told reporters. Marta Quist, the "
            "chain's founder, opened its first shop in 1998.",
        ],
        people("Marta Quist"),
        [("We will pay for every repair", "Marta Quist", "cue")],
        id="a-description-named-next-sentence-in-apposition",
    ),
    pytest.param(
        [
            "The company's founder told staff the plant would stay open “for as long as I am alive.”",
            "Founder Ilse Marrow, 81, started the firm with one lathe.",
        ],
        people("Ilse Marrow"),
        [("for as long as I am alive.", "Ilse Marrow", "cue")],
        id="a-possessive-description-named-next-with-the-noun-as-title",
    ),
]

GUARDS = [
    pytest.param(
        [
            "A co-owner of the Harbor Hawks said on Monday that he was “deeply sorry” for the delay.",
            "Coach Dario Fenwick said the team would train elsewhere.",
        ],
        people("Dario Fenwick") | organisations("Harbor Hawks"),
        [("deeply sorry", "a co-owner of the Harbor Hawks", "cue")],
        id="a-different-person-named-next-with-another-role",
    ),
    pytest.param(
        [
            "A lawyer for the tenants said the ruling was “a long time coming.”",
            "Another lawyer, Pia Brandt, said the landlord would appeal.",
        ],
        people("Pia Brandt"),
        [("a long time coming.", "a lawyer for the tenants", "cue")],
        id="another-of-the-same-noun-named-next",
    ),
    pytest.param(
        [
            "A resident of the street said the flooding was “worse than last year.”",
            "Resident Pia Brandt agreed, saying the drains had not been cleared.",
        ],
        people("Pia Brandt"),
        [("worse than last year.", "a resident of the street", "cue")],
        id="a-second-voice-that-agreed",
    ),
    pytest.param(
        [
            "A lawyer for the tenants said the ruling was “a long time coming.”",
            "Lawyer Pia Brandt and lawyer Tom Hale both filed papers on Friday.",
        ],
        people("Pia Brandt", "Tom Hale"),
        [("a long time coming.", "a lawyer for the tenants", "cue")],
        id="two-people-named-next-with-the-noun",
    ),
    pytest.param(
        [
            "Tomas Brandl started the company in a rented garage and still answers the support line himself.",
            "“One good tool is plenty for us,” the Quillforge founder said. Founder Ada Roe of Ferrow Labs disagreed.",
        ],
        people("Tomas Brandl", "Ada Roe"),
        [("One good tool is plenty for us", "Tomas Brandl", "cue")],
        id="a-description-round-54-resolved-to-the-person-before",
    ),
]


@pytest.mark.parametrize(("paragraphs", "names", "expected"), RULES + GUARDS)
def test_speakers_round57(paragraphs: list[str], names: Names, expected: list[QuoteRow]) -> None:
    assert quote_rows(paragraphs, names) == expected
