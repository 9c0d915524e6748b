"""Speakers, round 49 (issue 16): which organisation ``the company said`` goes to. Every organisation-noun quote in
the readable sets was listed with what each step of ``organisation_nouns.STEPS`` picks, against the organisation
named nearest before, the one named most and the one named first. No step's answer is outranked by another
candidate more often than it outranks it, so the order stays; these guards pin the shapes the counts rest on.

- A name the text called by the noun (or one of its kind) beside it beats a nearer organisation, even one that spoke
  in the sentence before (``the U.N. refugee agency <Name>`` ... ``<Other>, which ..., said`` ... ``the agency``).
- With no such name, the company noun goes to the organisation of its kind named nearest before, not to the one
  named first or most.

Every sentence here is invented; these are guards: they pass on the base code (c4f5da8) and on this round's.
"""

from __future__ import annotations

import pytest

from tests.stages.builders import Names, QuoteKindRow, organisations, quote_kind_rows

ORDER_GUARDS = [
    pytest.param(
        [
            "The relief agency Harrowmere Aid said on Monday that it had run out of tents.",
            "The Orlen Food Programme, which buys the grain, said it had cut its own staff.",
            "“We cannot shelter people with promises,” the agency said.",
        ],
        organisations("Harrowmere Aid", "Orlen Food Programme"),
        [("We cannot shelter people with promises", "Harrowmere Aid", "organisation_noun", "organisation")],
        id="the-name-called-by-the-noun-beats-a-nearer-organisation-that-spoke",
    ),
    pytest.param(
        [
            "A court sided with the port operator, Calloway Docks, and blocked the strike at the port of Veldane.",
            "Calloway said the strike would have stranded ships. “We welcome the decision,” the company said.",
        ],
        organisations("Veldane", "Calloway Docks"),
        [("We welcome the decision", "Calloway Docks", "organisation_noun", "organisation")],
        id="a-name-introduced-by-a-noun-of-the-kind-beats-a-nearer-place",
    ),
    pytest.param(
        [
            "Dunmore Foods cut its forecast on Tuesday. Dunmore Foods shares fell.",
            "Its rival Pellow Snacks raised prices. “Demand is steady,” the company said.",
        ],
        organisations("Dunmore Foods", "Pellow Snacks"),
        [("Demand is steady", "Pellow Snacks", "organisation_noun", "organisation")],
        id="with-none-so-called-the-nearest-company-not-the-one-named-most-or-first",
    ),
]


@pytest.mark.parametrize(("paragraphs", "names", "expected"), ORDER_GUARDS)
def test_organisation_noun_order_that_must_not_change(
    paragraphs: list[str], names: Names, expected: list[QuoteKindRow]
) -> None:
    assert quote_kind_rows(paragraphs, names) == expected
