"""When 'one' before a singular noun is a statistic: the sentence is about how many ('conceded only one goal', 'with
one league game remaining'), not a way of saying 'a' ('one day', 'one of the reasons', 'with one voice').

The stage drops every other 'one': the dev golds count 'one' only in these constructions (5 of the dev sets' 251
'one's before round 4), and no word list tells 'had one problem' from 'had one vote' otherwise.
"""

from __future__ import annotations

import re

from newsprep.extract.statistics.numbers import Quantity
from newsprep.extract.statistics.words import TIME_UNITS
from newsprep.text import NUMBER_WORD_VALUES, alternatives, word_set

_ONLY_BEFORE = re.compile(
    r"(?<![Tt]he )(?<![Aa]n )\b(?:[Oo]nly|[Ee]xcept(?:\s+for)?|[Aa]ll\s+but)\s+$"
    r"|(?<!\bis )(?<!\bwas )(?<!\bare )(?<!\bwere )(?<!\bbe )(?<!['’]s )\b[Jj]ust\s+$"
)
"""'allowed only one shot', 'signed just one contract', 'held every town except for one village', 'all but one team':
how few; not 'the only one who' (a pronoun) nor 'an only child', nor 'just one' after a copula ('there was just one
problem', a way of saying 'a')."""
_NOUN_AFTER = re.compile(r"\s+(?P<noun>[a-z][a-z-]+)\b")
_LEFT_AFTER = re.compile(r"\s+(?:(?P<first>[a-z][a-z-]+)\s+)?(?P<noun>[a-z][a-z-]+)\s+(?:left|remaining)\b")
"""'with one league game remaining', 'one seat left': what is left of a count."""
_COUNT_LISTED_BEFORE = re.compile(
    rf"(?:\b[0-9][0-9,]*|\b(?:{alternatives(tuple(NUMBER_WORD_VALUES))}))\s+(?:[a-z][a-z-]+\s+)?[a-z][a-z-]+s\b"
    r"[^.;:!?]{0,40}?\s+and\s+$",
    re.IGNORECASE,
)
"""'three counts of fraud and one count of ...', 'two adults and one child': a count listed before 'and one' makes the
'one' a count too."""
CHANGE_BY_BEFORE = re.compile(
    r"\b(?:rise|rises|rose|risen|rising|fall|falls|fell|fallen|falling|increased?|decreased?|grow|grew|grown|drop|"
    r"dropped|climb|climbed|won|lost|lead|leads|led|trail|trails|trailed)\s+by\s+$",
    re.IGNORECASE,
)
"""'the river could climb by one metre', 'won by one goal', 'trailed by two early on': the size of a change or a
margin (``elided`` reads it with the noun left out)."""
_CASUALTY_BEFORE = re.compile(r"\b(?:killing|killed|wounding|wounded|injuring|injured)\s+$", re.IGNORECASE)
_ENDS_CLAUSE = re.compile(r"(?:\s+more)?\s*(?:[,;.!?]|and\b|$)")
"""'an attack injuring one, police said', 'a gunman ..., killing four.', 'avalanches killed four more.': a number as
the object of a verb of casualties, its clause ending there, is a count of people."""
_PLACES_LISTED_BEFORE = re.compile(
    rf"(?:\b[0-9][0-9,]*|\b(?:{alternatives(tuple(NUMBER_WORD_VALUES))}))\s+in\s+[^.;:!?]{{1,60}}?(?:,|\s+and)\s+$",
    re.IGNORECASE,
)
_IN_A_PLACE_AFTER = re.compile(r"\s+in\s+(?:the\s+)?[A-Z]")
"""'three in Ontario, two in Quebec and one in Manitoba': the last of a list of counts by place."""
_NOT_NOUNS = word_set(
    "of who that which whom whose another more other else thing way and or but to in at on for is was has had"
)


def counts_casualties(text: str, q: Quantity) -> bool:
    """'injuring one,', 'killing four.', 'killed four more.': the number of people a verb of casualties befell, with
    no noun after it (statistics round 35 widened it from 'one' to every number word)."""
    return bool(_CASUALTY_BEFORE.search(text, max(0, q.start - 12), q.start) and _ENDS_CLAUSE.match(text, q.number_end))


def _counts_one_without_noun(text: str, q: Quantity) -> bool:
    """'injuring one,', '... two in Quebec and one in Manitoba': 'one' standing for a person or item counted."""
    if counts_casualties(text, q):
        return True
    return bool(
        _IN_A_PLACE_AFTER.match(text, q.number_end)
        and _PLACES_LISTED_BEFORE.search(text, max(0, q.start - 90), q.start)
    )


def counts_one(text: str, q: Quantity) -> bool:
    """Whether the word 'one' at ``q`` reports how many of the noun after it: after 'only', after another count and
    'and', or before a noun and 'left'/'remaining'; never a duration ('only one day', 'one week left')."""
    if _counts_one_without_noun(text, q):
        return True
    left = _LEFT_AFTER.match(text, q.number_end)
    before = text[max(0, q.start - 80) : q.start]
    told_how_many = (
        _ONLY_BEFORE.search(text, max(0, q.start - 24), q.start)
        or _COUNT_LISTED_BEFORE.search(before)
        or CHANGE_BY_BEFORE.search(before)
    )
    noun_after = left or (_NOUN_AFTER.match(text, q.number_end) if told_how_many else None)
    if noun_after is None:
        return False
    words = {noun_after.group("noun").lower(), (noun_after.groupdict().get("first") or "").lower()}
    if text.startswith(":", noun_after.end()):
        return False  # 'there was just one snag: ...': a framing before what it sets out, no count
    return not (words & TIME_UNITS or noun_after.group("noun").lower() in _NOT_NOUNS)
