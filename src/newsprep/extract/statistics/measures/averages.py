"""An average told by its verb: 'Jet fuel, the industry's second-largest cost, averaged $2.61 a gallon' -> 'average
of Jet fuel'; 'Okoro ... and is averaging 27.4 points a game' -> 'average of Okoro' (measures round 24; tests in
``tests/stages/statistics/measures/genres/test_business_genre_constructions.py``, every sentence invented).

The clause of such a number holds only the verb ('averaged') or nothing: what is averaged is the sentence's subject,
often past an aside or a first predicate. 'An average of 60' is a named quantity, read elsewhere, except as the level
a change reached: 'Diesel prices rose 6 cents to an average of $4.10' -> 'average of Diesel prices' (measures round
30, ``tests/stages/statistics/measures/test_averages_and_crowds.py``).
"""

from __future__ import annotations

from newsprep.extract.statistics.measures.asides import named_past_asides
from newsprep.extract.statistics.measures.clause import strip_qualifiers
from newsprep.extract.statistics.measures.holders import opening_subject
from newsprep.extract.statistics.measures.word_class_unions import CHANGE_OR_DIRECTION_WORD
from newsprep.extract.statistics.measures.word_classes import REPORTING, after_last_of, bare_word
from newsprep.text import word_set

_AVERAGING_VERBS = word_set("averaged averages averaging")
"""The verb forms only: 'average' alone is as often the noun ('the average 30-year rate')."""
_LEVEL_AVERAGES = word_set("average median")
"""Nouns of a typical level a change can take something to ('to an average of', 'to a national median of')."""


def averaged_subject(phrase: str | None, sentence_before: list[str]) -> str | None:
    """'average of <subject>' for a number right after a verb of averaging whose phrase is that verb or nothing;
    None for any other shape (the phrase the clause gave stands)."""
    if phrase is not None and bare_word(phrase) not in _AVERAGING_VERBS:
        return None
    unqualified = strip_qualifiers(sentence_before)
    if not unqualified or bare_word(unqualified[-1]) not in _AVERAGING_VERBS:
        return None
    subject = named_past_asides(sentence_before) or opening_subject(sentence_before)
    return f"average of {subject}" if subject else None


def averaged_level(phrase: str | None, sentence_before: list[str]) -> str | None:
    """'average of <subject>' for a number after 'to a/an [one word] average of' when the sentence's subject moved
    to it ('Gas prices rose 9 cents overnight to an average of $3.41' -> 'average of Gas prices'; '..., to a national
    average of' -> 'national average of ...'): without its lead-in the level reads as the subject ('rose 9 cents to
    $3.41' -> 'Gas prices'), and the reader keeps both. None unless the clause's phrase ends on that noun (the
    clause read the lead-in alone: 'average', 'overnight to an average')."""
    if not phrase or bare_word(phrase.split()[-1]) not in _LEVEL_AVERAGES:
        return None
    words = strip_qualifiers(sentence_before)
    if len(words) < 5 or bare_word(words[-1]) != "of" or bare_word(words[-2]) not in _LEVEL_AVERAGES:
        return None
    to = next((i for i in (len(words) - 4, len(words) - 5) if i >= 0 and bare_word(words[i]) == "to"), None)
    if to is None or bare_word(words[to + 1]) not in {"a", "an", "the"}:
        return None
    move = next((i for i in range(1, to) if bare_word(words[i]) in CHANGE_OR_DIRECTION_WORD), None)
    if move is None:
        return None  # 'The grant amounts to an average of $300': no change took anything there
    subject = opening_subject([*_after_reporting(words[:move]), words[move]])
    if subject is None:
        return None
    lead_in = " ".join(w.rstrip(",") for w in words[to + 2 : -1])
    return f"{lead_in} of {subject}"


def _after_reporting(words: list[str]) -> list[str]:
    """The words after a reporting verb and its 'that' ('Officials said that fares' -> 'fares'): the subject of the
    reported clause, not the speaker.

    Not ``clause.subject_words``, which also cuts at the last subordinator and trims the clause's end: the
    words here run from the reported clause's opening up to its change verb, and ``opening_subject`` reads the
    subject from that opening ('Officials said fares and costs rose' -> 'fares and costs', where ``subject_words``
    keeps 'costs')."""
    words = after_last_of(words, REPORTING)
    return words[1:] if words[:1] and bare_word(words[0]) == "that" else words
