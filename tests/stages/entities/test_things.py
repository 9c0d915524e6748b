"""Issue 17, entities round e3: things published as people, organisations or places, read on `goose-entities-dev`
and counted over all readable text; one test each on invented sentences (each case fails on base 94efd70), and
guards for what must not change.

The spans given are labels the small model gives names of these shapes (an ORG for a cup, a law or a device, a PERSON
for a trophy, an app or a site, a LOC for a disaster).
"""

from __future__ import annotations

import pytest

from tests.stages.builders import article_from
from tests.stages.entities.test_entities import body_spans, entity_set

# --- an event's or a law's name, its head noun at its end ----------------------------------------------------------

THING_CASES = [
    pytest.param(
        "Norvale won the Harbour Cup on Sunday, the club said.",
        [("Norvale", "ORG"), ("Harbour Cup", "ORG")],
        {("Norvale", "ORG"), ("Harbour Cup", "EVENT")},
        id="cup-as-org",
    ),
    pytest.param(
        "He won the Kellan Brightwater Trophy in his last season.",
        [("Kellan Brightwater Trophy", "PERSON")],
        {("Kellan Brightwater Trophy", "EVENT")},
        id="trophy-as-person",
    ),
    pytest.param(
        "Tickets for the Dunmore Light Festival sold out, organisers said.",
        [("Dunmore Light Festival", "ORG")],
        {("Dunmore Light Festival", "EVENT")},
        id="festival-as-org",
    ),
    pytest.param(
        "Houses shook in the Western Shore Earthquake last week.",
        [("Western Shore Earthquake", "LOC")],
        {("Western Shore Earthquake", "EVENT")},
        id="disaster-as-place",
    ),
    pytest.param(
        "Senators passed the Clean Rivers Act, which Lorna Vesey wrote.",
        [("Clean Rivers Act", "ORG"), ("Lorna Vesey", "PERSON")],
        {("Clean Rivers Act", "LAW"), ("Lorna Vesey", "PERSON")},
        id="act-as-org",
    ),
    pytest.param(
        "Both ports signed the Tarvik Coast Agreement in May.",
        [("Tarvik Coast Agreement", "ORG")],
        {("Tarvik Coast Agreement", "LAW")},
        id="agreement-as-org",
    ),
]


THING_GUARDS = [
    pytest.param(
        "Staff at the Brenmoor Festival Company said the show would go on.",
        [("Brenmoor Festival Company", "ORG")],
        {("Brenmoor Festival Company", "ORG")},
        id="head-inside-an-organisation",
    ),
    pytest.param(
        "The Southline Conference fined the club, the league said.",
        [("Southline Conference", "ORG")],
        {("Southline Conference", "ORG")},
        id="conference-a-league",
    ),
    pytest.param(
        "Officials of ACT said the tests would change.",
        [("ACT", "ORG")],
        {("ACT", "ORG")},
        id="acronym-in-capitals",
    ),
    pytest.param(
        "Readers of the Ashby Journal-Constitution wrote in.",
        [("Ashby Journal-Constitution", "ORG")],
        {("Ashby Journal-Constitution", "ORG")},
        id="newspaper-hyphenated",
    ),
    pytest.param(
        "Cup makers met in Delford, and Trophy Partners hired Ana Ruiz.",
        [("Delford", "GPE"), ("Trophy Partners", "ORG"), ("Ana Ruiz", "PERSON")],
        {("Delford", "GPE"), ("Trophy Partners", "ORG"), ("Ana Ruiz", "PERSON")},
        id="head-first-or-alone",
    ),
]


# --- a device's, a service's or an app's name in brand case -------------------------------------------------------

BRAND_CASE_CASES = [
    pytest.param(
        "Corvex sold more of the iTorch last year, and the new iTorch Mini costs less.",
        [("Corvex", "ORG"), ("iTorch", "ORG"), ("iTorch Mini", "ORG")],
        {("Corvex", "ORG")},
        id="device-as-org",
    ),
    pytest.param(
        "Notes sync through eLocker on any tablet, said Ravi Menon.",
        [("eLocker", "PERSON"), ("Ravi Menon", "PERSON")],
        {("Ravi Menon", "PERSON")},
        id="service-as-person",
    ),
]


BRAND_CASE_GUARDS = [
    pytest.param(
        "Buyers returned the lamps to eMarla. eMarla said refunds would follow.",
        [("eMarla", "ORG"), ("eMarla", "ORG", 1)],
        {("eMarla", "ORG")},
        id="company-that-speaks",
    ),
    pytest.param(
        "As iMendly points out in its review, the hinge is weak.",
        [("iMendly", "ORG")],
        {("iMendly", "ORG")},
        id="company-that-points-out",
    ),
    pytest.param(
        "Staff at eTorva Holdings were told to wait.",
        [("eTorva Holdings", "ORG")],
        {("eTorva Holdings", "ORG")},
        id="organisation-head",
    ),
    pytest.param(
        "Lena McAvoy met Piet de Wit in Delford.",
        [("Lena McAvoy", "PERSON"), ("Piet de Wit", "PERSON"), ("Delford", "GPE")],
        {("Lena McAvoy", "PERSON"), ("Piet de Wit", "PERSON"), ("Delford", "GPE")},
        id="names-with-inner-capitals",
    ),
]


# --- a site or a company tagged PERSON after "on" ------------------------------------------------------------------

SITE_CASES = [
    pytest.param(
        "The rumour spread on Chirper within an hour, Ravi Menon said.",
        [("Chirper", "PERSON"), ("Ravi Menon", "PERSON")],
        {("Chirper", "ORG"), ("Ravi Menon", "PERSON")},
        id="site-after-on",
    ),
    pytest.param(
        "Fans praised the shop on Pictagram. Pictagram removed the post later.",
        [("Pictagram", "PERSON"), ("Pictagram", "PERSON", 1)],
        {("Pictagram", "ORG")},
        id="every-span-of-the-name",
    ),
]


SITE_GUARDS = [
    pytest.param(
        "Senator Lena Hadley met voters. The pressure on Hadley grew.",
        [("Lena Hadley", "PERSON"), ("Hadley", "PERSON")],
        {("Lena Hadley", "PERSON")},
        id="person-named-in-full",
    ),
    pytest.param(
        "Agents of Corvex spied on Morrow for a year. Lise Morrow sued.",
        [("Corvex", "ORG"), ("Morrow", "PERSON"), ("Lise Morrow", "ORG")],
        # "Morrow" after "on" stays a person (this guard's point); since round e10 the full name the model tagged
        # ORG is that person too, as its surname alone is tagged PERSON, and "Morrow" is one of its mentions
        {("Corvex", "ORG"), ("Lise Morrow", "PERSON")},
        id="full-name-tagged-org",
    ),
    pytest.param(
        "She came with her son Dario and left at noon.",
        [("Dario", "PERSON")],
        {("Dario", "PERSON")},
        id="son-is-no-on",
    ),
    pytest.param(
        "Reporters waited on Ravi Menon all day.",
        [("Ravi Menon", "PERSON")],
        {("Ravi Menon", "PERSON")},
        id="full-name-after-on",
    ),
]


@pytest.mark.parametrize(
    ("body", "spans", "expected"),
    THING_CASES + THING_GUARDS + BRAND_CASE_CASES + BRAND_CASE_GUARDS + SITE_CASES + SITE_GUARDS,
)
def test_the_entities_of_invented_sentences(
    body: str, spans: list[tuple[str, str]], expected: set[tuple[str, str]]
) -> None:
    """Each ``*_CASES`` entry fails on base 94efd70; each ``*_GUARDS`` entry is what must not change."""
    assert entity_set(article_from(body), body_spans(body, spans)) == expected
