"""A short phrase quoted after a verb of disclosing or setting out in its sentence: ``Velde revealed he had missed the
vote after a “long night”``, ``the app indicated that data may be shared to “improve its offers”``, ``Pell outlined a
“fresh bargain” for the port``. The verb's subject is telling what it disclosed, so the quoted words are its words,
not a term; these verbs are no attribution cue before a quotation (``clauses``), only a sign that the span is quoted
speech.

Round 62 (issue 16): 3 short partial quotes on three pages of two corpora (GoOse's test pages of two outlets, a
mediacloud page) the base dropped as terms; over all readable text the reading publishes those 3 and nothing else
(a participle before a preposition, ``the documents revealed in court``, kept a not_quote out)."""

from __future__ import annotations

from newsprep.extract.quotes.grammar import BE_FORMS, DETERMINERS, PRONOUNS
from newsprep.text import word_set
from newsprep.text.tokens import LATIN_WORDS

DISCLOSING_VERBS = word_set("revealed reveals indicated indicates outlined outlines")
"""The verbs seen before such spans, in the past and the present (``revealing``, ``indicating`` are as often
adjectives or connectives: ``a revealing “slip”``)."""
_WHAT_IS_DISCLOSED = PRONOUNS | DETERMINERS | {"that"}
"""The words that open what an active disclosing verb discloses: its clause (``revealed that``, ``revealed he``) or
its object (``outlined a``). A participle modifying a noun is followed by a preposition instead (``the documents
revealed in court``, ``the route outlined on the map``): nobody discloses anything there."""


def disclosed_before(left: str) -> bool:
    """Whether the words ``left`` of a quoted span, in its sentence (quotations masked), hold a disclosing verb in
    the active voice with its clause or object after it: ``it was revealed that ...`` names nobody who disclosed
    anything, a verb closing a hyphenated compound is an adjective (``the newly-revealed``), and a participle followed
    by a preposition modifies a noun (``the documents revealed in court``)."""
    words = [(m.group().lower(), m.start()) for m in LATIN_WORDS.finditer(left)]
    return any(
        word in DISCLOSING_VERBS
        and left[at - 1 : at] != "-"
        and (i == 0 or words[i - 1][0] not in BE_FORMS)
        and i + 1 < len(words)
        and words[i + 1][0] in _WHAT_IS_DISCLOSED
        for i, (word, at) in enumerate(words)
    )
