"""An average told by its verb: 'Jet fuel, the industry's second-largest cost, averaged $2.61 a gallon' -> 'average
of Jet fuel'; 'Okoro ... and is averaging 27.4 points a game' -> 'average of Okoro' (measures round 24; tests in
``tests/stages/test_measures_round24.py``, every sentence invented).

The clause of such a number holds only the verb ('averaged') or nothing: what is averaged is the sentence's subject,
often past an aside or a first predicate. 'An average of 60' is a named quantity, read elsewhere.
"""

from __future__ import annotations

from newsprep.extract.statistics.measure_asides import named_past_asides
from newsprep.extract.statistics.measure_clause import strip_qualifiers
from newsprep.extract.statistics.measure_holders import opening_subject
from newsprep.extract.statistics.measure_words import bare_word
from newsprep.text import word_set

_AVERAGING_VERBS = word_set("averaged averages averaging")
"""The verb forms only: 'average' alone is as often the noun ('the average 30-year rate')."""


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
