"""Speakers, round 57b (issue 16): short partial quotes a named speaker coins as a name (``the ports Premier Vass has
labelled the “arc of ruin”``, ``the firm the client Ferro referred to as the “northern partners”``), dropped as
terms on the base code: 2 such quotes in two corpora (newspaper4k, Lee) of the readable dev sets, and no not_quote
of them with a name as the naming verb's subject.

- A naming verb in the active (``labelled``, ``calls``, ``referred to as``, ``described as``) whose subject is a
  name makes the short span after it a partial quote of that name.
- Not a name: a pronoun (``who he refers to as``), a group (``officials have labelled``), a capitalised word that
  only opens sentences (``Critics labelled``), no subject (``dubbed``), or a title-cased nickname stay terms.

Every sentence here is invented; the rule tests fail on the base code (979c076), the guards pass on it."""

from __future__ import annotations

import pytest

from newsprep.extract.quotes.clauses.naming import NAMED_BY, named_by_speaker
from newsprep.extract.quotes.grammar import CALLED_BY_AGENT, NAMED_PAST, WHAT_THEY_CALLED
from tests.stages.builders import Names, QuoteRow, people, quote_rows

RULES = [
    pytest.param(
        ["Trade fell sharply with the three ports Premier Dana Vass has labelled the “arc of ruin” in her budget."],
        people("Dana Vass"),
        [("arc of ruin", "Dana Vass", "cue")],
        id="a-titled-name-has-labelled-the",
    ),
    pytest.param(
        ["The money went to a firm the client Ferro referred to as the “northern partners” in his messages."],
        people("Leo Ferro"),
        [("northern partners", "Leo Ferro", "cue")],
        id="a-surname-referred-to-as-the",
    ),
    pytest.param(
        ["The riders, who Tom Hale refers to as “the crew,” met at dawn on the quay."],
        people("Tom Hale"),
        [("the crew", "Tom Hale", "cue")],
        id="a-name-in-a-relative-clause-refers-to-as",
    ),
]
GUARDS = [
    pytest.param(
        ["The riders, who he refers to as “the crew,” met at dawn on the quay."],
        people("Tom Hale"),
        [],
        id="a-pronoun-names-nobody",
    ),
    pytest.param(
        ["The money went to a scheme officials have labelled the “harbour miracle” since the spring."],
        people(),
        [],
        id="a-group-as-the-subject",
    ),
    pytest.param(
        ["Critics labelled the scheme the “harbour miracle” long before the audit of its accounts."],
        people(),
        [],
        id="a-capitalised-opener-that-is-no-name",
    ),
    pytest.param(
        ["A new strain of malware, dubbed “grey fox,” has infected a million phones."],
        people(),
        [],
        id="a-naming-participle-with-no-subject",
    ),
    pytest.param(
        ["The riders, who Tom Hale refers to as “Team Hale,” met at dawn on the quay."],
        people("Tom Hale"),
        [],
        id="a-title-cased-nickname",
    ),
]


@pytest.mark.parametrize(("paragraphs", "names", "expected"), [*RULES, *GUARDS])
def test_speakers_round57b(paragraphs: list[str], names: Names, expected: list[QuoteRow]) -> None:
    assert quote_rows(paragraphs, names) == expected


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("the ports Premier Dana Vass has labelled the “", "Premier Dana Vass"),
        ("a firm the client Ferro referred to as the “", "Ferro"),
        ("the levy Vass described as a “", "Vass"),
        ("the riders he refers to as “", None),
        ("a scheme officials have labelled the “", None),
        ("The tool was dubbed “", None),
    ],
)
def test_named_by_speaker(sentence: str, name: str | None) -> None:
    place = named_by_speaker(sentence, 0, sentence.index("“"))
    assert (None if place is None else sentence[place[0] : place[1]]) == name


@pytest.mark.parametrize("verb", NAMED_PAST)
def test_every_reader_of_a_name_given_takes_each_naming_verb_in_the_past(verb: str) -> None:
    """Review round rv58: the readers' naming verbs derive from the grammar's one list (``grammar.NAMED_PAST``)."""
    assert NAMED_BY.search(f"Premier Vass {verb} the ")
    assert WHAT_THEY_CALLED.search(f"Vass mocked what she {verb} the ")
    assert CALLED_BY_AGENT.search(f"was {verb} by envoy Tomas Velde as a ")
