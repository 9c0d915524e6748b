"""Speakers, round 17 (issue 16): constructions of web genres (a product launch, a game recap, an interview, company
results, a blog post, a Nigerian legislature story) that two fresh invented sets showed. A full name NER left untagged
after a capitalised title or role (``Councillor Moira Tennant``, ``Forward Keandre Wallis``, ``Dr. Ines Rothwell``,
``Rt. Hon. Tajudeen ...``) is a person a later surname or she completes to, whatever NER made of the surname (after a
title, whatever the given name); ``“...,” it read`` is the document named before, resolved as ``the statement said``
would be (its issuer); ``the city’s statement said`` with no city found is a description, never another
organisation's; a one-word name NER tagged a person that an ``its`` refers back to is an organisation (``Lumora on
Tuesday unveiled its first glasses``), so ``the company`` finds it; ``they wrote`` after ``Analysts at Marlow
Securities said`` is the firm; an interview's topic line naming no one (``On why the album took four years: “...”``)
introduces the words of the person a she/he in the paragraph before refers to; ``a short reply:`` and ``a stark
warning:`` are nouns, not cues, and ``When asked`` names no one, so a colon introduction's subject speaks (``After the
vote, Dana Pell sent a short reply: “...”``). Every sentence here is invented; each rule case fails on main's code,
the guards pass on both."""

from __future__ import annotations

import pytest

from newsprep.extract.quotes.organisations.names import organisations_taken_for_people
from newsprep.extract.quotes.people.names import untagged_names
from tests.stages.builders import Names, make_article, make_mentions
from tests.stages.builders import quote_speakers as speakers

TRUST = {"Harwell Trust": ("Harwell Trust", "ORG"), "Oakmere": ("Oakmere", "GPE")}
LUMORA = {"Lumora": ("Lumora", "PERSON"), "Priya Natarajan": ("Priya Natarajan", "PERSON")}
MARLOW = {"Marlow Securities": ("Marlow Securities", "ORG"), "Brightwater Foods": ("Brightwater Foods", "ORG")}


@pytest.mark.parametrize(
    ("paragraphs", "names", "expected"),
    [
        pytest.param(
            [
                "Councillor Moira Tennant, who voted against the contract, did not hold back. “This plan does not add "
                "up,” she wrote on Monday afternoon."
            ],
            {},
            ["Moira Tennant"],
            id="councillor-untagged-then-she",
        ),
        pytest.param(
            ["Forward Keandre Wallis scored 19 points in the win.", "“We kept attacking the rim,” Wallis said."],
            {"Wallis": ("Wallis", "NORP")},
            ["Keandre Wallis"],
            id="position-before-untagged-name-surname-tagged-group",
        ),
        pytest.param(
            ["Guard Tavion Reese scored 31 points.", "“I just wanted the ball,” Reese said."],
            {"Reese": ("Reese", "NORP")},
            ["Tavion Reese"],
            id="surname-that-is-also-a-given-name",
        ),
        pytest.param(
            [
                "The Speaker of the House, Rt. Hon. Tajudeen Adeyemi-Balogun, urged members to act. “This budget is "
                "for everyone,” he said."
            ],
            {},
            ["Tajudeen Adeyemi-Balogun"],
            id="honourable-before-a-given-name-the-records-miss",
        ),
        pytest.param(
            ["Hon. Chukwuemeka Obi spoke first.", "“We will not sign it,” Obi said."],
            {"Obi": ("Obi", "GPE")},
            ["Chukwuemeka Obi"],
            id="hon-then-surname-tagged-a-place",
        ),
        pytest.param(
            ["Dr. Ines Rothwell studies sleep at a clinic in Leeds. “Most people nap wrong,” she said."],
            {},
            ["Ines Rothwell"],
            id="doctor-untagged-then-she",
        ),
        pytest.param(
            [
                "The storm wrecked the pier in Oakmere.",
                "The Harwell Trust issued a statement on Friday. “We will rebuild the pier,” it read.",
            ],
            TRUST,
            ["Harwell Trust"],
            id="it-read-after-an-issued-statement",
        ),
        pytest.param(
            [
                "I have lived in Port Aldwick for years and never saw a rollout as bad as ParkEasy.",
                "The complaints poured in. “The app saw heavy demand,” the city’s statement said.",
            ],
            {"Port Aldwick": ("Port Aldwick", "FAC"), "ParkEasy": ("ParkEasy", "ORG")},
            ["the city’s statement"],
            id="an-owners-statement-is-never-another-organisations",
        ),
        pytest.param(
            [
                "Lumora on Tuesday unveiled its first pair of smart glasses.",
                "The company said in a statement that the camera light cannot be disabled. “Privacy is not a setting,” "
                "the statement said.",
            ],
            LUMORA,
            ["Lumora"],
            id="company-tagged-person-then-the-statement",
        ),
        pytest.param(
            [
                "Lumora on Tuesday unveiled its first pair of smart glasses.",
                "“Privacy is not a setting,” the company said.",
            ],
            LUMORA,
            ["Lumora"],
            id="company-tagged-person-then-the-company",
        ),
        pytest.param(
            [
                "Brightwater Foods said its profit fell 12 percent.",
                "Analysts at Marlow Securities said the results were weak. “The trend is not going away,” they "
                "wrote in a note to clients.",
            ],
            MARLOW,
            ["Marlow Securities"],
            id="they-after-analysts-at-a-firm",
        ),
        pytest.param(
            [
                "Nadia Kerrigan has spent the year on the road.",
                "We spoke to her by video from a rehearsal studio, where she sat on an amplifier.",
                "On why the album took four years: “I wrote sixty songs and hated fifty of them.”",
            ],
            {"Nadia Kerrigan": ("Nadia Kerrigan", "PERSON")},
            ["Nadia Kerrigan"],
            id="interview-topic-line",
        ),
        pytest.param(
            ["The app crashed on Monday.", "After the vote, Dana Pell sent a short reply: “We are fixing it.”"],
            {"Dana Pell": ("Dana Pell", "PERSON")},
            ["Dana Pell"],
            id="a-short-reply-is-a-noun-not-a-cue",
        ),
        pytest.param(
            ["When asked about the outage, Mayor Dana Pell gave a short answer: “We are fixing it.”"],
            {"Dana Pell": ("Dana Pell", "PERSON")},
            ["Dana Pell"],
            id="when-asked-is-no-cue-of-when",
        ),
    ],
)
def test_web_genre_constructions(paragraphs: list[str], names: Names, expected: list[str | None]) -> None:
    assert speakers(paragraphs, names) == expected


@pytest.mark.parametrize(
    ("paragraphs", "names", "expected"),
    [
        pytest.param(
            [
                "The storm wrecked the pier in Oakmere.",
                "In a statement, the Harwell Trust said repairs would start soon. “We will rebuild the pier,” it read.",
            ],
            TRUST,
            ["Harwell Trust"],
            id="it-read-after-in-a-statement-as-before",
        ),
        pytest.param(
            [
                "The storm wrecked the pier in Oakmere, and the Harwell Trust paid for the clean-up.",
                "The city issued a statement on Monday. “We will rebuild the pier,” it read.",
            ],
            TRUST,
            [None],
            id="it-read-after-a-statement-by-no-organisation-named",
        ),
        pytest.param(
            [
                "Okafor on Monday sold his shares in the bakery.",
                "“We sold too early,” Okafor said.",
            ],
            {"Okafor": ("Okafor", "PERSON")},
            ["Okafor"],
            id="a-person-with-his-stays-a-person",
        ),
        pytest.param(
            [
                "Parents at Oakmere School said the fees were too high. “We cannot pay this,” they said.",
            ],
            {"Oakmere School": ("Oakmere School", "ORG")},
            [None],
            id="they-after-parents-at-a-school-is-not-the-school",
        ),
        pytest.param(
            ["On the new stadium: “It will cost too much.”"],
            {},
            [None],
            id="topic-line-with-no-one-before",
        ),
        pytest.param(
            ["Chairman Jin Park opened the meeting.", "“We are behind schedule,” Park said."],
            {"Jin Park": ("Jin Park", "PERSON"), "Park": ("Jin Park", "PERSON")},
            ["Jin Park"],
            id="a-tagged-name-after-a-title-as-before",
        ),
        pytest.param(
            ["Dana Pell was asked about the outage. “We are fixing it,” she replied."],
            {"Dana Pell": ("Dana Pell", "PERSON")},
            ["Dana Pell"],
            id="replied-after-a-quote-as-before",
        ),
        pytest.param(
            ["Asked about the outage, Dana Pell said: “We are fixing it.”"],
            {"Dana Pell": ("Dana Pell", "PERSON")},
            ["Dana Pell"],
            id="asked-then-said-as-before",
        ),
    ],
)
def test_guards(paragraphs: list[str], names: Names, expected: list[str | None]) -> None:
    assert speakers(paragraphs, names) == expected


def test_untagged_names_after_a_title_or_role() -> None:
    text = "Councillor Moira Tennant spoke. Guard Tavion Reese scored. The Ray Dalton Morning Show aired."
    assert [name for _, name in untagged_names(text, [], frozenset({"Reese"}))] == ["Moira Tennant", "Tavion Reese"]


def test_organisations_taken_for_people_by_a_later_its() -> None:
    article = make_article("Lumora on Tuesday unveiled its first glasses, and Okafor praised his team. Lumora shipped.")
    mentions = make_mentions(article, {"Lumora": ("Lumora", "PERSON"), "Okafor": ("Okafor", "PERSON")})
    relabelled = organisations_taken_for_people(article.clean_text, mentions)
    assert [(m.text, m.label) for m in relabelled] == [("Lumora", "ORG"), ("Okafor", "PERSON"), ("Lumora", "ORG")]
