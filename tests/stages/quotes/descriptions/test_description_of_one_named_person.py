"""Speakers, round 54 (issue 16): a description of one person at a cue (``the researcher explained``, ``the <Company>
founder said``, ``the Kansas Republican said``), published as written where the text had just named the one person it
describes (seen in three readable sets: a security study, a founder's interview, a senators' round-up).

- ``the <noun>`` (a singular noun for one person, up to three words before it) that no title, appositive or age
  resolves is the one person named from the paragraph before up to it (``described_people``).
- A party label (``the Kansas Republican``) with nobody set off with it: that one person too, unless another party
  label stands beside the name.
- Not when the text says it is someone else: an indefinite description (``a former employee``) stays one; a plural
  (``the researchers``) is no one person; a person named with another role (``Mayor Ada Roe`` for ``the nurse``), an
  unnamed one of the kind brought in before (``a nurse ... the nurse said``) or two people named leave the description.

Every sentence here is invented; the rule tests fail on the base code (efd661d), the guards pass on it."""

from __future__ import annotations

import pytest

from tests.stages.builders import Names, QuoteRow, people, quote_rows

RULES = [
    pytest.param(
        [
            "The flaw lets a stranger read a neighbour's printer jobs. It works through walls as well, Okafor said, "
            "and needs no password at all.",
            "“Two networks with two names can still run over one box,” the researcher explained.",
        ],
        people("Lena Okafor"),
        [("Two networks with two names can still run over one box", "Lena Okafor", "cue")],
        id="the-researcher-after-a-surname-said-in-the-paragraph-before",
    ),
    pytest.param(
        [
            "Tomas Brandl started the company in a rented garage and still answers the support line himself.",
            "On the question of a second product, the Quillforge founder said, “One good tool is plenty for us.”",
        ],
        people("Tomas Brandl"),
        [("One good tool is plenty for us.", "Tomas Brandl", "cue")],
        id="the-company-founder-with-no-one-named-founder",
    ),
    pytest.param(
        [
            "Sen. Dale Ormsby, an Ohio Republican, said the talks would go on.",
            "Sen. Ada Pruitt would not move on the farm bill.",
            "“The cupboard is bare this year,” the Kansas Republican said.",
        ],
        people("Dale Ormsby", "Ada Pruitt"),
        [
            ("The cupboard is bare this year", "Ada Pruitt", "cue"),
        ],
        id="a-party-label-set-off-only-with-another-state",
    ),
    pytest.param(
        [
            "Jonas Ekberg wrote the tool over one winter and gave it away.",
            "“It was never meant to be secret,” the Swedish computer programmer said.",
        ],
        people("Jonas Ekberg"),
        [("It was never meant to be secret", "Jonas Ekberg", "cue")],
        id="three-words-before-an-agent-noun",
    ),
    pytest.param(
        [
            "Ines Varga finished the novel in the small hours, after shifts as a night pharmacist in Szeged.",
            "“I still have rota duty until the spring,” the pharmacist said.",
        ],
        people("Ines Varga"),
        [("I still have rota duty until the spring", "Ines Varga", "cue")],
        id="a-predicate-description-of-the-named-person-brings-in-no-one",
    ),
]

GUARDS = [
    pytest.param(
        [
            "Ada Roe runs the depot on the edge of town.",
            "“We never saw the money,” a former employee said.",
        ],
        people("Ada Roe"),
        [("We never saw the money", "a former employee", "cue")],
        id="an-indefinite-description-stays-a-description",
    ),
    pytest.param(
        [
            "Lena Okafor led the survey of the colony.",
            "“The birds are working harder for every fish,” the researchers wrote.",
        ],
        people("Lena Okafor"),
        [("The birds are working harder for every fish", "the researchers", "cue")],
        id="the-researchers-plural-is-not-the-one-person-named",
    ),
    pytest.param(
        [
            "Mayor Ada Roe toured the ward on Monday.",
            "“We are short of beds every night,” the nurse said.",
        ],
        people("Ada Roe"),
        [("We are short of beds every night", "the nurse", "cue")],
        id="a-person-named-with-another-role",
    ),
    pytest.param(
        [
            "Ada Roe toured the ward, where she met a nurse on the night shift.",
            "“We are short of beds every night,” the nurse said.",
        ],
        people("Ada Roe"),
        [("We are short of beds every night", "the nurse", "cue")],
        id="an-unnamed-one-of-the-kind-brought-in-before",
    ),
    pytest.param(
        [
            "Ada Roe and Tom Hale ran the survey together.",
            "“Nobody expected the numbers to fall so fast,” the researcher said.",
        ],
        people("Ada Roe", "Tom Hale"),
        [("Nobody expected the numbers to fall so fast", "the researcher", "cue")],
        id="two-people-named-no-guess",
    ),
    pytest.param(
        [
            "Outside Vargas' bakery the street was empty by noon. A neighbour who asked not to be named said "
            "families were staying indoors.",
            "“The night shifts are half empty,” the tenant said.",
        ],
        people("Cristian Vargas"),
        [("The night shifts are half empty", "the tenant", "cue")],
        id="an-unnamed-voice-in-the-paragraph-before",
    ),
    pytest.param(
        [
            "The patient was moved to a quieter ward, where he slept through the night at last, Okafor said.",
            "“I feel like myself again,” the patient wrote.",
        ],
        people("Lena Okafor"),
        [("I feel like myself again", "the patient", "cue")],
        id="the-description-brought-in-before-as-a-subject",
    ),
    pytest.param(
        [
            "Tomas Brandl runs the clinic on the edge of the city.",
            "“We close at six,” the woman said.",
        ],
        people("Tomas Brandl"),
        [("We close at six", "the woman", "cue")],
        id="a-description-of-the-other-gender",
    ),
]


@pytest.mark.parametrize(("paragraphs", "names", "expected"), [*RULES, *GUARDS])
def test_speakers_round54(paragraphs: list[str], names: Names, expected: list[QuoteRow]) -> None:
    assert quote_rows(paragraphs, names) == expected


def test_a_name_set_off_after_the_description_is_not_the_person_before() -> None:
    """``The director, <Name NER missed>, ... in his words, “...”``: not the one person named the paragraph before."""
    paragraphs = [
        "Tom Hale, 76, the actor best known as a gruff harbourmaster, is knighted.",
        "The director, Oluwaseun Adeyemi-Clarke, founded the company in 1987 with two actors and, in his words, "
        "“a stubborn belief that the north deserved Chekhov as much as the capital did.”",
    ]
    assert all(speaker != "Tom Hale" for _, speaker, _ in quote_rows(paragraphs, people("Tom Hale")))
