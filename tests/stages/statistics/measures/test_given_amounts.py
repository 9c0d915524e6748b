"""Measures round 33 of issue 17: an amount given to or spent for a named party.

'The donors gave about $90,000 to Ms. Reyes' published the party alone ('Ms. Reyes') as what the amount measures; the
readers of two corpora (a WSJ page of the GoOse set, a USA Today page of PolNeAR) wrote the money with its verb
and the party. ``given_amounts.given_to_party`` writes 'money given to Ms. Reyes' when the phrase says nothing but
the party after 'to'/'for' and a giving or spending verb stands before the amount in its sentence.

A belief or forecast chain before a level ('is thought to be', ', expected to reach') left the chain's own words as
the phrase ('is thought', 'reach') on pages of two corpora (a BBC page of the GoOse set, a mediacloud page);
``chain_subjects.chain_subject`` names the subject the chain raises, as round 31 did for 'is expected to reach'.

Invented sentences; each case fails on base 9dbe09b, the guards hold what must not change (a party in lower case,
no giving verb, a phrase that says more than the party; a chain after a clause that is no subject)."""

from __future__ import annotations

import pytest

from newsprep.extract.statistics.measures.given_amounts import GIVING_VERBS_DONE, given_to_party
from newsprep.extract.statistics.measures.word_classes import MONEY_NOUNS
from tests.stages.builders import measure_of

# each case: the sentence, the statistic's text, its measure; the id names the shape
MEASURES = [
    pytest.param(
        "The old members gave about $90,000 to Ms. Reyes, about $40,000 to former Ohio Gov. Tom Hale, and about"
        " $15,000 to Republican Ann Cole.",
        "$15,000",
        "money given to Republican Ann Cole",
        id="a list's last item after 'gave'",
    ),
    pytest.param(
        "The old members gave about $90,000 to Ms. Reyes, about $40,000 to former Ohio Gov. Tom Hale, and about"
        " $15,000 to Republican Ann Cole.",
        "$40,000",
        "money given to Ohio Gov. Tom Hale",
        id="a list's item, a lower-case description dropped",
    ),
    pytest.param(
        "Ana Ruiz, a retired nurse who gave $2,500 to Mr. Hale, said she would wait.",
        "$2,500",
        "money given to Mr. Hale",
        id="gave ... to a titled name",
    ),
    pytest.param(
        "The union had spent $3.1 million, compared with $1.2 million for Ms. Lund and $900,000 for retired judge"
        " Omar Pike.",
        "$900,000",
        "money spent for Omar Pike",
        id="the other side's verb",
    ),
]

CHAINS = [
    pytest.param(
        "The yearly bill for the ferry, with fuel and crew, is reckoned to be about $6 million.",
        "$6 million",
        "yearly bill for the ferry",
        id="a belief chain after an aside",
    ),
    pytest.param(
        "The resale trade is growing fast, expected to reach roughly $80 million by 2030.",
        "$80 million",
        "resale trade",
        id="a forecast chain with no auxiliary after a comma",
    ),
    pytest.param("The fine is believed to be $40,000.", "$40,000", "fine", id="the chain kept after the subject"),
    pytest.param(
        "Dozens of hikers, thought to be about 40, were stranded on the ridge.",
        "40",
        "Dozens of hikers",
        id="a belief chain in brackets of commas",
    ),
]

GUARDS = [
    pytest.param(
        "The tenants gave $2,000 to the housing committee last year.",
        "$2,000",
        "housing committee",
        id="a party in lower case is no name",
    ),
    pytest.param(
        "About $8,000 went to Mr. Alden and $5,000 to Ms. Cruz.",
        "$5,000",
        "Ms. Cruz",
        id="no giving or spending verb",
    ),
    pytest.param(
        "Local farmers donated $4,500 to Democrat Lena Ortiz.",
        "$4,500",
        "donation to Democrat Lena Ortiz",
        id="a phrase that says more than the party",
    ),
    pytest.param(
        "Officials said it is believed to be $6 million.",
        "$6 million",
        None,
        id="a chain after a clause, not a subject",
    ),
    pytest.param("The ferry bill is expected to reach $9 million.", "$9 million", "ferry bill", id="round 31's chain"),
]


@pytest.mark.parametrize(("sentence", "number", "measure"), MEASURES + CHAINS + GUARDS)
def test_measure(sentence: str, number: str, measure: str | None) -> None:
    assert measure_of(sentence, number) == measure


@pytest.mark.parametrize(
    ("phrase", "before", "after", "expected"),
    [
        pytest.param("Ms. Reyes", "They gave ", " to Ms. Reyes.", "money given to Ms. Reyes", id="a title's period"),
        pytest.param("Reyes", "They sent ", " to Reyes in May.", "money sent to Reyes", id="ends before 'in'"),
        pytest.param("Gov.", "They paid ", " to Gov. Ann Hale,", "money paid to Gov. Ann Hale", id="title and name"),
        pytest.param("school", "They gave ", " to the school.", "school", id="lower case"),
        pytest.param("loans to Ann Hale", "They gave ", " to Ann Hale.", "loans to Ann Hale", id="says more"),
        pytest.param("Ann Hale", "It was ", " to Ann Hale.", "Ann Hale", id="no verb"),
        pytest.param("Ann Hale", "They gave ", " in gifts", "Ann Hale", id="no to or for"),
        pytest.param(None, "They gave ", " to Ann Hale.", None, id="no phrase"),
    ],
)
def test_given_to_party(phrase: str | None, before: str, after: str, expected: str | None) -> None:
    assert given_to_party(phrase, before, after) == expected


@pytest.mark.parametrize(
    ("verb", "done"),
    [("lends", "lent"), ("loaned", "lent"), ("raising", "raised"), ("contributes", "contributed"), ("gave", "given")],
)
def test_giving_verbs_take_the_forms_of_the_money_nouns_table(verb: str, done: str) -> None:
    """Review round rv58: the spending verbs' forms come from ``word_classes.MONEY_NOUNS``, the one table of them."""
    assert GIVING_VERBS_DONE[verb] == done
    assert verb in MONEY_NOUNS or done == "given"
