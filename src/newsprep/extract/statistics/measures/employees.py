"""A head count an employer holds: 'Orvane employs 8,400 people' -> 'employees of Orvane' (measures round 27 of
issue 17).

'people employed by Orvane' names the people by the verb; for a present 'employs N people' the readers of three
fixture sets (tech pages five times, web news and the detection set once each) wrote what the verb makes them,
'Orvane employees', and 'people employed by' never; 'Brannock has 31,000 employees' already reads 'employees of
Brannock'. Only 'people' is renamed: 'the university
employs 2,300 faculty members' names its staff itself ('faculty members employed by university', as its reader
wrote). A holder the clause leaves unnamed ('It employs 410 people', '... and employs 26,000 people') still says
what the count is: 'employees'."""

from __future__ import annotations

from newsprep.extract.statistics.measures.clause import noun_phrase_back, tidy_phrase
from newsprep.extract.statistics.measures.word_classes import MODALS, bare_word

EMPLOYING_VERBS = frozenset({"employs", "employ", "employing"})
"""The holding verbs and participle whose counted 'people' are the holder's employees."""

_NOT_HELD_NOW = (MODALS - {"and"}) | {"to"}
"""Words before 'employ' that make the count a plan ('will employ 1,200 people', 'plans to employ'): readers name
those by the verb ('people to employ', 'people employed at plant'), not as a holder's employees."""


def employees_of(noun: str, verb: str, holder: str | None) -> str | None:
    """'employees of <holder>' (or 'employees') when the count is 'people' held by an employing verb, else None."""
    if noun.lower() != "people" or bare_word(verb) not in EMPLOYING_VERBS:
        return None
    return f"employees of {holder}" if holder else "employees"


def employed_now(noun: str, between: list[str]) -> str | None:
    """'It employs 410 people', 'and employs about 26,000 people' -> 'employees'; 'Orvane employs 8,400 people' ->
    'employees of Orvane': the count right after a present employing verb, with its holder when the clause names
    one."""
    if len(between) < 2 or bare_word(between[-2]) in _NOT_HELD_NOW:
        return None  # a verb alone: 'The two firms employ 3,000 people' has its holder counted before it
    return employees_of(noun, between[-1], tidy_phrase(noun_phrase_back(between[:-1])))
