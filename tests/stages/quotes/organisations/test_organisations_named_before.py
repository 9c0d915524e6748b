"""Speakers, round 14 (issue 16): an organisation the text named before, said by a noun (``the union said``, ``an
agency spokeswoman said``, ``according to the agency``). The noun goes to the organisation the text called so beside
its name, or whose own noun is of the noun's narrow kind, or a name NER tagged a person that the noun opens; a
spokesperson for a lower-case organisation noun speaks for that organisation; a person's role held for an
organisation is that person, described. A description stays when nothing in the document fits. Every sentence here is
invented; each rule case fails on main's code, the guards pass on both."""

from __future__ import annotations

import pytest

from newsprep.extract.quotes.descriptions.as_written import role_held_for
from newsprep.extract.quotes.organisations.as_speakers import spoken_for_noun
from newsprep.extract.quotes.organisations.kinds import fits_kind, introduced_as, named_with_head, own_nouns
from newsprep.model import Mention
from newsprep.text import singular_forms
from tests.stages.builders import Names, quotes_of

NAMES: Names = {
    "Harbor Transit Authority": ("Harbor Transit Authority", "ORG"),
    "Velde Shipping": ("Velde Shipping", "ORG"),
    "Voltra": ("Voltra", "ORG"),
    "Kessling Bank": ("Kessling Bank", "ORG"),
    "Marlow Lines": ("Marlow Lines", "PERSON"),
    "Amalgamated Brotherhood of Millers": ("Amalgamated Brotherhood of Millers", "ORG"),
    "Dunleigh": ("Dunleigh", "ORG"),
    "Tessaly Minerals": ("Tessaly Minerals", "PERSON"),
    "Corlan Trust": ("Corlan Trust", "ORG"),
    "Meridian Nine": ("Meridian Nine", "ORG"),
    "Ashby County Council": ("Ashby County Council", "ORG"),
    "Brinmoor": ("Brinmoor", "ORG"),
    "Norland": ("Norland", "GPE"),
    "Pellham Capital": ("Pellham Capital", "ORG"),
    "Ostrander Group": ("Ostrander Group", "ORG"),
    "Orvin Motors": ("Orvin Motors", "ORG"),
    "Orvin": ("Orvin Motors", "ORG"),
    "Radio Velde": ("Radio Velde", "ORG"),
    "Dana Pell": ("Dana Pell", "PERSON"),
    "Ministry of Health": ("Ministry of Health", "ORG"),
    "Kestrel Air": ("Kestrel Air", "GPE"),
    "Corvane Aero": ("Corvane Aero", "ORG"),
}
FAR = ["The weather stayed dry and mild for most of the week, the forecasters said on Friday."] * 30
"""Paragraphs that put an attribution beyond the reach of the organisations named before them."""


def speakers(paragraphs: list[str]) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.speaker_kind) for q in quotes_of(paragraphs, NAMES)]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        pytest.param(
            [
                "The Harbor Transit Authority fined Velde Shipping on Monday for dumping ballast water.",
                "“The fine is the largest we have ever set,” an authority spokeswoman said.",
            ],
            [("Harbor Transit Authority", "organisation")],
            id="a-spokeswoman-for-the-organisation-noun-not-the-nearest-name",
        ),
        pytest.param(
            [
                "The Harbor Transit Authority fined Velde Shipping on Monday for dumping ballast water.",
                "“The fine is the largest we have ever set,” said a spokesman for the authority.",
            ],
            [("Harbor Transit Authority", "organisation")],
            id="a-spokesman-for-the-authority-after-the-noun",
        ),
        pytest.param(
            [
                "Velde Shipping lost its licence to dock at the northern pier.",
                "“Safety comes before any contract,” a ministry spokesman said.",
            ],
            [("a ministry spokesman", "description")],
            id="a-spokesman-for-an-organisation-the-text-never-named-stays-described",
        ),
        pytest.param(
            [
                "The carmaker Voltra recalled 9,000 vans, and its lender, Kessling Bank, froze a loan.",
                "“Every van will be repaired free of charge,” the carmaker said.",
            ],
            [("Voltra", "organisation")],
            id="the-noun-that-introduced-the-name-before-a-nearer-name",
        ),
        pytest.param(
            [
                "The ferry operator, Marlow Lines, cancelled every crossing on Friday.",
                "“The storm leaves us no choice,” the company said.",
            ],
            [("Marlow Lines", None)],
            id="a-name-ner-tagged-a-person-introduced-by-an-organisation-noun",
        ),
        pytest.param(
            [
                "The Amalgamated Brotherhood of Millers walked out at the Dunleigh plant on Tuesday.",
                "“We will stay out until the pay offer is doubled,” the union said.",
            ],
            [("Amalgamated Brotherhood of Millers", "organisation")],
            id="the-union-a-name-of-its-kind-over-a-nearer-name-of-no-kind",
        ),
        pytest.param(
            [
                "Tessaly Minerals sold its stake in the Corlan Trust last year.",
                "“The sale was approved by every director,” the miner said.",
            ],
            [("Tessaly Minerals", None)],
            id="a-name-ner-tagged-a-person-whose-word-the-noun-opens",
        ),
        pytest.param(
            [
                "Meridian Nine aired the interview on Sunday night.",
                "“The network had no right to broadcast it,” a lawyer for the network said.",
            ],
            [("a lawyer for the network", "description")],
            id="a-lawyer-for-the-network-is-the-lawyer-described",
        ),
        pytest.param(
            [
                "The Ministry of Water and Sanitation said on Monday that the dam was safe.",
                "“The spillway was inspected in April,” the ministry said.",
            ],
            [("Ministry of Water and Sanitation", "organisation")],
            id="a-ministry-named-of-its-remit-that-ner-missed",
        ),
        pytest.param(
            [
                "The Harbor Transit Authority fined Velde Shipping on Monday for dumping ballast water.",
                "“The fine reflects the harm done,” the Authority said.",
            ],
            [("Harbor Transit Authority", "organisation")],
            id="a-capitalised-organisation-noun-is-the-organisation-named-before",
        ),
        pytest.param(
            ["Velde Shipping lost its licence.", "“We will appeal,” the Company said."],
            [("Velde Shipping", "organisation")],
            id="the-company-written-with-a-capital-in-a-press-release",
        ),
        pytest.param(
            [
                "Orvin Motors recalled 9,000 vans. Orvin said Kessling Bank had frozen a loan to it.",
                *FAR,
                "“Every van will be repaired free of charge,” the automaker said.",
            ],
            [("Orvin Motors", "organisation")],
            id="far-from-every-name-the-organisation-named-most",
        ),
        pytest.param(
            ["Radio Velde aired the interview on Sunday.", "“We stand by it,” the station said."],
            [("Radio Velde", "organisation")],
            id="a-station-is-a-company-noun",
        ),
        pytest.param(
            ["Corvane Aero delivered fewer jets in the quarter.", "“Supply remains tight,” the planemaker said."],
            [("Corvane Aero", "organisation")],
            id="a-maker-compound-is-a-company-noun",
        ),
        pytest.param(
            [
                "The carrier Kestrel Air cancelled 40 flights, and Velde Shipping cut its fares.",
                "“The storms left us no choice,” the airline said.",
            ],
            [("Kestrel Air", None)],
            id="a-name-ner-tagged-a-place-introduced-by-an-organisation-noun",
        ),
    ],
)
def test_organisation_nouns(paragraphs: list[str], expected: list[tuple[str | None, str | None]]) -> None:
    found = speakers(paragraphs)
    assert [name for name, _ in found] == [name for name, _ in expected]
    assert all(kind == want for (_, kind), (_, want) in zip(found, expected, strict=True) if want is not None)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        pytest.param(
            [
                "The Ashby County Council asked for the records. Brinmoor said it stood by its story.",
                "“We published what the inspectors told us,” the news agency said.",
            ],
            [("Brinmoor", "organisation")],
            id="a-public-body-of-the-broad-kind-does-not-outrank-the-nearer-name",
        ),
        pytest.param(
            [
                "Kessling Bank moved too early, Pellham Capital said in a note.",
                "“We see two more cuts this year,” the firm said.",
            ],
            [("Pellham Capital", "organisation")],
            id="a-bank-does-not-outrank-the-nearer-firm",
        ),
        pytest.param(
            [
                "Norland’s health ministry confirmed twelve new cases on Monday.",
                "“Every clinic has been told to test all visitors,” the ministry said.",
            ],
            [("the ministry", "description")],
            id="a-country-is-never-the-ministry",
        ),
        pytest.param(
            [
                "Meridian Nine aired the interview on Sunday night.",
                "“We stand by every word of it,” a spokeswoman for the network said.",
            ],
            [("Meridian Nine", "organisation")],
            id="a-spokeswoman-for-the-network-speaks-for-it",
        ),
        pytest.param(
            [
                "The Ostrander Group bought the mill in May.",
                "“The mill will stay open,” a Kessling Bank spokesman said.",
            ],
            [("Kessling Bank", "organisation")],
            id="a-spokesman-for-a-named-organisation-as-before",
        ),
        pytest.param(
            ["The ferry sank near the pier.", "“We will appeal,” the Company said."],
            [("the Company", "description")],  # round 19: as "the company said", never a name "Company"
            id="a-capitalised-noun-naming-nothing-before-is-a-description",
        ),
        pytest.param(
            ["Orvin Motors recalled 9,000 vans and Kessling Bank froze a loan.", *FAR, "“No,” the company said."],
            [("the company", "description")],
            id="far-from-two-names-each-named-once-stays-described",
        ),
        pytest.param(
            ["Mayor Dana Pell opened the bridge.", "“It took nine years,” the mayor just told the crowd."],
            [("Dana Pell", "person")],
            id="an-adverb-before-the-verb-from-the-one-list-is-no-part-of-the-subject",
        ),
        pytest.param(
            ["Velde Shipping cut its fares.", "“The fares are fair,” the department said."],
            [("the department", "description")],
            id="a-public-body-noun-never-the-nearest-company",
        ),
        pytest.param(
            ["Velde Shipping lost its licence.", "“Every clinic will test visitors,” Norland’s health ministry said."],
            [("Norland’s health ministry", "description")],
            id="a-country-s-ministry-named-nowhere-is-the-description-never-the-country",
        ),
        pytest.param(
            [
                "Norland’s Ministry of Health confirmed twelve cases.",
                "“Every clinic will test visitors,” the country’s health ministry said.",
            ],
            [("Ministry of Health", "organisation")],
            id="a-country-s-ministry-named-before-is-that-ministry",
        ),
    ],
)
def test_guards(paragraphs: list[str], expected: list[tuple[str | None, str | None]]) -> None:
    assert speakers(paragraphs) == expected


def test_own_nouns_are_the_last_word_and_the_word_before_of() -> None:
    assert own_nouns("Amalgamated Brotherhood of Millers") == ["millers", "brotherhood"]
    assert own_nouns("Bank of Marovia") == ["marovia", "bank"]


@pytest.mark.parametrize(
    ("name", "head", "fits"),
    [
        ("Amalgamated Brotherhood of Millers", "union", True),
        ("Lakeview Union", "union", True),
        ("Kessling Bank", "firm", False),  # a company's noun: the broad kind ranks nothing
        ("Ashby County Council", "agency", False),
        ("Ashby County Council", "council", True),
        ("Corlan Trust", "union", False),
    ],
)
def test_fits_kind(name: str, head: str, fits: bool) -> None:
    assert fits_kind(name, head) is fits


def _mention(text: str, name: str) -> Mention:
    start = text.index(name)
    return Mention(name, name, "ORG", "body", None, start, start + len(name), name)


@pytest.mark.parametrize(
    ("text", "name", "head", "introduced"),
    [
        ("The broadcaster Meridian Nine aired it.", "Meridian Nine", "network", True),
        ("The ferry operator, Marlow Lines, said so.", "Marlow Lines", "company", True),
        ("the union, the Amalgamated Brotherhood of Millers,", "Amalgamated Brotherhood of Millers", "union", True),
        ("He sold it to Meridian Nine.", "Meridian Nine", "network", False),
        ("The broadcaster Meridian Nine aired it.", "Meridian Nine", "union", False),
    ],
)
def test_introduced_as(text: str, name: str, head: str, introduced: bool) -> None:
    assert introduced_as(text, _mention(text, name), head) is introduced


@pytest.mark.parametrize(
    ("name", "head", "named"),
    [("Tessaly Minerals", "miner", True), ("Tyra Banks", "bank", False), ("Minerva Hale", "miner", False)],
)
def test_named_with_head(name: str, head: str, named: bool) -> None:
    assert named_with_head(name, head) is named


@pytest.mark.parametrize(
    ("written", "head", "noun"),
    [
        ("an agency spokeswoman", "spokeswoman", "agency"),
        ("a spokesman for the ministry", "spokesman", "ministry"),
        ("a Kessling spokesman", "spokesman", None),
        ("a campaign spokeswoman", "spokeswoman", None),
        ("a senior spokesman", "spokesman", None),
    ],
)
def test_spoken_for_noun(written: str, head: str, noun: str | None) -> None:
    assert spoken_for_noun(written, head) == noun


@pytest.mark.parametrize(
    ("text", "written", "expected"),
    [
        ("“No,” a lawyer for the network said.", "the network", "a lawyer for the network"),
        ("“No,” a spokesman for the network said.", "the network", None),
        ("“No,” the network said.", "the network", None),
    ],
)
def test_role_held_for(text: str, written: str, expected: str | None) -> None:
    assert role_held_for(text, text.index(written), written) == expected


@pytest.mark.parametrize(
    ("noun", "forms"),
    [
        ("officials", ("officials", "official")),
        ("companies", ("companies", "company", "compani", "companie")),
        ("churches", ("churches", "church", "churche")),
        ("businessmen", ("businessmen", "businessman")),
        ("spokespeople", ("spokespeople", "spokesperson")),
        ("glass", ("glass",)),
        ("pumps", ("pumps", "pump")),
    ],
)
def test_singular_forms_shared_by_the_quote_and_statistics_stages(noun: str, forms: tuple[str, ...]) -> None:
    assert singular_forms(noun) == forms
