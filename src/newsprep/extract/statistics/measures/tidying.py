"""Last touches to a measure phrase: another number is never part of it ('eighty lanterns' -> 'lanterns'), a phrase
opening with a pronoun names nothing ("we're talking"), and a mark or threshold gives way to what reached it."""

from __future__ import annotations

import re

from newsprep.extract.statistics.measures.clause import (
    tidy_phrase,
)
from newsprep.extract.statistics.measures.holders import (
    opening_subject,
)
from newsprep.extract.statistics.measures.word_classes import (
    AUXILIARIES,
    NUMBER_WORDS,
    YEAR,
    bare_word,
)
from newsprep.extract.statistics.numbers import WORD_VALUES
from newsprep.text import word_set

_SPELLED_NUMBERS = NUMBER_WORDS | frozenset(WORD_VALUES)


def is_number_word(word: str) -> bool:
    return bare_word(word) in _SPELLED_NUMBERS


_DIGITS = re.compile(r"[0-9][0-9,.]*%?")


def without_number_words(phrase: str | None) -> str | None:
    """A phrase without spelled-out numbers ('eighty lanterns' -> 'lanterns'): another number is never part of
    what a statistic measures. Capitalised number words stay inside names ('Fantastic Four')."""
    if phrase is None:
        return None
    words = phrase.split()
    kept = [
        w
        for i, w in enumerate(words)
        if not (is_number_word(w) and (i == 0 or w[:1].islower()))
        and not (
            _DIGITS.fullmatch(w.strip(",;:"))
            and not YEAR.match(w.strip(",;:"))
            and (i == 0 or not words[i - 1][:1].isupper())
        )
    ]  # '3 of charges' -> 'charges'; 'S&P 500 futures' and '2021 Zephyr SUV' keep their names
    return tidy_phrase(kept) if kept and len(kept) < len(words) else phrase  # 'eartips with four' -> 'eartips'


PRONOUNS = word_set("i you we they he she it there this that")
"""A phrase opening with one of these (or its contraction: "you're", "there'll") names nothing."""


def without_pronoun_opening(phrase: str | None) -> str | None:
    """ "we're talking" -> None; "there'll" -> None: a phrase that opens with a pronoun, what is left after it
    when that is more than a lone word."""
    if phrase is None:
        return None
    words = phrase.split()
    opening = bare_word(words[0]).replace("’", "'").split("'")[0]
    if opening not in PRONOUNS:
        return phrase
    rest = words[1:]
    while rest and bare_word(rest[0]) in AUXILIARIES:
        rest = rest[1:]
    return " ".join(rest) if len(rest) > 1 else None


_THRESHOLDS = frozenset({"mark", "threshold", "milestone", "barrier"})


def threshold_subject(phrase: str | None, sentence_before: list[str]) -> str | None:
    """'Donations passed the $1 billion mark' -> 'Donations': a mark names no measure, what reached it does."""
    if phrase is None or bare_word(phrase) not in _THRESHOLDS:
        return phrase
    return opening_subject(sentence_before) or phrase


_AT_A_SITE = re.compile(r"^(?P<kept>(?:\S+\s+){0,3}[a-z]+ed)\s+at\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4}$")
"""'people trapped at the Northgate market': a count told with what happened to it, then the named site where."""


def without_named_site(phrase: str | None) -> str | None:
    """'people trapped at the Northgate market' -> 'people trapped': the site a count's event happened at is where,
    not what, the count measures (a place after 'in' stays: a list by place tells its members apart by it)."""
    if phrase is None or " at " not in phrase:
        return phrase
    site = _AT_A_SITE.match(phrase)
    return site.group("kept") if site else phrase


_REPORTED_TAIL = re.compile(
    r"^(?P<kept>\S.*?)\s+(?:he|she|they|officials|police|witnesses)\s+(?:said|says|added|adds|reported|claimed)$"
)
"""'fighters killed he added': a reporting clause the text joins to the count's clause without a comma."""


def without_reporting_tail(phrase: str | None) -> str | None:
    """'fighters killed he added' -> 'fighters killed': who reported a figure is not what it measures."""
    if phrase is None or not phrase.endswith(("said", "says", "added", "adds", "reported", "claimed")):
        return phrase
    reported = _REPORTED_TAIL.match(phrase)
    return reported.group("kept") if reported else phrase


def without_also(phrase: str | None) -> str | None:
    """ "children also obese" -> 'children obese': 'also' ties a figure to the one before it and names nothing."""
    if phrase is None or " also " not in f" {phrase} ":
        return phrase
    kept = [w for w in phrase.split() if w.lower() != "also"]
    return " ".join(kept) if len(kept) > 1 else phrase


_EVENT_TIME_CLAUSE = re.compile(
    r"^(?P<kept>(?:\S+\s+){0,3}(?:dead|injured|wounded|hurt|killed|rescued|evacuated|arrested))"
    r"\s+(?:after|before|when|while|once|until)\s+\S.*$"
)
"""'people injured after a gas cylinder exploded': a count of people named by what befell them, then when it
happened (a time told by a noun with another verb, 'balls lasted after the interval', stays)."""


def without_time_clause(phrase: str | None) -> str | None:
    """'people injured after a gas cylinder exploded in a market' -> 'people injured': when the people counted were
    hurt, killed or rescued is not what the count measures (the clause, cut short by the phrase's length, reads as a
    fragment: 'people injured after a gas')."""
    if phrase is None or not any(f" {w} " in phrase for w in ("after", "before", "when", "while", "once", "until")):
        return phrase
    timed = _EVENT_TIME_CLAUSE.match(phrase)
    return timed.group("kept") if timed else phrase


def without_since_clause(phrase: str | None) -> str | None:
    """'devices shipped since it launched' -> 'devices shipped'; 'share of capacity since a fire' -> 'share of
    capacity': since when a count or a share has run says when it started, not what it measures (a phrase that
    opens on 'since' is left alone)."""
    words = phrase.split() if phrase and " since " in f" {phrase.lower()} " else []
    at = next((i for i, w in enumerate(words) if w.lower() == "since"), 0)
    return " ".join(words[:at]) if at else phrase


_OPEN_ENDS = frozenset({"of", "to", "for", "by", "with", "the", "a", "an", "and", "or"})
_PHRASE_PREPOSITIONS = frozenset(
    {"in", "on", "at", "above", "below", "over", "under", "near", "from", "into", "across"}
)


def without_dangling_possessive(phrase: str | None) -> str | None:
    """'gliders towed to the airfield at the club's' -> 'gliders towed to the airfield': a phrase the
    length limit cut after an owner's possessive ends in a fragment; the place phrase it opened goes with it (a phrase
    of two words or fewer, or with no such place phrase, is left alone)."""
    words = phrase.split() if phrase else []
    if len(words) < 3 or not words[-1].endswith(("'s", "’s")):
        return phrase
    at = max((i for i, w in enumerate(words) if w.lower() in _PHRASE_PREPOSITIONS), default=0)
    if at < 2 or words[at - 1].lower() in _OPEN_ENDS:
        return phrase  # "ceiling of below the league's": no whole phrase before the place
    return " ".join(words[:at])
