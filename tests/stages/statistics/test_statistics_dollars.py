"""Whose dollars a bare '$' is: one mechanism from the gazetteer's country data (``dollar_country``).

A bare '$' takes the dollar of the dollar-using country the article names most, when it names it more than the US,
as a reader at home would (its people, a state, province or city, or at least twice) and, where the US is named
too, by its people. Every sentence here is invented.
"""

from __future__ import annotations

import pytest
from babel.numbers import get_currency_name

from newsprep.extract.entities.places import countries, listed
from newsprep.extract.statistics.numbers.dollar_country import DOLLAR_CODES, bare_dollar_code, dollar_countries_named
from tests.stages.builders import found_statistics


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("Ontario will spend $300 million on clinics, the province said.",), [("$300 million", 3e8, "cad")]),
        (
            ("Canadian growers sold $4 billion of wheat.", "Canada also shipped oats to the U.S."),
            [("$4 billion", 4e9, "cad")],
        ),
        (("New Zealanders gave $2 million to the appeal.",), [("$2 million", 2e6, "nzd")]),
        (("Singapore's budget sets aside $5 billion for Singaporeans.",), [("$5 billion", 5e9, "sgd")]),
        (("An Australian batter was fined $5,000 after the New Zealand match.",), [("$5,000", 5000.0, "aud")]),
        (("The Brisbane appeal raised $2 million.",), [("$2 million", 2e6, "aud")]),
        (("Australia's lottery paid $9 million to Australia's biggest winner.",), [("$9 million", 9e6, "aud")]),
    ],
    ids=[
        "a Canadian province",
        "Canadian people beside the US",
        "New Zealand's people",
        "Singapore twice",
        "the first of two named equally",
        "an Australian city",
        "a possessive",
    ],
)
def test_a_bare_dollar_takes_the_dollar_of_the_country_named(
    paragraphs: tuple[str, ...], expected: list[tuple[str, float, str]]
) -> None:
    assert found_statistics(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("Sales in Canada helped the chain earn $2.10 a share.",), [("$2.10", 2.1, "usd")]),
        (
            ("The firm will list in Hong Kong.", "Its shares closed in New York at $140, and Hong Kong bankers agree."),
            [("$140", 140.0, "usd")],
        ),
        (("The Sydney office of a US bank lost $2 million.",), [("$2 million", 2e6, "usd")]),
        (("Ontario and Quebec farmers sold $3 million of corn to Ohio and Iowa mills.",), [("$3 million", 3e6, "usd")]),
        (("Chinese investors paid $3 million.",), [("$3 million", 3e6, "usd")]),
        (("The People's Republic of China lent $2 billion.",), [("$2 billion", 2e9, "usd")]),
        (("Tim Cook said the phone sells for $999.",), [("$999", 999.0, "usd")]),
        (("The appeal raised $2 million.",), [("$2 million", 2e6, "usd")]),
    ],
    ids=[
        "one mention of a country's name",
        "a listing in Hong Kong beside New York",
        "the US named, no Australian people",
        "US states as many as Canadian provinces",
        "a demonym two currencies share",
        "a name inside a longer one",
        "a surname that is a small territory's district",
        "no country",
    ],
)
def test_a_bare_dollar_stays_usd_without_strong_evidence(
    paragraphs: tuple[str, ...], expected: list[tuple[str, float, str]]
) -> None:
    assert found_statistics(*paragraphs) == expected


def test_explicit_signs_keep_their_own_dollar_whatever_the_country() -> None:
    assert found_statistics("Australian buyers paid US$3 million and NZ$1 million.") == [
        ("US$3 million", 3e6, "usd"),
        ("NZ$1 million", 1e6, "nzd"),
    ]


def test_cents_with_no_currency_follow_the_country() -> None:
    assert found_statistics("Queensland will spend $40,000.", "Bus fares rise by 30 cents.") == [
        ("$40,000", 40000.0, "aud"),
        ("30 cents", 0.3, "aud"),
    ]


def test_names_are_read_with_their_kind_and_without_overlaps() -> None:
    named = dollar_countries_named("Canadians in British Columbia and Canada met the U.S. envoy in Taipei.")
    assert [(name.code, name.kind) for name in named] == [
        ("cad", "people"),
        ("cad", "place"),
        ("cad", "country"),
        ("usd", "country"),
        ("twd", "country"),
    ]


@pytest.mark.parametrize(
    ("text", "code"),
    [("Taipei's council and Taiwanese firms", "twd"), ("in Canada", "usd"), ("Fiji", "usd"), ("", "usd")],
)
def test_bare_dollar_code(text: str, code: str) -> None:
    assert bare_dollar_code(text) == code


def test_the_dollar_codes_are_the_currencies_called_dollar() -> None:
    """The one list by hand, checked against the currency names the CLDR data gives (babel, a dependency's)."""
    codes = {code.lower() for country in countries() for code in listed(country.get("currencies"))}
    called_dollar = {code for code in codes if get_currency_name(code.upper(), locale="en").endswith("Dollar")}
    assert called_dollar == DOLLAR_CODES
