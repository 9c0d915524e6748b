"""Statistics round 37 of issue 17: a currency written as a word after its amount that the grammar did not know.

'1.9 billion Swedish crowns' and '2 billion reais' were read as a count of crowns or a bare count; an amount of money
is published in its ISO 4217 code ('sek', 'brl'), as 'rupiah' and 'baht' already were. A crown ('crowns', 'kroner',
'krone') is money only with its country named before it; 'krona' / 'kronor', 'reais', 'rand', 'zloty', 'forint' and
'shekel' name one currency each. Seen in two invented sets (a games publisher's results, a dam inquiry).

Invented lines. The cases fail on the base (41a57a2), the guards pass on both.
"""

from __future__ import annotations

import pytest

from tests.stages.builders import FoundStatistics, found_statistics

CASES = [
    pytest.param(
        "Sales reached 2.4 billion Swedish crowns.",
        [("2.4 billion Swedish crowns", 2.4e9, "sek")],
        id="Swedish crowns",
    ),
    pytest.param(
        "The yard won an order worth 800 million Norwegian kroner.",
        [("800 million Norwegian kroner", 8e8, "nok")],
        id="Norwegian kroner",
    ),
    pytest.param("A ticket costs 95 Danish krone.", [("95 Danish krone", 95.0, "dkk")], id="Danish krone"),
    pytest.param("A night in the hostel costs 450 kronor.", [("450 kronor", 450.0, "sek")], id="kronor"),
    pytest.param("Damages could reach 3 billion reais.", [("3 billion reais", 3e9, "brl")], id="reais"),
    pytest.param("The mine was fined 120 million rand.", [("120 million rand", 1.2e8, "zar")], id="rand"),
    pytest.param("Rents rose to 3,100 zlotys a month.", [("3,100 zlotys", 3100.0, "pln")], id="zlotys"),
    pytest.param("The fine was 90,000 forints.", [("90,000 forints", 90000.0, "huf")], id="forints"),
    pytest.param("He was paid 12,000 shekels.", [("12,000 shekels", 12000.0, "ils")], id="shekels"),
]

GUARDS = [
    pytest.param("The champion has won three crowns.", [("three", 3.0, "crowns")], id="crowns, no country"),
    pytest.param("The bill came to 40 euros.", [("40 euros", 40.0, "eur")], id="a word already read"),
]


@pytest.mark.parametrize(("line", "expected"), CASES + GUARDS)
def test_currency_word(line: str, expected: FoundStatistics) -> None:
    assert found_statistics(line) == expected
