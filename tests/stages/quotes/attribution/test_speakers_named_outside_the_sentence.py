"""Speakers, round 42 (issue 16, item 1): speakers named outside the quote's sentence, found on
``tests/fixtures/quotes-context`` (eight invented articles annotated blind).

- A role as the subject of the sentence before the quote (``Asked about the delay, the minister shrugged. “...”``)
  is the person the article named with it, as ``“...,” the minister said`` would be; a role nobody was named with
  stays no one's.
- A name set off after a role and its complement (``The opposition spokesman on transport, Declan Firth, called the
  delay “...”``) is who spoke, not the organisation a spokesman was guessed to speak for.
- An introduction opening with a name NER missed (``Amara Oduya, writing for Frame & Focus: “...”``) names someone:
  it is not the speaker of the quote before (a wrong name is worse than none).
- A possessive and a noun for what was said, with a complement and a predicate (``Her reason for striking came down
  to one thing:``, ``Her caption read:``), is the one the possessive refers to.
- A social-media account speaks for its owner (``Westmark’s account replied to him:``).

Every sentence here is invented; the rule tests fail on the base code (1fa7f2b), the guards pass on it."""

from __future__ import annotations

import pytest

from tests.stages.builders import Names, QuoteRow, people, quote_rows

_HARBOUR = {**people("Ines Caldera"), "Skerry Lines": ("Skerry Lines", "ORG")}

RULES = [
    pytest.param(
        [
            "Transport Minister Ines Caldera opened the new waiting room on Friday.",
            "Asked about the delay, the minister shrugged. “Yards are busy. We are not their only customer.”",
        ],
        _HARBOUR,
        [("Yards are busy. We are not their only customer.", "Ines Caldera", "previous_sentence")],
        id="a-role-subject-of-the-sentence-before-is-the-person-named-with-it",
    ),
    pytest.param(
        [
            "The builder, Skerry Lines, blamed the price of steel.",
            "The opposition spokesman on transport, Ola Brandt, called the delay “a scandal in slow motion” and said "
            "he would raise it.",
        ],
        {**_HARBOUR, **people("Ola Brandt")},
        [("a scandal in slow motion", "Ola Brandt", "cue")],
        id="a-name-after-a-role-and-its-complement-is-no-organisations-spokesman",
    ),
    pytest.param(
        [
            "The reviews were mixed.",
            "Tobias Renner, Northern Screen: “Three hours is too long.”",
            "Mira Oduvale, writing for Frame & Focus: “A patient film.”",
        ],
        people("Tobias Renner"),
        [("Three hours is too long.", "Tobias Renner", "colon"), ("A patient film.", None, "none")],
        id="a-list-line-opening-with-an-untagged-name-is-not-the-speaker-before",
    ),
    pytest.param(
        [
            "Hartley said the nurses had not taken the decision lightly. Her reason for striking came down to one "
            "thing:",
            '"I want to tell a family we did all we could."',
        ],
        people("June Hartley"),
        [("I want to tell a family we did all we could.", "June Hartley", "colon")],
        id="a-possessive-reason-and-a-predicate-before-a-quote-paragraph",
    ),
    pytest.param(
        [
            "Marek Olsen runs the ferry café. His note to customers, in the end, was brief:",
            "“Back when the boat is.”",
        ],
        people("Marek Olsen"),
        [("Back when the boat is.", "Marek Olsen", "colon")],
        id="a-possessive-note-with-a-complement-and-an-aside",
    ),
    pytest.param(
        [
            "The operator, Westmark Networks, apologised for the cuts.",
            'Lind posted on X: "No power for nine hours."',
            'Westmark\'s account replied to him an hour later: "We understand the frustration."',
        ],
        {
            **people("Fergal Lind"),
            "Westmark Networks": ("Westmark Networks", "ORG"),
            "Westmark": ("Westmark Networks", "ORG"),
        },
        [
            ("No power for nine hours.", "Fergal Lind", "colon"),
            ("We understand the frustration.", "Westmark Networks", "colon"),
        ],
        id="a-social-media-account-speaks-for-its-owner",
    ),
]

GUARDS = [
    pytest.param(
        [
            "Union leader Tom Pike joined the march, while the port's director, Ruth Amsel, stayed away.",
            'Pressed on the offer, the director sighed. "It is the best we can do this year."',
        ],
        people("Tom Pike", "Ruth Amsel"),
        [("It is the best we can do this year.", "Ruth Amsel", "previous_sentence")],
        id="a-role-named-in-apposition-before",
    ),
    pytest.param(
        ["Okafor chairs the island council. Okafor was blunt. “Every winter we are told next year.”"],
        people("Ruaridh Okafor"),
        [("Every winter we are told next year.", "Ruaridh Okafor", "previous_sentence")],
        id="a-name-subject-of-the-sentence-before",
    ),
    pytest.param(
        ["The march went ahead.", 'Asked about the offer, the union leader laughed. "Not enough."'],
        people("Tom Pike"),
        [("Not enough.", "the union leader", "previous_sentence")],
        id="a-role-nobody-was-named-with-is-no-named-person",
    ),
    pytest.param(
        [
            "“We will rebuild,” Dana Pell said.",
            "That reading led to a realisation: “We had been counting the wrong thing.”",
        ],
        people("Dana Pell"),
        [("We will rebuild", "Dana Pell", "cue"), ("We had been counting the wrong thing.", "Dana Pell", "colon")],
        id="an-introduction-naming-nobody-after-a-persons-quote-is-still-theirs",
    ),
    pytest.param(
        [
            "The builder, Skerry Lines, blamed the price of steel.",
            "The opposition spokesman, Ola Brandt, called the delay “a scandal in slow motion” and said he would "
            "raise it.",
        ],
        {**_HARBOUR, **people("Ola Brandt")},
        [("a scandal in slow motion", "Ola Brandt", "cue")],
        id="a-name-right-after-the-role",
    ),
    pytest.param(
        ["Marek Olsen was asked whether the café would reopen. His response: “No comment.”"],
        people("Marek Olsen"),
        [("No comment.", "Marek Olsen", "colon")],
        id="a-possessive-response",
    ),
]


@pytest.mark.parametrize(("paragraphs", "names", "expected"), RULES)
def test_speaker_rule(paragraphs: list[str], names: Names, expected: list[QuoteRow]) -> None:
    assert quote_rows(paragraphs, names) == expected


@pytest.mark.parametrize(("paragraphs", "names", "expected"), GUARDS)
def test_speaker_guard(paragraphs: list[str], names: Names, expected: list[QuoteRow]) -> None:
    """What must not change: a role named in apposition before, a name before the quote, a role nobody holds, an
    introduction naming nobody after a person's quote, a name right after its role, a possessive response."""
    assert quote_rows(paragraphs, names) == expected
