"""A count of the dead told as 'the deaths of N people' (measures round 14 of issue 17).

'He called the deaths of 21 hikers in the gorge an accident': the number counts deaths, and a reader keeps the
noun ('deaths in the gorge', both annotators of lee-statistics-dev4), where the count's own clause gives only the
people and the place ('hikers in the gorge'). The stage already says 'deaths of hikers' when nothing follows the
noun; this keeps 'deaths' when a place or a group does too ('the deaths of at least six sailors of the fleet').
Other events before 'of' ('the arrest of 36 militants') are ``actions.event_of_count``'s.
"""

from __future__ import annotations

from newsprep.extract.statistics.measures.word_classes import bare_word
from newsprep.text import word_set

DEATH_NOUNS = word_set("death deaths killing killings drowning drownings")


def deaths_of_count(unqualified: list[str], phrase: str | None) -> str | None:
    """'deaths of <phrase>' when the words before the number (its qualifier left out) end with a death noun and
    'of'; None otherwise, or when the phrase already names the deaths."""
    if not phrase or len(unqualified) < 2 or bare_word(unqualified[-1]) != "of":
        return None
    death = bare_word(unqualified[-2])
    if death not in DEATH_NOUNS or death in {bare_word(w) for w in phrase.split()}:
        return None
    return f"{unqualified[-2].lower()} of {phrase}"
