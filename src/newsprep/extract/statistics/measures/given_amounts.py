"""An amount given to or spent for a named party (measures round 33, issue 17; tests in
``tests/stages/statistics/measures/test_given_amounts.py``, every sentence invented).

'The donors gave about $90,000 to Ms. Reyes, $40,000 to Gov. Tom Hale and $15,000 to Republican Ann Cole' and
'the campaign had spent $30 million, compared with $12 million for Mr. Lund': the stage's clause rules read the
words after the amount and publish the party alone ('Ms. Reyes', 'Republican Ann Cole'), a name that says who got
the money, not what the number measures. The readers of two corpora wrote the money and its verb with the party
('money given to Reyes', 'money spent for Lund'). So a money statistic whose phrase says nothing but the party after
'to' or 'for' takes 'money <verb done> <to|for> <party>', the verb being the nearest giving or spending verb before
the amount in its sentence (the one verb of a list 'gave $A to X, $B to Y'; the other side's verb of 'compared with
$B for Y'). A party in lower case ('to the committee') is no name and is left, as is an amount with no such verb.
"""

from __future__ import annotations

import re

from newsprep.extract.statistics.measures.word_classes import MONEY_NOUNS
from newsprep.text import word_set
from newsprep.text.names import PERSON_TITLES

_SPENDING_DONE = word_set("contributed spent paid pledged lent raised")
"""The giving and spending verbs ``word_classes.MONEY_NOUNS`` holds, by their participle: each takes the forms that
table gives the participle's noun ('lends', 'loaned' -> 'loan' as 'lent' does)."""
GIVING_VERBS_DONE = {
    **dict.fromkeys(word_set("gave give gives given giving"), "given"),
    **dict.fromkeys(word_set("donated donate donates donating"), "donated"),
    **dict.fromkeys(word_set("sent send sends sending"), "sent"),
    **{verb: done for done in _SPENDING_DONE for verb, noun in MONEY_NOUNS.items() if noun == MONEY_NOUNS[done]},
}
"""Verbs of giving or spending money, to the participle the readers write after 'money' ('gave' -> 'given')."""

_PREPOSITION = re.compile(r"\s+(to|for)\s+")
"""Right after the amount: 'to' or 'for', then the party."""
_PARTY_ENDS = word_set("and in by on as from according after before since through during with who which that")
"""Words that end the party: the next phrase or clause ('to Ms. Reyes in June', 'to Ann Cole, who ...')."""
_PARTY_WORDS = 8


def _party_after(after: str) -> str | None:
    """The words after 'to'/'for' up to a comma, a sentence's end or the next phrase ('Gov. Tom Hale, and' -> 'Gov.
    Tom Hale'); a title's or an initial's period ('Mr.', 'J.') does not end it."""
    party: list[str] = []
    for word in after.split():
        if word.lower() in _PARTY_ENDS or len(party) == _PARTY_WORDS:
            break
        bare = word.rstrip(",;:)!?")
        ends = bare != word or (bare.endswith(".") and bare.casefold() not in PERSON_TITLES and len(bare) > 2)
        party.append(bare.rstrip(".") if ends else bare)
        if ends:
            break
    return " ".join(party) or None


def _name_of(party: str) -> str | None:
    """The party from its first capitalised word ('retired pilot Ann Cole' -> 'Ann Cole'); None for no name."""
    words = party.split()
    start = next((index for index, word in enumerate(words) if word[:1].isupper()), None)
    if start is None:
        return None
    name = words[start:]
    if all(word.casefold() in PERSON_TITLES for word in name):
        return None  # 'for Gov.' alone: a title with no name
    return " ".join(name)


def _giving_verb(before: str) -> str | None:
    """The participle of the nearest giving or spending verb before the amount in its sentence, if any."""
    for word in reversed(before.split()):
        if (done := GIVING_VERBS_DONE.get(word.strip(",;:").lower())) is not None:
            return done
    return None


def given_to_party(phrase: str | None, before: str, after: str) -> str | None:
    """'Ms. Reyes' for 'gave about $90,000 to Ms. Reyes' -> 'money given to Ms. Reyes'; any other phrase unchanged.

    ``before`` is the amount's sentence up to the amount, ``after`` the sentence after it.
    """
    if not phrase or (match := _PREPOSITION.match(after)) is None:
        return phrase
    party = _party_after(after[match.end() :])
    name = None if party is None else _name_of(party)
    if party is None or name is None:
        return phrase
    said = {word.lower() for word in party.split()} | {"money", match.group(1)}
    if not {word.lower() for word in phrase.split()} <= said:
        return phrase  # the phrase says more than the party: another rule read the clause
    verb = _giving_verb(before)
    return phrase if verb is None else f"money {verb} {match.group(1)} {name}"
